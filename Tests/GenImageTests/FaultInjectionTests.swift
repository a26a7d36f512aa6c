import FakeGateway
import Foundation
import Testing

/// The gateway misbehaves in every way the field has seen, and the real binary must cope: the right exit
/// code, only unbilled failures sent again, no file or temporary file left behind (or exactly the right
/// image after a successful retry), and never the key in the output.
///
/// Retry waits are scaled to milliseconds by `GEN_IMAGE_RETRY_DELAY_SCALE` (set by `CLIRunner`), so the
/// stated waits ("retrying in 4 s") are the real policy's while the suite stays fast.
@Suite("Fault injection, end to end")
struct FaultInjectionTests {
    /// One misbehaviour and what gen-image must make of it.
    struct Fault: Sendable, CustomTestStringConvertible {
        let testDescription: String
        var model = "gpt-image-2-all"
        var arguments: [String] = []
        /// Scripts the gateway; returns the image a successful run must save, if any.
        let script: @Sendable (FakeGateway) -> Data?
        let exitCode: Int32
        /// How many times the generation request must have reached the gateway.
        let attempts: Int
        var mentions: [String] = []
    }

    static let success = TestImages.png(width: 40, height: 30)

    /// The success reply of each model's API, carrying `success`.
    static func successReply(for model: String) -> FakeResponse {
        model == "gpt-image-2-all"
            ? .chat(content: "![image](data:image/png;base64,\(success.base64EncodedString()))")
            : .imagesB64(success)
    }

