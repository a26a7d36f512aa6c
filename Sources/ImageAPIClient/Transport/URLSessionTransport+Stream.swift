import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension URLSessionTransport {
    /// Streams a reply, because FoundationNetworking on Linux has no `bytes(for:)`: the delegate hands each chunk
    /// to an `AsyncThrowingStream` the moment libcurl delivers it. Returns once the status and headers are in;
    /// the body follows as a stream. Stopping to read the body, or cancelling the task, cancels the transfer.
    func stream(_ request: HTTPRequest) async throws -> HTTPStreamResponse {
        let task = URLSessionSupport.makeTask(for: request, in: session, idleTimeout: idleTimeout)
        let (body, chunks) = AsyncThrowingStream<Data, any Error>.makeStream()
        chunks.onTermination = { _ in URLSessionSupport.cancel(task) }
        let pump = ChunkPump(chunks: chunks)
        router.register(pump, for: task)
        let head = try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                pump.waitForHead(continuation)
                task.resume()
            }
        } onCancel: {
            URLSessionSupport.cancel(task)
        }
        return HTTPStreamResponse(status: head.statusCode, headers: URLSessionSupport.headers(of: head), body: body)
    }
}

/// One task's plumbing: the head goes to whoever waits for it (whichever of "it arrived" and "someone waits"
/// comes first), chunks go into the body stream, and the end or failure closes it.
private final class ChunkPump: TaskReceiver, @unchecked Sendable {
    private let lock = NSLock()
    private let chunks: AsyncThrowingStream<Data, any Error>.Continuation
    private var head: Result<HTTPURLResponse, any Error>?
    private var waiting: CheckedContinuation<HTTPURLResponse, any Error>?

    init(chunks: AsyncThrowingStream<Data, any Error>.Continuation) {
        self.chunks = chunks
    }

    func waitForHead(_ continuation: CheckedContinuation<HTTPURLResponse, any Error>) {
        let ready: Result<HTTPURLResponse, any Error>? = lock.withLock {
            if let head { return head }
            waiting = continuation
            return nil
        }
        if let ready { continuation.resume(with: ready) }
    }

    func received(_ response: URLResponse) -> Bool {
        guard let http = response as? HTTPURLResponse else {
            settleHead(.failure(URLError(.badServerResponse)))
            return true
        }
        settleHead(.success(http))
        return true
    }

    func received(_ data: Data) -> Bool {
        chunks.yield(data)
        return true
    }

    func completed(error: (any Error)?) {
        settleHead(.failure(error ?? URLError(.badServerResponse)))
        if let error {
            chunks.finish(throwing: error)
        } else {
            chunks.finish()
        }
    }

    /// Records the head once; later calls (the completion after a head arrived) change nothing.
    private func settleHead(_ result: Result<HTTPURLResponse, any Error>) {
        let continuation: CheckedContinuation<HTTPURLResponse, any Error>? = lock.withLock {
            guard head == nil else { return nil }
            head = result
            defer { waiting = nil }
            return waiting
        }
        continuation?.resume(with: result)
    }
}
