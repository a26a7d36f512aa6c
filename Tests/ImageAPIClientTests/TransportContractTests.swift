import FakeGateway
import Foundation
import Testing

@testable import ImageAPIClient

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Every transport available on this platform, by name, so one contract suite keeps them all honest.
enum TransportKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case urlSession
    #if os(Linux)
        case libcurl
    #endif

    var transport: HTTPTransport {
        switch self {
        case .urlSession: .urlSession()
        #if os(Linux)
            case .libcurl: .libcurl()
        #endif
        }
    }

    var testDescription: String { rawValue }
}

/// What `HTTPTransport` promises the client, checked against a real socket for each transport: whole replies,
/// request bodies from memory and from disk, statuses returned rather than thrown, redirects handed back, byte
/// limits on decoded bytes, streams whose head comes before their body, and cancellation at once.
@Suite("Transport contract")
struct TransportContractTests {
    func request(
        _ gateway: FakeGateway, _ path: String, method: String = "GET", body: HTTPRequest.Body = .none,
        limit: Int? = nil
    ) -> HTTPRequest {
        HTTPRequest(
            method: method, url: URL(string: gateway.url(path))!,
            headers: [(name: "Authorization", value: "Bearer sk-contract"), (name: "User-Agent", value: "contract/1")],
            body: body, maxResponseBytes: limit)
    }

    @Test(arguments: TransportKind.allCases)
    func aWholeReplyArrivesWithItsStatusAndHeaders(_ kind: TransportKind) async throws {
        let gateway = try FakeGateway()
        gateway.enqueue(
            FakeResponse(
                status: 201, headers: [("X-Thing", "one"), ("Content-Type", "text/plain")], body: Data("hello".utf8)))
        let response = try await kind.transport.send(request(gateway, "/v1/x"))
        #expect(response.status == 201)
        #expect(response.headers["x-thing"] == "one")
        #expect(response.body == Data("hello".utf8))
        let seen = try #require(gateway.requests.first)
        #expect(seen.method == "GET")
        #expect(seen.header("Authorization") == "Bearer sk-contract")
        #expect(seen.header("User-Agent") == "contract/1")
    }

    @Test(arguments: TransportKind.allCases)
    func bodiesFromMemoryAndFromDiskArriveByteForByte(_ kind: TransportKind) async throws {
        let gateway = try FakeGateway()
        let bytes = Data((0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("contract-\(UUID()).bin")
        try bytes.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        gateway.enqueue(FakeResponse(body: Data("a".utf8)))
        gateway.enqueue(FakeResponse(body: Data("b".utf8)))
        let fromMemory = try await kind.transport.send(request(gateway, "/m", method: "POST", body: .data(bytes)))
        let fromDisk = try await kind.transport.send(request(gateway, "/f", method: "POST", body: .file(file)))
        #expect(fromMemory.body == Data("a".utf8))
        #expect(fromDisk.body == Data("b".utf8))
        let seen = gateway.requests
        #expect(seen.count == 2)
        #expect(seen.allSatisfy { $0.method == "POST" && $0.body == bytes })
    }

    @Test(arguments: TransportKind.allCases)
    func anotherMethodSendsItsBody(_ kind: TransportKind) async throws {
        let gateway = try FakeGateway()
        gateway.enqueue(FakeResponse(status: 204))
        let body = Data("{\"name\":\"x\"}".utf8)
        let response = try await kind.transport.send(request(gateway, "/v1/thing", method: "PUT", body: .data(body)))
        #expect(response.status == 204)
        let seen = try #require(gateway.requests.first)
        #expect(seen.method == "PUT")
        #expect(seen.body == body)
    }

    @Test(arguments: TransportKind.allCases)
    func errorStatusesAreReturnedNotThrown(_ kind: TransportKind) async throws {
        let gateway = try FakeGateway()
        gateway.enqueue(FakeResponse(status: 503, body: Data("{\"error\":{\"message\":\"busy\"}}".utf8)))
        let response = try await kind.transport.send(request(gateway, "/v1/x"))
        #expect(response.status == 503)
        #expect(String(decoding: response.body, as: UTF8.self).contains("busy"))
    }

    @Test(arguments: TransportKind.allCases)
    func aRedirectIsHandedBackNotFollowed(_ kind: TransportKind) async throws {
        let gateway = try FakeGateway()
        gateway.enqueue(FakeResponse(status: 302, headers: [("Location", gateway.url("/elsewhere"))]))
        let response = try await kind.transport.send(request(gateway, "/v1/x"))
        #expect(response.status == 302)
        #expect(response.headers["location"] == gateway.url("/elsewhere"))
        #expect(gateway.requests.map(\.path) == ["/v1/x"])
    }

    @Test(arguments: TransportKind.allCases)
    func aReplyPastTheLimitFailsDuringTheTransfer(_ kind: TransportKind) async throws {
        let gateway = try FakeGateway()
        gateway.enqueue(FakeResponse(body: Data("x".utf8), bodyMode: .padded(totalBytes: 200_000_000)))
        await #expect(throws: ResponseTooLarge.self) {
            _ = try await kind.transport.send(request(gateway, "/big", limit: 1_000_000))
        }
    }

    @Test(arguments: TransportKind.allCases)
    func gzipIsDecodedAndTheLimitCountsDecodedBytes(_ kind: TransportKind) async throws {
        let gateway = try FakeGateway()
        let small = try gzip(Data("decoded text".utf8))
        let bomb = try gzip(Data(count: 20_000_000))
        #expect(bomb.count < 100_000)
        gateway.enqueue(FakeResponse(headers: [("Content-Encoding", "gzip")], body: small))
        gateway.enqueue(FakeResponse(headers: [("Content-Encoding", "gzip")], body: bomb))
        let response = try await kind.transport.send(request(gateway, "/small", limit: 1_000_000))
        #expect(response.body == Data("decoded text".utf8))
        await #expect(throws: ResponseTooLarge.self) {
            _ = try await kind.transport.send(request(gateway, "/bomb", limit: 1_000_000))
        }
    }

