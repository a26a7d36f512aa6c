import Foundation

/// A scripted reply: what status, headers and body to send, and how badly to behave while sending it, so tests
/// can reproduce gateway errors, slow links and broken connections deterministically.
public struct FakeResponse: Sendable {
    /// The HTTP status code; the reason phrase is filled in by the server.
    public var status: Int
    /// Extra header fields in send order. The server always adds `Connection: close` and an `x-request-id`
    /// (unless one is given here), and adds `Content-Length` unless one (or `Transfer-Encoding`) is given.
    public var headers: [(name: String, value: String)]
    /// The full body; body modes may send only part of it.
    public var body: Data
    /// Seconds to wait after reading the request before sending anything; cut short by `shutdown()`.
    public var delay: Double
    /// How the body goes on the wire.
    public var bodyMode: BodyMode
    /// False sends no `Content-Length` (the body ends when the connection closes), so a client cannot refuse a
    /// huge reply by its head and must count the bytes as they come.
    public var announcesLength = true

    /// Ways of sending the body, each imitating a failure a real client must survive.
    public enum BodyMode: Sendable {
        /// Send headers and the full body, then close: the normal case.
        case whole
        /// Content-Length announces the full size but only the first `sendBytes` body bytes are sent before a
        /// normal close, imitating a download cut short.
        case truncated(sendBytes: Int)
        /// Send the headers, then the body in `bytesPerChunk` pieces every `interval` seconds, for timeout and
        /// progress tests.
        case trickle(bytesPerChunk: Int, interval: Double)
        /// Send `bytes` body bytes then close with SO_LINGER 0 so the client sees a connection reset (RST).
        case resetAfter(bytes: Int)
        /// Read the request, send nothing, and hold the socket open until the client leaves or `shutdown()`,
        /// for client-side timeout tests.
        case neverRespond
        /// Announce and send `totalBytes`: the body, then zeros up to that size, generated on the fly so a
        /// 200 MB reply costs the test process no memory; for download size-limit tests.
        case padded(totalBytes: Int)
    }

    /// Builds a reply; every parameter defaults to "200, empty, immediately, whole" so tests state only what
    /// matters to them.
    public init(
        status: Int = 200, headers: [(name: String, value: String)] = [], body: Data = Data(),
        delay: Double = 0, bodyMode: BodyMode = .whole
    ) {
        self.status = status
        self.headers = headers
        self.body = body
        self.delay = delay
        self.bodyMode = bodyMode
    }

    /// The first header with this name, compared case-insensitively, so the server can tell whether the
    /// script already set it.
    func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }
}
