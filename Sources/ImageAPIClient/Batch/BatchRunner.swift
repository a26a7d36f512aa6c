import Foundation

/// Runs a planned batch: several jobs at once, fewer after a 429, none new after a failure with `failFast`
/// or after the key is refused, and none new once the task is cancelled.
///
/// Structured concurrency throughout: every job is a child task of `run`, so cancelling the task that calls
/// `run` (gen-image does on Ctrl-C) stops the starting of jobs, cancels those in flight (the client then
/// throws `cancelled` and removes its temporary files), and still returns a report of everything, which is
/// what the manifest is written from. It never prints; progress goes to the `events` callback.
public struct BatchRunner: Sendable {
    /// How the batch runs.
    public struct Options: Sendable {
        /// Requests in flight at once, at most (before any 429 lowers it).
        public var concurrency: Int
        /// Stop starting new jobs after the first failure.
        public var failFast: Bool

        /// Creates options.
        public init(concurrency: Int = 4, failFast: Bool = false) {
            self.concurrency = concurrency
            self.failFast = failFast
        }
    }

    /// The options in use.
    public let options: Options
    private let makeClient: @Sendable () -> ImageClient

    /// Creates a runner. `makeClient` is called once per concurrent slot, at most `concurrency` times: each
    /// client has its own connection pool, because one URLSession allows only six connections per host.
    public init(options: Options, makeClient: @escaping @Sendable () -> ImageClient) {
        self.options = options
        self.makeClient = makeClient
    }

