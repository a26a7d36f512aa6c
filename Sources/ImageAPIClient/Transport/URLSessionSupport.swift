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

/// One URLSession task's life as gen-image drives it: created, running, cancelling, finished.
///
/// FoundationNetworking traps the whole process ("Trying to access a behaviour for a task that in not in the
/// registry") when `cancel()` reaches a task that has already finished and left its session's registry. Cancels
/// come late in ordinary runs: a stream's termination handler runs when its body finished, a size check fires
/// on what was the last chunk, Ctrl-C lands as the reply completes. So every cancel goes through this state:
/// it is acted on only before the end, checked again on the thread that performs it, and ignored once the
/// task has finished (the delegate marks the end before anything else hears of it).
final class TaskLifecycle: Sendable {
    enum State: Sendable, Equatable {
        /// Made, not resumed yet.
        case created
        /// Resumed: the transfer runs.
        case running
        /// A cancel was asked for and is on its way to the task.
        case cancelling
        /// The delegate heard the task complete; nothing more may be asked of it.
        case finished
    }

    private let state = Locked(State.created)
    private let task: UncheckedTask

    init(_ task: URLSessionTask) {
        self.task = UncheckedTask(task: task)
    }

    /// The state now.
    var current: State { state.value }

    /// Starts the transfer, unless a cancel came first (then the task was cancelled before it ran, and its
    /// completion reports that).
    func resume() {
        let start = state.withLock { state -> Bool in
            guard state == .created else { return false }
            state = .running
            return true
        }
        if start { task.task.resume() }
    }

    /// Cancels the transfer if it has not finished; a cancel after the end, or a second one, does nothing.
    func cancel() {
        let act = state.withLock { state -> Bool in
            guard state == .created || state == .running else { return false }
            state = .cancelling
            return true
        }
        guard act else { return }
        #if canImport(FoundationNetworking)
            // Callbacks run on FoundationNetworking's own queue (see `InlineDelegateQueue`), and so may whatever
            // they trigger, where `cancel()` would wait for that very queue: cancel from another thread, and only
            // if the task has not finished in the meantime.
            DispatchQueue.global().async { [self] in
                guard state.value == .cancelling else { return }
                task.task.cancel()
            }
        #else
            task.task.cancel()
        #endif
    }

    /// The delegate heard the task complete: every later cancel is ignored.
    func finished() {
        state.withLock { $0 = .finished }
    }
}

/// The session delegate both front ends use: refuses every redirect (a 3xx comes back as the response, so the
/// caller decides whether the next hop is safe and the key never follows one) and routes each task's callbacks
/// to its receiver.
final class TaskRouter: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private struct Route {
        let receiver: any TaskReceiver
        let lifecycle: TaskLifecycle
    }

    private let routes = Locked<[Int: Route]>([:])

    /// Sends `task`'s callbacks to `receiver` until it completes; `lifecycle` hears of the end first.
    func register(_ receiver: any TaskReceiver, for task: URLSessionTask, lifecycle: TaskLifecycle) {
        routes.update { $0[task.taskIdentifier] = Route(receiver: receiver, lifecycle: lifecycle) }
    }

    private func route(for task: URLSessionTask) -> Route? {
        routes.withLock { $0[task.taskIdentifier] }
    }

    private func receiver(for task: URLSessionTask) -> (any TaskReceiver)? {
        route(for: task)?.receiver
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
        guard let route = route(for: dataTask) else { return }
        if !route.receiver.received(data) {
            route.lifecycle.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let route = routes.withLock { $0.removeValue(forKey: task.taskIdentifier) }
        // Marked before the receiver hears of it: finishing a stream runs its termination handler, which cancels.
        route?.lifecycle.finished()
        route?.receiver.completed(error: error)
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
