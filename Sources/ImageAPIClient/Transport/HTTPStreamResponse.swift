import Foundation

/// A response whose body arrives piece by piece, for server-sent events: the status and headers come first,
/// then the body as chunks split wherever the network split them.
public struct HTTPStreamResponse: Sendable {
    /// The status code.
    public var status: Int
    /// Header fields with lower-cased names.
    public var headers: [String: String]
    /// The body, chunk by chunk; it ends when the server closes the reply and throws when the transfer fails.
    /// Stopping iteration (or cancelling the task that iterates) cancels the transfer.
    public var body: AsyncThrowingStream<Data, any Error>

    /// Creates a response; header names are lower-cased.
    public init(status: Int, headers: [String: String], body: AsyncThrowingStream<Data, any Error>) {
        self.status = status
        self.headers = Dictionary(
            headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        self.body = body
    }

    /// A whole response as a one-chunk stream, so a transport that cannot stream (a test double, another
    /// HTTP stack) still serves streaming requests, only without the early progress.
    public init(whole response: HTTPResponse) {
        let (body, continuation) = AsyncThrowingStream<Data, any Error>.makeStream()
        if !response.body.isEmpty { continuation.yield(response.body) }
        continuation.finish()
        self.init(status: response.status, headers: response.headers, body: body)
    }

    /// The gateway's request id, from whichever header this gateway uses.
    public var requestID: String? {
        HTTPResponse(status: status, headers: headers, body: Data()).requestID
    }

    /// Whether the body is server-sent events; gateways that ignore `stream: true` answer plain JSON.
    var isEventStream: Bool {
        headers["content-type"]?.lowercased().contains("text/event-stream") ?? false
    }

    /// Reads the rest of the body into one response (for error replies and non-streamed answers). Past
    /// `limit` bytes it fails with `ResponseTooLarge`, or, when `truncating`, stops and keeps what it has.
    func collected(limit: Int, truncating: Bool) async throws -> HTTPResponse {
        var data = Data()
        for try await chunk in body {
            guard data.count + chunk.count <= limit else {
                if truncating {
                    data.append(chunk.prefix(limit - data.count))
                    break
                }
                throw ResponseTooLarge(limit: limit)
            }
            data.append(chunk)
        }
        return HTTPResponse(status: status, headers: headers, body: data)
    }
}
