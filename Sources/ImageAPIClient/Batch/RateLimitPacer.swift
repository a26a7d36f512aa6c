import Foundation

/// How a batch meets a gateway that answers 429: the whole batch pauses for the gateway's `Retry-After`, each
/// job resumes after its own random share of jitter (so requests never collide again in lock-step), a
/// batch-wide budget bounds how many times throttled jobs are sent again, and a run of 429s at the lowest
/// limit with no success in between stops the batch (the gateway refuses everything: quota used up).
///
/// A 429 is not billed, so a throttled job goes back in the queue instead of spending its own `--retries`;
/// the budget keeps a gateway that throttles forever from turning one batch into thousands of requests.
final class RateLimitPacer: Sendable {
    /// What to do with a job that was just answered 429.
    enum Verdict: Equatable {
        /// Wait for the pause and send it again.
        case requeue
        /// The batch-wide budget is spent: the job fails with its 429.
        case budgetSpent
        /// The gateway refuses every request: start nothing more.
        case refusesEverything
    }

    /// What changes as 429s and successes arrive.
    private struct State {
        var budget: Int
        var resumeAt: ContinuousClock.Instant?
        var jitterSpan = 0.0
        var atFloor = 0
        var requeued = 0
    }

    private let scale: Double
    private let random: @Sendable () -> Double
    private let stormLength: Int
    private let state: Locked<State>

    /// - Parameters:
    ///   - budget: how many times, in all, throttled jobs may be sent again.
    ///   - stormLength: consecutive 429s at a limit of 1, with no success, that stop the batch.
    ///   - scale: multiplies every wait (tests run a 1 s `Retry-After` in milliseconds).
    ///   - random: a number in 0..<1, for the jitter.
    init(budget: Int, stormLength: Int, scale: Double, random: @escaping @Sendable () -> Double) {
        state = Locked(State(budget: max(0, budget)))
        self.stormLength = max(1, stormLength)
        self.scale = max(0, scale)
        self.random = random
    }

    /// How many times throttled jobs were sent again.
    var requeues: Int { state.value.requeued }

    /// Notes a 429 answered while the limit was `limit` (after any lowering) and pauses the batch for
    /// `retryAfter` seconds (2 s when the gateway named no wait).
    func noteRateLimited(retryAfter: Double?, limit: Int) -> Verdict {
        let wait = min(max(retryAfter ?? 2, 0.1), 300)
        return state.withLock { state in
            let until = ContinuousClock.now + .nanoseconds(Int64(wait * scale * 1e9))
            if state.resumeAt.map({ $0 < until }) ?? true { state.resumeAt = until }
            // Jitter of up to half the wait (at least a quarter second) spreads the resumed requests.
            state.jitterSpan = max(wait / 2, 0.25)
            if limit <= 1 { state.atFloor += 1 }
            if state.atFloor >= stormLength { return .refusesEverything }
            guard state.budget > 0 else { return .budgetSpent }
            state.budget -= 1
            state.requeued += 1
            return .requeue
        }
    }

    /// A success: the gateway is not refusing everything.
    func noteSuccess() {
        state.update { $0.atFloor = 0 }
    }

    /// Waits while the batch is paused, plus this caller's own jitter; returns at once when it is not.
    func waitTurn() async throws {
        let delay: Duration? = state.withLock { state in
            guard let resumeAt = state.resumeAt, resumeAt > ContinuousClock.now else { return nil }
            let jitter = random() * state.jitterSpan * scale
            return (resumeAt - ContinuousClock.now) + .nanoseconds(Int64(jitter * 1e9))
        }
        if let delay { try await Task.sleep(for: delay) }
    }
}
