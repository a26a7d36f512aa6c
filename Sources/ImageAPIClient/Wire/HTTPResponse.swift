import Foundation

/// An HTTP response with its whole body.
public struct HTTPResponse: Sendable {
    /// The status code.
    public var status: Int
    /// Header fields with lower-cased names.
    public var headers: [String: String]
    /// The body.
    public var body: Data
    /// The address the transport connected to, `ip:port`: the proxy's when one was used. Nil when the
    /// transport cannot tell (URLSession); `doctor` reports the proxy actually used from it.
    public var peer: String?

    /// Creates a response; header names are lower-cased.
    public init(status: Int, headers: [String: String], body: Data) {
        self.status = status
        self.headers = Dictionary(
            headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        self.body = body
    }

    /// The gateway's request id, from whichever header this gateway uses.
    public var requestID: String? {
        for name in ["x-request-id", "request-id", "x-oneapi-request-id", "openai-request-id", "x-trace-id"] {
            // A header is the gateway's text: it may hold escape sequences meant for the terminal.
            if let value = headers[name], !value.isEmpty { return OutsideText.shown(value) }
        }
        return nil
    }
}
