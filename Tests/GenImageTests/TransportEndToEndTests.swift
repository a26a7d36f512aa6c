import FakeGateway
import Foundation
import Testing

/// The Linux transport seen from the command line: a machine without libcurl, the URLSession fallback, and
/// `--max-time` cutting a run short whatever it is doing (waiting for a reply, waiting to retry, a batch).
@Suite("Transport and deadlines, end to end")
struct TransportEndToEndTests {
    #if os(Linux)
        @Test func withoutLibcurlNetworkCommandsNameThePackageAndTheRestStillWork() throws {
            let scenario = try Scenario()
            let missing: [String: String?] = ["GEN_IMAGE_LIBCURL": "/nonexistent/libcurl.so.4"]
            let run = try scenario.run(["-p", "a cat", "-m", "gpt-image-2"], environment: missing)
            scenario.expectFailure(run, exitCode: 1, mentions: ["could not be loaded", "libcurl4", "apt-get"])
            #expect(scenario.gateway.requests.isEmpty)

            let help = try scenario.run(["--help"], environment: missing)
            #expect(help.exitCode == 0)
            #expect(help.stdout.contains("--max-time"))
            let dryRun = try scenario.run(["-p", "a cat", "-m", "gpt-image-2", "--dry-run"], environment: missing)
            #expect(dryRun.exitCode == 0, "\(dryRun.stderr)")
            let completions = try scenario.run(["completions", "bash"], environment: missing)
            #expect(completions.exitCode == 0)
            #expect(completions.stdout.contains("--max-time"))

            let fallback = try scenario.run(
                ["-p", "a cat", "-m", "gpt-image-2"],
                environment: missing.merging(["GEN_IMAGE_TRANSPORT": "urlsession"]) { $1 })
            scenario.expectSaved(fallback)
        }
    #endif

    @Test func maxTimeStopsARunWaitingForTheReply() throws {
        let scenario = try Scenario()
        scenario.gateway.setHandler { _ in FakeResponse(bodyMode: .neverRespond) }
        let started = Date()
        let result = try scenario.run(
            ["-p", "a cat", "-m", "gpt-image-2", "--timeout", "60", "--max-time", "1", "--json"], timeout: 30)
        let elapsed = Date().timeIntervalSince(started)
        #expect(result.exitCode == 1, "\(result.stderr)")
        #expect(result.stderr.contains("--max-time of 1 s passed"))
        #expect(result.stdout.contains("\"code\":\"timeout\""))
        #expect(elapsed < 20, "the run waited \(elapsed) s")
        #expect(scenario.gateway.requests.count == 1)
    }

    @Test func maxTimeCountsTheWaitBeforeARetry() throws {
        let scenario = try Scenario()
        scenario.gateway.setHandler { _ in
            FakeResponse(status: 503, headers: [("Retry-After", "30")], body: Data("{\"error\":\"busy\"}".utf8))
        }
        let started = Date()
        let result = try scenario.run(
            ["-p", "a cat", "-m", "gpt-image-2", "--max-time", "1.5"],
            environment: ["GEN_IMAGE_RETRY_DELAY_SCALE": "1"], timeout: 40)
        let elapsed = Date().timeIntervalSince(started)
        scenario.expectFailure(result, exitCode: 1, mentions: ["--max-time of 1.5 s passed"])
        #expect(elapsed < 20, "the run waited \(elapsed) s")
        #expect(scenario.gateway.requests.count == 1)
    }

