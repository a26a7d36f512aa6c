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
    /// The status and headers arrived; false stops the transfer (a reply announced as too large).
    func received(_ response: URLResponse) -> Bool
    /// Body bytes arrived; false stops the transfer.
    func received(_ data: Data) -> Bool
    /// The transfer ended, with the error if it failed; once (a stopped transfer ends with `URLError.cancelled`
    /// when it is stopped, and a receiver that refused bytes reports its own reason instead).
    func completed(error: (any Error)?)
}

/// The impure shell around one task's `URLSessionTaskState`: it owns the task and its receiver, reports every
/// event to the state under one lock, and performs the action it gets back outside the lock.
///
/// Why a resumed task is never cancelled on Linux: in FoundationNetworking, `URLSessionTask.cancel()` marks the
/// task `.canceling` in one block on the task's work queue, but stops it in a later block: `stopLoading()`, then
/// `urlProtocol(_:didFailWithError:)`, whose first step looks the task up in its session's registry
/// (`session.behaviour(for:)`). The completion path does not wait for that block: it checks only for
/// `.completed` (not `.canceling`), calls the delegate, marks the task `.completed` and removes it from the
/// registry on the session's queue. When the removal runs first, the lookup traps the whole process ("Trying to
/// access a behaviour for a task that in not in the registry", from a closure in `URLSessionTask.cancel()`).
/// Tasks stopped 0 to 3 ms after `resume()` hit it within a few thousand cancels (`TransportLateCancelTests`),
/// also when each cancel first checked that the task had not ended: the race is inside FoundationNetworking,
/// after any check a caller can make. So on Linux a stop answers the caller at once and drops the task's later
/// bytes, and the task ends by itself through the ordinary completion path every request takes. A task never
/// resumed has no completion to race, so it is still cancelled (and never resumed).
final class TaskLifecycle: Sendable {
    private let machine: Locked<URLSessionTaskState>
    private let task: UncheckedTask
    private let receiver: any TaskReceiver

    init(_ task: URLSessionTask, receiver: any TaskReceiver) {
        self.task = UncheckedTask(task: task)
        self.receiver = receiver
        #if canImport(FoundationNetworking)
            machine = Locked(URLSessionTaskState(cancelsRunningTasks: false))
        #else
            machine = Locked(URLSessionTaskState(cancelsRunningTasks: true))
        #endif
    }

    /// The state now.
    var current: URLSessionTaskState.State { machine.value.state }

    /// Starts the transfer, unless a stop came first.
    func resume() {
        guard machine.withLock({ $0.resumeRequested() }) == .resumeTask else { return }
        task.task.resume()
    }

    /// Stops the transfer for the caller (a cancel, a deadline, a reader that left, a reply past its limit):
    /// the receiver is answered now; a stop after the end, or a second one, does nothing.
    func stop() {
        guard case .answerNow(let cancelTask) = machine.withLock({ $0.stopRequested() }) else { return }
        receiver.completed(error: URLError(.cancelled))
        guard cancelTask else { return }
        #if canImport(FoundationNetworking)
            // Only a task never resumed gets here on Linux. `cancel()` waits for FoundationNetworking's queue,
            // where callbacks (and whatever they trigger) run: call it from another thread.
            let task = task
            DispatchQueue.global().async { task.task.cancel() }
        #else
            task.task.cancel()
        #endif
    }

    /// The status and headers arrived; false asks the session to cancel (a reply announced as too large).
    func received(_ response: URLResponse) -> Bool {
        guard machine.withLock({ $0.callbackArrived() }) == .deliver else { return true }
        guard receiver.received(response) else {
            stop()
            return false
        }
        return true
    }

    /// Body bytes arrived: handed on while the caller waits, dropped once it was answered.
    func received(_ data: Data) {
        guard machine.withLock({ $0.callbackArrived() }) == .deliver else { return }
        if !receiver.received(data) { stop() }
    }

    /// The task ended: the receiver hears it unless it was answered already.
    func completed(error: (any Error)?) {
        guard machine.withLock({ $0.completed() }) == .report else { return }
        receiver.completed(error: error)
    }
}

/// The session delegate both front ends use: refuses every redirect (a 3xx comes back as the response, so the
/// caller decides whether the next hop is safe and the key never follows one) and routes each task's callbacks
/// to its lifecycle.
final class TaskRouter: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let routes = Locked<[Int: TaskLifecycle]>([:])

    /// Sends `task`'s callbacks to `lifecycle` until it completes.
    func register(_ lifecycle: TaskLifecycle, for task: URLSessionTask) {
        routes.update { $0[task.taskIdentifier] = lifecycle }
    }

    private func lifecycle(for task: URLSessionTask) -> TaskLifecycle? {
        routes.withLock { $0[task.taskIdentifier] }
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
        let accepted = lifecycle(for: dataTask)?.received(response) ?? true
        // Darwin's URLSession ends the task on `.cancel`; FoundationNetworking ignores the disposition, and the
        // lifecycle drops what follows.
        completionHandler(accepted ? .allow : .cancel)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lifecycle(for: dataTask)?.received(data)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let lifecycle = routes.withLock { $0.removeValue(forKey: task.taskIdentifier) }
        lifecycle?.completed(error: error)
    }
}

#if canImport(FoundationNetworking)
    /// The delegate queue on Linux: runs each callback at once, on the thread that delivers it (libcurl's),
    /// instead of queueing it.
    ///
    /// FoundationNetworking hands every decoded chunk to the delegate queue asynchronously and lets libcurl read
    /// on, so with an ordinary queue a fast or gzip-bombed reply piles up gigabytes of queued chunks before the
    /// size check even sees the first one. Run inline, the check sees each chunk as it is inflated, and a chunk
    /// past the limit is dropped on the spot: the caller is answered at once and memory stays at the limit
    /// (the rest of such a reply is read and dropped until the gateway ends it; see `TaskLifecycle`).
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

/// A task kept by a `Sendable` lifecycle; `resume()` and `cancel()` are thread-safe.
private struct UncheckedTask: @unchecked Sendable {
    let task: URLSessionTask
}