    /// Runs every job that `willRun` and skips the others; returns when all have finished, or, after
    /// cancellation, when those in flight have stopped.
    public func run(_ jobs: [BatchJob], events: @escaping @Sendable (BatchEvent) -> Void = { _ in }) async
        -> BatchReport
    {
        let started = ContinuousClock.now
        let limiter = AdaptiveLimiter(maximum: options.concurrency)
        let record = OutcomeRecord()
        let pool = ClientPool(make: makeClient)
        let failFast = options.failFast
        for job in jobs where !job.willRun {
            let outcome = BatchOutcome(job: job, status: .skipped)
            record.set(outcome)
            events(.finished(outcome))
        }
        await withTaskGroup(of: Void.self) { group in
            for job in jobs where job.willRun {
                guard record.stopReason == nil, let ticket = try? await limiter.acquire() else { break }
                guard record.stopReason == nil, !Task.isCancelled else {
                    limiter.release(ticket, succeeded: false)
                    break
                }
                events(.started(job))
                group.addTask {
                    let client = pool.take()
                    defer { pool.put(client) }
                    let clock = ContinuousClock.now
                    let outcome: BatchOutcome
                    do throws(ImageAPIError) {
                        let result = try await client.run(job.planned) { event in
                            if case .retrying(let notice) = event,
                                notice.code == .rateLimited || notice.httpStatus == 429,
                                let lowered = limiter.noteRateLimited(ticket)
                            {
                                events(.concurrencyLowered(to: lowered))
                            }
                            events(.progress(job, event))
                        }
                        outcome = BatchOutcome(
                            job: job, status: .ok, result: result, elapsed: Self.seconds(since: clock),
                            attempts: result.attempts)
                    } catch {
                        if error.code == .rateLimited, let lowered = limiter.noteRateLimited(ticket) {
                            events(.concurrencyLowered(to: lowered))
                        }
                        let cancelled = error.code == .cancelled || Task.isCancelled
                        outcome = BatchOutcome(
                            job: job, status: cancelled ? .cancelled : .failed, error: error,
                            elapsed: Self.seconds(since: clock), attempts: error.attempts)
                        if !cancelled {
                            let reason: BatchReport.StopReason? =
                                error.code == .authFailed
                                ? .keyRefused(index: job.item.index)
                                : failFast ? .failFast(index: job.item.index) : nil
                            if let reason, record.stop(reason) { events(.stopping(reason)) }
                        }
                    }
                    record.set(outcome)
                    events(.finished(outcome))
                    if let raised = limiter.release(ticket, succeeded: outcome.status == .ok) {
                        events(.concurrencyRaised(to: raised))
                    }
                }
            }
            await group.waitForAll()
        }
        let cancelled = Task.isCancelled
        let outcomes = jobs.map { job in
            record.outcome(for: job.item.index) ?? BatchOutcome(job: job, status: .notRun)
        }
        return BatchReport(
            outcomes: outcomes, elapsed: Self.seconds(since: started), cancelled: cancelled,
            stopReason: record.stopReason)
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let duration = ContinuousClock.now - start
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// What happens during a batch, for a front end to show.
public enum BatchEvent: Sendable {
    /// A job is about to send its request.
    case started(BatchJob)
    /// A job's own progress (sending, downloading, saving, and retries where the client makes them).
    case progress(BatchJob, ImageEvent)
    /// A job ended: ok, failed, cancelled, or skipped because its output exists.
    case finished(BatchOutcome)
    /// A 429 lowered the number of requests allowed in flight to this.
    case concurrencyLowered(to: Int)
    /// Enough successes raised the number of requests allowed in flight back to this.
    case concurrencyRaised(to: Int)
    /// No new jobs will start, for this reason.
    case stopping(BatchReport.StopReason)
}

/// How one job ended.
public struct BatchOutcome: Sendable {
    /// The job's status, as the manifest records it.
    public enum Status: String, Sendable, Codable, CaseIterable {
        /// The image was saved.
        case ok
        /// Its output already existed, so nothing was sent.
        case skipped
        /// The request failed; `error` says why.
        case failed
        /// It was in flight when the batch was cancelled.
        case cancelled
        /// It never started (cancellation, `--fail-fast`, or a refused key stopped the batch first).
        case notRun = "not_run"
    }

    /// The job.
    public let job: BatchJob
    /// How it ended.
    public let status: Status
    /// What was saved, when it succeeded.
    public let result: ImageResult?
    /// Why it failed or was cancelled.
    public let error: ImageAPIError?
    /// Seconds from its start to its end, retries included; nil when it did not run.
    public let elapsed: Double?
    /// HTTP attempts made; nil when it did not run.
    public let attempts: Int?

    /// Creates an outcome.
    public init(
        job: BatchJob, status: Status, result: ImageResult? = nil, error: ImageAPIError? = nil,
        elapsed: Double? = nil, attempts: Int? = nil
    ) {
        self.job = job
        self.status = status
        self.result = result
        self.error = error
        self.elapsed = elapsed
        self.attempts = attempts
    }

    /// The image's path: the one saved now, or for a skipped job the one found from an earlier run.
    public var path: URL? {
        result?.files.first?.path ?? (status == .skipped ? job.existing : nil)
    }
}

/// Everything a batch did, in file order.
public struct BatchReport: Sendable {
    /// Why a batch stopped starting jobs before the end.
    public enum StopReason: Sendable, Equatable {
        /// `--fail-fast`, after this item failed.
        case failFast(index: Int)
        /// The gateway refused the key (HTTP 401) on this item; every other job would fail the same way.
        case keyRefused(index: Int)
    }

    /// One outcome per job, in file order.
    public let outcomes: [BatchOutcome]
    /// Seconds the whole batch took.
    public let elapsed: Double
    /// Whether the batch was cancelled.
    public let cancelled: Bool
    /// Why jobs stopped being started early, if they did (cancellation aside).
    public let stopReason: StopReason?

    /// Creates a report.
    public init(outcomes: [BatchOutcome], elapsed: Double, cancelled: Bool, stopReason: StopReason?) {
        self.outcomes = outcomes
        self.elapsed = elapsed
        self.cancelled = cancelled
        self.stopReason = stopReason
    }

    /// How many jobs ended with `status`.
    public func count(_ status: BatchOutcome.Status) -> Int {
        outcomes.count { $0.status == status }
    }

    /// The cost of the images made in this run: those saved, and those billed but kept in the recovery folder
    /// because they could not be saved where asked (skipped ones cost nothing now).
    public var cost: CostEstimate {
        var estimate = CostEstimate()
        for outcome in outcomes where outcome.status == .ok || outcome.error?.recoveredPath != nil {
            estimate.add(
                outcome.job.planned.spec, quality: outcome.job.planned.options.quality, usage: outcome.result?.usage)
        }
        return estimate
    }
}

/// The outcomes recorded so far and whether to stop starting jobs, shared by the job tasks.
private final class OutcomeRecord: @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [Int: BatchOutcome] = [:]
    private var reason: BatchReport.StopReason?

    func set(_ outcome: BatchOutcome) {
        lock.withLock { outcomes[outcome.job.item.index] = outcome }
    }

    func outcome(for index: Int) -> BatchOutcome? {
        lock.withLock { outcomes[index] }
    }

    var stopReason: BatchReport.StopReason? { lock.withLock { reason } }

    /// Records the first reason to stop; false when one was already recorded.
    func stop(_ newReason: BatchReport.StopReason) -> Bool {
        lock.withLock {
            guard reason == nil else { return false }
            reason = newReason
            return true
        }
    }
}

/// Idle clients, each with its own connection pool, handed to one job at a time.
private final class ClientPool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [ImageClient] = []
    private let make: @Sendable () -> ImageClient

    init(make: @escaping @Sendable () -> ImageClient) {
        self.make = make
    }

    func take() -> ImageClient {
        lock.withLock { idle.popLast() } ?? make()
    }

    func put(_ client: ImageClient) {
        lock.withLock { idle.append(client) }
    }
}
