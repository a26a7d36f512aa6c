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

    @Test("absurd whole-run limits are usage errors too", arguments: ["99999999999", "1e300", "86401"])
    func absurdMaxTime(_ value: String) throws {
        let scenario = try Scenario()
        for command in [["-p", "x", "-f", "x.png"], ["-p", "x", "--dry-run"]] {
            let result = try scenario.run(command + ["--max-time", value])
            scenario.expectFailure(
                result, exitCode: 2, mentions: ["invalid value '\(value)' for --max-time", "86400 s"])
        }
        try scenario.write(Data(#"{"prompts": [{"prompt": "a"}]}"#.utf8), to: "jobs.json")
        let batch = try scenario.run(["batch", "jobs.json", "--max-time", value])
        #expect(batch.exitCode == 2, "\(batch.stderr)")
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
            Set(scenario.files) == [
                "jobs.json", "001-a.png", "002-b.png", "003-c.png", "jobs.results.json", "jobs.html",
            ],
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

    @Test func requestBodiesArePrivateWhileTheRequestRuns() throws {
        let scenario = try Scenario()
        try scenario.write(TestImages.png(width: 64, height: 64), to: "in.png")
        scenario.gateway.enqueue(FakeResponse(bodyMode: .neverRespond))
        let gateway = scenario.gateway
        let temporary = try CLIRunner.temporaryFolder(in: scenario.folder)
        let modes = ModeRecord()
        let result = try scenario.run(
            ["-p", "make it blue", "-i", "in.png", "-m", "gpt-image-2", "-f", "out.png"],
            interrupt: .init(
                signal: SIGTERM,
                when: {
                    guard !gateway.requests.isEmpty else { return false }
                    let names = (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []
                    for name in names {
                        let path = temporary.appendingPathComponent(name).path
                        let mode = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions]
                        modes.set(name, mode as? Int)
                    }
                    return true
                }))
        #expect(result.exitCode == 130)
        let seen = modes.value
        #expect(seen.count == 1, "\(seen)")
        for (name, mode) in seen {
            #expect(name.hasPrefix(".gen-image-") && name.hasSuffix(".tmp"))
            #expect(mode == 0o600, "\(name): \(String(mode ?? -1, radix: 8))")
        }
        #expect(scenario.files == ["in.png"], "left behind: \(scenario.files)")
    }

    @Test func staleTemporaryFilesOfKilledRunsAreRemoved() throws {
        let scenario = try Scenario()
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let dead = finished.processIdentifier
        let temporary = try CLIRunner.temporaryFolder(in: scenario.folder)
        let hourAgo = Date().addingTimeInterval(-3_600)
        let stale = [
            scenario.folder.appendingPathComponent(".gen-image-\(dead)-0123456789ab.tmp"),
            temporary.appendingPathComponent(".gen-image-\(dead)-ba9876543210.tmp"),
        ]
        let kept = [
            scenario.folder.appendingPathComponent(".gen-image-\(dead)-aaaaaaaaaaaa.tmp"),  // too young
            scenario.folder.appendingPathComponent(".gen-image-\(getpid())-bbbbbbbbbbbb.tmp"),  // alive
            scenario.folder.appendingPathComponent(".gen-image-notes.tmp"),  // not gen-image's pattern
        ]
        for url in stale + kept {
            #expect(FileManager.default.createFile(atPath: url.path, contents: Data("x".utf8)))
        }
        for url in stale + kept.dropFirst() {
            try FileManager.default.setAttributes([.modificationDate: hourAgo], ofItemAtPath: url.path)
        }
        try scenario.write(TestImages.png(width: 64, height: 64), to: "in.png")
        let result = try scenario.run(["-p", "x", "-i", "in.png", "-m", "gpt-image-2", "-f", "out.png"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        for url in stale { #expect(!FileManager.default.fileExists(atPath: url.path), "\(url.lastPathComponent)") }
        for url in kept { #expect(FileManager.default.fileExists(atPath: url.path), "\(url.lastPathComponent)") }
        let saved = try FileManager.default.attributesOfItem(
            atPath: scenario.folder.appendingPathComponent("out.png").path)
        #expect(saved[.posixPermissions] as? Int == Int(0o666 & ~Self.umaskValue()), "the image keeps the usual mode")
    }

    static func umaskValue() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }
}

/// File modes seen by the interrupting thread, read by the test afterwards.
final class ModeRecord: @unchecked Sendable {
    private let lock = NSLock()
    private var modes: [String: Int?] = [:]

    func set(_ name: String, _ mode: Int?) { lock.withLock { modes[name] = mode } }

    var value: [String: Int?] { lock.withLock { modes } }
}

/// Issue #10, point 8: clear words for redirects and bad base URLs.
@Suite("Redirects and base URLs, end to end")
struct RedirectEndToEndTests {
    @Test("an API redirect names the host, never the query", arguments: [302, 307])
    func redirect(_ status: Int) throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(
            FakeResponse(
                status: status,
                headers: [("Location", "https://elsewhere.example:8443/v1/images?token=SECRET-T0KEN")]))
        let result = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-f", "x.png"])
        scenario.expectFailure(
            result, exitCode: 1,
            mentions: ["redirect (HTTP \(status)) to elsewhere.example:8443", "follows no redirect", "--base-url"])
        #expect(!result.stderr.contains("SECRET-T0KEN"))
        #expect(!result.stderr.contains("see the gateway's message above"))
        #expect(scenario.gateway.requests.count == 1)
    }

    @Test("a base URL with a query or fragment is a usage error", arguments: ["?key=sk-in-query-SECRET", "#frag"])
    func queryInBaseURL(_ tail: String) throws {
        let scenario = try Scenario()
        for extra in [[], ["--dry-run"]] {
            let result = try scenario.run(
                ["-p", "x", "-f", "x.png"] + extra,
                environment: ["GEN_IMAGE_BASE_URL": scenario.gateway.baseURL + tail])
            #expect(result.exitCode == 2, "\(result.stderr)")
            #expect(result.stderr.contains("has a query (?…) or a fragment (#…)"), "\(result.stderr)")
            #expect(!result.stderr.contains("SECRET"))
        }
        #expect(scenario.gateway.requests.isEmpty)
    }
}

extension RedirectEndToEndTests {
    @Test("doctor does not count a 404 or a 407 as a pass", arguments: [404, 407])
    func doctorFails(_ status: Int) throws {
        let scenario = try Scenario()
        scenario.gateway.setHandler { _ in FakeResponse(status: status) }
        let result = try scenario.run(["doctor"])
        #expect(result.exitCode != 0, "\(result.stdout)\(result.stderr)")
        let text = result.stdout + result.stderr
        #expect(text.contains(status == 404 ? "but not the API" : "the proxy answered HTTP 407"), "\(text)")
        if status == 404 {
            // The fix names the flag a person types, not the request's field name.
            #expect(text.contains("→ check --base-url (or GEN_IMAGE_BASE_URL)"), "\(text)")
            #expect(!text.contains("base_url"), "\(text)")
        }
    }
}
