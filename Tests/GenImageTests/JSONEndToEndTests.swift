import FakeGateway
import Foundation
import Testing

/// `--json`: stdout is exactly one JSON object, for success, for a dry run, and for every error code the fake
/// gateway (or the command line) can provoke; the code decides the exit status.
@Suite("JSON output, end to end")
struct JSONEndToEndTests {
    /// Parses stdout as the one object it must be.
    static func envelope(_ result: CLIResult, sourceLocation: SourceLocation = #_sourceLocation) -> [String: Any] {
        let text = result.stdout.trimmingCharacters(in: .newlines)
        #expect(!text.contains("\n"), "more than one line on stdout: \(result.stdout)", sourceLocation: sourceLocation)
        let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
        #expect(object != nil, "stdout is not one JSON object: \(result.stdout)", sourceLocation: sourceLocation)
        return object ?? [:]
    }

    @Test func successCarriesEveryField() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["-p", "一只猫", "-f", "cat.png", "--json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = Self.envelope(result)
        #expect(json["ok"] as? Bool == true)
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.count == 1)
        let path = try #require(files.first?["path"] as? String)
        #expect(path == scenario.folder.appendingPathComponent("cat.png").path)
        #expect(files.first?["bytes"] as? Int == FileManager.default.contents(atPath: path)?.count)
        #expect(files.first?["width"] as? Int == 64)
        #expect(files.first?["height"] as? Int == 48)
        #expect(files.first?["format"] as? String == "png")
        #expect(json["model"] as? String == "gpt-image-2-all")
        #expect(json["endpoint"] as? String == "chat")
        #expect(json["attempts"] as? Int == 1)
        #expect((json["request_id"] as? String)?.isEmpty == false)
        #expect((json["usage"] as? [String: Any])?["total_tokens"] as? Int == 842)
        #expect(json["cost_usd"] as? Double == 0.03)
        #expect((json["source_url"] as? String)?.hasPrefix(scenario.gateway.url("/files/")) == true)
        #expect(json["prompt_sent"] as? String == "一只猫")
        #expect((json["elapsed_s"] as? Double).map { $0 >= 0 } == true)
        #expect(!result.stdout.contains(CLIRunner.markerKey) && !result.stderr.contains(CLIRunner.markerKey))
    }

    @Test func tokenPricedCostComesFromUsageAndAttemptsCountRetries() throws {
        let scenario = try Scenario()
        scenario.gateway.defaultImage = TestImages.png(width: 1280, height: 720, grayscale: true)
        scenario.gateway.enqueue(.error(status: 503, message: "busy"))
        let result = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-f", "x.png", "--json", "--aspect", "16:9"])
        let json = Self.envelope(result)
        #expect(json["attempts"] as? Int == 2, "\(result.stderr)")
        // The fake's usage: 30 text tokens in at $5/M, 196 image tokens out at $30/M.
        #expect(json["cost_usd"] as? Double == 0.006)
        #expect(json["cost_is_estimate"] as? Bool == false)
        #expect(json["source_url"] is NSNull)
        #expect(result.stderr.contains("· $0.006 →"), "\(result.stderr)")
        let notes = json["notes"] as? [String] ?? []
        #expect(notes.isEmpty, "no note: -m was given")
        let switched = Self.envelope(try scenario.run(["-p", "x", "-s", "1024x1024", "-f", "y.png", "--json"]))
        #expect((switched["notes"] as? [String])?.first?.hasPrefix("note: using gpt-image-2 because") == true)
    }

    @Test func dryRunNeedsNoKey() throws {
        let scenario = try Scenario()
        let result = try scenario.run(
            ["-p", "日落", "--aspect", "16:9", "--dry-run", "--json"], environment: ["APIYI_API_KEY": nil])
        #expect(result.exitCode == 0)
        let json = Self.envelope(result)
        #expect(json["dry_run"] as? Bool == true)
        #expect(json["prompt_sent"] as? String == "横版 16:9，日落")
        let request = try #require(json["request"] as? [String: Any])
        #expect(request["url"] as? String == scenario.gateway.url("/v1/chat/completions"))
        #expect((request["headers"] as? [String: Any])?["Authorization"] as? String == "Bearer <APIYI_API_KEY not set>")
        #expect(scenario.gateway.requests.isEmpty)
    }

    /// One way to provoke each code.
    struct CodeCase: Sendable, CustomTestStringConvertible {
        let code: String
        let exitCode: Int32
        let arguments: [String]
        var environment: [String: String?] = [:]
        var script: @Sendable (FakeGateway) -> Void = { _ in }
        var testDescription: String { code }
    }

    static let codeCases: [CodeCase] = [
        CodeCase(code: "invalid_argument", exitCode: 2, arguments: ["-s", "big"]),
        CodeCase(code: "invalid_argument", exitCode: 2, arguments: ["--nope"]),
        CodeCase(code: "unsupported_option", exitCode: 2, arguments: ["-m", "gpt-image-2-all", "-q", "high"]),
        CodeCase(code: "input_not_found", exitCode: 2, arguments: ["-i", "missing.png"]),
        CodeCase(code: "input_not_image", exitCode: 2, arguments: ["-i", "notimage.png"]),
        CodeCase(code: "input_too_large", exitCode: 2, arguments: ["-i", "huge.png"]),
        CodeCase(code: "auth_missing", exitCode: 3, arguments: [], environment: ["APIYI_API_KEY": nil]),
        CodeCase(
            code: "auth_failed", exitCode: 1, arguments: [],
            script: { $0.enqueue(.error(status: 401, message: "Invalid token")) }),
        CodeCase(
            code: "forbidden", exitCode: 1, arguments: [],
            script: { $0.enqueue(.error(status: 403, message: "not allowed")) }),
        CodeCase(
            code: "rate_limited", exitCode: 1, arguments: ["--retries", "0"],
            script: { $0.enqueue(.error(status: 429, message: "busy")) }),
        CodeCase(
            code: "content_blocked", exitCode: 1, arguments: [],
            script: { $0.enqueue(.error(status: 500, message: "没有按照预期生成图片，请重新调整提示词后重试")) }),
        CodeCase(
            code: "refused", exitCode: 1, arguments: [],
            script: { $0.enqueue(.chat(content: "I can't create that image: it shows a trademarked logo.")) }),
        CodeCase(
            code: "no_image_in_reply", exitCode: 1, arguments: [],
            script: { $0.enqueue(.chat(content: "Sorry, I only write poems.")) }),
        CodeCase(
            code: "bad_response", exitCode: 1, arguments: ["-m", "gpt-image-2"],
            script: { $0.enqueue(.rawJSON("{\"data\": [")) }),
        CodeCase(
            code: "http_error", exitCode: 1, arguments: [],
            script: { $0.enqueue(.error(status: 404, message: "Invalid URL")) }),
        CodeCase(
            code: "timeout", exitCode: 1, arguments: ["--timeout", "1"],
            script: { $0.enqueue(FakeResponse(bodyMode: .neverRespond)) }),
        CodeCase(
            code: "network_error", exitCode: 1, arguments: ["--retries", "0"],
            environment: ["GEN_IMAGE_BASE_URL": "http://127.0.0.1:1/v1"]),
        CodeCase(
            code: "download_failed", exitCode: 1, arguments: [],
            script: { $0.enqueue(.chat(content: "![i](\($0.url("/files/gone.png")))")) }),
        // A folder that cannot be made is found before sending (issue #10); io_error after billing is shown by
        // BilledImageEndToEndTests.
        CodeCase(code: "invalid_argument", exitCode: 2, arguments: ["-f", "notimage.png/inside/x.png"]),
    ]

    @Test("each error code: one JSON object, the right exit code", arguments: codeCases)
    func errorCode(_ testCase: CodeCase) throws {
        let scenario = try Scenario()
        try scenario.write(Data("GIF89a not an image".utf8), to: "notimage.png")
        let huge = scenario.folder.appendingPathComponent("huge.png")
        try TestImages.png(width: 8, height: 8).write(to: huge)
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 51_000_000)
        try handle.close()
        testCase.script(scenario.gateway)
        let result = try scenario.run(
            ["-p", "a cat", "--json"] + testCase.arguments, environment: testCase.environment)
        #expect(result.exitCode == testCase.exitCode, "\(result.stderr)")
        let json = Self.envelope(result)
        #expect(json["ok"] as? Bool == false)
        let error = try #require(json["error"] as? [String: Any])
        #expect(error["code"] as? String == testCase.code, "\(result.stdout)")
        #expect((error["message"] as? String)?.isEmpty == false)
        // The plain error line carries the same code, so an agent never has to run again with --json to read it.
        let line = result.stderr.split(separator: "\n").first { $0.hasPrefix("gen-image: error") }
        #expect(line?.hasPrefix("gen-image: error [\(testCase.code)]: ") == true, "\(result.stderr)")
        for key in ["hint", "http_status", "request_id"] {
            #expect(error.keys.contains(key), "missing \(key)")
        }
        #expect(!result.stdout.contains(CLIRunner.markerKey))
    }

    @Test func cancelledIsAnEnvelopeToo() throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(FakeResponse(bodyMode: .neverRespond))
        let gateway = scenario.gateway
        let result = try scenario.run(
            ["-p", "x", "--json"], interrupt: .init(signal: SIGTERM, when: { !gateway.requests.isEmpty }))
        #expect(result.exitCode == 130)
        let error = try #require(Self.envelope(result)["error"] as? [String: Any])
        #expect(error["code"] as? String == "cancelled")
    }

    @Test func batchGivesOneObjectWithEveryJob() throws {
        let scenario = try Scenario()
        try scenario.write(
            Data(#"{"prompts": [{"prompt": "a", "filename": "a.png"}, {"prompt": "b", "filename": "b.png"}]}"#.utf8),
            to: "jobs.json")
        let result = try scenario.run(["batch", "jobs.json", "--json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = Self.envelope(result)
        #expect(json["ok"] as? Bool == true)
        #expect(json["exit_code"] as? Int == 0)
        let jobs = try #require(json["jobs"] as? [[String: Any]])
        #expect(jobs.map { $0["status"] as? String } == ["ok", "ok"])
        #expect((json["manifest_path"] as? String)?.hasSuffix("/jobs.results.json") == true)

        try scenario.write(Data(#"{"prompts": [{"prompt": "c", "size": "big"}]}"#.utf8), to: "bad.json")
        let bad = try scenario.run(["batch", "bad.json", "--json"])
        #expect(bad.exitCode == 2)
        let problems = try #require(Self.envelope(bad)["problems"] as? [[String: Any]])
        #expect(problems.first?["index"] as? Int == 1)
        #expect(problems.first?["field"] as? String == "size")
    }
}