    static let faults: [Fault] = [
        Fault(
            testDescription: "401 whose message echoes the key",
            script: { gateway in
                gateway.enqueue(
                    .error(
                        status: 401, message: "Incorrect API key provided: \(CLIRunner.markerKey).",
                        code: "invalid_api_key"))
                return nil
            },
            exitCode: 1, attempts: 1, mentions: ["HTTP 401", "Incorrect API key provided: sk-…3a9c"]),
        Fault(
            testDescription: "403",
            script: {
                $0.enqueue(.error(status: 403, message: "forbidden group")); return nil
            },
            exitCode: 1, attempts: 1, mentions: ["HTTP 403"]),
        Fault(
            testDescription: "404",
            script: {
                $0.enqueue(.error(status: 404, message: "no route")); return nil
            },
            exitCode: 1, attempts: 1, mentions: ["HTTP 404"]),
        Fault(
            testDescription: "413",
            script: {
                $0.enqueue(.error(status: 413, message: "too big")); return nil
            },
            exitCode: 1, attempts: 1, mentions: ["HTTP 413"]),
        Fault(
            testDescription: "429 then 200, with Retry-After",
            script: { gateway in
                gateway.enqueue(
                    .error(status: 429, message: "busy").adding(header: "Retry-After", value: "7"))
                gateway.enqueue(successReply(for: "gpt-image-2-all"))
                return success
            },
            exitCode: 0, attempts: 2,
            mentions: [
                "attempt 1 of 3 failed: the gateway answered HTTP 429: busy", "retrying in 7 s (as Retry-After",
            ]),
        Fault(
            testDescription: "429 then 200, Retry-After as an HTTP date",
            script: { gateway in
                let formatter = DateFormatter()
                formatter.locale = Locale(identifier: "en_US_POSIX")
                formatter.timeZone = TimeZone(identifier: "GMT")
                formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
                let date = formatter.string(from: Date().addingTimeInterval(30))
                gateway.enqueue(.error(status: 429, message: "busy").adding(header: "Retry-After", value: date))
                gateway.enqueue(successReply(for: "gpt-image-2-all"))
                return success
            },
            exitCode: 0, attempts: 2, mentions: ["(as Retry-After asked)"]),
        Fault(
            testDescription: "429 then 200, no Retry-After",
            script: { gateway in
                gateway.enqueue(.error(status: 429, message: "busy"))
                gateway.enqueue(successReply(for: "gpt-image-2-all"))
                return success
            },
            exitCode: 0, attempts: 2, mentions: ["attempt 1 of 3 failed", "retrying in"]),
        Fault(
            testDescription: "429 four times",
            script: { gateway in
                for _ in 0..<4 { gateway.enqueue(.error(status: 429, message: "quota")) }
                return nil
            },
            exitCode: 1, attempts: 3, mentions: ["attempt 2 of 3 failed", "HTTP 429", "attempts: 3"]),
        Fault(
            testDescription: "429 four times with --retries 4",
            arguments: ["--retries", "4"],
            script: { gateway in
                for _ in 0..<4 { gateway.enqueue(.error(status: 429, message: "quota")) }
                gateway.enqueue(successReply(for: "gpt-image-2-all"))
                return success
            },
            exitCode: 0, attempts: 5, mentions: ["attempt 4 of 5 failed"]),
        Fault(
            testDescription: "429 asking to wait an hour is not waited for",
            script: { gateway in
                gateway.enqueue(.error(status: 429, message: "quota").adding(header: "Retry-After", value: "3600"))
                return nil
            },
            exitCode: 1, attempts: 1, mentions: ["HTTP 429"]),
        Fault(
            testDescription: "500 then 200", model: "gpt-image-2",
            script: { gateway in
                gateway.enqueue(.error(status: 500, message: "upstream error"))
                gateway.enqueue(successReply(for: "gpt-image-2"))
                return success
            },
            exitCode: 0, attempts: 2, mentions: ["HTTP 500: upstream error"]),
        Fault(
            testDescription: "502 with an HTML body",
            script: { gateway in
                for _ in 0..<3 {
                    gateway.enqueue(.html(status: 502, "<html><body><h1>502 Bad Gateway</h1>nginx</body></html>"))
                }
                return nil
            },
            exitCode: 1, attempts: 3, mentions: ["HTTP 502: 502 Bad Gateway"]),
        Fault(
            testDescription: "503 every time", model: "gpt-image-2-vip",
            script: { gateway in
                for _ in 0..<3 { gateway.enqueue(.error(status: 503, message: "overloaded")) }
                return nil
            },
            exitCode: 1, attempts: 3, mentions: ["HTTP 503"]),
        Fault(
            testDescription: "504 then 200", model: "gpt-image-2-vip",
            script: { gateway in
                gateway.enqueue(.error(status: 504, message: "gateway timeout"))
                gateway.enqueue(successReply(for: "gpt-image-2-vip"))
                return success
            },
            exitCode: 0, attempts: 2),
        Fault(
            testDescription: "--retries 0 sends once", arguments: ["--retries", "0"],
            script: {
                $0.enqueue(.error(status: 503, message: "overloaded")); return nil
            },
            exitCode: 1, attempts: 1),
        Fault(
            testDescription: "200 with malformed JSON", model: "gpt-image-2",
            script: {
                $0.enqueue(.rawJSON("{\"data\": [ {\"b64_json\": ")); return nil
            },
            exitCode: 1, attempts: 1, mentions: ["not the JSON gen-image expects"]),
        Fault(
            testDescription: "200 with an empty data array", model: "gpt-image-2",
            script: {
                $0.enqueue(.json(["created": 1, "data": [Any]()])); return nil
            },
            exitCode: 1, attempts: 1),
        Fault(
            testDescription: "invalid base64", model: "gpt-image-2",
            script: {
                $0.enqueue(.json(["created": 1, "data": [["b64_json": "!!!not base64!!!"]]])); return nil
            },
            exitCode: 1, attempts: 1),
        Fault(
            testDescription: "b64_json that is not an image", model: "gpt-image-2",
            script: {
                $0.enqueue(.imagesB64(TestImages.notAnImage(count: 300))); return nil
            },
            exitCode: 1, attempts: 1, mentions: ["not a PNG, JPEG or WebP image"]),
        Fault(
            testDescription: "truncated body", model: "gpt-image-2",
            script: { gateway in
                var reply = FakeResponse.imagesB64(TestImages.png(width: 128, height: 128))
                reply.bodyMode = .truncated(sendBytes: 200)
                gateway.enqueue(reply)
                return nil
            },
            exitCode: 1, attempts: 1, mentions: ["cut off"]),
        Fault(
            testDescription: "connection reset mid-body", model: "gpt-image-2",
            script: { gateway in
                var reply = FakeResponse.imagesB64(TestImages.png(width: 128, height: 128))
                reply.bodyMode = .resetAfter(bytes: 200)
                gateway.enqueue(reply)
                return nil
            },
            exitCode: 1, attempts: 1),
        Fault(
            testDescription: "a server that never answers", arguments: ["--timeout", "1"],
            script: {
                $0.enqueue(FakeResponse(bodyMode: .neverRespond)); return nil
            },
            exitCode: 1, attempts: 1, mentions: ["within 1 s", "bill"]),
        Fault(
            testDescription: "a server that never answers, with --retry-on-timeout",
            arguments: ["--timeout", "1", "--retry-on-timeout"],
            script: { gateway in
                gateway.enqueue(FakeResponse(bodyMode: .neverRespond))
                gateway.enqueue(successReply(for: "gpt-image-2-all"))
                return success
            },
            exitCode: 0, attempts: 2, mentions: ["attempt 1 of 3 failed: no image from 127.0.0.1 within 1 s"]),
        Fault(
            testDescription: "a byte a second past the deadline", arguments: ["--timeout", "1.5"],
            script: { gateway in
                var reply = successReply(for: "gpt-image-2-all")
                reply.bodyMode = .trickle(bytesPerChunk: 1, interval: 1)
                gateway.enqueue(reply)
                return nil
            },
            exitCode: 1, attempts: 1, mentions: ["within 1.5 s"]),
        Fault(
            testDescription: "a chat reply that is only text",
            script: {
                $0.enqueue(.chat(content: "I can't draw that, but here is a poem.")); return nil
            },
            exitCode: 1, attempts: 1, mentions: ["error [refused]: the model refused: I can't draw that"]),
        Fault(
            testDescription: "a chat reply whose URL returns 404",
            script: { gateway in
                gateway.enqueue(.chat(content: "![image](\(gateway.url("/files/gone.png")))"))
                return nil
            },
            exitCode: 1, attempts: 1, mentions: ["HTTP 404", "/files/gone.png"]),
        Fault(
            testDescription: "a URL that redirects in a loop",
            script: { gateway in
                let loop = gateway.url("/files/loop.png")
                gateway.setHandler { request in
                    if request.path == "/files/loop.png" {
                        return FakeResponse(status: 302, headers: [("Location", loop)])
                    }
                    return gateway.defaultResponse(to: request)
                }
                gateway.enqueue(.chat(content: "![image](\(loop))"))
                return nil
            },
            exitCode: 1, attempts: 1, mentions: ["redirected more than 3 times", "/files/loop.png"]),
        Fault(
            testDescription: "a URL that serves 200 MB", model: "gpt-image-2-vip",
            script: { gateway in
                gateway.setHandler { request in
                    if request.path == "/files/huge.png" {
                        var huge = FakeResponse.bytes(TestImages.png(width: 8, height: 8), contentType: "image/png")
                        huge.bodyMode = .padded(totalBytes: 200_000_000)
                        return huge
                    }
                    return gateway.defaultResponse(to: request)
                }
                gateway.enqueue(.imagesURL(gateway.url("/files/huge.png")))
                return nil
            },
            exitCode: 1, attempts: 1, mentions: ["more than 100 MB", "/files/huge.png"]),
        Fault(
            testDescription: "a moderation refusal as a 400", model: "gpt-image-2",
            script: { gateway in
                gateway.enqueue(
                    .error(
                        status: 400, message: "Your request was rejected by the safety system. safety_violations=[x]",
                        code: "moderation_blocked"))
                return nil
            },
            exitCode: 1, attempts: 1, mentions: ["change the prompt"]),
        Fault(
            testDescription: "a moderation refusal as a 503", model: "gpt-image-2",
            script: { gateway in
                gateway.enqueue(.error(status: 503, message: "blocked", code: "moderation_blocked"))
                return nil
            },
            exitCode: 1, attempts: 1, mentions: ["change the prompt"]),
        Fault(
            testDescription: "a content block as a 500 from gpt-image-2-all",
            script: { gateway in
                gateway.enqueue(.error(status: 500, message: "没有按照预期生成图片，请重新调整提示词后重试（traceid: t1）"))
                return nil
            },
            exitCode: 1, attempts: 1, mentions: ["没有按照预期生成图片", "change the prompt"]),
    ]

