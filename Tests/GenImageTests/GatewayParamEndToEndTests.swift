import FakeGateway
import Foundation
import Testing

/// Issue 26, point 2: the facts of an error reach the edge. The gateway's `param` names the setting it blames,
/// spelled as the user set it (`-s/--size` on a command line, `"size"` in a batch file), and `--json` carries
/// `setting`, `model`, `allowed`, `retry_after_s`, `remedy` and `api_param` beside the words.
@Suite("The gateway's param and an error's facts reach the edge")
struct GatewayParamEndToEndTests {
    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text)")
    }

    static let badSize = FakeResponse.error(
        status: 400, message: "Invalid value for size", code: "invalid_value", param: "size")

    @Test func aCommandLineUserIsToldAboutTheFlagInBothLanguages() throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(Self.badSize)
        let english = try scenario.run(["-p", "a cat", "-f", "cat.png", "-m", "gpt-image-2", "-s", "1024x1024"])
        #expect(english.exitCode == 1, "\(english.stderr)")
        #expect(
            english.stderr.contains(
                "the gateway rejected the value of -s/--size; check it, or choose another model with -m"),
            "\(english.stderr)")
        #expect(!english.stderr.contains("check the flags"), "\(english.stderr)")
        #expect(english.stderr.contains("api param: size"), "\(english.stderr)")

        scenario.gateway.enqueue(Self.badSize)
        let chinese = try scenario.run(
            ["-p", "a cat", "-f", "cat.png", "-m", "gpt-image-2", "-s", "1024x1024", "--lang", "zh"])
        #expect(chinese.stderr.contains("网关拒绝了 -s/--size 的值；请检查它，或用 -m 选择其他模型"), "\(chinese.stderr)")
        #expect(chinese.stderr.contains("接口参数：size"), "\(chinese.stderr)")
    }

    @Test func jsonCarriesTheSettingTheRemedysKindAndTheGatewaysWord() throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(
            .error(status: 400, message: "Invalid image", code: "invalid_value", param: "image[]"))
        let input = try scenario.write(TestImages.png(width: 8, height: 8), to: "in.png")
        let result = try scenario.run(
            ["-p", "make it blue", "-i", input, "-f", "out.png", "-m", "gpt-image-2", "--json"])
        #expect(result.exitCode == 1, "\(result.stderr)")
        let error = try #require(try Self.object(result.stdout)["error"] as? [String: Any])
        #expect(error["setting"] as? String == "input_images", "\(error)")
        #expect(error["api_param"] as? String == "image[]", "\(error)")
        #expect(error["remedy"] as? String == "check_setting", "\(error)")
        #expect(error["severity"] as? String == "error", "\(error)")
        #expect((error["hint"] as? String)?.hasPrefix("the gateway rejected the value of -i/--input-image") == true)
        // The keys an agent already reads keep their values.
        #expect(error["code"] as? String == "http_error")
        #expect(error["http_status"] as? Double == 400)
        #expect(error["api_code"] as? String == "invalid_value")
        // Facts nobody knows are present, as null.
        #expect(error["model"] is NSNull && error["allowed"] is NSNull && error["retry_after_s"] is NSNull)
    }

    @Test func aParameterTheModelDoesNotTakeIsToBeDropped() throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(
            .error(status: 400, message: "Unknown parameter: 'quality'.", code: "unknown_parameter", param: "quality"))
        let result = try scenario.run(
            ["-p", "a cat", "-f", "cat.png", "-m", "gpt-image-2", "-q", "high", "--json"])
        let error = try #require(try Self.object(result.stdout)["error"] as? [String: Any])
        #expect(error["setting"] as? String == "quality", "\(error)")
        #expect(error["remedy"] as? String == "drop_or_choose_model", "\(error)")
        #expect((error["hint"] as? String)?.contains("-q/--quality") == true, "\(error)")
    }

    @Test func aParamGenImageDoesNotSetIsKeptAsTheGatewaysWord() throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(
            .error(status: 400, message: "Unknown parameter: 'seed'.", code: "unknown_parameter", param: "seed"))
        let plain = try scenario.run(["-p", "a cat", "-f", "cat.png", "-m", "gpt-image-2"])
        #expect(plain.stderr.contains("api param: seed"), "\(plain.stderr)")
        #expect(plain.stderr.contains("drop the flag named above"), "the general hint stays: \(plain.stderr)")
        scenario.gateway.enqueue(
            .error(status: 400, message: "Unknown parameter: 'seed'.", code: "unknown_parameter", param: "seed"))
        let json = try scenario.run(["-p", "a cat", "-f", "cat.png", "-m", "gpt-image-2", "--json"])
        let error = try #require(try Self.object(json.stdout)["error"] as? [String: Any])
        #expect(error["setting"] is NSNull, "\(error)")
        #expect(error["api_param"] as? String == "seed", "\(error)")
        #expect(error["remedy"] as? String == "advice", "\(error)")
    }

    @Test func aCheckBeforeSendingNamesTheModelAndWhatItAllows() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["-p", "a cat", "-m", "gpt-image-2", "-q", "ultra", "--json"])
        #expect(result.exitCode == 2, "\(result.stderr)")
        let error = try #require(try Self.object(result.stdout)["error"] as? [String: Any])
        #expect(error["setting"] as? String == "quality", "\(error)")
        #expect(error["model"] as? String == "gpt-image-2", "\(error)")
        #expect(error["allowed"] as? [String] == ["auto", "low", "medium", "high"], "\(error)")
        #expect(error["remedy"] as? String == "use_values", "\(error)")
        #expect(scenario.gateway.requests.isEmpty)
    }

    @Test func theWaitTheGatewayAskedForIsAFact() throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(
            FakeResponse(
                status: 429, headers: [("Content-Type", "application/json"), ("Retry-After", "7")],
                body: Data(#"{"error":{"message":"busy","code":"rate_limit_exceeded"}}"#.utf8)))
        let result = try scenario.run(["-p", "a cat", "-f", "cat.png", "--retries", "0", "--json"])
        let error = try #require(try Self.object(result.stdout)["error"] as? [String: Any])
        #expect(error["code"] as? String == "rate_limited", "\(error)")
        #expect(error["retry_after_s"] as? Double == 7, "\(error)")
    }

    @Test func aBatchUserIsToldAboutTheFieldAndTheReportCarriesTheFacts() throws {
        let scenario = try Scenario()
        try scenario.write(
            Data(
                #"{"prompts": [{"prompt": "a", "filename": "a.png", "model": "gpt-image-2", "size": "1024x1024"}]}"#
                    .utf8),
            to: "jobs.json")
        scenario.gateway.enqueue(Self.badSize)
        let plain = try scenario.run(["batch", "jobs.json", "--retries", "0"])
        #expect(plain.exitCode == 4, "\(plain.stderr)")
        #expect(plain.stderr.contains(#"the gateway rejected the value of "size""#), "\(plain.stderr)")
        #expect(!plain.stderr.contains("-s/--size"), "\(plain.stderr)")

        scenario.gateway.enqueue(Self.badSize)
        let json = try scenario.run(["batch", "jobs.json", "--retries", "0", "--json"])
        let report = try Self.object(json.stdout)
        let job = try #require((report["jobs"] as? [[String: Any]])?.first)
        let error = try #require(job["error"] as? [String: Any], "\(job)")
        #expect(error["setting"] as? String == "size", "\(error)")
        #expect(error["api_param"] as? String == "size", "\(error)")
        #expect(error["remedy"] as? String == "check_setting", "\(error)")
        #expect((error["hint"] as? String)?.hasPrefix("the gateway rejected the value of size") == true, "\(error)")
        #expect(error["code"] as? String == "http_error" && error["http_status"] as? Double == 400)
    }

    /// Issue 26, point 4: each warning in `--json` says its severity, the one the terminal colours by.
    @Test func eachWarningCarriesItsSeverity() throws {
        let scenario = try Scenario()
        var large = TestImages.png(width: 64, height: 64)
        large.append(Data(count: 11_000_000 - large.count))
        try scenario.write(large, to: "a.png")
        let result = try scenario.run(["-p", "x", "-i", "a.png", "-f", "out.png", "--json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let warnings = try #require(try Self.object(result.stdout)["warnings"] as? [[String: Any]])
        #expect(!warnings.isEmpty, "\(result.stdout)")
        for warning in warnings { #expect(warning["severity"] as? String == "warning", "\(warning)") }
    }
}
