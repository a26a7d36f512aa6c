import FakeGateway
import Foundation
import Testing

@testable import ImageAPIClient

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The retry policy through the library, with a transport that plays back scripted outcomes and counts calls,
/// for the failures the fake gateway cannot produce (a refused connection that later succeeds, TLS, DNS).
@Suite("Retries and cancellation")
struct RetryTests {
    /// Replies or throws in order, recording every call; waits when an outcome is `.hang`.
    final class ScriptedTransport: @unchecked Sendable {
        enum Outcome {
            case reply(HTTPResponse)
            case fail(any Error)
            case hang
        }

        private let lock = NSLock()
        private var outcomes: [Outcome]
        private(set) var calls = 0

        init(_ outcomes: [Outcome]) {
            self.outcomes = outcomes
        }

        var transport: HTTPTransport {
            HTTPTransport { _ in
                let next = self.lock.withLock { () -> Outcome in
                    self.calls += 1
                    return self.outcomes.isEmpty ? .hang : self.outcomes.removeFirst()
                }
                switch next {
                case .reply(let response): return response
                case .fail(let error): throw error
                case .hang:
                    try await Task.sleep(nanoseconds: 60_000_000_000)
                    throw URLError(.timedOut)
                }
            }
        }
    }

    /// Collects events from the client's callback.
    final class EventLog: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [ImageEvent] = []
        func add(_ event: ImageEvent) { lock.withLock { stored.append(event) } }
        var notices: [RetryNotice] {
            lock.withLock {
                stored.compactMap { if case .retrying(let notice) = $0 { notice } else { nil } }
            }
        }
    }

    static let key = "sk-unit-SECRET-0123456789"
    static let image = TestImages.png(width: 12, height: 8)

    static func imagesReply(status: Int = 200, headers: [String: String] = [:]) -> HTTPResponse {
        let body =
            status == 200
            ? Data(#"{"data":[{"b64_json":"\#(image.base64EncodedString())"}]}"#.utf8)
            : Data(#"{"error":{"message":"busy, key \#(key)","code":null}}"#.utf8)
        return HTTPResponse(status: status, headers: headers, body: body)
    }

    func client(_ scripted: ScriptedTransport, policy: RetryPolicy) -> ImageClient {
        ImageClient(
            configuration: .init(
                baseURL: URL(string: "https://gateway.test/v1")!, apiKey: Self.key, transport: scripted.transport,
                retryPolicy: policy))
    }

    func job(in folder: URL, timeout: Double? = nil) -> ImageJob {
        ImageJob(
            prompt: "a cat", model: .explicit("gpt-image-2"), output: .file(folder.appendingPathComponent("cat.png")),
            timeout: timeout)
    }

    static let instant = RetryPolicy(random: { 0.5 }, sleep: { _ in })

    @Test func refusedConnectionsAreRetriedThenSucceed() async throws {
        let folder = try TemporaryFolder()
        let scripted = ScriptedTransport([
            .fail(URLError(.cannotConnectToHost)), .fail(URLError(.cannotFindHost)), .reply(Self.imagesReply()),
        ])
        let log = EventLog()
        let result = try await client(scripted, policy: Self.instant).generate(job(in: folder.url)) { log.add($0) }
        #expect(scripted.calls == 3)
        #expect(result.attempts == 3)
        #expect(log.notices.map(\.attempt) == [1, 2])
        #expect(log.notices.map(\.delay) == [2, 4])
        #expect(log.notices.allSatisfy { $0.code == .networkError && $0.maxAttempts == 3 })
    }

    @Test func aConnectionLostAfterSendingIsNotRetried() async throws {
        let folder = try TemporaryFolder()
        let scripted = ScriptedTransport([.fail(URLError(.networkConnectionLost)), .reply(Self.imagesReply())])
        await #expect(throws: ImageAPIError.self) {
            try await client(scripted, policy: Self.instant).generate(job(in: folder.url))
        }
        #expect(scripted.calls == 1)
    }

    @Test func retriesStopAtTheLimitAndReportAttempts() async throws {
        let folder = try TemporaryFolder()
        let scripted = ScriptedTransport(Array(repeating: .reply(Self.imagesReply(status: 503)), count: 5))
        var policy = Self.instant
        policy.maxRetries = 3
        do {
            _ = try await client(scripted, policy: policy).generate(job(in: folder.url))
            Issue.record("expected a failure")
        } catch {
            #expect(error.attempts == 4)
            #expect(error.httpStatus == 503)
            #expect(!error.message.contains(Self.key), "the key leaked: \(error.message)")
            #expect(error.message.contains("sk-…6789"))
        }
        #expect(scripted.calls == 4)
    }

    @Test func timeoutsAfterSendingAreRetriedOnlyWhenAsked() async throws {
        let folder = try TemporaryFolder()
        let once = ScriptedTransport([.hang, .reply(Self.imagesReply())])
        await #expect(throws: ImageAPIError.self) {
            try await client(once, policy: Self.instant).generate(job(in: folder.url, timeout: 0.1))
        }
        #expect(once.calls == 1)

        let twice = ScriptedTransport([.hang, .reply(Self.imagesReply())])
        var policy = Self.instant
        policy.retryOnTimeout = true
        let result = try await client(twice, policy: policy).generate(job(in: folder.url, timeout: 0.1))
        #expect(twice.calls == 2)
        #expect(result.attempts == 2)
    }

    @Test func retryAfterIsObeyedAndEventsHideTheKey() async throws {
        let folder = try TemporaryFolder()
        let scripted = ScriptedTransport([
            .reply(Self.imagesReply(status: 429, headers: ["Retry-After": "12"])), .reply(Self.imagesReply()),
        ])
        let log = EventLog()
        _ = try await client(scripted, policy: Self.instant).generate(job(in: folder.url)) { log.add($0) }
        let notice = try #require(log.notices.first)
        #expect(notice.delay == 12)
        #expect(notice.delayFromRetryAfter)
        #expect(notice.httpStatus == 429)
        #expect(!notice.reason.contains(Self.key))
    }

    @Test func cancellingTheTaskThrowsCancelledAtOnce() async throws {
        let folder = try TemporaryFolder()
        let scripted = ScriptedTransport([.hang])
        let client = client(scripted, policy: Self.instant)
        let job = job(in: folder.url)
        let task = Task { () -> ImageAPIError.Code? in
            do {
                _ = try await client.generate(job)
                return nil
            } catch let error as ImageAPIError {
                return error.code
            } catch {
                return nil
            }
        }
        while scripted.calls == 0 { try await Task.sleep(nanoseconds: 1_000_000) }
        let started = ContinuousClock.now
        task.cancel()
        #expect(await task.value == .cancelled)
        let waited = ContinuousClock.now - started
        #expect(waited < .seconds(5))
        #expect(scripted.calls == 1)
    }

    @Test("backoff: about 2, 4, 8 s, spread ±25%, capped at 60 s")
    func backoffGrowsAndCaps() {
        let low = RetryPolicy(random: { 0 })
        let high = RetryPolicy(random: { 0.999_999 })
        #expect(low.backoff(afterAttempt: 1) == 1.5)
        #expect(low.backoff(afterAttempt: 2) == 3)
        #expect(low.backoff(afterAttempt: 3) == 6)
        #expect(high.backoff(afterAttempt: 1) < 2.5)
        #expect(high.backoff(afterAttempt: 1) > 2.49)
        #expect(high.backoff(afterAttempt: 10) == 60)
        #expect(low.backoff(afterAttempt: 10) == 45)
        #expect(high.backoff(afterAttempt: 1_000) == 60)
    }

    @Test func retryAfterReadsSecondsAndHTTPDates() {
        let now = Date(timeIntervalSince1970: 784_111_777)  // Sun, 06 Nov 1994 08:49:37 GMT
        #expect(RetryAfter.seconds("120", now: now) == 120)
        #expect(RetryAfter.seconds(" 0 ", now: now) == 0)
        #expect(RetryAfter.seconds("Sun, 06 Nov 1994 08:50:07 GMT", now: now) == 30)
        #expect(RetryAfter.seconds("Sunday, 06-Nov-94 08:50:37 GMT", now: now) == 60)
        #expect(RetryAfter.seconds("Sun Nov  6 08:49:47 1994", now: now) == 10)
        #expect(RetryAfter.seconds("Sun, 06 Nov 1994 08:00:00 GMT", now: now) == 0)
        for garbage in ["", "-5", "1.5", "soon", "١٢", "Sun, 99 Nov 1994 08:49:37 GMT"] {
            #expect(RetryAfter.seconds(garbage, now: now) == nil, "\(garbage)")
        }
    }

    @Test func loopbackMeansThisMachineOnly() {
        for host in ["localhost", "LOCALHOST", "127.0.0.1", "127.1.2.3", "::1", "[::1]"] {
            #expect(BaseURLCheck.isLoopback(host), "\(host)")
        }
        for host in ["127.evil.test", "127.0.0.1.evil.test", "0.0.0.0", "10.0.0.1", "localhost.test", "1270.0.0.1"] {
            #expect(!BaseURLCheck.isLoopback(host), "\(host)")
        }
    }

    @Test func keysAreMaskedLongOrShort() {
        #expect(Redaction.mask("sk-abcdefghijklmnop9f3a") == "sk-…9f3a")
        #expect(Redaction.mask("short-key") == "…")
        let error = ImageAPIError(
            .authFailed, .verbatim("bad key sk-abcdefghijklmnop9f3a"), hint: .verbatim("key sk-abcdefghijklmnop9f3a"))
        let clean = error.redacting("sk-abcdefghijklmnop9f3a")
        #expect(clean.message == "bad key sk-…9f3a")
        #expect(clean.hint == "key sk-…9f3a")
    }
}

/// A fresh folder removed when the test is done with it.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("gen-image-unit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
