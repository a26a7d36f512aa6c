import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// URLSession driven through a session delegate rather than `data(for:)`, for three things the convenience
/// call cannot do on Linux: refuse redirects (so each hop can be checked and the key never follows one),
/// stop reading a reply the moment it passes a size limit, and answer at once when the calling task is
/// cancelled (Ctrl-C, a deadline) without waiting for the reply (each task's life is a `URLSessionTaskState`).
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
        let lifecycle = TaskLifecycle(task, receiver: collector)
        router.register(lifecycle, for: task)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                collector.wait(continuation)
                lifecycle.resume()
            }
        } onCancel: {
            lifecycle.stop()
        }
    }
}

/// Gathers one task's response and body, enforces the size limit, and hands the outcome to whoever waits,
/// whichever of "the task finished" and "someone started waiting" happens first.
private final class ResponseCollector: TaskReceiver, Sendable {
    private struct Gathered: Sendable {
        var head: HTTPURLResponse?
        var body = Data()
        var tooLarge = false
    }

    private let limit: Int?
    private let gathered = Locked(Gathered())
    private let outcome = Handoff<HTTPResponse>()

    init(limit: Int?) {
        self.limit = limit
    }

    /// Records the head; false when it announces more bytes than the limit allows.
    func received(_ response: URLResponse) -> Bool {
        gathered.withLock { gathered in
            gathered.head = response as? HTTPURLResponse
            if let limit, response.expectedContentLength > Int64(limit) {
                gathered.tooLarge = true
                return false
            }
            return true
        }
    }

    /// Appends body bytes; false once the limit is passed.
    func received(_ data: Data) -> Bool {
        gathered.withLock { gathered in
            guard !gathered.tooLarge else { return false }
            if let limit, gathered.body.count + data.count > limit {
                gathered.tooLarge = true
                gathered.body = Data()
                return false
            }
            gathered.body.append(data)
            return true
        }
    }

    func completed(error: (any Error)?) {
        let gathered = gathered.withLock { gathered in
            defer { gathered.body = Data() }
            return gathered
        }
        let result: Result<HTTPResponse, any Error>
        if gathered.tooLarge, let limit {
            result = .failure(ResponseTooLarge(limit: limit))
        } else if let error {
            result = .failure(error)
        } else if let head = gathered.head {
            let headers = URLSessionSupport.headers(of: head)
            result = .success(HTTPResponse(status: head.statusCode, headers: headers, body: gathered.body))
        } else {
            result = .failure(URLError(.badServerResponse))
        }
        outcome.settle(result)
    }

    func wait(_ continuation: CheckedContinuation<HTTPResponse, any Error>) {
        outcome.wait(continuation)
    }
}
