import FakeGateway
import Foundation
import Testing

/// `--aspect` end to end: what each model receives.
@Suite("Aspect, end to end")
struct AspectEndToEndTests {
    @Test func chatModelGetsThePhraseAndTheFileIsNamedFromThePrompt() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["-p", "日落山脉", "--aspect", "16:9"])
        let saved = scenario.expectSaved(result)
        let body = try #require(scenario.gateway.requests(to: "/v1/chat/completions").first?.jsonBody)
        let messages = try #require(body["messages"] as? [[String: Any]])
        #expect(messages.first?["content"] as? String == "横版 16:9，日落山脉")
        #expect(saved?.lastPathComponent.contains("日落山脉") == true)
        #expect(saved?.lastPathComponent.contains("横版") == false)
    }

    @Test func sizedModelsGetASize() throws {
        let scenario = try Scenario()
        _ = try scenario.run(["-p", "x", "-m", "gpt-image-2-vip", "--aspect", "9:16", "--resolution", "2k"])
        _ = try scenario.run(["-p", "x", "-m", "gpt-image-2", "--aspect", "21:9", "--resolution", "4K"])
        let sizes = scenario.gateway.requests(to: "/v1/images/generations").map { $0.jsonBody?["size"] as? String }
        #expect(sizes == ["1152x2048", "3808x1632"])
    }

    @Test func badAspectFlagsAreUsageErrors() throws {
        let scenario = try Scenario()
        for (arguments, words) in [
            (["--aspect", "wide"], "invalid value 'wide' for --aspect"),
            (["--resolution", "2k"], "--resolution needs --aspect"),
            (["--aspect", "1:1", "--resolution", "8k"], "invalid value '8k' for --resolution"),
            (["-m", "gpt-image-2-vip", "--aspect", "2:5"], "gpt-image-2-vip has no size of ratio 2:5"),
        ] {
            let result = try scenario.run(["-p", "x"] + arguments)
            scenario.expectFailure(result, exitCode: 2, mentions: [words])
        }
        #expect(scenario.gateway.requests.isEmpty)
    }

    /// The same fact in a batch file names the file's fields, not the command line's flags.
    @Test func aBatchItemIsToldItsFields() throws {
        let scenario = try Scenario()
        try scenario.write(
            Data(#"{"prompts": [{"prompt": "x", "model": "gpt-image-2", "resolution": "2k"}]}"#.utf8),
            to: "inputs/j.json")
        let result = try scenario.run(["batch", "inputs/j.json"])
        scenario.expectFailure(
            result, exitCode: 2,
            mentions: [#""resolution" needs "aspect""#, #"e.g. "aspect" 16:9 "resolution" 2k, or "size" WxH"#])
        #expect(!result.stderr.contains("--resolution") && !result.stderr.contains("-s WxH"), "\(result.stderr)")
        #expect(scenario.gateway.requests.isEmpty)
    }
}
