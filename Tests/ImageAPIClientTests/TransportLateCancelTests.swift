import FakeGateway
import Foundation
import Testing

@testable import ImageAPIClient

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Issue #19, point 15: a cancel that reached a URLSession task as it completed once trapped the whole test
/// process in FoundationNetworking ("Trying to access a behaviour for a task that in not in the registry").
/// Each task's life is now a `URLSessionTaskState`, and on Linux a resumed task is never cancelled: a stop
/// answers the caller at once and the task ends by itself (see `TaskLifecycle`). These run in the transport
/// suite, so `swift test --filter TransportContractTests` repeats them; a trap would end the whole run.
extension TransportContractTests {
    /// Records what a task's receiver hears.
    final class RecordingReceiver: TaskReceiver, Sendable {
        let events = Locked<[String]>([])

        func received(_ response: URLResponse) -> Bool {
            events.update { $0.append("head") }
            return true
        }

        func received(_ data: Data) -> Bool {
            events.update { $0.append("bytes") }
            return true
        }

        func completed(error: (any Error)?) {
            let code = (error as? URLError)?.code == .cancelled ? "cancelled" : "\(String(describing: error))"
            events.update { $0.append("end: " + code) }
        }
    }

    /// Waits (bounded) until `condition` holds.
    func eventually(_ condition: () -> Bool) async throws {
        for _ in 0..<5_000 where !condition() {
            try await Task.sleep(nanoseconds: 2_000_000)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aStopAnswersAtOnceAndOnLinuxLeavesTheRunningTaskToEndByItself() async throws {
        let gateway = try FakeGateway()
        gateway.enqueue(FakeResponse(bodyMode: .neverRespond))
        let transport = URLSessionTransport(idleTimeout: 60)
        let task = URLSessionSupport.makeTask(
            for: request(gateway, "/wait"), in: transport.session, idleTimeout: 60)
        let receiver = RecordingReceiver()
        let lifecycle = TaskLifecycle(task, receiver: receiver)
        transport.router.register(lifecycle, for: task)
        lifecycle.resume()
        try await eventually { !gateway.requests.isEmpty }
        #expect(gateway.requests.count == 1)

        lifecycle.stop()
        #expect(receiver.events.value == ["end: cancelled"])
        #expect(lifecycle.current == .abandoned)
        lifecycle.stop()
        lifecycle.resume()
        #if canImport(FoundationNetworking)
            // Never `cancel()`ed: the task still runs, waiting for a reply that is dropped when it comes.
            try await Task.sleep(nanoseconds: 100_000_000)
            #expect(task.state == .running)
            gateway.shutdown()
        #endif
        // The task ends (by itself when the gateway goes, or through its cancel on Darwin); the receiver,
        // answered already, hears nothing more.
        try await eventually { lifecycle.current == .finished }
        #expect(lifecycle.current == .finished)
        #expect(receiver.events.value == ["end: cancelled"])
        #expect(gateway.requests.count == 1)
    }

    @Test(.timeLimit(.minutes(1)))
    func aStopBeforeTheStartCancelsTheTaskAndNothingIsSent() async throws {
        let gateway = try FakeGateway()
        let transport = URLSessionTransport(idleTimeout: 60)
        let task = URLSessionSupport.makeTask(
            for: request(gateway, "/never"), in: transport.session, idleTimeout: 60)
        let receiver = RecordingReceiver()
        let lifecycle = TaskLifecycle(task, receiver: receiver)
        transport.router.register(lifecycle, for: task)
        lifecycle.stop()
        lifecycle.resume()
        #expect(receiver.events.value == ["end: cancelled"])
        // Its cancel completes it without a request; the receiver hears nothing more.
        try await eventually { lifecycle.current == .finished }
        #expect(lifecycle.current == .finished)
        #expect(task.state == .completed)
        try await Task.sleep(nanoseconds: 100_000_000)
        #expect(gateway.requests.isEmpty)
        #expect(receiver.events.value == ["end: cancelled"])
    }

    /// Cancels of the calling task at random moments, 0 to 1 ms after it starts, eight transfers at a time:
    /// before the start, while connecting, sending, as the reply lands and after. Each ends answered or
    /// cancelled, never anything else.
    @Test(.timeLimit(.minutes(2)), arguments: TransportKind.allCases)
    func cancelsAtRandomMomentsNeverTrap(_ kind: TransportKind) async throws {
        let gateway = try FakeGateway()
        gateway.setHandler { _ in
            FakeResponse(headers: [("Content-Type", "application/json")], body: Data(#"{"ok":true}"#.utf8))
        }
        let transport = kind.transport
        let outcomes = Locked<[String: Int]>([:])
        for round in 0..<100 {
            let sent = request(gateway, "/random-\(round)")
            await withTaskGroup(of: Void.self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        let task = Task { try await transport.send(sent) }
                        try? await Task.sleep(nanoseconds: UInt64.random(in: 0..<1_000_000))
                        task.cancel()
                        let outcome: String
                        switch await task.result {
                        case .success(let response): outcome = "answered \(response.status)"
                        case .failure(let error):
                            let code = FailureDescriber.network(error, url: sent.url, timeout: 5).code
                            outcome = code == .cancelled ? "cancelled" : "failed: \(error)"
                        }
                        outcomes.update { $0[outcome, default: 0] += 1 }
                    }
                }
            }
        }
        let seen = outcomes.value
        #expect(seen.values.reduce(0, +) == 800, "\(seen)")
        #expect(Set(seen.keys).isSubset(of: ["answered 200", "cancelled"]), "\(seen)")
    }

    /// The same at the level of the task's lifecycle, eight tasks resumed at once on one session and each
    /// stopped from another thread 0 to 3 ms later, 3,200 in all: the pattern of the stand-alone loop that
    /// trapped FoundationNetworking. The session keeps `.ephemeral`'s URL cache (gen-image's sessions have
    /// none), because with it that loop trapped within a few thousand cancels, where `URLSessionTask.cancel()`
    /// was called on running tasks, even after checking the task had not ended. Every receiver hears one end.
    @Test(.timeLimit(.minutes(2)))
    func lifecycleStopsAtRandomMomentsNeverTrap() async throws {
        let gateway = try FakeGateway()
        gateway.setHandler { _ in
            FakeResponse(headers: [("Content-Type", "application/json")], body: Data(#"{"ok":true}"#.utf8))
        }
        let router = TaskRouter()
        #if canImport(FoundationNetworking)
            let queue = InlineDelegateQueue()
        #else
            let queue: OperationQueue? = nil
        #endif
        let session = URLSession(configuration: .ephemeral, delegate: router, delegateQueue: queue)
        defer { session.finishTasksAndInvalidate() }
        var receivers: [RecordingReceiver] = []
        for round in 0..<400 {
            var lifecycles: [TaskLifecycle] = []
            for index in 0..<8 {
                let task = URLSessionSupport.makeTask(
                    for: request(gateway, "/lifecycle-\(round)-\(index)"), in: session, idleTimeout: 60)
                let receiver = RecordingReceiver()
                let lifecycle = TaskLifecycle(task, receiver: receiver)
                router.register(lifecycle, for: task)
                lifecycle.resume()
                DispatchQueue.global().asyncAfter(deadline: .now() + .microseconds(Int.random(in: 0..<3_000))) {
                    lifecycle.stop()
                }
                receivers.append(receiver)
                lifecycles.append(lifecycle)
            }
            try await eventually { lifecycles.allSatisfy { $0.current == .finished } }
        }
        let ends = receivers.map { $0.events.value.filter { $0.hasPrefix("end") } }
        #expect(ends.allSatisfy { $0 == ["end: nil"] || $0 == ["end: cancelled"] })
    }

    /// Cancels land at every moment around the end of short transfers: while the reply arrives, as it
    /// completes, after it completed, and after a stream's body ended (its termination handler cancels).
    @Test(.timeLimit(.minutes(2)), arguments: TransportKind.allCases)
    func cancelsAroundTheEndNeverTrap(_ kind: TransportKind) async throws {
        let gateway = try FakeGateway()
        gateway.setHandler { request in
            request.path.hasPrefix("/stream")
                ? FakeResponse(headers: [("Content-Type", "text/event-stream")], body: Data("data: x\n\n".utf8))
                : FakeResponse(headers: [("Content-Type", "application/json")], body: Data(#"{"ok":true}"#.utf8))
        }
        let transport = kind.transport
        var outcomes: [String: Int] = [:]
        for round in 0..<60 {
            let sent = request(gateway, "/whole-\(round)")
            let task = Task { try await transport.send(sent) }
            try await Task.sleep(nanoseconds: UInt64(round % 12) * 250_000)
            task.cancel()
            switch await task.result {
            case .success(let response): outcomes["answered \(response.status)", default: 0] += 1
            case .failure(let error):
                let code = FailureDescriber.network(error, url: sent.url, timeout: 5).code
                #expect(code == .cancelled, "\(error)")
                outcomes["cancelled", default: 0] += 1
            }

            let response = try await transport.stream(request(gateway, "/stream-\(round)"))
            var body = Data()
            for try await chunk in response.body { body.append(chunk) }
            #expect(body == Data("data: x\n\n".utf8))

            // A reply past its limit is cancelled on the chunk that passes it, which is also its last: eight at
            // once, so cancels meet completions on FoundationNetworking's queue.
            let limited = request(gateway, "/limit-\(round)", limit: 4)
            await withTaskGroup(of: Bool.self) { group in
                for _ in 0..<8 {
                    group.addTask { (try? await transport.send(limited)) == nil }
                }
                for await failed in group { #expect(failed) }
            }
        }
        #expect(outcomes.values.reduce(0, +) == 60, "\(outcomes)")
    }
}
