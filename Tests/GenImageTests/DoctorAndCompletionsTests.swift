import FakeGateway
import Foundation
import Testing

@testable import gen_image

/// `gen-image doctor` against the fake gateway and a closed port, and `gen-image completions` loaded in bash.
@Suite("Doctor and completions, end to end")
struct DoctorAndCompletionsTests {
    @Test func doctorPassesAgainstTheFakeGateway() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["doctor"])
        #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
        let lines = result.stdoutLines
        #expect(lines.map { String($0.prefix(6)) } == Array(repeating: "ok    ", count: 6), "\(lines)")
        #expect(lines.first == "ok    key: sk-…3a9c (from APIYI_API_KEY)")
        #expect(lines.contains("ok    DNS: 127.0.0.1 → 127.0.0.1"))
        #expect(result.stderr.contains("all 6 checks passed"))
        #expect(!(result.stdout + result.stderr).contains(CLIRunner.markerKey))
        #expect(scenario.gateway.requests(to: "/v1/models").count == 1)
    }

    @Test func doctorFailsOnAClosedPortAndWithoutAKey() throws {
        let scenario = try Scenario()
        let port = scenario.gateway.port
        scenario.gateway.shutdown()
        let result = try scenario.run(
            ["doctor"], environment: ["APIYI_API_KEY": nil, "GEN_IMAGE_BASE_URL": "http://127.0.0.1:\(port)/v1"])
        #expect(result.exitCode == 1)
        #expect(result.stdoutLines.first?.hasPrefix("fail  key: APIYI_API_KEY is not set → get a key at") == true)
        #expect(result.stdoutLines.last?.hasPrefix("fail  connection: could not connect to 127.0.0.1:\(port)") == true)
        #expect(result.stderr.contains("2 of 5 checks failed"), "\(result.stderr)")
    }

    @Test func doctorRefusesAnUnsafeBaseURLAndBadFlags() throws {
        let scenario = try Scenario()
        let unsafe = try scenario.run(["doctor", "--base-url", "http://api.example.test/v1"])
        #expect(unsafe.exitCode == 1)
        #expect(unsafe.stdoutLines.last?.hasPrefix("fail  base URL: refusing to send the API key") == true)
        let bad = try scenario.run(["doctor", "-p", "x"])
        #expect(bad.exitCode == 2)
        #expect(bad.stderr.contains("unknown option '-p'"), "\(bad.stderr)")
        #expect(scenario.gateway.requests.isEmpty)
    }

    /// Loads the script in a real bash and asks it to complete, the way bash does on Tab.
    func complete(_ words: [String]) throws -> [String] {
        let scenario = try Scenario()
        let script = try scenario.run(["completions", "bash"])
        try scenario.write(Data(script.stdout.utf8), to: "completion.bash")
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let command = """
            source completion.bash
            COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1)
            _gen_image
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let result = try CLIRunner.run(
            ["-c", command], in: scenario.folder, executable: URL(fileURLWithPath: "/bin/bash"))
        #expect(result.exitCode == 0, "\(result.stderr)")
        return result.stdoutLines.filter { !$0.isEmpty }
    }

    @Test func bashCompletionLoadsAndCompletes() throws {
        #expect(
            try complete(["gen-image", "-m", ""]) == ["gpt-image-2-all", "gpt-image-2", "gpt-image-2-vip", "gpt-5.5"])
        #expect(try complete(["gen-image", "--endpoint", "r"]) == ["responses"])
        #expect(try complete(["gen-image", "--moderation", ""]) == ["auto", "low"])
        #expect(try complete(["gen-image", "--background", ""]) == ["auto", "opaque", "transparent"])
        #expect(try complete(["gen-image", "--qu"]).sorted() == ["--quality", "--quiet"])
        #expect(try complete(["gen-image", "-q", "h"]) == ["high"])
        #expect(try complete(["gen-image", "--provider", "o"]) == ["openai"])
        #expect(Set(try complete(["gen-image", ""])) == Set(SubcommandTable.all.map(\.name)))
        #expect(try complete(["gen-image", "mcp", "--out"]) == ["--out-dir"])
        #expect(try complete(["gen-image", "batch", "jobs.json", "--fail"]) == ["--fail-fast"])
        #expect(try complete(["gen-image", "--aspect", "1"]) == ["1:1", "16:9"])
    }

    @Test("each script is generated from the tables", arguments: ["bash", "zsh", "fish"])
    func scripts(shell: String) throws {
        let scenario = try Scenario()
        let result = try scenario.run(["completions", shell])
        #expect(result.exitCode == 0)
        let script = result.stdout
        for spelling in ["--prompt", "--input-image", "--retries", "--aspect", "--concurrency", "--fail-fast"] {
            let name = shell == "fish" ? "-l \(spelling.dropFirst(2))" : spelling
            #expect(script.contains(name), "\(shell) lacks \(spelling)")
        }
        if shell == "bash" {
            try scenario.write(Data(script.utf8), to: "completion.bash")
            let check = try CLIRunner.run(
                ["-n", "completion.bash"], in: scenario.folder, executable: URL(fileURLWithPath: "/bin/bash"))
            #expect(check.exitCode == 0, "bash -n: \(check.stderr)")
        }
    }

    @Test func descriptionsFollowTheLanguage() throws {
        let scenario = try Scenario()
        let english = try scenario.run(["completions", "fish"])
        let chinese = try scenario.run(["completions", "fish", "--lang", "zh"])
        #expect(chinese.exitCode == 0, "\(chinese.stderr)")
        #expect(english.stdout.contains("-l prompt"))
        #expect(chinese.stdout.contains("-l prompt"))
        #expect(english.stdout != chinese.stdout)
        #expect(chinese.stdout.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })
    }

    @Test func completionsNeedsAKnownShell() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["completions", "powershell"])
        scenario.expectFailure(result, exitCode: 2, mentions: ["unknown shell 'powershell'", "bash, zsh, fish"])
    }
}
