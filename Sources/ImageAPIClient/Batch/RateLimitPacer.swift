import Foundation

/// How a batch meets a gateway that answers 429: the whole batch pauses for the gateway's `Retry-After`, each
/// job resumes after its own random share of jitter (so requests never collide again in lock-step), a
/// batch-wide budget bounds how many times throttled jobs are sent again, and a run of 429s at the lowest
/// limit with no success in between stops the batch (the gateway refuses everything: quota used up).
///
/// A 429 is not billed, so a throttled job goes back in the queue instead of spending its own `--retries`;
/// the budget keeps a gateway that throttles forever from turning one batch into thousands of requests.
final class RateLimitPacer: @unchecked Sendable {
    /// What to do with a job that was just answered 429.
    enum Verdict: Equatable {
        /// Wait for the pause and send it again.
        case requeue
        /// The batch-wide budget is spent: the job fails with its 429.
        case budgetSpent
        /// The gateway refuses every request: start nothing more.
        case refusesEverything
    }

    private let lock = NSLock()
    private let scale: Double
    private let random: @Sendable () -> Double
    private let stormLength: Int
    private var budget: Int
    private var resumeAt: ContinuousClock.Instant?
    private var jitterSpan = 0.0
    private var atFloor = 0
    private var requeued = 0

    /// - Parameters:
    ///   - budget: how many times, in all, throttled jobs may be sent again.
    ///   - stormLength: consecutive 429s at a limit of 1, with no success, that stop the batch.
    ///   - scale: multiplies every wait (tests run a 1 s `Retry-After` in milliseconds).
    ///   - random: a number in 0..<1, for the jitter.
    init(budget: Int, stormLength: Int, scale: Double, random: @escaping @Sendable () -> Double) {
        self.budget = max(0, budget)
        self.stormLength = max(1, stormLength)
        self.scale = max(0, scale)
        self.random = random
    }

    /// How many times throttled jobs were sent again.
    var requeues: Int { lock.withLock { requeued } }

    /// Notes a 429 answered while the limit was `limit` (after any lowering) and pauses the batch for
    /// `retryAfter` seconds (2 s when the gateway named no wait).
    func noteRateLimited(retryAfter: Double?, limit: Int) -> Verdict {
        let wait = min(max(retryAfter ?? 2, 0.1), 300)
        return lock.withLock {
            let until = ContinuousClock.now + .nanoseconds(Int64(wait * scale * 1e9))
            if resumeAt.map({ $0 < until }) ?? true { resumeAt = until }
            // Jitter of up to half the wait (at least a quarter second) spreads the resumed requests.
            jitterSpan = max(wait / 2, 0.25)
            if limit <= 1 { atFloor += 1 }
            if atFloor >= stormLength { return .refusesEverything }
            guard budget > 0 else { return .budgetSpent }
            budget -= 1
            requeued += 1
            return .requeue
        }
    }

    /// A success: the gateway is not refusing everything.
    func noteSuccess() {
        lock.withLock { atFloor = 0 }
    }

    /// Waits while the batch is paused, plus this caller's own jitter; returns at once when it is not.
    func waitTurn() async throws {
        let delay: Duration? = lock.withLock {
            guard let resumeAt, resumeAt > ContinuousClock.now else { return nil }
            let jitter = random() * jitterSpan * scale
            return (resumeAt - ContinuousClock.now) + .nanoseconds(Int64(jitter * 1e9))
        }
        if let delay { try await Task.sleep(for: delay) }
    }
}
