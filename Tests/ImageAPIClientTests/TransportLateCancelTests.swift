import FakeGateway
import Foundation
import Testing

@testable import ImageAPIClient

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Issue #19, point 15: a cancel that reaches a URLSession task after it finished once trapped the whole test
/// process in FoundationNetworking ("Trying to access a behaviour for a task that in not in the registry").
/// Each task now has an explicit state that ignores cancels after its end. These run in the transport suite,
/// so `swift test --filter TransportContractTests` repeats them; a trap would end the whole run.
extension TransportContractTests {
    @Test func aCancelAfterTheEndIsIgnored() throws {
        let session = URLSession(configuration: .ephemeral)
        defer { session.invalidateAndCancel() }
        let lifecycle = TaskLifecycle(session.dataTask(with: URL(string: "http://127.0.0.1:1/")!))
        #expect(lifecycle.current == .created)
        lifecycle.finished()
        lifecycle.cancel()
        lifecycle.resume()
        #expect(lifecycle.current == .finished)
    }

    @Test func aCancelBeforeTheStartKeepsTheTaskFromRunning() throws {
        let session = URLSession(configuration: .ephemeral)
        defer { session.invalidateAndCancel() }
        let lifecycle = TaskLifecycle(session.dataTask(with: URL(string: "http://127.0.0.1:1/")!))
        lifecycle.cancel()
        lifecycle.resume()
        #expect(lifecycle.current == .cancelling)
        lifecycle.cancel()
        #expect(lifecycle.current == .cancelling)
    }

    /// Cancels land at every moment around the end of short transfers: while the reply arrives, as it
    /// completes, after it completed, and after a stream's body ended (its termination handler cancels).
    @Test(.timeLimit(.minutes(2)))
    func cancelsAroundTheEndNeverTrap() async throws {
        let gateway = try FakeGateway()
        gateway.setHandler { request in
            request.path.hasPrefix("/stream")
                ? FakeResponse(headers: [("Content-Type", "text/event-stream")], body: Data("data: x\n\n".utf8))
                : FakeResponse(headers: [("Content-Type", "application/json")], body: Data(#"{"ok":true}"#.utf8))
        }
        let transport = HTTPTransport.urlSession()
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
