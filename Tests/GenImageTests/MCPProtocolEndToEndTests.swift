import FakeGateway
import Foundation
import Testing

/// Issue #24: the MCP server's framing and protocol, spoken to byte by byte: split writes, huge lines, garbage,
/// several calls at once, the handshake versions and 2026-07-28's per-request `_meta`, cancellation.
@Suite("MCP server, framing and protocol")
struct MCPProtocolEndToEndTests {
    static var initialize: [String: Any] {
        ["protocolVersion": "2025-06-18", "capabilities": [:], "clientInfo": ["name": "test", "version": "1"]]
    }

    static func modern(_ params: [String: Any] = [:], version: String = "2026-07-28") -> [String: Any] {
        var params = params
        params["_meta"] = [
            "io.modelcontextprotocol/protocolVersion": version,
            "io.modelcontextprotocol/clientCapabilities": [:],
        ]
        return params
    }

    static func error(_ message: [String: Any]?) -> [String: Any]? {
        message?["error"] as? [String: Any]
    }

    static func result(_ message: [String: Any]?) -> [String: Any]? {
        message?["result"] as? [String: Any]
    }

    @Test func aMessageSplitAcrossWritesAndSeveralInOneWriteAreEachAnswered() throws {
        let scenario = try Scenario()
        let session = try MCPSession(in: scenario.folder)
        var first = try JSONSerialization.data(
            withJSONObject: ["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": Self.initialize])
        first.append(0x0A)
        let third = first.count / 3
        session.write(first.prefix(third))
        usleep(100_000)
        session.write(first.dropFirst(third).prefix(third))
        usleep(100_000)
        // The rest of the first, then two whole messages and half of a fourth, in one write (\r\n endings too).
        let rest = first.dropFirst(2 * third)
        let twoMore = Data(
            (#"{"jsonrpc":"2.0","method":"notifications/initialized"}"# + "\r\n"
                + #"{"jsonrpc":"2.0","id":2,"method":"ping"}"# + "\n" + #"{"jsonrpc":"2.0","id":"#).utf8)
        session.write(Data(rest) + twoMore)
        usleep(100_000)
        session.write(Data(#""three","method":"tools/list"}"#.utf8) + Data([0x0A]))
        #expect(Self.result(session.response(to: 1))?["protocolVersion"] as? String == "2025-06-18")
        #expect(Self.result(session.response(to: 2)) != nil)
        #expect((Self.result(session.response(to: "three"))?["tools"] as? [Any])?.count == 4)
        #expect(session.messages.count == 3, "the notification is not answered: \(session.stdoutLines)")
    }

    @Test func aHugeLineIsDroppedWithBoundedMemoryAndTheNextIsAnswered() throws {
        let scenario = try Scenario()
        let session = try MCPSession(in: scenario.folder)
        #expect(Self.result(try session.request(1, "ping")) != nil)
        // 64 MB in one line, written in pieces: eight times the server's limit.
        let piece = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
        session.write(Data(#"{"jsonrpc":"2.0","id":2,"method":"ping","params":{"x":""#.utf8))
        for _ in 0..<64 { session.write(piece) }
        session.write(Data("\"}}\n".utf8))
        let refused = session.wait { ($0["error"] as? [String: Any])?["code"] as? Int == -32600 }
        #expect((Self.error(refused)?["message"] as? String)?.contains("over the limit") == true)
        #expect(Self.result(try session.request(3, "ping")) != nil, "the server reads on")
        let peak = try #require(session.peakMemoryKB)
        #expect(peak < 60_000, "peak memory \(peak) kB: the line was held, not dropped")
        #expect(session.waitForStderr(containing: "dropped a line of"), "\(session.stderr)")
    }

    @Test func garbageGetsTheRightErrorsAndNeverStopsTheServer() throws {
        let scenario = try Scenario()
        let session = try MCPSession(in: scenario.folder)
        let lines: [Data] = [
            Data("garbage{".utf8), Data("[1,2]".utf8), Data("42".utf8), Data([0xFF, 0xFE, 0x7B, 0x0D]),
            Data(#"{"jsonrpc":"1.0","id":5,"method":"ping"}"#.utf8),
            Data(#"{"jsonrpc":"2.0","id":{"a":1},"method":"ping"}"#.utf8),
            Data(#"{"jsonrpc":"2.0","id":6,"method":7}"#.utf8),
            Data(#"{"jsonrpc":"2.0","id":7,"method":"ping","params":"x"}"#.utf8),
            Data(#"{"jsonrpc":"2.0","method":"no/such/notification"}"#.utf8),
            Data(#"{"jsonrpc":"2.0","id":99,"result":{}}"#.utf8),
            Data(#"{"jsonrpc":"2.0","id":8,"method":"resources/list"}"#.utf8),
            Data(#"{"jsonrpc":"2.0","id":9,"method":"tools/call","params":{"name":"no_such_tool"}}"#.utf8),
            Data("   ".utf8), Data(String(repeating: "[", count: 100_000).utf8),
        ]
        for line in lines { session.write(line + Data([0x0A])) }
        #expect(Self.result(try session.request(10, "ping")) != nil, "still serving after garbage")
        let codes = session.messages.compactMap { message -> String? in
            guard let error = Self.error(message) else { return nil }
            return "\(message["id"].map { "\($0)" } ?? "nil"):\(error["code"] ?? "")"
        }
        #expect(
            codes == [
                "<null>:-32700", "<null>:-32600", "<null>:-32600", "<null>:-32700", "5:-32600", "<null>:-32600",
                "6:-32600", "7:-32600", "8:-32601", "9:-32602", "<null>:-32700",
            ], "\(codes)")
        #expect(session.messages.count == codes.count + 1, "no answer to a notification or a response")
        #expect(session.process.isRunning)
    }

    @Test(
        "initialize answers the client's version when supported, else the newest",
        arguments: [
            ("2025-06-18", "2025-06-18"), ("2025-11-25", "2025-11-25"), ("2024-11-05", "2025-11-25"),
            ("2026-07-28", "2025-11-25"),
        ])
    func handshakeVersions(_ asked: String, _ answered: String) throws {
        let scenario = try Scenario()
        let session = try MCPSession(in: scenario.folder)
        var params = Self.initialize
        params["protocolVersion"] = asked
        let result = Self.result(try session.request(1, "initialize", params))
        #expect(result?["protocolVersion"] as? String == answered)
        #expect((result?["capabilities"] as? [String: Any])?["tools"] != nil)
        #expect((result?["serverInfo"] as? [String: Any])?["name"] as? String == "gen-image")
        #expect(result?["resultType"] == nil, "a handshake result has no 2026 fields")
    }

    @Test func the2026RevisionIsServedPerRequest() throws {
        let scenario = try Scenario()
        let session = try MCPSession(in: scenario.folder)
        // No initialize: every request carries its version and capabilities.
        let discover = Self.result(try session.request("d", "server/discover", Self.modern()))
        #expect(discover?["supportedVersions"] as? [String] == ["2026-07-28", "2025-11-25", "2025-06-18"])
        #expect(discover?["resultType"] as? String == "complete")
        #expect(discover?["ttlMs"] as? Int != nil && discover?["cacheScope"] as? String != nil)
        let meta = discover?["_meta"] as? [String: Any]
        #expect((meta?["io.modelcontextprotocol/serverInfo"] as? [String: Any])?["name"] as? String == "gen-image")
        let list = Self.result(try session.request(2, "tools/list", Self.modern()))
        #expect(list?["resultType"] as? String == "complete")
        #expect((list?["tools"] as? [Any])?.count == 4)
        #expect(list?["ttlMs"] != nil && list?["cacheScope"] as? String == "private")

        let unsupported = try session.request(3, "tools/list", Self.modern(version: "2099-01-01"))
        #expect(Self.error(unsupported)?["code"] as? Int == -32022)
        let data = Self.error(unsupported)?["data"] as? [String: Any]
        #expect(data?["supported"] as? [String] == ["2026-07-28", "2025-11-25", "2025-06-18"])
        #expect(data?["requested"] as? String == "2099-01-01")
        let noCapabilities = try session.request(
            4, "tools/list", ["_meta": ["io.modelcontextprotocol/protocolVersion": "2026-07-28"]])
        #expect(Self.error(noCapabilities)?["code"] as? Int == -32602)
    }

    @Test func severalCallsRunAtOnceBoundedByJ() throws {
        let scenario = try Scenario()
        scenario.delayReplies(by: 1)
        let session = try MCPSession(
            in: scenario.folder, arguments: ["-j", "2"], environment: ["GEN_IMAGE_BASE_URL": scenario.gateway.baseURL])
        for (id, prompt) in [("a", "one"), ("b", "two"), ("c", "three")] {
            try session.send([
                "jsonrpc": "2.0", "id": id, "method": "tools/call",
                "params": ["name": "generate_image", "arguments": ["prompt": prompt, "model": "gpt-image-2"]],
            ])
        }
        // A ping sent while they wait is answered before any of them.
        try session.send(["jsonrpc": "2.0", "id": "ping", "method": "ping"])
        var paths: [String] = []
        for id in ["a", "b", "c"] {
            let structured = Self.result(session.response(to: id))?["structuredContent"] as? [String: Any]
            paths += structured?["paths"] as? [String] ?? []
        }
        let order = session.messages.compactMap { $0["id"] as? String }
        #expect(order.first == "ping", "\(order)")
        #expect(Set(paths).count == 3, "\(paths)")
        #expect(paths.allSatisfy { FileManager.default.fileExists(atPath: $0) })
        #expect(scenario.gateway.requests(to: "/v1/images/generations").count == 3)
        #expect(scenario.gateway.maxConcurrentRequests == 2, "bounded by -j 2")
        #expect(!session.stdoutLines.joined().contains(CLIRunner.markerKey))
    }

    @Test func aCancelledCallIsNeverAnsweredAndLeavesNothing() throws {
        let scenario = try Scenario()
        scenario.delayReplies(by: 60)
        let session = try MCPSession(
            in: scenario.folder, environment: ["GEN_IMAGE_BASE_URL": scenario.gateway.baseURL])
        try session.send([
            "jsonrpc": "2.0", "id": 7, "method": "tools/call",
            "params": [
                "name": "generate_image", "arguments": ["prompt": "slow", "model": "gpt-image-2", "filename": "s.png"],
                "_meta": ["progressToken": "tok"],
            ],
        ])
        let waiting = session.wait { message in
            let params = message["params"] as? [String: Any]
            return message["method"] as? String == "notifications/progress"
                && (params?["message"] as? String)?.contains("waiting for the image") == true
        }
        #expect((waiting?["params"] as? [String: Any])?["progressToken"] as? String == "tok")
        let gateway = scenario.gateway
        let deadline = Date().addingTimeInterval(20)
        while gateway.requests(to: "/v1/images/generations").isEmpty, Date() < deadline { usleep(20_000) }
        try session.send([
            "jsonrpc": "2.0", "method": "notifications/cancelled", "params": ["requestId": 7, "reason": "test"],
        ])
        usleep(500_000)
        #expect(Self.result(try session.request(8, "ping")) != nil)
        let progressAfter = session.messages.count
        usleep(700_000)
        #expect(session.response(to: 7, timeout: 0.1) == nil, "a cancelled call is never answered")
        #expect(session.messages.count == progressAfter, "nothing more is sent for it")
        #expect(scenario.gateway.requests(to: "/v1/images/generations").count == 1)
        #expect(scenario.files.isEmpty, "no image and no temporary file left: \(scenario.files)")
        session.closeInput()
        #expect(session.waitForExit(), "stdin closed and nothing running: the server exits")
        #expect(session.process.terminationStatus == 0)
    }

    @Test func anImageBilledBeforeTheCancelIsStillSavedAndReported() throws {
        let scenario = try Scenario()
        // gpt-image-2-all answers with a link; the download of the (already billed) image is slow.
        scenario.gateway.setHandler { [weak gateway = scenario.gateway] request in
            guard let gateway else { return FakeResponse(status: 503) }
            var response = gateway.defaultResponse(to: request)
            if request.method == "GET" { response.delay = 1.5 }
            return response
        }
        let session = try MCPSession(
            in: scenario.folder, environment: ["GEN_IMAGE_BASE_URL": scenario.gateway.baseURL])
        try session.send([
            "jsonrpc": "2.0", "id": 1, "method": "tools/call",
            "params": [
                "name": "generate_image", "arguments": ["prompt": "a billed cat", "filename": "billed.png"],
                "_meta": ["progressToken": 1],
            ],
        ])
        let downloading = session.wait { message in
            ((message["params"] as? [String: Any])?["message"] as? String)?.contains("downloading the image") == true
        }
        #expect(downloading != nil, "\(session.stdoutLines)")
        try session.send(["jsonrpc": "2.0", "method": "notifications/cancelled", "params": ["requestId": 1]])
        let saved = scenario.folder.appendingPathComponent("billed.png").path
        _ = session.waitForStderr(containing: "was cancelled after its image was billed", timeout: 20)
        #expect(FileManager.default.fileExists(atPath: saved), "the billed image was saved")
        #expect(session.stderr.contains(saved), "and said on stderr: \(session.stderr)")
        #expect(session.response(to: 1, timeout: 0.1) == nil, "the cancelled call is never answered")
        // The next answer tells the client where it went.
        let next = Self.result(
            try session.request(2, "tools/call", ["name": "image_info", "arguments": ["path": "billed.png"]]))
        let structured = next?["structuredContent"] as? [String: Any]
        #expect(structured?["saved_by_cancelled_calls"] as? [String] == [saved], "\(String(describing: next))")
        #expect(scenario.gateway.requests(to: "/v1/chat/completions").count == 1)
    }

    @Test func stdinClosedFinishesTheCallsInFlightAndSigtermCancelsThem() throws {
        let scenario = try Scenario()
        scenario.delayReplies(by: 1)
        let call: [String: Any] = [
            "jsonrpc": "2.0", "id": 1, "method": "tools/call",
            "params": ["name": "generate_image", "arguments": ["prompt": "x", "model": "gpt-image-2"]],
        ]
        let finishing = try MCPSession(
            in: scenario.folder, environment: ["GEN_IMAGE_BASE_URL": scenario.gateway.baseURL])
        try finishing.send(call)
        finishing.closeInput()
        #expect(finishing.waitForExit(), "it exits once the call is done")
        #expect(finishing.process.terminationStatus == 0)
        let answer = Self.result(finishing.response(to: 1, timeout: 1))
        #expect(answer?["isError"] as? Bool == false, "the call in flight was finished and answered")

        let other = try CLIRunner.makeFolder("sigterm")
        defer { try? FileManager.default.removeItem(at: other) }
        scenario.delayReplies(by: 60)
        let stopped = try MCPSession(in: other, environment: ["GEN_IMAGE_BASE_URL": scenario.gateway.baseURL])
        try stopped.send(call)
        let deadline = Date().addingTimeInterval(20)
        while scenario.gateway.requests(to: "/v1/images/generations").count < 2, Date() < deadline {
            usleep(20_000)
        }
        kill(stopped.process.processIdentifier, SIGTERM)
        #expect(stopped.waitForExit(timeout: 10), "SIGTERM cancels the call and the server exits")
        #expect(stopped.process.terminationStatus == 130)
        #expect(CLIRunner.files(in: other).isEmpty, "nothing left behind: \(CLIRunner.files(in: other))")
    }

    @Test func pathsAreConfinedAndTheKeyComesFromTheEnvironmentOnly() throws {
        let scenario = try Scenario()
        let outside = try CLIRunner.makeFolder("outside")
        defer { try? FileManager.default.removeItem(at: outside) }
        let session = try MCPSession(
            in: scenario.folder, environment: ["GEN_IMAGE_BASE_URL": scenario.gateway.baseURL])
        func call(_ arguments: [String: Any], id: Int) throws -> [String: Any]? {
            Self.result(
                try session.request(id, "tools/call", ["name": "generate_image", "arguments": arguments]))
        }
        let cases: [[String: Any]] = [
            ["prompt": "x", "filename": "../escape.png"],
            ["prompt": "x", "filename": outside.appendingPathComponent("x.png").path],
            ["prompt": "x", "out_dir": outside.path],
            ["prompt": "x", "api_key": "sk-other"],
            ["prompt": "x", "filename": 123],
            ["prompt": "x", "filename": ""],
        ]
        for (index, arguments) in cases.enumerated() {
            let result = try call(arguments, id: index)
            #expect(result?["isError"] as? Bool == true, "\(arguments)")
            let error = (result?["structuredContent"] as? [String: Any])?["error"] as? [String: Any]
            #expect(error?["code"] as? String == "invalid_argument", "\(arguments): \(String(describing: result))")
        }
        #expect(scenario.gateway.requests.isEmpty, "nothing was sent")
        #expect(CLIRunner.files(in: outside).isEmpty)

        let keyless = try MCPSession(
            in: scenario.folder,
            environment: ["APIYI_API_KEY": nil, "GEN_IMAGE_BASE_URL": scenario.gateway.baseURL])
        let result = Self.result(
            try keyless.request(1, "tools/call", ["name": "generate_image", "arguments": ["prompt": "x"]]))
        let error = (result?["structuredContent"] as? [String: Any])?["error"] as? [String: Any]
        #expect(error?["code"] as? String == "auth_missing")
        #expect((error?["hint"] as? String)?.contains("APIYI_API_KEY") == true)
        #expect(scenario.gateway.requests.isEmpty)
    }

    @Test func aGatewayEchoingTheKeyNeverGetsItIntoAResult() throws {
        let scenario = try Scenario()
        let session = try MCPSession(
            in: scenario.folder, environment: ["GEN_IMAGE_BASE_URL": scenario.gateway.baseURL])
        for (id, offset) in [0, 100, 150].enumerated() {
            scenario.gateway.enqueue(KeyMaskingEndToEndTests.echoing(offset, html: id == 1))
            let result = Self.result(
                try session.request(
                    id, "tools/call",
                    ["name": "generate_image", "arguments": ["prompt": "x", "model": "gpt-image-2"]]))
            #expect(result?["isError"] as? Bool == true)
            let error = (result?["structuredContent"] as? [String: Any])?["error"] as? [String: Any]
            #expect(error?["http_status"] as? Int == 400, "\(String(describing: result))")
        }
        let everything = session.stdoutLines.joined(separator: "\n") + session.stderr
        #expect(!KeyMaskingEndToEndTests.leaks(everything), "\(everything)")
    }

    @Test func aServerStartedInTheRootFolderWritesOnlyToOutDir() throws {
        let scenario = try Scenario()
        let pictures = scenario.folder.appendingPathComponent("pictures")
        let session = try MCPSession(
            in: scenario.folder, workingFolder: URL(fileURLWithPath: "/"), arguments: ["--out-dir", pictures.path],
            environment: ["GEN_IMAGE_BASE_URL": scenario.gateway.baseURL])
        let escape = scenario.folder.appendingPathComponent("escape.png").path
        for (id, filename) in [(1, escape), (2, "tmp/escape.png")] {
            let refused = Self.result(
                try session.request(
                    id, "tools/call",
                    [
                        "name": "generate_image",
                        "arguments": ["prompt": "x", "model": "gpt-image-2", "filename": filename],
                    ]))
            #expect(refused?["isError"] as? Bool == true, "\(filename): \(String(describing: refused))")
        }
        #expect(scenario.gateway.requests.isEmpty)
        let saved = Self.result(
            try session.request(
                3, "tools/call", ["name": "generate_image", "arguments": ["prompt": "x", "model": "gpt-image-2"]]))
        let paths = (saved?["structuredContent"] as? [String: Any])?["paths"] as? [String] ?? []
        #expect(paths.count == 1 && paths.allSatisfy { $0.hasPrefix(pictures.path + "/") }, "\(paths)")
    }

    @Test func aPreviewOnlyWhenAskedAndOnlyWhenSmall() throws {
        let scenario = try Scenario()
        let small = TestImages.png(width: 64, height: 64)
        scenario.gateway.defaultImage = small
        let session = try MCPSession(
            in: scenario.folder, environment: ["GEN_IMAGE_BASE_URL": scenario.gateway.baseURL])
        func content(_ id: Int, _ arguments: [String: Any]) throws -> [[String: Any]] {
            let result = Self.result(
                try session.request(id, "tools/call", ["name": "generate_image", "arguments": arguments]))
            return result?["content"] as? [[String: Any]] ?? []
        }
        let plain = try content(1, ["prompt": "x", "model": "gpt-image-2"])
        #expect(!plain.contains { $0["type"] as? String == "image" })
        let asked = try content(2, ["prompt": "x", "model": "gpt-image-2", "preview": true])
        let image = try #require(asked.first { $0["type"] as? String == "image" })
        // The saved file as it is sent, metadata included: with it taken out, the gateway's image.
        let preview = try #require(Data(base64Encoded: image["data"] as? String ?? ""))
        #expect(Unstamped.strip(preview) == small)
        #expect(image["mimeType"] as? String == "image/png")

        // A 4.7 MB PNG: a shrunk copy, a real PNG (read back by Pillow when it is there), at most 64 KB.
        scenario.gateway.defaultImage = TestImages.png(width: 1536, height: 1024)
        let large = try content(3, ["prompt": "x", "model": "gpt-image-2", "preview": true])
        let shrunk = try #require(large.first { $0["type"] as? String == "image" }, "\(large)")
        let data = try #require(Data(base64Encoded: shrunk["data"] as? String ?? ""))
        #expect(data.count <= 64 * 1024)
        #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let file = scenario.folder.appendingPathComponent("preview.png")
        try data.write(to: file)
        let pillow = try Self.pillowSize(of: file)
        #expect(pillow == nil || pillow == "160x106", "Pillow read it as \(pillow ?? "")")

        let jpeg = TestImages.jpeg(width: 1024, height: 1024)
        scenario.gateway.enqueue(.imagesB64(jpeg), for: "/v1/images/generations")
        let noPreview = try content(
            4, ["prompt": "x", "model": "gpt-image-2", "output_format": "jpeg", "preview": true])
        if jpeg.count > 64 * 1024 {
            #expect(!noPreview.contains { $0["type"] as? String == "image" }, "never more than 64 KB inline")
            #expect(noPreview.contains { ($0["text"] as? String)?.contains("no preview") == true })
        }
    }

    @Test("a preview of a PNG written by Pillow matches Pillow's own shrinking", arguments: ["RGB", "RGBA", "L", "P"])
    func previewOfARealEncodersPNG(mode: String) throws {
        let scenario = try Scenario()
        let source = scenario.folder.appendingPathComponent("source.png")
        // Patterns whose neighbours differ (so the encoder picks every filter, Paeth's choices included) and noise.
        let made = try Self.python(
            """
            import random, sys
            from PIL import Image
            random.seed(7)
            im = Image.new('RGBA', (900, 600))
            im.putdata([((x * 37 + y * 11) % 256, (x * y) % 256, random.randrange(256), (x * 3 + y * 5) % 256)
                        for y in range(600) for x in range(900)])
            mode = sys.argv[2]
            im = im.convert('RGB').quantize(64) if mode == 'P' else im.convert(mode)
            im.save(sys.argv[1])
            """, source.path, mode)
        guard made == true else { return }
        let image = try Data(contentsOf: source)
        #expect(image.count > 64 * 1024)
        scenario.gateway.defaultImage = image
        let session = try MCPSession(
            in: scenario.folder, environment: ["GEN_IMAGE_BASE_URL": scenario.gateway.baseURL])
        let result = Self.result(
            try session.request(
                1, "tools/call",
                ["name": "generate_image", "arguments": ["prompt": "x", "model": "gpt-image-2", "preview": true]]))
        let content = result?["content"] as? [[String: Any]] ?? []
        let block = try #require(content.first { $0["type"] as? String == "image" }, "\(content)")
        let preview = scenario.folder.appendingPathComponent("preview.png")
        try Data(base64Encoded: block["data"] as? String ?? "")?.write(to: preview)
        // The preview's pixels, exactly: the same block sampling done on Pillow's reading of the source.
        let close = try Self.python(
            """
            import sys
            from PIL import Image
            source = Image.open(sys.argv[1])
            source = source.convert('RGBA' if source.mode == 'RGBA' else 'RGB')
            preview = Image.open(sys.argv[2])
            assert preview.mode == source.mode, (preview.mode, source.mode)
            (w, h), (ow, oh) = source.size, preview.size
            assert max(ow, oh) <= 160 and abs(ow / oh - w / h) < 0.05, preview.size
            pixels, got = source.load(), preview.load()
            channels = len(source.mode)
            for y in range(oh):
                top = y * h // oh; bottom = max(top + 1, (y + 1) * h // oh); sy = max(1, (bottom - top) // 4)
                for x in range(ow):
                    left = x * w // ow; right = max(left + 1, (x + 1) * w // ow); sx = max(1, (right - left) // 4)
                    samples = [pixels[i, j] for j in range(top, bottom, sy) for i in range(left, right, sx)]
                    want = tuple(sum(p[c] for p in samples) // len(samples) for c in range(channels))
                    assert got[x, y] == want, (x, y, got[x, y], want)
            """, source.path, preview.path)
        #expect(close != false)
    }

    /// Runs a Python script with /usr/bin/python3 and Pillow: true when it succeeded, false when it failed, nil
    /// (with a loud note) when Pillow is missing.
    @discardableResult
    static func python(_ script: String, _ arguments: String...) throws -> Bool? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", "import PIL\n" + script] + arguments
        let errors = Pipe()
        process.standardError = errors
        guard (try? process.run()) != nil else { return nil }
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if text.contains("No module named 'PIL'") {
            FileHandle.standardError.write(Data("\n*** SKIPPED: no Pillow for /usr/bin/python3\n".utf8))
            return nil
        }
        #expect(process.terminationStatus == 0, "\(text)")
        return process.terminationStatus == 0
    }

    /// `WxH` as Pillow reads the PNG at `file`, or nil when /usr/bin/python3 has no Pillow.
    static func pillowSize(of file: URL) throws -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [
            "-c",
            "import sys\ntry:\n from PIL import Image\nexcept ImportError:\n sys.exit(3)\n"
                + "im = Image.open(sys.argv[1]); im.load(); print('%dx%d' % im.size)", file.path,
        ]
        let output = Pipe()
        process.standardOutput = output
        guard (try? process.run()) != nil else { return nil }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus != 3 else {
            FileHandle.standardError.write(Data("\n*** NOTE: no Pillow; the preview was not read back\n".utf8))
            return nil
        }
        #expect(process.terminationStatus == 0, "Pillow could not read the preview")
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func aBatchFileRunsWritesItsResultsAndSkipsWhatIsDoneOnTheNextRun() throws {
        let scenario = try Scenario()
        try scenario.write(
            Data(#"{"global":{"model":"gpt-image-2"},"prompts":[{"prompt":"a"},{"prompt":"b"}]}"#.utf8),
            to: "jobs/jobs.json")
        let session = try MCPSession(
            in: scenario.folder, environment: ["GEN_IMAGE_BASE_URL": scenario.gateway.baseURL])
        let call: [String: Any] = ["name": "run_batch", "arguments": ["file": "jobs/jobs.json"]]
        let first = Self.result(try session.request(1, "tools/call", call))?["structuredContent"] as? [String: Any]
        #expect((first?["summary"] as? [String: Any])?["ok"] as? Int == 2, "\(String(describing: first))")
        let manifest = try #require(first?["manifest_path"] as? String)
        #expect(manifest.hasPrefix(scenario.folder.appendingPathComponent("jobs").path))
        #expect(FileManager.default.fileExists(atPath: manifest))
        let second = Self.result(try session.request(2, "tools/call", call))?["structuredContent"] as? [String: Any]
        #expect((second?["summary"] as? [String: Any])?["skipped"] as? Int == 2)
        #expect(scenario.gateway.requests(to: "/v1/images/generations").count == 2)
    }

    @Test func runBatchCheckSetupAndImageInfo() throws {
        let scenario = try Scenario()
        let session = try MCPSession(
            in: scenario.folder, environment: ["GEN_IMAGE_BASE_URL": scenario.gateway.baseURL])
        let batch = Self.result(
            try session.request(
                1, "tools/call",
                [
                    "name": "run_batch",
                    "arguments": [
                        "items": [["prompt": "a cat"], ["prompt": "a dog", "filename": "dog.png"]],
                        "global": ["model": "gpt-image-2"], "out_dir": "pics",
                    ],
                ]))
        #expect(batch?["isError"] as? Bool == false, "\(String(describing: batch))")
        let structured = batch?["structuredContent"] as? [String: Any]
        #expect((structured?["summary"] as? [String: Any])?["ok"] as? Int == 2)
        let paths = ((structured?["jobs"] as? [[String: Any]]) ?? []).compactMap { $0["path"] as? String }
        #expect(paths.count == 2 && paths.allSatisfy { FileManager.default.fileExists(atPath: $0) }, "\(paths)")
        #expect(paths.contains(scenario.folder.appendingPathComponent("dog.png").standardizedFileURL.path))
        #expect(paths.contains { $0.hasPrefix(scenario.folder.appendingPathComponent("pics").path) })

        let badBatch = Self.result(
            try session.request(
                2, "tools/call",
                [
                    "name": "run_batch",
                    "arguments": ["items": [["prompt": "ok"], ["prompt": "x", "quality": "ultra"]]],
                ]))
        #expect(badBatch?["isError"] as? Bool == true)
        let problems = (badBatch?["structuredContent"] as? [String: Any])?["problems"] as? [[String: Any]]
        #expect(problems?.first?["index"] as? Int == 2 && problems?.first?["field"] as? String == "quality")
        #expect(scenario.gateway.requests(to: "/v1/images/generations").count == 2, "the bad batch sent nothing")

        let setup = Self.result(try session.request(3, "tools/call", ["name": "check_setup"]))
        let checks = (setup?["structuredContent"] as? [String: Any])?["checks"] as? [[String: Any]]
        #expect((checks?.count ?? 0) >= 5, "\(String(describing: setup))")
        #expect(checks?.first?["passed"] as? Bool == true, "the key is set")

        let info = Self.result(
            try session.request(4, "tools/call", ["name": "image_info", "arguments": ["path": "dog.png"]]))
        let facts = info?["structuredContent"] as? [String: Any]
        let width = try #require(facts?["width"] as? Int)
        let height = try #require(facts?["height"] as? Int)
        #expect(facts?["format"] as? String == "png" && facts?["size"] as? String == "\(width)x\(height)")
        let dog = scenario.folder.appendingPathComponent("dog.png")
        #expect(facts?["bytes"] as? Int == (try? Data(contentsOf: dog))?.count)
        // How it was made, as `gen-image info --json` reads it from the file gen-image stamped.
        #expect(facts?["has_metadata"] as? Bool == true, "\(String(describing: facts))")
        let record = facts?["gen_image"] as? [String: Any]
        #expect(record?["prompt"] as? String != nil, "\(String(describing: record))")
        #expect((facts?["xmp"] as? [String: Any])?["description"] as? String == record?["prompt"] as? String)
        #expect(!session.stdoutLines.joined().contains(CLIRunner.markerKey))
    }
}
