import Foundation

/// Limits how many requests are in flight, and lowers that limit for a while when the gateway says 429.
///
/// The gateway asks for concurrent calls when several images are wanted, but its token groups rate-limit at
/// peaks; answering a 429 with the same pressure only earns more 429s. So a 429 halves the limit (never
/// below 1), and the limit climbs back by one each time as many jobs as it allows have succeeded, up to the
/// maximum asked for (additive increase, multiplicative decrease, as TCP does). Recovery counts successes of
/// jobs started under the lowered limit, not seconds, so it behaves the same on a fast test gateway and a slow
/// real one.
///
/// Several requests that were already in flight often fail together; only the first 429 from requests
/// started under the current limit lowers it, so one burst halves the limit once rather than down to 1.
///
/// The limit settles at what the gateway sustains: climbing back to a level that was answered 429 before takes
/// four times as many successes as an ordinary step, and twice as many again after each such probe fails, so
/// a gateway that allows two requests at once sees a probe at three ever more rarely, not after every pair
/// of images; each failed probe costs one 429 and a pause of the whole batch.
final class AdaptiveLimiter: Sendable {
    /// Proof of a held slot, returned by `acquire()` and handed back to `release(_:)`.
    struct Ticket: Sendable {
        /// The generation of the limit when the slot was taken.
        let generation: Int
    }

    private struct Waiter {
        let id: UInt64
        let continuation: CheckedContinuation<Ticket, any Error>
    }

    /// Everything that changes, touched under the lock only.
    private struct State {
        var current: Int
        var inFlight = 0
        var generation = 0
        var successes = 0
        /// The lowest limit a 429 was answered at, if any; raising to it again is done cautiously.
        var throttledAt: Int?
        /// How many times `current` successes a cautious step takes: 4, doubled after each failed probe (to 64).
        var probeFactor = 4
        var waiters: [Waiter] = []
        /// Callers that have an id but have not yet registered as waiters, and those cancelled in that window.
        var unregistered: Set<UInt64> = []
        var cancelled: Set<UInt64> = []
        var nextID: UInt64 = 0

        /// Hands free slots to waiters in arrival order.
        mutating func admit() -> [(Waiter, Ticket)] {
            var woken: [(Waiter, Ticket)] = []
            while inFlight < current, !waiters.isEmpty {
                inFlight += 1
                woken.append((waiters.removeFirst(), Ticket(generation: generation)))
            }
            return woken
        }
    }

    private let maximum: Int
    private let state: Locked<State>

    /// Creates a limiter that allows `maximum` slots (at least 1).
    init(maximum: Int) {
        self.maximum = max(1, maximum)
        state = Locked(State(current: self.maximum))
    }

    /// The number of slots allowed now.
    var limit: Int { state.value.current }

    /// The number of slots held now.
    var held: Int { state.value.inFlight }

    /// The number of callers waiting for a slot.
    var waiting: Int { state.withLock { $0.waiters.count } }

    /// Waits for a free slot and takes it.
    ///
    /// - Throws: `CancellationError` when the calling task is cancelled while waiting (no slot is held then).
    func acquire() async throws -> Ticket {
        try Task.checkCancellation()
        let id: UInt64 = state.withLock { state in
            state.nextID += 1
            state.unregistered.insert(state.nextID)
            return state.nextID
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Ticket, any Error>) in
                let outcome: Result<Ticket, any Error>? = state.withLock { state in
                    state.unregistered.remove(id)
                    if state.cancelled.remove(id) != nil { return .failure(CancellationError()) }
                    if state.inFlight < state.current && state.waiters.isEmpty {
                        state.inFlight += 1
                        return .success(Ticket(generation: state.generation))
                    }
                    state.waiters.append(Waiter(id: id, continuation: continuation))
                    return nil
                }
                if let outcome { continuation.resume(with: outcome) }
            }
        } onCancel: {
            let waiter: Waiter? = state.withLock { state in
                if let index = state.waiters.firstIndex(where: { $0.id == id }) {
                    return state.waiters.remove(at: index)
                }
                // Not waiting yet: make the registration fail. Already admitted: the caller holds a slot and
                // must check for cancellation itself.
                if state.unregistered.contains(id) { state.cancelled.insert(id) }
                return nil
            }
            waiter?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Gives a slot back. `succeeded` counts toward raising a lowered limit again; returns the new limit when
    /// this release raised it.
    @discardableResult
    func release(_ ticket: Ticket, succeeded: Bool) -> Int? {
        let maximum = maximum
        let (woken, raised): ([(Waiter, Ticket)], Int?) = state.withLock { state in
            state.inFlight -= 1
            var raised: Int?
            // Only jobs started under the lowered limit show that the gateway copes with it.
            if succeeded, state.current < maximum, ticket.generation == state.generation {
                state.successes += 1
                let current = state.current
                let cautious = state.throttledAt.map { current + 1 >= $0 } ?? false
                if state.successes >= (cautious ? state.probeFactor * current : current) {
                    state.current += 1
                    state.successes = 0
                    raised = state.current
                }
            }
            return (state.admit(), raised)
        }
        for (waiter, ticket) in woken { waiter.continuation.resume(returning: ticket) }
        return raised
    }

    /// Notes that a request holding `ticket` was answered 429. Returns the new, lower limit (half, rounded
    /// up), or nil when the limit was already lowered for this burst (or is already 1).
    @discardableResult
    func noteRateLimited(_ ticket: Ticket) -> Int? {
        state.withLock { state in
            guard ticket.generation == state.generation, state.current > 1 else { return nil }
            if let throttledAt = state.throttledAt, state.current >= throttledAt {
                state.probeFactor = min(state.probeFactor * 2, 64)
            }
            state.throttledAt = min(state.throttledAt ?? state.current, state.current)
            state.current = max(1, (state.current + 1) / 2)
            state.generation += 1
            state.successes = 0
            return state.current
        }
    }
}
