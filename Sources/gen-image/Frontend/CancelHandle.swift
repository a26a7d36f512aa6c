import Foundation

/// Lets Ctrl-C and `--max-time` be armed before the work they cancel exists, so no signal can slip between
/// the request going out and the handler being in place: a cancel that comes first is kept and applied the
/// moment the work is attached.
final class CancelHandle: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false
    private var action: (@Sendable () -> Void)?

    /// Cancels the attached work, or the work attached later.
    func cancel() {
        let run: (@Sendable () -> Void)? = lock.withLock {
            cancelled = true
            return action
        }
        run?()
    }

    /// Attaches the work's cancel; runs it at once when a cancel already came.
    func attach(_ cancel: @escaping @Sendable () -> Void) {
        let now: Bool = lock.withLock {
            action = cancel
            return cancelled
        }
        if now { cancel() }
    }
}
