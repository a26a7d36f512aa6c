import Foundation

/// The requests in flight across every call, at most `limit`: a call takes its slots at once (a batch takes
/// several) and waits its turn in order, so calls made together never send more than `gen-image mcp -j` allows.
actor CallSlots {
    private struct Waiter {
        let id: UUID
        let count: Int
        let continuation: CheckedContinuation<Void, any Error>
    }

    /// The most slots in use at once.
    let limit: Int
    private var used = 0
    private var waiters: [Waiter] = []
    private var cancelledEarly: Set<UUID> = []

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Whether `count` slots are free now, with nobody waiting before.
    func isFree(_ count: Int) -> Bool {
        waiters.isEmpty && used + min(count, limit) <= limit
    }

    /// Takes `count` slots (at most `limit`), waiting for them; throws `CancellationError` when the task is
    /// cancelled first, holding nothing.
    func acquire(_ count: Int) async throws {
        let count = min(max(count, 1), limit)
        if waiters.isEmpty, used + count <= limit {
            used += count
            return
        }
        let id = UUID()
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                if cancelledEarly.remove(id) != nil || Task.isCancelled {
                    continuation.resume(throwing: CancellationError())
                } else {
                    waiters.append(Waiter(id: id, count: count, continuation: continuation))
                }
            }
        } onCancel: {
            Task { await self.cancel(id) }
        }
    }

    /// Gives `count` slots back and lets the waiters that now fit go, in order.
    func release(_ count: Int) {
        used -= min(max(count, 1), limit)
        wake()
    }

    private func wake() {
        while let first = waiters.first, used + first.count <= limit {
            waiters.removeFirst()
            used += first.count
            first.continuation.resume()
        }
    }

    private func cancel(_ id: UUID) {
        if let index = waiters.firstIndex(where: { $0.id == id }) {
            waiters.remove(at: index).continuation.resume(throwing: CancellationError())
            wake()
        } else {
            cancelledEarly.insert(id)
        }
    }
}
