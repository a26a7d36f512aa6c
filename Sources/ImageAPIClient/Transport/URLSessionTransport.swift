import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// URLSession driven through a session delegate rather than `data(for:)`, for three things the convenience
/// call cannot do on Linux: refuse redirects (so each hop can be checked and the key never follows one),
/// stop reading a reply the moment it passes a size limit, and cancel the transfer when the calling task is
/// cancelled (Ctrl-C, a deadline) without waiting for the reply.
final class URLSessionTransport: Sendable {
    let session: URLSession
    let router: TaskRouter
    let idleTimeout: Double

    init(idleTimeout: Double) {
        let router = TaskRouter()
        self.router = router
        self.idleTimeout = idleTimeout
        self.session = URLSessionSupport.makeSession(delegate: router, idleTimeout: idleTimeout)
    }

    deinit {
        session.finishTasksAndInvalidate()
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let task = URLSessionSupport.makeTask(for: request, in: session, idleTimeout: idleTimeout)
        let collector = ResponseCollector(limit: request.maxResponseBytes)
        router.register(collector, for: task)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                collector.wait(continuation)
                task.resume()
            }
        } onCancel: {
            URLSessionSupport.cancel(task)
        }
    }
}

/// Gathers one task's response and body, enforces the size limit, and hands the outcome to whoever waits,
/// whichever of "the task finished" and "someone started waiting" happens first.
private final class ResponseCollector: TaskReceiver, @unchecked Sendable {
    private let lock = NSLock()
    private let limit: Int?
    private var head: HTTPURLResponse?
    private var body = Data()
    private var tooLarge = false
    private var outcome: Result<HTTPResponse, any Error>?
    private var continuation: CheckedContinuation<HTTPResponse, any Error>?

    init(limit: Int?) {
        self.limit = limit
    }

    /// Records the head; false when it announces more bytes than the limit allows.
    func received(_ response: URLResponse) -> Bool {
        lock.withLock {
            head = response as? HTTPURLResponse
            if let limit, response.expectedContentLength > Int64(limit) {
                tooLarge = true
                return false
            }
            return true
        }
    }

    /// Appends body bytes; false once the limit is passed.
    func received(_ data: Data) -> Bool {
        lock.withLock {
            guard !tooLarge else { return false }
            if let limit, body.count + data.count > limit {
                tooLarge = true
                body = Data()
                return false
            }
            body.append(data)
            return true
        }
    }

    func completed(error: (any Error)?) {
        let result: Result<HTTPResponse, any Error>
        if lock.withLock({ tooLarge }), let limit {
            result = .failure(ResponseTooLarge(limit: limit))
        } else if let error {
            result = .failure(error)
        } else if let head = lock.withLock({ head }) {
            let headers = URLSessionSupport.headers(of: head)
            result = .success(HTTPResponse(status: head.statusCode, headers: headers, body: lock.withLock { body }))
        } else {
            result = .failure(URLError(.badServerResponse))
        }
        deliver(result)
    }

    func wait(_ continuation: CheckedContinuation<HTTPResponse, any Error>) {
        let ready: Result<HTTPResponse, any Error>? = lock.withLock {
            if let outcome { return outcome }
            self.continuation = continuation
            return nil
        }
        if let ready { continuation.resume(with: ready) }
    }

    private func deliver(_ result: Result<HTTPResponse, any Error>) {
        let waiting: CheckedContinuation<HTTPResponse, any Error>? = lock.withLock {
            guard outcome == nil else { return nil }
            outcome = result
            defer { continuation = nil }
            return continuation
        }
        waiting?.resume(with: result)
    }
}
