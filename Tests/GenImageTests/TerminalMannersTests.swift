import FakeGateway
import Foundation
import Testing

@testable import gen_image

/// Colour and redrawn lines only when stderr is a terminal and NO_COLOR is unset; plain lines otherwise.
@Suite("Terminal manners")
struct TerminalMannersTests {
    @Test func interactiveOnlyOnATerminalWithoutNoColor() {
        #expect(Terminal(stderrIsTerminal: true, environment: ["TERM": "xterm"]).stderrIsInteractive)
        #expect(!Terminal(stderrIsTerminal: false, environment: ["TERM": "xterm"]).stderrIsInteractive)
        #expect(!Terminal(stderrIsTerminal: true, environment: ["TERM": "xterm", "NO_COLOR": "1"]).stderrIsInteractive)
        #expect(!Terminal(stderrIsTerminal: true, environment: ["TERM": "dumb"]).stderrIsInteractive)
        #expect(Terminal(stderrIsTerminal: true, environment: ["TERM": "xterm", "NO_COLOR": ""]).stderrIsInteractive)
    }

    @Test func noEscapeCodesWhenStderrIsNotATerminal() throws {
        let scenario = try Scenario()
        scenario.delayReplies(by: 0.5)
        let success = try scenario.run(["-p", "x", "-f", "x.png"], environment: ["TERM": "xterm-256color"])
        #expect(success.exitCode == 0)
        #expect(success.stderr.contains("still waiting"))
        let failure = try scenario.run(["-p", "x", "-s", "bad"], environment: ["TERM": "xterm-256color"])
        #expect(failure.exitCode == 2)
        for output in [success.stderr, success.stdout, failure.stderr] {
            #expect(!output.contains("\u{1B}["), "escape codes in: \(output.debugDescription)")
            #expect(!output.contains("\r"))
        }
    }

    /// Runs gen-image under `script`, which gives it a pseudo-terminal as a person's shell would.
    func onATerminal(_ arguments: [String], _ scenario: Scenario, environment: [String: String?] = [:]) throws
        -> CLIResult
    {
        let command = ([CLIRunner.binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        var env: [String: String?] = [
            "GEN_IMAGE_BASE_URL": scenario.gateway.baseURL, "GEN_IMAGE_PROGRESS_INTERVAL": "0.2", "TERM": "xterm",
        ]
        env.merge(environment) { _, new in new }
        return try CLIRunner.run(
            ["-qfec", command, "/dev/null"], in: scenario.folder, environment: env,
            executable: URL(fileURLWithPath: "/usr/bin/script"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func colourOnATerminalUnlessNoColor() throws {
        let scenario = try Scenario()
        let coloured = try onATerminal(["-p", "x", "-s", "bad"], scenario)
        #expect(
            coloured.stdout.contains("\u{1B}[31mgen-image: error [invalid_argument]: invalid size 'bad'"),
            "\(coloured.stdout)")

        scenario.delayReplies(by: 0.6)
        let plain = try onATerminal(["-p", "x", "-f", "plain.png"], scenario, environment: ["NO_COLOR": "1"])
        #expect(plain.exitCode == 0)
        #expect(!plain.stdout.contains("\u{1B}["), "\(plain.stdout.debugDescription)")
        #expect(plain.stdout.contains("still waiting"), "plain progress lines instead of redraws")
        let badColour = try onATerminal(["-p", "x", "-s", "bad"], scenario, environment: ["NO_COLOR": "yes"])
        #expect(!badColour.stdout.contains("\u{1B}["))
    }

    /// Warnings are yellow in either language: the terminal colours a line by the severity it is given with it
    /// (issue 26, point 4), never by reading its words.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func warningsAreYellowInEitherLanguage() throws {
        let scenario = try Scenario()
        var large = TestImages.png(width: 64, height: 64)
        large.append(Data(count: 11_000_000 - large.count))
        try scenario.write(large, to: "a.png")
        for language in ["en", "zh"] {
            let result = try onATerminal(["-p", "x", "-i", "a.png", "--dry-run", "--lang", language], scenario)
            #expect(result.exitCode == 0, "\(result.stdout)")
            let label = language == "en" ? "gen-image: warning: " : "gen-image: 警告："
            #expect(result.stdout.contains("\u{1B}[33m" + label), "\(result.stdout.debugDescription)")
        }
    }

    /// A batch file's problems are an error, and their first line is red in either language; the problems
    /// under it and a note are not coloured.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func severityDecidesTheColourOfEveryKindOfLine() throws {
        let scenario = try Scenario()
        try scenario.write(Data(#"{"prompts": [{"prompt": "a", "quality": "ultra"}]}"#.utf8), to: "jobs.json")
        for (language, start) in [
            ("en", "gen-image: error [invalid_argument]: jobs.json"),
            ("zh", "gen-image: 错误 [invalid_argument]：jobs.json"),
        ] {
            let result = try onATerminal(["batch", "jobs.json", "--lang", language], scenario)
            #expect(result.exitCode == 2, "\(result.stdout)")
            #expect(result.stdout.contains("\u{1B}[31m" + start), "\(result.stdout.debugDescription)")
            #expect(
                !result.stdout.contains("\u{1B}[31m  "),
                "the problems under it are plain: \(result.stdout.debugDescription)")
        }
        let noted = try onATerminal(["-p", "x", "-s", "1536x1024", "--dry-run"], scenario)
        #expect(noted.exitCode == 0, "\(noted.stdout)")
        #expect(noted.stdout.contains("gen-image: note: "), "\(noted.stdout.debugDescription)")
        #expect(
            !noted.stdout.contains("\u{1B}[33mgen-image: note") && !noted.stdout.contains("\u{1B}[31mgen-image: note"))
    }
}
