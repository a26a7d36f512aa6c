import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// What both URLSession front ends (whole replies and streams) set up the same way: an ephemeral session with
/// no cache or cookies, and a task for an `HTTPRequest`.
enum URLSessionSupport {
    /// A session driven by `delegate`. FoundationNetworking's own timeout is an idle timer that restarts on every
    /// byte, so it is set high and the client enforces the real deadline itself.
    static func makeSession(delegate: any URLSessionDelegate, idleTimeout: Double) -> URLSession {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = idleTimeout
        configuration.timeoutIntervalForResource = idleTimeout
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        return URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
    }

    /// A data task for a body in memory, an upload task for a body in a file (streamed from disk).
    static func makeTask(for request: HTTPRequest, in session: URLSession, idleTimeout: Double) -> URLSessionTask {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        urlRequest.timeoutInterval = idleTimeout
        for (name, value) in request.headers {
            urlRequest.addValue(value, forHTTPHeaderField: name)
        }
        switch request.body {
        case .none:
            return session.dataTask(with: urlRequest)
        case .data(let body):
            urlRequest.httpBody = body
            return session.dataTask(with: urlRequest)
        case .file(let file):
            return session.uploadTask(with: urlRequest, fromFile: file)
        }
    }

    /// Response header fields as strings.
    static func headers(of response: HTTPURLResponse) -> [String: String] {
        var headers: [String: String] = [:]
        for (key, value) in response.allHeaderFields {
            if let key = key as? String, let value = value as? String { headers[key] = value }
        }
        return headers
    }
}

/// Where one task's callbacks go: a whole-reply collector or a stream pump.
protocol TaskReceiver: AnyObject, Sendable {
    /// The status and headers arrived; false cancels the transfer (a reply announced as too large).
    func received(_ response: URLResponse) -> Bool
    /// Body bytes arrived; false cancels the transfer.
    func received(_ data: Data) -> Bool
    /// The transfer ended, with the error if it failed.
    func completed(error: (any Error)?)
}

/// The session delegate both front ends use: refuses every redirect (a 3xx comes back as the response, so the
/// caller decides whether the next hop is safe and the key never follows one) and routes each task's callbacks
/// to its receiver.
final class TaskRouter: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private var receivers: [Int: any TaskReceiver] = [:]

    /// Sends `task`'s callbacks to `receiver` until it completes.
    func register(_ receiver: any TaskReceiver, for task: URLSessionTask) {
        lock.withLock { receivers[task.taskIdentifier] = receiver }
    }

    private func receiver(for task: URLSessionTask) -> (any TaskReceiver)? {
        lock.withLock { receivers[task.taskIdentifier] }
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
        let accepted = receiver(for: dataTask)?.received(response) ?? true
        completionHandler(accepted ? .allow : .cancel)
        if !accepted { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        if receiver(for: dataTask)?.received(data) == false {
            dataTask.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let receiver = lock.withLock { receivers.removeValue(forKey: task.taskIdentifier) }
        receiver?.completed(error: error)
    }
}