    @Test("each fault: exit code, attempts, files, no key", arguments: faults)
    func fault(_ fault: Fault) throws {
        let scenario = try Scenario()
        let expected = fault.script(scenario.gateway)
        let result = try scenario.run(["-p", "a cat", "-m", fault.model, "-f", "cat.png"] + fault.arguments)
        let path = fault.model == "gpt-image-2-all" ? "/v1/chat/completions" : "/v1/images/generations"
        #expect(scenario.gateway.requests(to: path).count == fault.attempts, "stderr: \(result.stderr)")
        #expect(result.exitCode == fault.exitCode, "stderr: \(result.stderr)")
        if let expected {
            scenario.expectSaved(result, bytes: expected)
            #expect(scenario.files == ["cat.png"], "left behind: \(scenario.files)")
        } else {
            scenario.expectFailure(result, exitCode: fault.exitCode)
        }
        for word in fault.mentions {
            #expect(result.stderr.contains(word), "missing '\(word)' in: \(result.stderr)")
        }
        #expect(!(result.stdout + result.stderr).contains(CLIRunner.markerKey), "the key leaked")
        if fault.attempts == 1 {
            #expect(!result.stderr.contains("retrying in"), "a failure that bills must not be retried")
        }
    }

    @Test("the key is never printed, even where the command echoes what it was given")
    func keyNeverPrinted() throws {
        let scenario = try Scenario()
        let key = CLIRunner.markerKey
        let runs: [[String]] = [
            ["--help"], ["--version"], ["-p", "x", "-s", "nope"], ["--apikey", key, "-p", "x"],
            ["-p", "x", key], ["-p", "x", "--timeout", key], ["-p", "x", "-k", key, "-k", key],
            ["-p", "x", "--api-key=\(key)", "--retries", "99"],
        ]
        for arguments in runs {
            let result = try scenario.run(arguments)
            #expect(!(result.stdout + result.stderr).contains(key), "\(arguments): \(result.stderr)")
        }
        #expect(scenario.gateway.requests.isEmpty)
    }

