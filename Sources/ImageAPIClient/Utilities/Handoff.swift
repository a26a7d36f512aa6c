import Foundation

/// One outcome handed to one waiter, whichever comes first: the outcome, or someone waiting for it.
///
/// Every transport meets this between a callback thread (a URLSession delegate queue, the libcurl engine
/// thread) and the async caller: the first `settle` wins and later ones change nothing, and the waiter is
/// resumed exactly once, outside the lock, so no continuation is ever resumed twice or left hanging.
final class Handoff<Value: Sendable>: Sendable {
    private struct State: Sendable {
        var outcome: Result<Value, any Error>?
        var waiter: CheckedContinuation<Value, any Error>?
    }

    private let state = Locked(State())

    /// An empty handoff: nothing settled, nobody waiting.
    init() {}

    /// Resumes `continuation` with the outcome now if it is known, else when it is settled.
    func wait(_ continuation: CheckedContinuation<Value, any Error>) {
        let ready: Result<Value, any Error>? = state.withLock { state in
            if let outcome = state.outcome { return outcome }
            state.waiter = continuation
            return nil
        }
        if let ready { continuation.resume(with: ready) }
    }

    /// Settles the outcome once and resumes the waiter, if any; later calls change nothing.
    func settle(_ result: Result<Value, any Error>) {
        let waiter: CheckedContinuation<Value, any Error>? = state.withLock { state in
            guard state.outcome == nil else { return nil }
            state.outcome = result
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume(with: result)
    }
}
