import FakeGateway
import Foundation
import Testing

/// Issue 21, points 1 and 2: an agent reads the stable code on the plain error line (no second, billable run
/// with `--json`), a refusal is named `refused` with the model's own words, and the `生成图片：` hint appears only
/// where it can help.
@Suite("Errors an agent can act on")
struct AgentErrorsEndToEndTests {
    /// The first error line of stderr.
    static func errorLine(_ result: CLIResult) -> String {
        result.stderr.split(separator: "\n").first { $0.hasPrefix("gen-image: error") || $0.hasPrefix("gen-image: 错误") }
            .map(String.init) ?? ""
    }

    @Test func theCodeIsOnThePlainErrorLineInBothLanguages() throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(.error(status: 401, message: "Invalid token"))
        let english = try scenario.run(["-p", "a cat", "-f", "cat.png"])
        #expect(english.exitCode == 1)
        #expect(Self.errorLine(english).hasPrefix("gen-image: error [auth_failed]: "), "\(english.stderr)")
        scenario.gateway.enqueue(.error(status: 401, message: "Invalid token"))
        let chinese = try scenario.run(["-p", "a cat", "-f", "cat.png", "--lang", "zh"])
        #expect(Self.errorLine(chinese).hasPrefix("gen-image: 错误 [auth_failed]："), "\(chinese.stderr)")
        // The same code --json gives.
        scenario.gateway.enqueue(.error(status: 401, message: "Invalid token"))
        let json = try scenario.run(["-p", "a cat", "-f", "cat.png", "--json"])
        let envelope = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((envelope?["error"] as? [String: Any])?["code"] as? String == "auth_failed")

        let usage = try scenario.run(["-p", "a cat", "-s", "big"])
        #expect(usage.exitCode == 2)
        #expect(Self.errorLine(usage).hasPrefix("gen-image: error [invalid_argument]: "), "\(usage.stderr)")
        let missing = try scenario.run(["-p", "a cat"], environment: ["APIYI_API_KEY": nil, "LANG": "zh_CN.UTF-8"])
        #expect(missing.exitCode == 3)
        #expect(Self.errorLine(missing).hasPrefix("gen-image: 错误 [auth_missing]："), "\(missing.stderr)")
    }

    @Test func aBatchItemsFailureCarriesItsCode() throws {
        let scenario = try Scenario()
        try scenario.write(Data(#"{"prompts": [{"prompt": "a", "filename": "a.png"}]}"#.utf8), to: "jobs.json")
        scenario.gateway.enqueue(.error(status: 403, message: "not allowed"))
        let result = try scenario.run(["batch", "jobs.json", "--retries", "0"])
        #expect(result.exitCode == 4, "\(result.stderr)")
        #expect(result.stderr.contains("[1/1] failed [forbidden]: "), "\(result.stderr)")
    }

    @Test(arguments: [
        ("I can't create that image because it shows a trademarked logo.", "en"),
        ("我无法生成这张图片，因为它包含受商标保护的标志。", "zh"),
    ])
    func aRefusalIsNamedWithTheModelsWords(words: String, language: String) throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(.chat(content: words))
        let result = try scenario.run(["-p", "生成图片：某品牌的标志", "-f", "logo.png", "--lang", language])
        #expect(result.exitCode == 1)
        #expect(result.stdout.isEmpty)
        let line = Self.errorLine(result)
        #expect(line.contains("[refused]"), "\(result.stderr)")
        #expect(line.contains(words), "the model's words are shown: \(line)")
        #expect(!result.stderr.contains("生成图片：\" or"), "no prefix hint for a refusal: \(result.stderr)")
        #expect(!result.stderr.contains("may still be billed") && !result.stderr.contains("仍可能计费"))
        #expect(scenario.gateway.requests.count == 1, "a refusal is not retried")

        scenario.gateway.enqueue(.chat(content: words))
        let json = try scenario.run(["-p", "生成图片：某品牌的标志", "-f", "logo.png", "--json"])
        let envelope = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let error = try #require(envelope["error"] as? [String: Any])
        #expect(error["code"] as? String == "refused")
        // The wording about cost agrees with cost_usd: null.
        #expect(envelope["cost_usd"] is NSNull)
        #expect((error["hint"] as? String)?.contains("no cost is counted") == true, "\(error)")
    }

    @Test func aRefusalIsCappedAndLosesControlCharacters() throws {
        let scenario = try Scenario()
        let long =
            "I cannot make this image.\u{1B}[2J\u{1B}]0;pwned\u{07}\r\n" + String(repeating: "Because. ", count: 200)
        scenario.gateway.enqueue(.chat(content: long))
        let result = try scenario.run(["-p", "a logo", "-f", "logo.png", "--json"])
        #expect(result.exitCode == 1)
        #expect(!result.stderr.contains("\u{1B}") && !result.stderr.contains("\u{07}") && !result.stderr.contains("\r"))
        #expect(!result.stdout.contains("\\u001b"), "\(result.stdout)")
        let line = Self.errorLine(result)
        #expect(line.contains("[refused]: the model refused: I cannot make this image.[2J]0;pwned Because."), "\(line)")
        #expect(line.contains("more characters not shown"), "capped: \(line)")
        #expect(line.count < 450, "\(line.count)")
    }

    @Test func thePrefixHintOnlyWhenThePromptLacksIt() throws {
        let scenario = try Scenario()
        let describing = "This would be a calm lake at dawn with mist over the water."
        scenario.gateway.enqueue(.chat(content: describing))
        let bare = try scenario.run(["-p", "a calm lake at dawn", "-f", "lake.png"])
        #expect(bare.exitCode == 1)
        #expect(Self.errorLine(bare).hasPrefix("gen-image: error [no_image_in_reply]: "), "\(bare.stderr)")
        #expect(bare.stderr.contains("start the prompt with \"生成图片：\""), "\(bare.stderr)")
        #expect(bare.stderr.contains("no cost is counted"))

        scenario.gateway.enqueue(.chat(content: describing))
        let prefixed = try scenario.run(["-p", "生成图片：a calm lake at dawn", "-f", "lake.png"])
        #expect(prefixed.exitCode == 1)
        #expect(Self.errorLine(prefixed).contains("[no_image_in_reply]"))
        #expect(!prefixed.stderr.contains("start the prompt with"), "\(prefixed.stderr)")
        #expect(prefixed.stderr.contains("the prompt already asks for an image"), "\(prefixed.stderr)")

        scenario.gateway.enqueue(.chat(content: describing))
        let chinese = try scenario.run(["-p", "生成图片：湖", "-f", "lake.png", "--lang", "zh"])
        #expect(!chinese.stderr.contains("开头"), "\(chinese.stderr)")
        #expect(chinese.stderr.contains("提示词已经明确要求生成图片"), "\(chinese.stderr)")
    }
}
