import FakeGateway
import Foundation
import Testing

/// Every bad input is refused before anything is sent (exit 2), no key is exit 3, and every API or network
/// failure is exit 1 with words a person or an agent can act on. No failure leaves a file behind.
@Suite("Failures, end to end")
struct FailureEndToEndTests {
    struct UsageCase: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let mentions: [String]
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let usageCases: [UsageCase] = [
        UsageCase(arguments: ["--promt", "x"], mentions: ["unknown option '--promt'; did you mean '--prompt'?"]),
        UsageCase(arguments: ["-f", "x.png"], mentions: ["missing -p/--prompt"]),
        UsageCase(arguments: ["-p"], mentions: ["-p/--prompt needs a value"]),
        UsageCase(arguments: ["-p", "x", "stray"], mentions: ["unexpected argument 'stray'"]),
        UsageCase(arguments: ["-p", "a", "-p", "b"], mentions: ["given more than once"]),
        UsageCase(arguments: ["-p", "x", "-i"], mentions: ["needs at least one"]),
        UsageCase(
            arguments: ["-p", "x", "-m", "gpt-image-2-all", "-s", "1024x1024"],
            mentions: ["gpt-image-2-all does not accept -s/--size", "横版 16:9", "gpt-image-2-vip"]),
        UsageCase(
            arguments: ["-p", "x", "-m", "gpt-image-2", "-r", "url"],
            mentions: ["gpt-image-2 does not accept -r/--response-format"]),
        UsageCase(arguments: ["-p", "x", "-s", "5000x1000"], mentions: ["longest edge", "try -s 3840x1280"]),
        UsageCase(arguments: ["-p", "x", "-s", "1920x1080"], mentions: ["multiples of 16", "try -s 1920x10"]),
        UsageCase(arguments: ["-p", "x", "-s", "big"], mentions: ["invalid size 'big'"]),
        UsageCase(
            arguments: ["-p", "x", "-m", "gpt-image-2-vip", "-s", "1920x1080"],
            mentions: ["not one of gpt-image-2-vip's 30 sizes", "16:9 sizes: 1280x720 (1K), 2048x1152 (2K)"]),
        UsageCase(arguments: ["-p", "x", "-q", "ultra"], mentions: ["invalid quality 'ultra'"]),
        UsageCase(arguments: ["-p", "x", "-o", "gif"], mentions: ["invalid output format 'gif'"]),
        UsageCase(
            arguments: ["-p", "x", "-o", "jpeg", "-c", "150"],
            mentions: ["invalid -c/--output-compression 150", "0 to 100"]),
        UsageCase(arguments: ["-p", "x", "-c", "50"], mentions: ["applies only to JPEG and WebP"]),
        UsageCase(arguments: ["-p", "x", "-c", "abc"], mentions: ["invalid value 'abc'"]),
        UsageCase(arguments: ["-p", "x", "-r", "base64"], mentions: ["invalid response format 'base64'"]),
        UsageCase(arguments: ["-p", "x", "-m", "dall-e-9"], mentions: ["unknown model 'dall-e-9'", "--endpoint"]),
        UsageCase(arguments: ["-p", "x", "--endpoint", "rest"], mentions: ["invalid value 'rest' for --endpoint"]),
        UsageCase(arguments: ["-p", "x", "--timeout", "-3"], mentions: ["invalid value '-3' for --timeout"]),
        UsageCase(arguments: ["-p", "x", "--base-url", "ftp://example.com"], mentions: ["invalid --base-url"]),
        UsageCase(arguments: ["-p", "   "], mentions: ["the prompt is empty"]),
        UsageCase(arguments: ["-p", "x", "-i", "missing.png"], mentions: ["input image not found: missing.png"]),
        UsageCase(
            arguments: ["-i", "in.png", "a cute cat", "-p", "x"], mentions: ["input image not found: a cute cat"]),
        UsageCase(arguments: ["-p", "x", "-i", "notimage.png"], mentions: ["not a PNG, JPEG or WebP image"]),
        UsageCase(arguments: ["-p", "x", "-i", "inputs"], mentions: ["not a regular file"]),
        UsageCase(
            arguments: ["-p", "x", "-i", "in.png", "in.png", "in.png", "in.png", "in.png", "in.png"],
            mentions: ["too many input images: 6"]),
    ]

    @Test("usage and input errors: exit 2, nothing sent, nothing written", arguments: usageCases)
    func usageErrors(testCase: UsageCase) throws {
        let scenario = try Scenario()
        try scenario.write(TestImages.png(width: 8, height: 8), to: "in.png")
        try scenario.write(Data("GIF89a...".utf8), to: "notimage.png")
        try scenario.write(Data(), to: "inputs/.keep")
        let result = try scenario.run(testCase.arguments)
        scenario.expectFailure(result, exitCode: 2, mentions: testCase.mentions)
        #expect(scenario.gateway.requests.isEmpty, "nothing may be sent")
    }