    @Test func maxTimeStopsABatchAndReportsIt() throws {
        let scenario = try Scenario()
        scenario.gateway.setHandler { _ in FakeResponse(bodyMode: .neverRespond) }
        try scenario.write(Data(#"{"prompts": [{"prompt": "one"}, {"prompt": "two"}]}"#.utf8), to: "jobs.json")
        let result = try scenario.run(["batch", "jobs.json", "-j", "2", "--max-time", "1", "--out-dir", "out"])
        #expect(result.exitCode == 4, "\(result.stderr)")
        #expect(result.stderr.contains("cancelled by --max-time 1 s"), "\(result.stderr)")
    }

    @Test func aMaxTimeThatIsNotAPositiveNumberIsAUsageError() throws {
        let scenario = try Scenario()
        for value in ["0", "-5", "soon"] {
            let result = try scenario.run(["-p", "a cat", "--max-time", value])
            scenario.expectFailure(result, exitCode: 2, mentions: ["invalid value '\(value)' for --max-time"])
        }
        #expect(scenario.gateway.requests.isEmpty)
    }
}

/// A gateway whose certificate comes from a private CA, as behind a company's TLS-inspecting proxy.
@Suite("A private certificate authority, end to end")
struct PrivateCAEndToEndTests {
    #if os(Linux)
        @Test(.enabled(if: TLSFront.available, "needs the openssl command and python3"))
        func anUntrustedCAIsExplainedAndSSLCertFileTrustsIt() throws {
            let scenario = try Scenario()
            let front = try TLSFront(upstreamPort: scenario.gateway.port, in: scenario.folder)
            let arguments = ["-p", "a cat", "-m", "gpt-image-2", "--retries", "0", "-f", "cat.png"]

            let refused = try scenario.run(arguments, environment: ["GEN_IMAGE_BASE_URL": front.baseURL])
            #expect(refused.exitCode == 1)
            #expect(refused.stderr.contains("not signed by an authority this machine trusts"), "\(refused.stderr)")
            #expect(refused.stderr.contains("SSL_CERT_FILE"))
            #expect(!refused.stderr.contains("check your network"))
            #expect(scenario.gateway.requests.isEmpty)

            let trusted = try scenario.run(
                arguments, environment: ["GEN_IMAGE_BASE_URL": front.baseURL, "SSL_CERT_FILE": front.caFile.path])
            #expect(trusted.exitCode == 0, "\(trusted.stderr)")
            #expect(scenario.gateway.requests.count == 1)
            #expect(FileManager.default.fileExists(atPath: scenario.folder.appendingPathComponent("cat.png").path))

            let directory = scenario.folder.appendingPathComponent("certs")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let hash = try String(
                decoding: Self.run("openssl x509 -hash -noout -in '\(front.caFile.path)'"), as: UTF8.self
            ).trimmingCharacters(in: .whitespacesAndNewlines)
            try FileManager.default.copyItem(at: front.caFile, to: directory.appendingPathComponent("\(hash).0"))
            let byDirectory = try scenario.run(
                ["-p", "a cat", "-m", "gpt-image-2", "-f", "cat2.png"],
                environment: ["GEN_IMAGE_BASE_URL": front.baseURL, "SSL_CERT_DIR": directory.path])
            #expect(byDirectory.exitCode == 0, "\(byDirectory.stderr)")
        }

        static func run(_ command: String) throws -> Data {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", command]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return data
        }
    #endif
}

/// `gen-image doctor` behind proxies: its verdicts come from a request through the real transport, so a proxy
/// that wants a password fails the run, and the proxy reported is the one the request actually went through.
@Suite("Doctor behind a proxy, end to end")
struct DoctorProxyEndToEndTests {
    #if os(Linux)
        func doctor(_ scenario: Scenario, proxy: FakeGateway, noProxy: String?) throws -> CLIResult {
            try scenario.run(
                ["doctor"],
                environment: [
                    "http_proxy": "http://127.0.0.1:\(proxy.port)", "NO_PROXY": noProxy, "no_proxy": noProxy,
                ])
        }

        @Test func aProxyThatWantsCredentialsFailsWithAHint() throws {
            let scenario = try Scenario()
            let proxy = try FakeGateway()
            proxy.actAsProxy(for: scenario.gateway, credentials: "user:secret")
            let result = try doctor(scenario, proxy: proxy, noProxy: nil)
            #expect(result.exitCode != 0, "\(result.stdout)\(result.stderr)")
            let text = result.stdout + result.stderr
            #expect(text.contains("http_proxy=http://127.0.0.1:\(proxy.port) is used"), "\(text)")
            #expect(text.contains("HTTP 407"))
            #expect(text.contains("https_proxy=http://user:password@host:port"))
            #expect(proxy.requests.count == 1)
            #expect(scenario.gateway.requests.isEmpty)
        }

        @Test func aProxyThatForwardsIsReportedAsUsed() throws {
            let scenario = try Scenario()
            let proxy = try FakeGateway()
            proxy.actAsProxy(for: scenario.gateway)
            let result = try doctor(scenario, proxy: proxy, noProxy: nil)
            #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
            #expect(result.stdout.contains("http_proxy=http://127.0.0.1:\(proxy.port) is used"), "\(result.stdout)")
            #expect(proxy.requests.count == 1)
            #expect(scenario.gateway.requests(to: "/v1/models").count == 1)
        }

        /// An https gateway goes through the proxy's CONNECT tunnel; a 407 there is named, run and doctor alike.
        @Test func aProxyRefusingTheTunnelIsNamed() throws {
            let scenario = try Scenario()
            let proxy = try FakeGateway()
            proxy.actAsProxy(for: scenario.gateway, credentials: "user:secret")
            let environment: [String: String?] = [
                "https_proxy": "http://127.0.0.1:\(proxy.port)", "NO_PROXY": nil, "no_proxy": nil,
                "GEN_IMAGE_BASE_URL": "https://gateway.example.test/v1",
            ]
            let run = try scenario.run(["-p", "a cat", "-m", "gpt-image-2"], environment: environment)
            scenario.expectFailure(
                run, exitCode: 1, mentions: ["the proxy refused to forward", "HTTP 407", "user:password@host:port"])
            let doctor = try scenario.run(["doctor"], environment: environment)
            #expect(doctor.exitCode != 0)
            #expect(doctor.stdout.contains("https_proxy=http://127.0.0.1:\(proxy.port) is used"), "\(doctor.stdout)")
            #expect(doctor.stdout.contains("HTTP 407"), "\(doctor.stdout)")
            #expect(proxy.requests.allSatisfy { $0.method == "CONNECT" })
            #expect(proxy.requests.count == 2)
        }

        /// libcurl matches IP addresses in NO_PROXY by CIDR range, never by a suffix like `.0.0.1`.
        @Test func noProxyIsReadTheWayTheTransportReadsIt() throws {
            let scenario = try Scenario()
            let proxy = try FakeGateway()
            proxy.actAsProxy(for: scenario.gateway, credentials: "user:secret")

            let range = try doctor(scenario, proxy: proxy, noProxy: "127.0.0.0/8")
            #expect(range.exitCode == 0, "\(range.stdout)\(range.stderr)")
            #expect(range.stdout.contains("is reached directly"), "\(range.stdout)")
            #expect(proxy.requests.isEmpty)

            let suffix = try doctor(scenario, proxy: proxy, noProxy: ".0.0.1")
            #expect(suffix.exitCode != 0)
            #expect(suffix.stdout.contains("http_proxy=http://127.0.0.1:\(proxy.port) is used"), "\(suffix.stdout)")
            #expect(proxy.requests.count == 1)
        }
    #endif
}