    /// The body never ends: a transport that waited for it before returning the head would hang (and hit the
    /// time limit) instead of handing over the head and the first piece.
    @Test(.timeLimit(.minutes(1)), arguments: TransportKind.allCases)
    func aStreamGivesTheHeadFirstThenTheBodyInPieces(_ kind: TransportKind) async throws {
        let gateway = try FakeGateway()
        let body = Data("data: one\n\ndata: two\n\n".utf8)
        gateway.enqueue(
            FakeResponse(
                headers: [("Content-Type", "text/event-stream")], body: body,
                bodyMode: .trickle(bytesPerChunk: 11, interval: 3600)))
        let response = try await kind.transport.stream(request(gateway, "/events"))
        #expect(response.status == 200)
        #expect(response.isEventStream)
        var first = Data()
        for try await chunk in response.body {
            first.append(chunk)
            if first.count >= 11 { break }
        }
        #expect(first == body.prefix(11))
    }

    /// A reader slower than the network: the libcurl transport pauses the transfer past a few megabytes and
    /// goes on as the reader catches up; every byte must still arrive once and in order.
    @Test(arguments: TransportKind.allCases)
    func aSlowReaderGetsEveryByteInOrder(_ kind: TransportKind) async throws {
        let gateway = try FakeGateway()
        let body = Data((0..<12_000_000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 13) })
        gateway.enqueue(FakeResponse(headers: [("Content-Type", "text/event-stream")], body: body))
        let response = try await kind.transport.stream(request(gateway, "/events"))
        var received = Data()
        for try await chunk in response.body {
            if received.isEmpty { try await Task.sleep(nanoseconds: 300_000_000) }
            received.append(chunk)
        }
        #expect(received.count == body.count)
        #expect(received == body)
    }

    /// The gateway never answers: only a cancelled transfer lets the task end within the time limit.
    @Test(.timeLimit(.minutes(1)), arguments: TransportKind.allCases)
    func cancellingTheTaskStopsAWaitingTransfer(_ kind: TransportKind) async throws {
        let gateway = try FakeGateway()
        gateway.enqueue(FakeResponse(bodyMode: .neverRespond))
        let transport = kind.transport
        let sent = request(gateway, "/wait")
        let task = Task { try await transport.send(sent) }
        while gateway.requests.isEmpty { try await Task.sleep(nanoseconds: 10_000_000) }
        task.cancel()
        let outcome = await task.result
        guard case .failure(let error) = outcome else {
            Issue.record("a cancelled transfer returned a response")
            return
        }
        #expect(FailureDescriber.network(error, url: sent.url, timeout: 1).code == .cancelled)
    }

    @Test(arguments: TransportKind.allCases)
    func aClosedPortIsAConnectionFailure(_ kind: TransportKind) async throws {
        let gateway = try FakeGateway()
        let url = gateway.url("/v1/x")
        gateway.shutdown()
        let sent = HTTPRequest(method: "GET", url: URL(string: url)!)
        do {
            _ = try await kind.transport.send(sent)
            Issue.record("a closed port answered")
        } catch {
            #expect((error as? URLError)?.code == .cannotConnectToHost)
        }
    }

    @Test(arguments: TransportKind.allCases)
    func aConnectionResetMidReplyIsAFailure(_ kind: TransportKind) async throws {
        let gateway = try FakeGateway()
        gateway.enqueue(FakeResponse(body: Data(count: 100_000), bodyMode: .resetAfter(bytes: 1000)))
        await #expect(throws: (any Error).self) {
            _ = try await kind.transport.send(request(gateway, "/reset"))
        }
    }

    /// gzip's own output, from the `gzip` the machine has.
    func gzip(_ data: Data) throws -> Data {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("contract-\(UUID())")
        try data.write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -c < \"$0\"", input.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let compressed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return compressed
    }
}
