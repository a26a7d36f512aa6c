import FakeGateway
import Foundation
import Testing

@testable import ImageAPIClient

/// The batch runner with a transport the test controls: how many requests are in flight, what each answers,
/// and when; no clocks and no network.
@Suite("Batch runner")
struct BatchRunnerTests {
    /// Answers requests as `answer` says; counts requests in flight and records the count each one saw on
    /// arrival; holds requests at a gate until the test opens it.
    final class GatedTransport: @unchecked Sendable {
        enum Answer {
            case reply(HTTPResponse)
            /// Wait at the gate, then reply.
            case gated(HTTPResponse)
            /// Wait until cancelled.
            case hang
        }

        private let lock = NSLock()
        private let answer: @Sendable (Int) -> Answer
        private var calls = 0
        private var inFlight = 0
        private var seen: [Int] = []
        private var open = false
        private var waiting: [CheckedContinuation<Void, Never>] = []
        /// Opens the gate by itself once this many requests are in flight at once.
        var openAt: Int?

        init(openAt: Int? = nil, _ answer: @escaping @Sendable (Int) -> Answer) {
            self.openAt = openAt
            self.answer = answer
        }

        var arrivals: [Int] { lock.withLock { seen } }
        var callCount: Int { lock.withLock { calls } }
        var maxInFlight: Int { arrivals.max() ?? 0 }

        func openGate() {
            let resumed = lock.withLock { () -> [CheckedContinuation<Void, Never>] in
                open = true
                defer { waiting.removeAll() }
                return waiting
            }
            resumed.forEach { $0.resume() }
        }

        private func waitAtGate() async {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let passNow = lock.withLock { () -> Bool in
                    if open { return true }
                    waiting.append(continuation)
                    return false
                }
                if passNow { continuation.resume() }
            }
        }

