import Foundation

/// A value guarded by an `NSLock`, so state shared between the accept thread, connection threads and the test
/// thread is only ever touched under the lock. `Mutex` would need macOS 15, which the package does not require.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` with exclusive access; keep bodies short and never block inside them.
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
