import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// URLSession driven through a session delegate rather than `data(for:)`, for three things the convenience
/// call cannot do on Linux: refuse redirects (so each hop can be checked and the key never follows one),
/// stop reading a reply the moment it passes a size limit, and cancel the transfer when the calling task is
/// cancelled (Ctrl-C, a deadline) without waiting for the reply.
final class URLSessionTransport: Sendable {
    private let session: URLSession
    private let delegate: SessionDelegate
    private let idleTimeout: Double

    init(idleTimeout: Double) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = idleTimeout
        configuration.timeoutIntervalForResource = idleTimeout
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        let delegate = SessionDelegate()
        self.delegate = delegate
        self.idleTimeout = idleTimeout
        self.session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
    }

    deinit {
        session.finishTasksAndInvalidate()
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
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
        let collector = ResponseCollector(limit: request.maxResponseBytes)
        delegate.register(collector, for: task)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                collector.wait(continuation)
                task.resume()
            }
        } onCancel: {
            task.cancel()
        }
    }
}

/// Routes the session's callbacks to the collector of each task.
private final class SessionDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private var collectors: [Int: ResponseCollector] = [:]

    func register(_ collector: ResponseCollector, for task: URLSessionTask) {
        lock.withLock { collectors[task.taskIdentifier] = collector }
    }

    private func collector(for task: URLSessionTask) -> ResponseCollector? {
        lock.withLock { collectors[task.taskIdentifier] }
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
        let accepted = collector(for: dataTask)?.received(response) ?? true
        completionHandler(accepted ? .allow : .cancel)
        if !accepted { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        if collector(for: dataTask)?.append(data) == false {
            dataTask.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let collector = lock.withLock { collectors.removeValue(forKey: task.taskIdentifier) }
        collector?.complete(error: error)
    }
}

/// Gathers one task's response and body, enforces the size limit, and hands the outcome to whoever waits,
/// whichever of "the task finished" and "someone started waiting" happens first.
private final class ResponseCollector: @unchecked Sendable {
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
    func append(_ data: Data) -> Bool {
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

    func complete(error: (any Error)?) {
        let result: Result<HTTPResponse, any Error>
        if lock.withLock({ tooLarge }), let limit {
            result = .failure(ResponseTooLarge(limit: limit))
        } else if let error {
            result = .failure(error)
        } else if let head = lock.withLock({ head }) {
            var headers: [String: String] = [:]
            for (key, value) in head.allHeaderFields {
                if let key = key as? String, let value = value as? String { headers[key] = value }
            }
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
