import Foundation

/// A value guarded by an `NSLock`: the one lock type of the package, so state shared between tasks, delegate
/// queues and the libcurl thread is only ever touched under its lock. `Mutex` would need macOS 15, which the
/// package does not require. Public because the command's shared state (progress, interrupts) uses it too.
package final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    /// Guards `value` from now on.
    package init(_ value: Value) {
        stored = value
    }

    /// Runs `body` with exclusive access; keep bodies short and never block or resume a continuation inside.
    package func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&stored)
    }

    /// A copy of the value, read under the lock.
    package var value: Value { withLock { $0 } }

    /// Changes the value under the lock.
    package func update(_ change: (inout Value) -> Void) { withLock { change(&$0) } }
}