    @Test("Ctrl-C and SIGTERM cancel, clean up and exit 130", arguments: [SIGINT, SIGTERM])
    func signalCancels(signal: Int32) throws {
        let scenario = try Scenario()
        try scenario.write(TestImages.png(width: 64, height: 64), to: "in.png")
        scenario.gateway.enqueue(FakeResponse(bodyMode: .neverRespond))
        let gateway = scenario.gateway
        let result = try scenario.run(
            ["-p", "make it blue", "-i", "in.png", "-m", "gpt-image-2", "-f", "out.png"],
            interrupt: .init(signal: signal, when: { !gateway.requests.isEmpty }))
        #expect(result.exitCode == 130, "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        let name = signal == SIGINT ? "Ctrl-C (SIGINT)" : "SIGTERM"
        #expect(
            result.stderr.contains("gen-image: error [cancelled]: cancelled by \(name): the request was cancelled"),
            "\(result.stderr)")
        #expect(result.stderr.contains("may still be billed"))
        #expect(scenario.files == ["in.png"], "left behind: \(scenario.files)")
        #expect(gateway.requests.count == 1)
    }

    @Test func cancellingDuringARetryWaitSendsNothingMore() throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(.error(status: 503, message: "overloaded").adding(header: "Retry-After", value: "60"))
        let gateway = scenario.gateway
        let result = try scenario.run(
            ["-p", "x", "-f", "x.png"], environment: ["GEN_IMAGE_RETRY_DELAY_SCALE": "1"],
            interrupt: .init(signal: SIGINT, when: { !gateway.requests.isEmpty }))
        #expect(result.exitCode == 130, "stderr: \(result.stderr)")
        #expect(gateway.requests.count == 1)
        #expect(scenario.files.isEmpty, "left behind: \(scenario.files)")
    }

    struct BaseURLCase: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let exitCode: Int32
        let mentions: [String]
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let baseURLCases: [BaseURLCase] = [
        BaseURLCase(
            arguments: ["--base-url", "https://user:sk-in-url-SECRET@api.example.test/v1"], exitCode: 2,
            mentions: ["contains a user name or password", "-k/--api-key"]),
        BaseURLCase(
            arguments: ["--base-url", "http://api.example.test/v1"], exitCode: 2,
            mentions: ["refusing to send the API key over plain http to api.example.test", "--allow-insecure-http"]),
        BaseURLCase(
            arguments: ["--base-url", "http://127.evil.test/v1"], exitCode: 2,
            mentions: ["plain http to 127.evil.test"]),
    ]

    @Test("unsafe base URLs are refused before sending", arguments: baseURLCases)
    func unsafeBaseURL(_ testCase: BaseURLCase) throws {
        let scenario = try Scenario()
        let result = try scenario.run(["-p", "x"] + testCase.arguments)
        scenario.expectFailure(result, exitCode: testCase.exitCode, mentions: testCase.mentions)
        #expect(!result.stderr.contains("SECRET"))
        #expect(scenario.gateway.requests.isEmpty)
    }

    /// 0.0.0.0 reaches this machine on Linux but is not a loopback name, so it stands in for a remote host
    /// reached over plain http.
    @Test func insecureHTTPIsAllowedOnlyWhenAsked() throws {
        let scenario = try Scenario()
        let url = "http://0.0.0.0:\(scenario.gateway.port)/v1"
        let refused = try scenario.run(["-p", "x", "-f", "x.png"], environment: ["GEN_IMAGE_BASE_URL": url])
        scenario.expectFailure(refused, exitCode: 2, mentions: ["plain http to 0.0.0.0", "--allow-insecure-http"])
        #expect(scenario.gateway.requests.isEmpty)
        let allowed = try scenario.run(
            ["-p", "x", "-f", "x.png", "--allow-insecure-http"], environment: ["GEN_IMAGE_BASE_URL": url])
        scenario.expectSaved(allowed)
        #expect(scenario.gateway.requests(to: "/v1/chat/completions").count == 1)
    }
}

extension FakeResponse {
    /// The same reply with one more header.
    func adding(header name: String, value: String) -> FakeResponse {
        var copy = self
        copy.headers.append((name: name, value: value))
        return copy
    }
}
