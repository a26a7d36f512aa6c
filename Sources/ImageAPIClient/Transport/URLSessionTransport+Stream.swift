import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension URLSessionTransport {
    /// Streams a reply, because FoundationNetworking on Linux has no `bytes(for:)`: the delegate hands each chunk
    /// to an `AsyncThrowingStream` the moment libcurl delivers it. Returns once the status and headers are in;
    /// the body follows as a stream. Stopping to read the body, or cancelling the task, stops the transfer.
    func stream(_ request: HTTPRequest) async throws -> HTTPStreamResponse {
        let task = URLSessionSupport.makeTask(for: request, in: session, idleTimeout: idleTimeout)
        let (body, chunks) = AsyncThrowingStream<Data, any Error>.makeStream()
        let pump = ChunkPump(chunks: chunks)
        let lifecycle = TaskLifecycle(task, receiver: pump)
        // Also runs when the body ends normally; the lifecycle ignores a stop after the end.
        chunks.onTermination = { _ in lifecycle.stop() }
        router.register(lifecycle, for: task)
        let head = try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                pump.waitForHead(continuation)
                lifecycle.resume()
            }
        } onCancel: {
            lifecycle.stop()
        }
        return HTTPStreamResponse(status: head.statusCode, headers: URLSessionSupport.headers(of: head), body: body)
    }
}

/// One task's plumbing: the head goes to whoever waits for it (whichever of "it arrived" and "someone waits"
/// comes first), chunks go into the body stream, and the end or failure closes it.
private final class ChunkPump: TaskReceiver, Sendable {
    private let chunks: AsyncThrowingStream<Data, any Error>.Continuation
    private let head = Handoff<HTTPURLResponse>()

    init(chunks: AsyncThrowingStream<Data, any Error>.Continuation) {
        self.chunks = chunks
    }

    func waitForHead(_ continuation: CheckedContinuation<HTTPURLResponse, any Error>) {
        head.wait(continuation)
    }

    func received(_ response: URLResponse) -> Bool {
        guard let http = response as? HTTPURLResponse else {
            head.settle(.failure(URLError(.badServerResponse)))
            return true
        }
        head.settle(.success(http))
        return true
    }

    func received(_ data: Data) -> Bool {
        chunks.yield(data)
        return true
    }

    /// Settles the head if it never came (a later settle changes nothing), then closes the body.
    func completed(error: (any Error)?) {
        head.settle(.failure(error ?? URLError(.badServerResponse)))
        if let error {
            chunks.finish(throwing: error)
        } else {
            chunks.finish()
        }
    }
}
