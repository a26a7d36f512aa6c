import Foundation
import ImageAPIClient

/// JSON-RPC 2.0 as MCP uses it: what a line from the client is, and the lines the server writes back.
enum JSONRPC {
    /// The error codes the server answers with.
    enum ErrorCode {
        /// The line is not JSON.
        static let parseError = -32700
        /// JSON, but not a request or notification.
        static let invalidRequest = -32600
        /// No such method.
        static let methodNotFound = -32601
        /// The method's parameters are wrong.
        static let invalidParams = -32602
        /// MCP 2026-07-28: the request's protocol version is not one the server speaks.
        static let unsupportedProtocolVersion = -32022
    }

    /// One line from the client.
    enum Incoming: Equatable {
        /// A request, to be answered with the same id.
        case request(id: JSONValue, method: String, params: JSONValue?)
        /// A notification: never answered.
        case notification(method: String, params: JSONValue?)
        /// A response to a request of ours (the server sends none, so it is ignored).
        case response
        /// Not a message: answered with an error for `id` (null when the id could not be read).
        case invalid(id: JSONValue, code: Int, message: String)
    }

    /// Reads one line.
    static func parse(_ line: Data) -> Incoming {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: line) else {
            return .invalid(id: .null, code: ErrorCode.parseError, message: "Parse error: the line is not JSON")
        }
        guard case .object(let fields) = value else {
            let message =
                if case .array = value {
                    "Invalid Request: batches are not supported; send one message per line"
                } else {
                    "Invalid Request: a message must be a JSON object"
                }
            return .invalid(id: .null, code: ErrorCode.invalidRequest, message: message)
        }
        let id = fields["id"]
        let usableID: JSONValue? =
            switch id {
            case .string?, .number?: id
            default: nil
            }
        guard fields["jsonrpc"] == .string("2.0") else {
            return .invalid(
                id: usableID ?? .null, code: ErrorCode.invalidRequest,
                message: "Invalid Request: \"jsonrpc\" must be \"2.0\"")
        }
        let params = fields["params"]
        if let params {
            switch params {
            case .object, .array: break
            default:
                return .invalid(
                    id: usableID ?? .null, code: ErrorCode.invalidRequest,
                    message: "Invalid Request: \"params\" must be an object")
            }
        }
        guard let method = fields["method"] else {
            if id != nil, fields["result"] != nil || fields["error"] != nil { return .response }
            return .invalid(
                id: usableID ?? .null, code: ErrorCode.invalidRequest, message: "Invalid Request: no \"method\"")
        }
        guard case .string(let name) = method else {
            return .invalid(
                id: usableID ?? .null, code: ErrorCode.invalidRequest,
                message: "Invalid Request: \"method\" must be a string")
        }
        guard id != nil else { return .notification(method: name, params: params) }
        guard let usableID else {
            return .invalid(
                id: .null, code: ErrorCode.invalidRequest,
                message: "Invalid Request: \"id\" must be a string or a number")
        }
        return .request(id: usableID, method: name, params: params)
    }

    /// `{"jsonrpc": "2.0", "id": …, "result": …}`.
    static func result(id: JSONValue, _ result: JSONValue) -> JSONValue {
        .object(["jsonrpc": .string("2.0"), "id": id, "result": result])
    }

    /// `{"jsonrpc": "2.0", "id": …, "error": {"code", "message", "data"?}}`.
    static func error(id: JSONValue, code: Int, message: String, data: JSONValue? = nil) -> JSONValue {
        var error: [String: JSONValue] = ["code": .number(Double(code)), "message": .string(message)]
        if let data { error["data"] = data }
        return .object(["jsonrpc": .string("2.0"), "id": id, "error": .object(error)])
    }

    /// `{"jsonrpc": "2.0", "method": …, "params": …}`.
    static func notification(method: String, params: JSONValue) -> JSONValue {
        .object(["jsonrpc": .string("2.0"), "method": .string(method), "params": params])
    }

    /// The message as one line of compact JSON (no newline inside: JSON escapes those in strings).
    static func line(_ message: JSONValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(message)).map { String(decoding: $0, as: UTF8.self) }
            ?? #"{"jsonrpc":"2.0","id":null,"error":{"code":-32603,"message":"Internal error"}}"#
    }
}
