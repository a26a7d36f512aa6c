import FakeGateway
import Foundation
import Testing

/// Issue #19, points 5, 8, 9 and 13, end to end: numbers from the environment, tiny timeouts, huge prompts,
/// keys and base URLs with line endings, and arguments that are not UTF-8 are usage errors (exit 2) that name
/// what is wrong, before anything is sent.
@Suite("A careless environment, end to end")
struct CarelessEnvironmentEndToEndTests {
    static let absurd = ["inf", "1e309", "99999999999999999999", "1e-300", "nan", "-1", "abc", "1e5"]

    @Test(
        "absurd numbers in the environment are usage errors naming the variable",
        arguments: ["GEN_IMAGE_PROGRESS_INTERVAL", "GEN_IMAGE_RETRY_DELAY_SCALE"])
    func absurdEnvironmentNumbers(variable: String) throws {
        let scenario = try Scenario()
        try scenario.write(Data(#"{"prompts":[{"prompt":"a"}]}"#.utf8), to: "jobs.json")
        // A vanishing scale is a fine scale (no waits); a vanishing interval would flood stderr.
        for value in Self.absurd where !(variable == "GEN_IMAGE_RETRY_DELAY_SCALE" && value == "1e-300") {
            let started = Date()
            let result = try scenario.run(["-p", "x", "-f", "x.png"], environment: [variable: value])
            #expect(Date().timeIntervalSince(started) < 20)
            #expect(result.exitCode == 2, "\(result.stderr)")
            #expect(result.stderr.contains("invalid value '\(value)' for \(variable)"), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count < 6, "\(result.stderr)")
            let json = try scenario.run(["-p", "x", "--json", "--dry-run"], environment: [variable: value])
            #expect(json.exitCode == 2)
            #expect(json.stdout.contains("\"invalid_argument\""), "\(json.stdout)")
            let batch = try scenario.run(["batch", "jobs.json"], environment: [variable: value])
            #expect(batch.exitCode == 2, "\(batch.stderr)")
            #expect(batch.stderr.contains(variable), "\(batch.stderr)")
        }
        #expect(scenario.gateway.requests.isEmpty)
        // Values inside the bounds still work.
        let fine = try scenario.run(["-p", "x", "-f", "ok.png"], environment: [variable: "0.5"])
        scenario.expectSaved(fine)
    }

    @Test("a timeout under a second is a usage error", arguments: ["--timeout", "--max-time"])
    func tinyTimeouts(option: String) throws {
        let scenario = try Scenario()
        for value in ["0.5", "0.999", "1e-9"] {
            let result = try scenario.run(["-p", "x", "-f", "x.png", option, value])
            scenario.expectFailure(
                result, exitCode: 2, mentions: ["invalid value '\(value)' for \(option)", "at least 1 s"])
        }
        #expect(scenario.gateway.requests.isEmpty)
    }

    // MARK: - Point 8: a bounded prompt

    @Test func aPromptPastTheLimitOnStdinIsRefusedWithoutReadingItAll() throws {
        let scenario = try Scenario()
        // 40 MB through a shell pipeline: gen-image stops reading after 128 KB, and the writer gets SIGPIPE.
        func piped(_ arguments: String) throws -> CLIResult {
            try CLIRunner.run(
                ["-c", "head -c 40000000 /dev/zero | tr '\\0' a | \"$0\" \(arguments)", CLIRunner.binary.path],
                in: scenario.folder, environment: ["GEN_IMAGE_BASE_URL": scenario.gateway.baseURL],
                executable: URL(fileURLWithPath: "/bin/sh"))
        }
        let result = try piped("-p - -f x.png")
        scenario.expectFailure(result, exitCode: 2, mentions: ["32,000 characters", "nothing was sent"])
        #expect(scenario.gateway.requests.isEmpty)
        let json = try piped("-p - --json")
        #expect(json.exitCode == 2)
        #expect(json.stdout.contains("\"invalid_argument\""), "\(json.stdout)")
    }

    @Test func thirtyTwoThousandCharactersIsTheLimit() throws {
        let scenario = try Scenario()
        // 32,000 four-byte characters and a line feed: the widest prompt that fits.
        let widest = Data((String(repeating: "𝄞", count: 32_000) + "\n").utf8)
        let accepted = try scenario.run(["-p", "-", "--dry-run"], stdin: widest)
        #expect(accepted.exitCode == 0, "\(accepted.stderr.prefix(400))")
        let longer = try scenario.run(["-p", String(repeating: "a", count: 32_001), "-f", "x.png"])
        scenario.expectFailure(longer, exitCode: 2, mentions: ["32,001 characters", "at most 32,000"])
        let onStdin = try scenario.run(
            ["-p", "-", "-f", "x.png"], stdin: Data((String(repeating: "b", count: 32_001)).utf8))
        scenario.expectFailure(onStdin, exitCode: 2, mentions: ["32,001 characters"])
        try scenario.write(
            Data(#"{"prompts":[{"prompt":"\#(String(repeating: "c", count: 32_001))"}]}"#.utf8), to: "jobs.json")
        let batch = try scenario.run(["batch", "jobs.json", "--dry-run"])
        #expect(batch.exitCode == 2, "\(batch.stderr.prefix(400))")
        #expect(batch.stderr.contains("32,001"), "\(batch.stderr.prefix(400))")
        #expect(scenario.gateway.requests.isEmpty)
    }

    // MARK: - Point 9: keys and base URLs that would inject headers

    @Test(
        "a key with a line ending or control character is refused, never sent",
        arguments: [
            "sk-test-MARKER-7f3a9c\r", "sk-test-MARKER-7f3a9c\r\nX-Injected: yes", "sk-test\tMARKER-7f3a9c",
            "sk-test-MARKER-7f3a9c\u{1B}[2J",
        ])
    func keyWithControls(key: String) throws {
        let scenario = try Scenario()
        let fromEnvironment = try scenario.run(["-p", "x", "-f", "x.png"], environment: ["APIYI_API_KEY": key])
        scenario.expectFailure(fromEnvironment, exitCode: 2, mentions: ["APIYI_API_KEY", "line endings"])
        let fromFlag = try scenario.run(["-p", "x", "-f", "x.png", "-k", key], environment: ["APIYI_API_KEY": nil])
        scenario.expectFailure(fromFlag, exitCode: 2, mentions: ["--api-key", "line endings"])
        for result in [fromEnvironment, fromFlag] {
            #expect(KeyLeak.found(in: result.stderr, key: "sk-test-MARKER-7f3a9c") == nil, "\(result.stderr)")
        }
        try scenario.write(Data(#"{"prompts":[{"prompt":"a"}]}"#.utf8), to: "jobs.json")
        let batch = try scenario.run(["batch", "jobs.json"], environment: ["APIYI_API_KEY": key])
        #expect(batch.exitCode == 2, "\(batch.stderr)")
        let doctor = try scenario.run(["doctor"], environment: ["APIYI_API_KEY": key])
        #expect(doctor.exitCode == 2, "\(doctor.stderr)")
        #expect(scenario.gateway.requests.isEmpty, "the key was sent: \(scenario.gateway.requests.count)")
    }

    @Test func aBaseURLWithALineEndingIsRefused() throws {
        let scenario = try Scenario()
        let result = try scenario.run(
            ["-p", "x", "-f", "x.png"], environment: ["GEN_IMAGE_BASE_URL": scenario.gateway.baseURL + "\r"])
        scenario.expectFailure(
            result, exitCode: 2, mentions: ["GEN_IMAGE_BASE_URL", "carriage return", "line endings"])
        #expect(scenario.gateway.requests.isEmpty)
    }

    @Test func thePlainHttpKeyNeverGoesThroughAProxyElsewhere() throws {
        let scenario = try Scenario()
        let proxied: [String: String?] = [
            "NO_PROXY": nil, "no_proxy": nil, "http_proxy": "http://user:secret@10.255.255.1:3128",
        ]
        let result = try scenario.run(["-p", "x", "-f", "x.png"], environment: proxied)
        scenario.expectFailure(result, exitCode: 2, mentions: ["through the proxy", "10.255.255.1", "NO_PROXY"])
        #expect(!result.stderr.contains("secret"), "\(result.stderr)")
        #expect(scenario.gateway.requests.isEmpty)
        // Listed in NO_PROXY, the same base URL is reached directly.
        let direct = try scenario.run(
            ["-p", "x", "-f", "x.png"], environment: proxied.merging(["NO_PROXY": "127.0.0.1"]) { $1 })
        scenario.expectSaved(direct)
    }

    // MARK: - Point 13: arguments as given

    /// Runs gen-image with one argument made of raw bytes, through `sh` and `printf` (Foundation's Process
    /// can only pass valid UTF-8).
    static func runWithBytes(
        _ scenario: Scenario, before: [String], octal: String, after: [String] = []
    ) throws -> CLIResult {
        let quoted = (before.map { "'\($0)'" } + ["\"$(printf '\(octal)')\""] + after.map { "'\($0)'" })
            .joined(separator: " ")
        return try CLIRunner.run(
            ["-c", "exec \"$0\" \(quoted)", CLIRunner.binary.path], in: scenario.folder,
            environment: ["GEN_IMAGE_BASE_URL": scenario.gateway.baseURL], executable: URL(fileURLWithPath: "/bin/sh"))
    }

    @Test func anArgumentThatIsNotUTF8IsRefusedNamingIt() throws {
        let scenario = try Scenario()
        let result = try Self.runWithBytes(scenario, before: ["-p", "x", "-f"], octal: "bad\\377name.png")
        scenario.expectFailure(
            result, exitCode: 2, mentions: ["the value of -f", "bad\\xFFname.png", "not valid UTF-8"])
        #expect(!result.stderr.contains("\u{FFFD}"), "\(result.stderr)")
        let json = try Self.runWithBytes(scenario, before: ["-p", "x", "--json", "-f"], octal: "bad\\377name.png")
        #expect(json.exitCode == 2)
        #expect(json.stdout.contains("\"invalid_argument\""), "\(json.stdout)")
        let prompt = try Self.runWithBytes(scenario, before: ["-f", "ok.png", "-p"], octal: "caf\\351")
        scenario.expectFailure(prompt, exitCode: 2, mentions: ["the value of -p", "caf\\xE9"])
        #expect(scenario.gateway.requests.isEmpty)
        // Valid UTF-8 that is not ASCII is taken as given.
        let chinese = try Self.runWithBytes(scenario, before: ["-p", "x", "-f"], octal: "\\347\\214\\253.png")
        scenario.expectSaved(chinese)
        #expect(scenario.files.contains("猫.png"), "\(scenario.files)")
    }
}
