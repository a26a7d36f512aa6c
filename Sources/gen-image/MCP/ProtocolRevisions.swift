import Foundation
import ImageAPIClient

/// The MCP revisions the server speaks and how each opens.
///
/// Up to 2025-11-25 a client opens with `initialize` and the server answers with the client's version when it
/// speaks it, else its newest handshake version. 2026-07-28 removed the handshake: every request carries its
/// version and capabilities in `_meta`, `server/discover` names the versions, and every result says
/// `resultType`. The server is dual-era, as that revision's versioning page allows: an `initialize` selects the
/// handshake era, a request carrying the per-request `_meta` is served statelessly.
enum ProtocolRevisions {
    /// Versions reached through `initialize`, newest first.
    static let handshake = ["2025-11-25", "2025-06-18"]
    /// Versions that carry their version on every request, newest first.
    static let modern = ["2026-07-28"]
    /// Every version, newest first, as `server/discover` and the unsupported-version error list them.
    static let all = modern + handshake

    /// The `_meta` key holding a modern request's version.
    static let versionKey = "io.modelcontextprotocol/protocolVersion"
    /// The `_meta` key holding a modern request's client capabilities (required).
    static let capabilitiesKey = "io.modelcontextprotocol/clientCapabilities"
    /// The `_meta` key a modern result names the server under.
    static let serverInfoKey = "io.modelcontextprotocol/serverInfo"

    /// The version `initialize` answers with: the client's when the server speaks it through the handshake,
    /// else the newest handshake version (a 2026 client asking through `initialize` gets 2025-11-25, since that
    /// revision has no handshake).
    static func answer(toRequested requested: String) -> String {
        handshake.contains(requested) ? requested : handshake[0]
    }

    /// `{"name": "gen-image", "title", "version"}`.
    static var serverInfo: JSONValue {
        .object([
            "name": .string("gen-image"), "title": .string("gen-image"),
            "version": .string(GenImageVersion.current),
        ])
    }

    /// What the server offers: tools only, a list that never changes while it runs.
    static let capabilities: JSONValue = .object(["tools": .object(["listChanged": .bool(false)])])

    /// How a request opened: the handshake era, or 2026-07-28 with its per-request `_meta`.
    enum Era: Equatable {
        case handshake
        case modern(version: String)
    }

    /// A request's era, or the JSON-RPC error a malformed or unsupported modern request gets.
    static func era(of params: JSONValue?) -> Result<Era, EraError> {
        guard let meta = params?["_meta"], let version = meta[versionKey] else { return .success(.handshake) }
        guard case .string(let name) = version else {
            return .failure(EraError(code: JSONRPC.ErrorCode.invalidParams, message: "\(versionKey) must be a string"))
        }
        guard modern.contains(name) else {
            return .failure(
                EraError(
                    code: JSONRPC.ErrorCode.unsupportedProtocolVersion, message: "Unsupported protocol version",
                    data: .object(["supported": .array(all.map(JSONValue.string)), "requested": .string(name)])))
        }
        guard meta[capabilitiesKey] != nil else {
            return .failure(
                EraError(
                    code: JSONRPC.ErrorCode.invalidParams,
                    message: "Invalid params: _meta must carry \(capabilitiesKey)"))
        }
        return .success(.modern(version: name))
    }

    /// A request refused for its `_meta`.
    struct EraError: Error {
        let code: Int
        let message: String
        var data: JSONValue? = nil
    }

    /// A result as its era writes it: 2026-07-28 adds `resultType` and names the server in `_meta`.
    static func result(_ result: JSONValue, era: Era) -> JSONValue {
        guard case .modern = era, case .object(var fields) = result else { return result }
        fields["resultType"] = .string("complete")
        var meta: [String: JSONValue] = [:]
        if case .object(let existing)? = fields["_meta"] { meta = existing }
        meta[serverInfoKey] = serverInfo
        fields["_meta"] = .object(meta)
        return .object(fields)
    }

    /// The `initialize` result for a client asking for `requested`.
    static func initializeResult(requested: String, instructions: String) -> JSONValue {
        .object([
            "protocolVersion": .string(answer(toRequested: requested)),
            "capabilities": capabilities,
            "serverInfo": serverInfo,
            "instructions": .string(instructions),
        ])
    }

    /// The `server/discover` result (2026-07-28), with its caching hints.
    static func discoverResult(instructions: String) -> JSONValue {
        .object([
            "supportedVersions": .array(all.map(JSONValue.string)),
            "capabilities": capabilities,
            "instructions": .string(instructions),
            "ttlMs": .number(Double(listLifetimeMilliseconds)),
            "cacheScope": .string("private"),
        ])
    }

    /// How long a client may keep `tools/list` and `server/discover`: the tools never change while the server
    /// runs, but a restart may bring a new version, so an hour.
    static let listLifetimeMilliseconds = 3_600_000
}
