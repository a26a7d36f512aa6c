import Foundation
import ImageAPIClient

/// One `tools/call` in flight: its task, and whether it was answered or cancelled, under one lock so that no
/// progress notification follows the answer and nothing at all follows a cancellation.
final class CallRecord: Sendable {
    private struct State {
        var task: Task<Void, Never>?
        var cancelled = false
        var answered = false
        var billed = false
    }

    /// The request's id.
    let id: JSONValue
    /// How the request opened, which decides how its result is written.
    let era: ProtocolRevisions.Era
    private let state = Locked(State())

    init(id: JSONValue, era: ProtocolRevisions.Era) {
        self.id = id
        self.era = era
    }

    /// Whether the client cancelled it.
    var isCancelled: Bool { state.value.cancelled }

    /// Attaches the call's task; cancels it at once when the client already cancelled.
    func attach(_ task: Task<Void, Never>) {
        let cancelNow = state.withLock { state in
            state.task = task
            return state.cancelled
        }
        if cancelNow { task.cancel() }
    }

    /// Cancels the call as Ctrl-C cancels a run: its task stops, temporary files go, and it is never answered.
    /// Once its image was billed (the gateway answered and it is being fetched or saved) the task is left to
    /// save it, so a billed image is never lost; the call is still never answered, and the server tells where
    /// the image went.
    func cancel() {
        let task = state.withLock { state -> Task<Void, Never>? in
            guard !state.answered else { return nil }
            state.cancelled = true
            return state.billed ? nil : state.task
        }
        task?.cancel()
    }

    /// Notes that the gateway answered with an image, which is billed from now on.
    func markBilled() {
        state.withLock { $0.billed = true }
    }

    /// Runs `write` unless the call was answered or cancelled (for a progress notification).
    func whileOpen(_ write: () -> Void) {
        state.withLock { state in
            guard !state.answered, !state.cancelled else { return }
            write()
        }
    }

    /// Runs `write` (the answer) and marks the call answered, unless it was cancelled; true when written.
    func answer(_ write: () -> Void) -> Bool {
        state.withLock { state in
            guard !state.cancelled, !state.answered else { return false }
            state.answered = true
            write()
            return true
        }
    }
}
