import FakeGateway
import Foundation
import Testing

/// Issue 21, point 3: options every command takes may come before the subcommand as well as after it, and a
/// mistyped subcommand or option is answered with what was meant, never with a prompt made of the words.
@Suite("Options before the subcommand")
struct OptionsAnywhereEndToEndTests {
    @Test func languageBeforeDoctor() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["--lang", "zh", "doctor"])
        #expect(result.exitCode != 2, "\(result.stderr)")
        #expect(!result.stderr.contains("多余的参数") && !result.stderr.contains("--lang \"zh doctor\""))
        #expect(result.stderr.contains("项检查"), "doctor ran in Chinese: \(result.stderr)")
        let after = try scenario.run(["doctor", "--lang", "zh"])
        #expect(after.exitCode == result.exitCode)
        // The same report, but for the connection's measured time, which varies from run to run.
        func untimed(_ text: String) -> String {
            text.replacingOccurrences(of: #"\d+ ms"#, with: "N ms", options: .regularExpression)
        }
        #expect(untimed(after.stdout) == untimed(result.stdout))
    }

    @Test func quietAndModelBeforeBatch() throws {
        let scenario = try Scenario()
        try scenario.write(Data(#"{"prompts": [{"prompt": "a cat", "filename": "cat.png"}]}"#.utf8), to: "x.json")
        let result = try scenario.run(["--quiet", "-m", "gpt-image-2", "batch", "x.json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("-p \"batch x.json\""))
        #expect(result.stdoutLines == [scenario.folder.appendingPathComponent("cat.png").path])
        #expect(scenario.gateway.requests.map(\.path) == ["/v1/images/generations"], "-m reached the batch")
        #expect(!result.stderr.contains("[1/1] started"), "--quiet reached the batch: \(result.stderr)")
    }

    @Test func helpAndLanguageBeforeSkillAndCompletions() throws {
        let scenario = try Scenario()
        let help = try scenario.run(["--help", "skill"])
        #expect(help.exitCode == 0)
        #expect(help.stdout.contains("USAGE: gen-image skill install"), "\(help.stdout.prefix(300))")
        let script = try scenario.run(["--lang", "zh", "completions", "fish"])
        #expect(script.exitCode == 0, "\(script.stderr)")
        #expect(script.stdout.contains("complete -c gen-image"))
    }

    @Test func anOptionTheSubcommandDoesNotTakeIsNamedByIt() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["-q", "high", "doctor"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("-q"), "\(result.stderr)")
        #expect(result.stderr.contains("gen-image doctor --help"), "\(result.stderr)")
        #expect(!result.stderr.contains("-p \""), "never a prompt made of the words: \(result.stderr)")
    }

    @Test func aMistypedSubcommandAfterOptionsIsNamed() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["--lang", "zh", "bacth", "x.json"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("未知子命令 'bacth'；是不是想用 'batch'？"), "\(result.stderr)")
        #expect(scenario.gateway.requests.isEmpty)
    }

    @Test(arguments: [
        (["promt", "a cat"], "--prompt", #"gen-image --prompt "a cat""#),
        (["prompt", "a red fox"], "--prompt", #"gen-image --prompt "a red fox""#),
        (["--promt", "a cat"], "--prompt", ""),
        (["-p", "a cat", "--sise", "1024x1024"], "--size", ""),
    ])
    func aMistypedOptionGetsADidYouMean(arguments: [String], meant: String, example: String) throws {
        let scenario = try Scenario()
        let result = try scenario.run(arguments)
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("did you mean '\(meant)'"), "\(result.stderr)")
        if !example.isEmpty { #expect(result.stderr.contains(example), "\(result.stderr)") }
        #expect(!result.stderr.contains("-p \"promt"), "\(result.stderr)")
        #expect(scenario.gateway.requests.isEmpty)
    }

    /// A prompt's own words are never taken for a misspelt option.
    @Test func ordinaryWordsStayAPromptMistake() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["a", "cat", "in", "the", "snow"])
        #expect(result.exitCode == 2)
        #expect(!result.stderr.contains("did you mean"), "\(result.stderr)")
    }
}
