import Foundation
import ImageAPIClient

/// Lets Ctrl-C and `--max-time` be armed before the work they cancel exists, so no signal can slip between
/// the request going out and the handler being in place: a cancel that comes first is kept and applied the
/// moment the work is attached.
final class CancelHandle: Sendable {
    private struct State {
        var cancelled = false
        var action: (@Sendable () -> Void)?
    }
    private let state = Locked(State())

    /// Cancels the attached work, or the work attached later.
    func cancel() {
        let run: (@Sendable () -> Void)? = state.withLock {
            $0.cancelled = true
            return $0.action
        }
        run?()
    }

    /// Attaches the work's cancel; runs it at once when a cancel already came.
    func attach(_ cancel: @escaping @Sendable () -> Void) {
        let now: Bool = state.withLock {
            $0.action = cancel
            return $0.cancelled
        }
        if now { cancel() }
    }
}