        var transport: HTTPTransport {
            HTTPTransport { _ in
                let (number, reachedOpening) = self.lock.withLock { () -> (Int, Bool) in
                    self.calls += 1
                    self.inFlight += 1
                    self.seen.append(self.inFlight)
                    return (self.calls, self.openAt.map { self.inFlight >= $0 } ?? false)
                }
                defer { self.lock.withLock { self.inFlight -= 1 } }
                if reachedOpening { self.openGate() }
                switch self.answer(number) {
                case .reply(let response):
                    return response
                case .gated(let response):
                    await self.waitAtGate()
                    return response
                case .hang:
                    try await Task.sleep(nanoseconds: 600_000_000_000)
                    throw CancellationError()
                }
            }
        }
    }

    /// Collects events.
    final class Events: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [BatchEvent] = []
        var onEvent: (@Sendable (BatchEvent) -> Void)?
        func add(_ event: BatchEvent) {
            lock.withLock { stored.append(event) }
            onEvent?(event)
        }
        var all: [BatchEvent] { lock.withLock { stored } }
        var limits: [String] {
            all.compactMap { event in
                switch event {
                case .concurrencyLowered(let limit): "lowered \(limit)"
                case .concurrencyRaised(let limit): "raised \(limit)"
                default: nil
                }
            }
        }
    }

    static let image = TestImages.png(width: 12, height: 8)
    static let ok = HTTPResponse(
        status: 200, headers: [:], body: Data(#"{"data":[{"b64_json":"\#(image.base64EncodedString())"}]}"#.utf8))
    static func failure(_ status: Int) -> HTTPResponse {
        HTTPResponse(status: status, headers: [:], body: Data(#"{"error":{"message":"no","code":null}}"#.utf8))
    }

    /// `count` gpt-image-2 jobs saving into `folder`.
    func jobs(_ count: Int, in folder: URL) -> [BatchJob] {
        let items = (1...count).map { #"{"prompt": "image \#($0)", "model": "gpt-image-2"}"# }
        let (file, problems) = BatchFileParser.parse(
            Data(("{\"prompts\": [" + items.joined(separator: ",") + "]}").utf8))
        #expect(problems.isEmpty)
        let plan = BatchPlanner.plan(file, settings: .init(baseDirectory: folder))
        #expect(plan.problems.isEmpty)
        return plan.jobs
    }

    func runner(_ transport: GatedTransport, concurrency: Int, failFast: Bool = false, retries: Int = 0)
        -> BatchRunner
    {
        BatchRunner(options: .init(concurrency: concurrency, failFast: failFast, waitScale: 0)) {
            ImageClient(
                configuration: .init(
                    baseURL: URL(string: "https://gateway.test/v1")!, apiKey: "sk-unit-test-key",
                    transport: transport.transport,
                    retryPolicy: RetryPolicy(maxRetries: retries, random: { 0.5 }, sleep: { _ in })))
        }
    }

    @Test func neverMoreThanTheLimitInFlightAndExactlyThatMany() async throws {
        let folder = try TemporaryFolder()
        // The first three requests wait until all three are in flight: this only finishes if the runner
        // really runs three at once.
        let transport = GatedTransport(openAt: 3) { _ in .gated(Self.ok) }
        let events = Events()
        let report = await runner(transport, concurrency: 3).run(jobs(10, in: folder.url)) { events.add($0) }
        #expect(report.outcomes.map(\.status) == Array(repeating: .ok, count: 10))
        #expect(transport.maxInFlight == 3)
        #expect(transport.callCount == 10)
        #expect(report.outcomes.allSatisfy { $0.attempts == 1 && $0.path != nil })
        #expect(Set(report.outcomes.compactMap(\.path)).count == 10)
        #expect(!report.cancelled && report.stopReason == nil)
    }

    @Test func a429LowersConcurrencyUntilJobsSucceedAgain() async throws {
        let folder = try TemporaryFolder()
        // Request 1 is refused with 429 at once; the three others in flight wait until the runner has
        // lowered its limit. The retried request and every later one succeed.
        let transport = GatedTransport { number in number == 1 ? .reply(Self.failure(429)) : .gated(Self.ok) }
        let events = Events()
        events.onEvent = { event in
            if case .concurrencyLowered = event { transport.openGate() }
        }
        let report = await runner(transport, concurrency: 4, retries: 2).run(jobs(12, in: folder.url)) {
            events.add($0)
        }
        #expect(report.outcomes.map(\.status) == Array(repeating: .ok, count: 12))
        #expect(report.outcomes.map(\.attempts).compactMap { $0 }.reduce(0, +) == 13)
        #expect(events.limits.first == "lowered 2")
        #expect(events.limits.filter { $0.hasPrefix("lowered") }.count == 1)
        // Back to 3 after two successes; 4 was answered 429, so it is probed again only after 4 × 3 more.
        #expect(events.limits.contains("raised 3") && !events.limits.contains("raised 4"), "\(events.limits)")
        // Arrivals 1–4 started at -j 4; job 1 went back in the queue, and the first requests sent after the
        // 429 found at most one other request in flight.
        let arrivals = transport.arrivals
        #expect(arrivals.count == 13)
        #expect(arrivals[5] <= 2 && arrivals[6] <= 2, "\(arrivals)")
        #expect(arrivals.max() ?? 0 <= 4)
    }

    @Test func failFastStopsStartingJobs() async throws {
        let folder = try TemporaryFolder()
        let transport = GatedTransport { number in .reply(number == 2 ? Self.failure(400) : Self.ok) }
        let events = Events()
        let report = await runner(transport, concurrency: 1, failFast: true).run(jobs(5, in: folder.url)) {
            events.add($0)
        }
        #expect(report.outcomes.map(\.status) == [.ok, .failed, .notRun, .notRun, .notRun])
        #expect(report.stopReason == .failFast(index: 2))
        #expect(report.outcomes[1].error?.httpStatus == 400)
        #expect(transport.callCount == 2)
    }

    @Test func withoutFailFastEveryJobRunsButARefusedKeyStopsTheBatch() async throws {
        let folder = try TemporaryFolder()
        let failing = GatedTransport { number in .reply(number == 2 ? Self.failure(400) : Self.ok) }
        let report = await runner(failing, concurrency: 1).run(jobs(4, in: folder.url))
        #expect(report.outcomes.map(\.status) == [.ok, .failed, .ok, .ok])
        #expect(report.stopReason == nil)

        let refused = GatedTransport { _ in .reply(Self.failure(401)) }
        let other = try TemporaryFolder()
        let stopped = await runner(refused, concurrency: 1).run(jobs(4, in: other.url))
        #expect(stopped.outcomes.map(\.status) == [.failed, .notRun, .notRun, .notRun])
        #expect(stopped.stopReason == .keyRefused(index: 1))
    }

    @Test func cancellationStopsNewJobsCancelsThoseInFlightAndStillReports() async throws {
        let folder = try TemporaryFolder()
        let transport = GatedTransport { number in number <= 2 ? .reply(Self.ok) : .hang }
        let batch = jobs(8, in: folder.url)
        let runner = runner(transport, concurrency: 2)
        let work = Task { await runner.run(batch) }
        await AdaptiveLimiterTests.eventually { transport.callCount >= 4 }
        #expect(transport.callCount == 4)
        work.cancel()
        let report = await work.value
        #expect(report.cancelled)
        #expect(
            report.outcomes.map(\.status) == [.ok, .ok, .cancelled, .cancelled] + Array(repeating: .notRun, count: 4))
        #expect(report.outcomes[2].error?.code == .cancelled)
        #expect(transport.callCount == 4)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        #expect(left.sorted() == ["001-image-1.png", "002-image-2.png"], "no temporary files left")
    }

    @Test func skippedJobsSendNothingAndCostNothing() async throws {
        let folder = try TemporaryFolder()
        try Self.image.write(to: folder.url.appendingPathComponent("002-image-2.png"))
        let transport = GatedTransport { _ in .reply(Self.ok) }
        let report = await runner(transport, concurrency: 2).run(jobs(3, in: folder.url))
        #expect(report.outcomes.map(\.status) == [.ok, .skipped, .ok])
        #expect(report.outcomes[1].path?.lastPathComponent == "002-image-2.png")
        #expect(transport.callCount == 2)
        #expect(report.cost.guessed == 2, "gpt-image-2 without usage is priced at the catalog figure")
    }
}
