import FakeGateway
import Foundation
import Testing

/// Issue #10 end to end: absurd numbers, a closed stdout, temporary files.
@Suite("Trust, end to end")
struct TrustEndToEndTests {
    @Test("absurd timeouts are usage errors, not crashes", arguments: ["99999999999", "2e10", "1e300", "86401"])
    func absurdTimeout(_ value: String) throws {
        let scenario = try Scenario()
        let plain = try scenario.run(["-p", "x", "--timeout", value, "-f", "x.png"])
        scenario.expectFailure(plain, exitCode: 2, mentions: ["invalid value '\(value)' for --timeout", "86400 s"])
        let json = try scenario.run(["-p", "x", "--timeout", value, "--json"])
        #expect(json.exitCode == 2)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any], "\(json.stdout)")
        #expect((object["error"] as? [String: Any])?["code"] as? String == "invalid_argument")
        let dryRun = try scenario.run(["-p", "x", "--timeout", value, "--dry-run"])
        #expect(dryRun.exitCode == 2)
        #expect(scenario.gateway.requests.isEmpty)
    }

    @Test func aDayIsTheLongestTimeout() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["-p", "x", "--timeout", "86400", "-f", "x.png"])
        scenario.expectSaved(result)
    }

    /// Runs the binary with its stdout a pipe whose reading end is already closed, as `| head -0` leaves it.
    static func runWithClosedStdout(_ arguments: [String], scenario: Scenario) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = scenario.folder
        process.environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": scenario.folder.path,
            "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost", "APIYI_API_KEY": CLIRunner.markerKey,
            "GEN_IMAGE_BASE_URL": scenario.gateway.baseURL, "TERM": "dumb",
            "TMPDIR": try CLIRunner.temporaryFolder(in: scenario.folder).path,
        ]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try out.fileHandleForReading.close()
        try process.run()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stderr, as: UTF8.self))
    }

    @Test func aClosedStdoutStopsThePrintingNotTheRun() throws {
        let scenario = try Scenario()
        let (status, stderr) = try Self.runWithClosedStdout(
            ["-p", "x", "-m", "gpt-image-2", "-f", "x.png"], scenario: scenario)
        #expect(status == 0, "\(stderr)")
        #expect(stderr.contains("done in"), "\(stderr)")
        #expect(scenario.files == ["x.png"], "\(scenario.files)")
    }

    @Test func aClosedStdoutLetsTheWholeBatchRunAndWriteItsManifest() throws {
        let scenario = try Scenario()
        try scenario.write(Data(#"{"prompts":[{"prompt":"a"},{"prompt":"b"},{"prompt":"c"}]}"#.utf8), to: "jobs.json")
        let (status, stderr) = try Self.runWithClosedStdout(
            ["batch", "jobs.json", "-m", "gpt-image-2"], scenario: scenario)
        #expect(status == 0, "\(stderr)")
        #expect(
            Set(scenario.files) == ["jobs.json", "001-a.png", "002-b.png", "003-c.png", "batch-results.json"],
            "\(scenario.files)")
        #expect(scenario.gateway.requests.count == 3)
    }

    @Test func sighupCancelsAndCleansUpLikeSIGTERM() throws {
        let scenario = try Scenario()
        try scenario.write(TestImages.png(width: 64, height: 64), to: "in.png")
        scenario.gateway.enqueue(FakeResponse(bodyMode: .neverRespond))
        let gateway = scenario.gateway
        let result = try scenario.run(
            ["-p", "make it blue", "-i", "in.png", "-m", "gpt-image-2", "-f", "out.png"],
            interrupt: .init(signal: SIGHUP, when: { !gateway.requests.isEmpty }))
        #expect(result.exitCode == 130, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("cancelled by SIGHUP"), "\(result.stderr)")
        #expect(scenario.files == ["in.png"], "left behind: \(scenario.files)")
    }
}