    @Test func inputOverFiftyMegabytesIsRefused() throws {
        let scenario = try Scenario()
        let url = scenario.folder.appendingPathComponent("in.png")
        try TestImages.png(width: 8, height: 8).write(to: url)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 51 * 1024 * 1024)
        try handle.close()
        let result = try scenario.run(["-p", "x", "-i", "in.png"])
        scenario.expectFailure(result, exitCode: 2, mentions: ["input image is too large"])
        #expect(scenario.gateway.requests.isEmpty)
    }

    @Test func missingKeyGivesTheThreeHintsAndExit3() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["-p", "x"], environment: ["APIYI_API_KEY": nil])
        scenario.expectFailure(
            result, exitCode: 3,
            mentions: ["APIYI_API_KEY is not set", "https://api.apiyi.com", "export APIYI_API_KEY", "-k/--api-key"])
        #expect(scenario.gateway.requests.isEmpty)
    }

    @Test func usageErrorsComeBeforeTheMissingKey() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["-p", "x", "-s", "nope"], environment: ["APIYI_API_KEY": nil])
        #expect(result.exitCode == 2)
    }

    struct HTTPCase: Sendable, CustomTestStringConvertible {
        let status: Int
        let response: FakeResponse
        let mentions: [String]
        var testDescription: String { "HTTP \(status)" }
    }

    static let httpCases: [HTTPCase] = [
        HTTPCase(
            status: 401, response: .error(status: 401, message: "Invalid token", code: "invalid_api_key"),
            mentions: ["HTTP 401: Invalid token", "api code: invalid_api_key", "request id: req-1", "APIYI_API_KEY"]),
        HTTPCase(
            status: 403, response: .error(status: 403, message: "model not allowed for this group"),
            mentions: ["HTTP 403: model not allowed", "token group"]),
        HTTPCase(
            status: 404, response: .error(status: 404, message: "Invalid URL (POST /v1/x)"),
            mentions: ["HTTP 404", "--base-url"]),
        HTTPCase(
            status: 413, response: .error(status: 413, message: "openai_error", code: "bad_response_status_code"),
            mentions: ["HTTP 413", "smaller input images"]),
        HTTPCase(
            status: 429, response: .error(status: 429, message: "当前分组上游负载已饱和，请稍后再试"),
            mentions: ["HTTP 429: 当前分组上游负载已饱和", "wait a minute"]),
        HTTPCase(
            status: 500, response: .error(status: 500, message: "upstream error"),
            mentions: ["HTTP 500: upstream error", "try again in a minute"]),
        HTTPCase(
            status: 502,
            response: .html(
                status: 502,
                "<html><head><title>502 Bad Gateway</title></head><body>"
                    + "<center><h1>502 Bad Gateway</h1></center><hr>"
                    + "<center>nginx/1.18.0</center></body></html>"),
            mentions: ["HTTP 502: 502 Bad Gateway", "nginx/1.18.0"]),
        HTTPCase(
            status: 500, response: .error(status: 500, message: "没有按照预期生成图片，请重新调整提示词后重试（traceid: t1）"),
            mentions: ["没有按照预期生成图片", "change the prompt"]),
        HTTPCase(
            status: 400,
            response: .error(
                status: 400, message: "Unknown parameter: 'response_format'.",
                code: "unknown_parameter"),
            mentions: ["Unknown parameter: 'response_format'", "unknown_parameter"]),
    ]

    @Test("HTTP errors: exit 1 with status, message, code and request id", arguments: httpCases)
    func httpErrors(testCase: HTTPCase) throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(testCase.response)
        let result = try scenario.run(["-p", "x", "-f", "x.png", "--retries", "0"])
        scenario.expectFailure(result, exitCode: 1, mentions: testCase.mentions)
        #expect(!result.stderr.contains("<html>"))
        #expect(scenario.gateway.requests.count == 1)
    }

    @Test func textOnlyChatReplyShowsTheModelsText() throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(.chat(content: "I'm sorry, I can only help with image descriptions."))
        let result = try scenario.run(["-p", "x", "-f", "x.png"])
        scenario.expectFailure(
            result, exitCode: 1,
            mentions: ["answered with text instead of an image", "only help with image descriptions"])
    }

    @Test func malformedJSONIsABadResponse() throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(.rawJSON("{\"data\": [ {\"b64_json\": "))
        let result = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-f", "x.png"])
        scenario.expectFailure(result, exitCode: 1, mentions: ["not the JSON gen-image expects"])
    }

    @Test func b64ThatIsNotAnImageIsRefused() throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(.imagesB64(TestImages.notAnImage(count: 500)))
        let result = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-f", "x.png"])
        scenario.expectFailure(result, exitCode: 1, mentions: ["not a PNG, JPEG or WebP image"])
    }

    @Test func failedDownloadStillPrintsTheURL() throws {
        let scenario = try Scenario()
        let url = scenario.gateway.url("/files/expired.png")
        scenario.gateway.enqueue(.chat(content: "![image](\(url))"))
        let result = try scenario.run(["-p", "x", "-f", "x.png"])
        scenario.expectFailure(result, exitCode: 1, mentions: ["HTTP 404", "image URL: \(url)"])
    }

    @Test func urlServingHTMLIsNotSaved() throws {
        let scenario = try Scenario()
        let url = scenario.gateway.serve(
            Data("<html>login</html>".utf8), at: "/files/page.png", contentType: "text/html")
        scenario.gateway.enqueue(.imagesURL(url))
        let result = try scenario.run(["-p", "x", "-m", "gpt-image-2-vip", "-f", "x.png"])
        scenario.expectFailure(result, exitCode: 1, mentions: ["not a PNG, JPEG or WebP", url])
    }

    @Test func deadlineIsEnforcedAndSaidInWords() throws {
        let scenario = try Scenario()
        var slow = FakeResponse.chat(content: "![i](https://x.test/a.png)")
        slow.delay = 10
        scenario.gateway.enqueue(slow)
        let started = Date()
        let result = try scenario.run(["-p", "x", "-f", "x.png", "--timeout", "1.2"])
        #expect(Date().timeIntervalSince(started) < 6)
        scenario.expectFailure(result, exitCode: 1, mentions: ["within 1.2 s", "--timeout"])
        #expect(!result.stderr.contains("-1001"))
    }

    /// libcurl's own timer only measures silence; a server sending a byte every 0.1 s would never trip it.
    @Test func deadlineHoldsAgainstATricklingServer() throws {
        let scenario = try Scenario()
        var trickling = FakeResponse.chat(content: "![i](https://x.test/a.png)")
        trickling.bodyMode = .trickle(bytesPerChunk: 1, interval: 0.1)
        scenario.gateway.enqueue(trickling)
        let started = Date()
        let result = try scenario.run(["-p", "x", "-f", "x.png", "--timeout", "1.5"])
        #expect(Date().timeIntervalSince(started) < 6)
        scenario.expectFailure(result, exitCode: 1, mentions: ["within 1.5 s"])
    }

    struct BrokenBody: Sendable, CustomTestStringConvertible {
        let mode: FakeResponse.BodyMode
        let mentions: [String]
        let testDescription: String
    }

    static let brokenBodies: [BrokenBody] = [
        BrokenBody(mode: .resetAfter(bytes: 100), mentions: ["127.0.0.1"], testDescription: "connection reset"),
        BrokenBody(
            mode: .truncated(sendBytes: 100), mentions: ["was cut off before it was complete"],
            testDescription: "cut off"),
    ]

    @Test("a reply broken mid-body is an error in words", arguments: brokenBodies)
    func brokenReplyBody(broken: BrokenBody) throws {
        let scenario = try Scenario()
        var reply = FakeResponse.imagesB64(TestImages.png(width: 256, height: 256))
        reply.bodyMode = broken.mode
        scenario.gateway.enqueue(reply)
        let result = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-f", "x.png"])
        scenario.expectFailure(result, exitCode: 1, mentions: broken.mentions)
        #expect(!result.stderr.contains("NSURLErrorDomain"))
    }

    @Test func connectionRefusedIsSaidInWords() throws {
        let scenario = try Scenario()
        let port = scenario.gateway.port
        scenario.gateway.shutdown()
        let result = try scenario.run(
            ["-p", "x", "-f", "x.png"],
            environment: [
                "GEN_IMAGE_BASE_URL": "http://127.0.0.1:\(port)/v1"
            ])
        scenario.expectFailure(result, exitCode: 1, mentions: ["could not connect to 127.0.0.1:\(port)"])
    }

    @Test func keyGivenWithFlagIsUsedAndNeverPrinted() throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(.error(status: 401, message: "Invalid token", code: "invalid_api_key"))
        let result = try scenario.run(["-p", "x", "-k", "sk-flag-SECRET-123"], environment: ["APIYI_API_KEY": nil])
        scenario.expectFailure(result, exitCode: 1, mentions: ["HTTP 401"])
        #expect(scenario.gateway.requests.first?.header("Authorization") == "Bearer sk-flag-SECRET-123")
        #expect(!result.stderr.contains("sk-flag-SECRET-123"))
    }
}
