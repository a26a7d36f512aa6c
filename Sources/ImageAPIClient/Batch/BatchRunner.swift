import Foundation

/// Runs a planned batch: several jobs at once, fewer after a 429, none new after a failure with `failFast`
/// or after the key is refused, and none new once the task is cancelled.
///
/// A job answered 429 goes back in the queue rather than spending its own retries: the whole batch pauses for
/// the gateway's `Retry-After` plus jitter and the limit drops (`AdaptiveLimiter`), within a batch-wide budget
/// of re-sends. When every request is refused, even one at a time, the batch stops (`RateLimitPacer`).
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
        /// How many times, in all, jobs answered 429 may be sent again; nil allows one per job to run (at least
        /// 8), which keeps the requests of a throttled batch under twice its images.
        public var rateLimitBudget: Int?
        /// Consecutive 429s at a limit of one request, with no success between them, that stop the batch.
        public var refusalRun: Int
        /// Multiplies every wait for `Retry-After` (a testing hook: 0.1 turns 1 s into 0.1 s).
        public var waitScale: Double
        /// A number in 0..<1 for the jitter added to each wait; injectable so tests can pin it.
        public var random: @Sendable () -> Double

        /// Creates options.
        public init(
            concurrency: Int = 4, failFast: Bool = false, rateLimitBudget: Int? = nil, refusalRun: Int = 4,
            waitScale: Double = 1, random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
        ) {
            self.concurrency = concurrency
            self.failFast = failFast
            self.rateLimitBudget = rateLimitBudget
            self.refusalRun = refusalRun
            self.waitScale = waitScale
            self.random = random
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
    ///
    /// With `recording`, every job's outcome (skipped, never started and cancelled ones included) is handed
    /// to it exactly once, as it ends, and the report keeps only counters and the outcomes its summary names
    /// (failed, cancelled, not run): a long batch's memory does not grow with the items it finished, whose
    /// records the caller keeps on disk (`BatchJournal`). Without it the report holds every outcome.
    public func run(
        _ jobs: [BatchJob], events: @escaping @Sendable (BatchEvent) -> Void = { _ in },
        recording: (@Sendable (BatchOutcome) -> Void)? = nil
    ) async -> BatchReport {
        let started = ContinuousClock.now
        let limiter = AdaptiveLimiter(maximum: options.concurrency)
        let record = OutcomeRecord(keepsEveryOutcome: recording == nil, sink: recording)
        let makeClient = makeClient
        // The batch paces 429s itself (requeue, pause, budget); a client retrying them would spend --retries.
        let pool = ClientPool {
            var configuration = makeClient().configuration
            configuration.retryPolicy.retriesRateLimits = false
            return ImageClient(configuration: configuration)
        }
        let failFast = options.failFast
        for job in jobs where !job.willRun {
            let outcome = BatchOutcome(job: job, status: .skipped)
            record.set(outcome)
            events(.finished(outcome))
        }
        // Not a filtered copy: a job holds about a kilobyte, and the copy would live as long as the run.
        let jobsToRun = jobs.lazy.filter(\.willRun)
        let pacer = RateLimitPacer(
            budget: options.rateLimitBudget ?? max(8, jobs.count(where: \.willRun)), stormLength: options.refusalRun,
            scale: options.waitScale, random: options.random)
        let reapAbove = max(1, options.concurrency)
        await withTaskGroup(of: Void.self) { group in
            // A finished child stays in the group, its task and stack with it, until it is awaited: reaping
            // as we go keeps memory flat in the number of items (waiting for all at the end kept about 60 KB
            // per finished item).
            var inGroup = 0
            for job in jobsToRun {
                while inGroup >= reapAbove, await group.next() != nil { inGroup -= 1 }
                guard record.stopReason == nil, let ticket = try? await limiter.acquire() else { break }
                guard record.stopReason == nil, !Task.isCancelled else {
                    limiter.release(ticket, succeeded: false)
                    break
                }
                inGroup += 1
                group.addTask {
                    let outcome = await Self.perform(
                        job, ticket: ticket, pool: pool, limiter: limiter, pacer: pacer, record: record,
                        failFast: failFast, events: events)
                    record.set(outcome)
                    // A job stopped before its first request was never shown as started.
                    if outcome.status != .notRun || outcome.attempts != nil { events(.finished(outcome)) }
                }
            }
            await group.waitForAll()
        }
        let cancelled = Task.isCancelled
        for job in jobs where !record.hasOutcome(for: job.item.index) {
            record.set(BatchOutcome(job: job, status: .notRun))
        }
        return BatchReport(
            outcomes: record.kept(in: jobs), total: jobs.count, tally: record.tally,
            elapsed: Self.seconds(since: started), cancelled: cancelled, stopReason: record.stopReason)
    }

    /// Runs one job to its end, holding `ticket`; a 429 sends it back to wait for a slot and the batch's pause.
    private static func perform(
        _ job: BatchJob, ticket first: AdaptiveLimiter.Ticket, pool: ClientPool, limiter: AdaptiveLimiter,
        pacer: RateLimitPacer, record: OutcomeRecord, failFast: Bool, events: @escaping @Sendable (BatchEvent) -> Void
    ) async -> BatchOutcome {
        var ticket = first
        let clock = ContinuousClock.now
        var attempts = 0
        var throttled: ImageAPIError?
        while true {
            do {
                try await pacer.waitTurn()
            } catch {
                limiter.release(ticket, succeeded: false)
                return BatchOutcome(
                    job: job, status: .notRun, error: throttled, attempts: attempts > 0 ? attempts : nil)
            }
            guard record.stopReason == nil, !Task.isCancelled else {
                limiter.release(ticket, succeeded: false)
                return BatchOutcome(
                    job: job, status: .notRun, error: throttled, attempts: attempts > 0 ? attempts : nil)
            }
            if throttled == nil { events(.started(job)) }
            let outcome: BatchOutcome
            do throws(ImageAPIError) {
                // A client per request, not per job: a requeued job waiting for a slot holds no connection pool.
                let client = pool.take()
                defer { pool.put(client) }
                let result = try await client.run(job.planned) { event in events(.progress(job, event)) }
                pacer.noteSuccess()
                outcome = BatchOutcome(
                    job: job, status: .ok, result: result, elapsed: Self.seconds(since: clock),
                    attempts: attempts + result.attempts)
            } catch {
                attempts += error.attempts ?? 1
                if error.httpStatus == 429, !Task.isCancelled {
                    if let lowered = limiter.noteRateLimited(ticket) { events(.concurrencyLowered(to: lowered)) }
                    switch pacer.noteRateLimited(retryAfter: error.retryAfter, limit: limiter.limit) {
                    case .requeue:
                        throttled = error
                        limiter.release(ticket, succeeded: false)
                        events(.requeued(job, after: error.retryAfter))
                        guard let next = try? await limiter.acquire() else {
                            return BatchOutcome(job: job, status: .notRun, error: error, attempts: attempts)
                        }
                        ticket = next
                        continue
                    case .refusesEverything:
                        if record.stop(.rateLimitedEverything(index: job.item.index)) {
                            events(.stopping(.rateLimitedEverything(index: job.item.index)))
                        }
                        limiter.release(ticket, succeeded: false)
                        return BatchOutcome(job: job, status: .notRun, error: error, attempts: attempts)
                    case .budgetSpent:
                        break
                    }
                }
                let cancelled = error.code == .cancelled || Task.isCancelled
                let failure = error.after(attempts: attempts)
                outcome = BatchOutcome(
                    job: job, status: cancelled ? .cancelled : .failed, error: failure,
                    elapsed: Self.seconds(since: clock), attempts: attempts)
                if !cancelled {
                    let reason: BatchReport.StopReason? =
                        error.code == .authFailed
                        ? .keyRefused(index: job.item.index)
                        : failFast ? .failFast(index: job.item.index) : nil
                    if let reason, record.stop(reason) { events(.stopping(reason)) }
                }
            }
            if let raised = limiter.release(ticket, succeeded: outcome.status == .ok) {
                events(.concurrencyRaised(to: raised))
            }
            return outcome
        }
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        Seconds.of(ContinuousClock.now - start)
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
    /// A job answered 429 went back in the queue, to be sent again after the gateway's wait (seconds, when
    /// it named one) and a free slot; it does not spend the job's own retries.
    case requeued(BatchJob, after: Double?)
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

    /// True for a job skipped because an earlier run made its image and recorded it: that record is kept.
    public var isKept: Bool { status == .skipped && job.earlierRecord != nil }

    /// What this outcome's images cost in this run: those saved, and those billed but kept in the recovery
    /// folder because they could not be saved where asked (skipped ones cost nothing now). Nil when nothing
    /// was billed.
    public var cost: CostEstimate? {
        guard status == .ok || error?.recoveredPath != nil else { return nil }
        var estimate = CostEstimate()
        // Every image of the reply was billed, also those beyond the ones saved, and those kept aside.
        estimate.add(
            job.planned.spec, quality: job.planned.parameters.quality, usage: result?.usage ?? error?.usage,
            images: result?.billedImages ?? error?.billedImages ?? 1)
        return estimate
    }
}

/// What a batch has done, in counters only: how many jobs ended with each status, how many earlier records
/// were kept, and what this run's images cost.
public struct BatchTally: Sendable, Equatable {
    /// Jobs per status.
    public private(set) var counts: [BatchOutcome.Status: Int] = [:]
    /// Skipped jobs whose earlier record was kept (`BatchOutcome.isKept`).
    public private(set) var kept = 0
    /// The cost of the images made in this run.
    public private(set) var cost = CostEstimate()
    /// What the kept records say their images cost when they were made.
    public private(set) var keptDollars = 0.0

    /// An empty tally.
    public init() {}

    /// Counts one outcome.
    public mutating func add(_ outcome: BatchOutcome) {
        counts[outcome.status, default: 0] += 1
        if outcome.isKept {
            kept += 1
            keptDollars += outcome.job.earlierRecord?.estimatedCost ?? 0
        }
        if let billed = outcome.cost { cost.add(billed) }
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
        /// The gateway answered 429 to every request, even one at a time, up to this item: its quota is
        /// probably used up, and sending more would only be refused too.
        case rateLimitedEverything(index: Int)
    }

    /// One outcome per job, in file order; when the run handed its outcomes to a `recording` sink, only the
    /// failed, cancelled and never-started ones (the summary names them), still in file order.
    public let outcomes: [BatchOutcome]
    /// The number of jobs.
    public let total: Int
    /// Every job's outcome, counted.
    public let tally: BatchTally
    /// Seconds the whole batch took.
    public let elapsed: Double
    /// Whether the batch was cancelled.
    public let cancelled: Bool
    /// Why jobs stopped being started early, if they did (cancellation aside).
    public let stopReason: StopReason?

    /// Creates a report holding every outcome.
    public init(outcomes: [BatchOutcome], elapsed: Double, cancelled: Bool, stopReason: StopReason?) {
        var tally = BatchTally()
        outcomes.forEach { tally.add($0) }
        self.init(
            outcomes: outcomes, total: outcomes.count, tally: tally, elapsed: elapsed, cancelled: cancelled,
            stopReason: stopReason)
    }

    /// Creates a report from counters and the outcomes worth naming.
    public init(
        outcomes: [BatchOutcome], total: Int, tally: BatchTally, elapsed: Double, cancelled: Bool,
        stopReason: StopReason?
    ) {
        self.outcomes = outcomes
        self.total = total
        self.tally = tally
        self.elapsed = elapsed
        self.cancelled = cancelled
        self.stopReason = stopReason
    }

    /// How many jobs ended with `status`.
    public func count(_ status: BatchOutcome.Status) -> Int {
        tally.counts[status] ?? 0
    }

    /// The cost of the images made in this run: those saved, and those billed but kept in the recovery folder
    /// because they could not be saved where asked (skipped ones cost nothing now).
    public var cost: CostEstimate { tally.cost }
}

/// The outcomes recorded so far and whether to stop starting jobs, shared by the job tasks.
private final class OutcomeRecord: Sendable {
    private struct State {
        var ended: Set<Int> = []
        var outcomes: [Int: BatchOutcome] = [:]
        var tally = BatchTally()
    }
    private let state = Locked(State())
    private let reason = Locked<BatchReport.StopReason?>(nil)
    private let keepsEveryOutcome: Bool
    private let sink: (@Sendable (BatchOutcome) -> Void)?

    init(keepsEveryOutcome: Bool, sink: (@Sendable (BatchOutcome) -> Void)?) {
        self.keepsEveryOutcome = keepsEveryOutcome
        self.sink = sink
    }

    /// Records a job's end: counted always, kept in memory only when asked to or when the summary names it.
    func set(_ outcome: BatchOutcome) {
        let keep = keepsEveryOutcome || [.failed, .cancelled, .notRun].contains(outcome.status)
        state.update { state in
            state.ended.insert(outcome.job.item.index)
            state.tally.add(outcome)
            if keep { state.outcomes[outcome.job.item.index] = outcome }
        }
        sink?(outcome)
    }

    func hasOutcome(for index: Int) -> Bool {
        state.withLock { $0.ended.contains(index) }
    }

    var tally: BatchTally { state.withLock { $0.tally } }

    /// The outcomes kept, in the order of `jobs`.
    func kept(in jobs: [BatchJob]) -> [BatchOutcome] {
        state.withLock { state in jobs.compactMap { state.outcomes[$0.item.index] } }
    }

    var stopReason: BatchReport.StopReason? { reason.value }

    /// Records the first reason to stop; false when one was already recorded.
    func stop(_ newReason: BatchReport.StopReason) -> Bool {
        reason.withLock { reason in
            guard reason == nil else { return false }
            reason = newReason
            return true
        }
    }
}

/// Idle clients, each with its own connection pool, handed to one job at a time.
private final class ClientPool: Sendable {
    private let idle = Locked<[ImageClient]>([])
    private let make: @Sendable () -> ImageClient

    init(make: @escaping @Sendable () -> ImageClient) {
        self.make = make
    }

    func take() -> ImageClient {
        idle.withLock { $0.popLast() } ?? make()
    }

    func put(_ client: ImageClient) {
        idle.update { $0.append(client) }
    }
}
