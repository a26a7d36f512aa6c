import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Streams a reply through a URLSession data delegate, because FoundationNetworking on Linux has no
/// `bytes(for:)`: the delegate hands each chunk to an `AsyncThrowingStream` the moment libcurl delivers it.
///
/// Like the plain transport it refuses redirects (a 3xx comes back as the response, so the key never follows
/// one) and cancels the transfer when the waiting task is cancelled, or when whoever reads the body stops.
final class StreamingSession: Sendable {
    private let session: URLSession
    private let delegate: StreamingDelegate
    private let idleTimeout: Double

    init(idleTimeout: Double) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = idleTimeout
        configuration.timeoutIntervalForResource = idleTimeout
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        let delegate = StreamingDelegate()
        self.delegate = delegate
        self.idleTimeout = idleTimeout
        self.session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
    }

    deinit {
        session.finishTasksAndInvalidate()
    }

    /// Sends `request` and returns once the status and headers are in; the body follows as a stream.
    func stream(_ request: HTTPRequest) async throws -> HTTPStreamResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        urlRequest.timeoutInterval = idleTimeout
        for (name, value) in request.headers {
            urlRequest.addValue(value, forHTTPHeaderField: name)
        }
        let task: URLSessionTask
        switch request.body {
        case .none:
            task = session.dataTask(with: urlRequest)
        case .data(let body):
            urlRequest.httpBody = body
            task = session.dataTask(with: urlRequest)
        case .file(let file):
            task = session.uploadTask(with: urlRequest, fromFile: file)
        }
        let (body, chunks) = AsyncThrowingStream<Data, any Error>.makeStream()
        chunks.onTermination = { _ in task.cancel() }
        let pump = ChunkPump(chunks: chunks)
        delegate.register(pump, for: task)
        let head = try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                pump.waitForHead(continuation)
                task.resume()
            }
        } onCancel: {
            task.cancel()
        }
        var headers: [String: String] = [:]
        for (key, value) in head.allHeaderFields {
            if let key = key as? String, let value = value as? String { headers[key] = value }
        }
        return HTTPStreamResponse(status: head.statusCode, headers: headers, body: body)
    }
}

/// Routes the session's callbacks to the pump of each task.
private final class StreamingDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private var pumps: [Int: ChunkPump] = [:]

    func register(_ pump: ChunkPump, for task: URLSessionTask) {
        lock.withLock { pumps[task.taskIdentifier] = pump }
    }

    private func pump(for task: URLSessionTask) -> ChunkPump? {
        lock.withLock { pumps[task.taskIdentifier] }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        pump(for: dataTask)?.received(response)
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        pump(for: dataTask)?.received(data)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let pump = lock.withLock { pumps.removeValue(forKey: task.taskIdentifier) }
        pump?.completed(error: error)
    }
}

/// One task's plumbing: the head goes to whoever waits for it (whichever of "it arrived" and "someone waits"
/// comes first), chunks go into the body stream, and the end or failure closes it.
private final class ChunkPump: @unchecked Sendable {
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

    func received(_ response: URLResponse) {
        guard let http = response as? HTTPURLResponse else {
            settleHead(.failure(URLError(.badServerResponse)))
            return
        }
        settleHead(.success(http))
    }

    func received(_ data: Data) {
        chunks.yield(data)
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
