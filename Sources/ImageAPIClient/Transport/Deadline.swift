import Foundation

/// Thrown when a whole-request deadline passes.
struct DeadlineExceeded: Error {}

/// Runs `operation` and cancels it when `seconds` have passed, however slowly bytes are still arriving.
///
/// URLSession's timeout on Linux only notices silence; a server that trickles a byte at a time, or an upload
/// followed by a long wait, would never time out. Racing the work against a sleep gives a true deadline, and
/// cancelling the task cancels the transfer.
func withDeadline<T: Sendable>(
    seconds: Double,
    _ operation: @escaping @Sendable () async throws -> T
) async throws -> T {
    try await withThrowingTaskGroup(of: T.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(nanoseconds: Seconds.nanoseconds(seconds))
            throw DeadlineExceeded()
        }
        defer { group.cancelAll() }
        guard let first = try await group.next() else { throw DeadlineExceeded() }
        return first
    }
}
