/// One URLSession task's life as gen-image drives it, as one value with pure transitions (the manner of
/// async-http-client's `RequestBag.StateMachine`): `TaskLifecycle` reports each event (resume, a stop asked for,
/// a callback, the end) and performs the action it gets back. Nothing here touches URLSession, so every
/// transition is tested on its own.
///
/// A stop (the caller cancelled, a deadline passed, a stream's reader left, a reply passed its limit) answers
/// the caller at once and drops whatever the task still reports. Whether `URLSessionTask.cancel()` is called
/// as well is decided here too: never, on Linux, for a task that was resumed, because FoundationNetworking
/// can trap the whole process when its cancel meets the task's completion (see `TaskLifecycle`).
struct URLSessionTaskState: Sendable, Equatable {
    enum State: Sendable, Equatable {
        /// Made, not resumed yet.
        case created
        /// Resumed: callbacks reach the receiver.
        case running
        /// The caller was answered before the task ended; whatever the task still reports is dropped.
        case abandoned
        /// The task reported its end; nothing more happens.
        case finished
    }

    /// What to do when the caller starts the task.
    enum ResumeAction: Sendable, Equatable {
        /// Resume the task.
        case resumeTask
        /// Nothing: it was stopped first (it will never send anything), or started already.
        case none
    }

    /// What to do when a stop is asked for.
    enum StopAction: Sendable, Equatable {
        /// Answer the receiver now with a cancellation, and call `URLSessionTask.cancel()` when `cancelTask`.
        case answerNow(cancelTask: Bool)
        /// Nothing: the caller was answered already, or the task ended.
        case none
    }

    /// What to do with a callback (a head, body bytes) from the task.
    enum Delivery: Sendable, Equatable {
        case deliver
        case drop
    }

    /// What to do when the task reports its end.
    enum CompletionAction: Sendable, Equatable {
        /// Tell the receiver how it ended.
        case report
        /// Nothing: the receiver was answered when the task was stopped, or this is a second report.
        case none
    }

    private(set) var state = State.created
    /// Whether a task that was resumed may be cancelled through `URLSessionTask.cancel()` (Darwin's URLSession)
    /// or must be left to end by itself, its bytes dropped (FoundationNetworking).
    let cancelsRunningTasks: Bool

    init(cancelsRunningTasks: Bool) {
        self.cancelsRunningTasks = cancelsRunningTasks
    }

    /// The caller starts the task.
    mutating func resumeRequested() -> ResumeAction {
        guard state == .created else { return .none }
        state = .running
        return .resumeTask
    }

    /// A stop, from any thread, at any moment (twice, or after the end, included).
    mutating func stopRequested() -> StopAction {
        switch state {
        case .created:
            // Never resumed, so nothing can be completing: cancelling it is safe everywhere, and it is never
            // resumed now.
            state = .abandoned
            return .answerNow(cancelTask: true)
        case .running:
            state = .abandoned
            return .answerNow(cancelTask: cancelsRunningTasks)
        case .abandoned, .finished:
            return .none
        }
    }

    /// The task reported a head or body bytes.
    func callbackArrived() -> Delivery {
        state == .running ? .deliver : .drop
    }

    /// The task reported its end (its delegate heard `didCompleteWithError`).
    mutating func completed() -> CompletionAction {
        switch state {
        case .created, .running:
            state = .finished
            return .report
        case .abandoned:
            state = .finished
            return .none
        case .finished:
            return .none
        }
    }
}
