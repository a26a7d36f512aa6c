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
        #if canImport(FoundationNetworking)
            return URLSession(configuration: configuration, delegate: delegate, delegateQueue: InlineDelegateQueue())
        #else
            return URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        #endif
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

    /// Cancels `task` from another thread. Callbacks run on FoundationNetworking's own queue (see
    /// `InlineDelegateQueue`), and so may whatever they trigger (a stream's end runs its termination handler),
    /// where some versions' `cancel()` would wait for that very queue.
    static func cancel(_ task: URLSessionTask) {
        #if canImport(FoundationNetworking)
            let task = UncheckedTask(task: task)
            DispatchQueue.global().async { task.task.cancel() }
        #else
            task.cancel()
        #endif
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
    private let receivers = Locked<[Int: any TaskReceiver]>([:])

    /// Sends `task`'s callbacks to `receiver` until it completes.
    func register(_ receiver: any TaskReceiver, for task: URLSessionTask) {
        receivers.update { $0[task.taskIdentifier] = receiver }
    }

    private func receiver(for task: URLSessionTask) -> (any TaskReceiver)? {
        receivers.withLock { $0[task.taskIdentifier] }
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
        // `.cancel` ends the task by itself; cancelling it again as well races FoundationNetworking's cleanup.
        completionHandler(accepted ? .allow : .cancel)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        if receiver(for: dataTask)?.received(data) == false {
            URLSessionSupport.cancel(dataTask)
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let receiver = receivers.withLock { $0.removeValue(forKey: task.taskIdentifier) }
        receiver?.completed(error: error)
    }
}

#if canImport(FoundationNetworking)
    /// The delegate queue on Linux: runs each callback at once, on the thread that delivers it (libcurl's),
    /// instead of queueing it.
    ///
    /// FoundationNetworking hands every decoded chunk to the delegate queue asynchronously and lets libcurl read
    /// on, and its `cancel()` is asynchronous too, so with an ordinary queue a fast or gzip-bombed reply piles
    /// up gigabytes of queued chunks before the size check even sees the first one. Run inline, the check sees
    /// each chunk as it is inflated, and a chunk past the limit is dropped on the spot: memory stays at the
    /// limit, and the transfer stops as soon as libcurl returns to FoundationNetworking's queue.
    /// Every receiver is thread-safe and quick, and none waits on the session, so running inline is safe.
    final class InlineDelegateQueue: OperationQueue, @unchecked Sendable {
        override func addOperation(_ block: @escaping @Sendable () -> Void) {
            block()
        }

        override func addOperation(_ operation: Operation) {
            operation.start()
        }
    }
#endif

/// A task handed to another queue only to be cancelled; `cancel()` is thread-safe.
private struct UncheckedTask: @unchecked Sendable {
    let task: URLSessionTask
}
