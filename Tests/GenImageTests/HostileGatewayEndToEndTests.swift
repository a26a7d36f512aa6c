import FakeGateway
import Foundation
import Testing

/// Issue #19, point 1, end to end: a gateway that echoes the key split, escaped, encoded, broken by tags or in
/// pieces never gets 8 characters of its secret part onto stderr or into `--json`, in any of three bodies.
@Suite("The key in every shape, end to end")
struct KeyShapesEndToEndTests {
    /// 45 characters, as the report; with a `-` and a `_` inside, so escapes have something to do.
    static let key = "sk-proj-Q7vLx9Rb-T2mN4pWz8KcY3hJd_6FgA1sE5uV"

    struct Shape: Sendable, CustomTestStringConvertible {
        let echo: KeyEcho
        let body: FakeResponse.EchoBody
        var testDescription: String { "\(echo) in a \(body.rawValue) body" }
    }

    static let shapes: [Shape] = KeyEcho.allCases.flatMap { echo in
        FakeResponse.EchoBody.allCases.map { Shape(echo: echo, body: $0) }
    }

    @Test("an echoed key never shows, in text or --json", arguments: shapes)
    func echoedKey(_ shape: Shape) throws {
        let scenario = try Scenario()
        let environment = ["APIYI_API_KEY": Self.key]
        scenario.gateway.enqueue(.echoing(key: Self.key, shape: shape.echo, body: shape.body))
        let text = try scenario.run(
            ["-p", "x", "-m", "gpt-image-2", "-f", "x.png", "--retries", "0"], environment: environment)
        #expect(text.exitCode == 1, "\(text.stderr)")
        #expect(text.stderr.contains("HTTP 400"), "\(text.stderr)")
        #expect(KeyLeak.found(in: text.stdout + text.stderr, key: Self.key) == nil, "\(text.stderr)")

        scenario.gateway.enqueue(.echoing(key: Self.key, shape: shape.echo, body: shape.body))
        let json = try scenario.run(
            ["-p", "x", "-m", "gpt-image-2", "-f", "x.png", "--retries", "0", "--json"], environment: environment)
        #expect(json.exitCode == 1)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any], "\(json.stdout)")
        let message = try #require((object["error"] as? [String: Any])?["message"] as? String)
        #expect(KeyLeak.found(in: message, key: Self.key) == nil, "\(message)")
        #expect(KeyLeak.found(in: json.stdout + json.stderr, key: Self.key) == nil, "\(json.stdout)")
    }

    /// The fake gateway really sends the whole key in each shape: without masking, the reader finds it.
    @Test func theShapesHoldTheKey() {
        for echo in KeyEcho.allCases {
            #expect(KeyLeak.found(in: echo.render(Self.key), key: Self.key) != nil, "\(echo)")
        }
    }
}

/// Issue #19, point 6, end to end: a gateway's message, error code and `X-Request-Id` header that would clear
/// the screen, write the clipboard, set the title, fake a `gen-image: done` line or reverse the text reach
/// neither stderr nor `--json` as anything but text.
@Suite("A gateway cannot drive the terminal, end to end")
struct TerminalAttackEndToEndTests {
    /// A control character, escape sequence or bidirectional control in `text`, if any.
    static func control(in text: String) -> String? {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09: continue
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                return String(format: "U+%04X", scalar.value)
            default: continue
            }
        }
        return nil
    }

    static func fakeDoneLine(_ text: String) -> Bool {
        text.split(separator: "\n").contains { $0.hasPrefix("gen-image: done") }
    }

    @Test(arguments: ["xterm", "dumb"])
    func aHostileErrorIsShownAsText(term: String) throws {
        let scenario = try Scenario()
        scenario.gateway.setHandler { _ in .drivingTheTerminal() }
        let text = try scenario.run(
            ["-p", "x", "-m", "gpt-image-2", "-f", "x.png", "--retries", "0"], environment: ["TERM": term])
        #expect(text.exitCode == 1, "\(text.stderr)")
        #expect(text.stderr.contains("quota exceeded"), "\(text.stderr)")
        #expect(text.stderr.contains("\u{FFFD}"), "\(text.stderr)")
        #expect(Self.control(in: text.stderr) == nil, "\(text.stderr.debugDescription)")
        #expect(!Self.fakeDoneLine(text.stderr), "\(text.stderr)")
        #expect(!text.stderr.contains("ZWNobyBwd25lZA=="), "the clipboard payload must not be shown")

        let json = try scenario.run(
            ["-p", "x", "-m", "gpt-image-2", "-f", "x.png", "--retries", "0", "--json"], environment: ["TERM": term])
        #expect(json.exitCode == 1)
        #expect(Self.control(in: json.stdout + json.stderr) == nil, "\(json.stdout.debugDescription)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any], "\(json.stdout)")
        let error = try #require(object["error"] as? [String: Any])
        for field in ["message", "request_id", "api_code"] {
            let value = try #require(error[field] as? String, "\(field) in \(error)")
            #expect(Self.control(in: value) == nil, "\(field): \(value.debugDescription)")
            #expect(!Self.fakeDoneLine(value), "\(field): \(value)")
        }
        #expect((error["request_id"] as? String)?.hasSuffix("42") == true)
    }

    @Test func aModelsWordsAreShownAsText() throws {
        let scenario = try Scenario()
        scenario.gateway.setHandler { _ in .chat(content: FakeResponse.terminalAttack) }
        let result = try scenario.run(["-p", "x", "-f", "x.png", "--retries", "0"])
        #expect(result.exitCode == 1, "\(result.stderr)")
        #expect(result.stderr.contains("quota exceeded"), "\(result.stderr)")
        #expect(Self.control(in: result.stderr) == nil, "\(result.stderr.debugDescription)")
        #expect(!Self.fakeDoneLine(result.stderr), "\(result.stderr)")
    }

    /// The same gateway, without gen-image's cleaning, would put each of these on the terminal.
    @Test func theAttackHoldsEveryControl() {
        let attack = FakeResponse.terminalAttack
        for needle in ["\u{1B}[2J", "\u{1B}]52;", "\u{1B}]0;", "\r\ngen-image: done", "\u{202E}", "\u{9B}"] {
            #expect(attack.contains(needle), "\(needle.debugDescription)")
        }
    }
}

/// Issue #19, point 12, end to end: a certificate a trusted authority signed for another host is reported as a
/// host-name mismatch naming both names, with no advice to trust another authority.
@Suite("A certificate for another host, end to end")
struct HostNameMismatchEndToEndTests {
    #if os(Linux)
        @Test(.enabled(if: TLSFront.available, "needs the openssl command and python3"))
        func aWrongHostNameIsSaidAsSuch() throws {
            let scenario = try Scenario()
            let front = try TLSFront(upstreamPort: scenario.gateway.port, in: scenario.folder)
            // The certificate is for 127.0.0.1 and its CA is trusted; the base URL names the host `localhost`.
            let environment = [
                "GEN_IMAGE_BASE_URL": "https://localhost:\(front.port)/v1", "SSL_CERT_FILE": front.caFile.path,
            ]
            let result = try scenario.run(
                ["-p", "a cat", "-m", "gpt-image-2", "--retries", "0", "-f", "cat.png"], environment: environment)
            #expect(result.exitCode == 1, "\(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("host-name mismatch"), "\(result.stderr)")
            #expect(result.stderr.contains("is for 127.0.0.1, not for localhost"), "\(result.stderr)")
            #expect(!result.stderr.contains("not signed by"), "\(result.stderr)")
            #expect(!result.stderr.contains("SSL_CERT_FILE"), "\(result.stderr)")
            #expect(scenario.gateway.requests.isEmpty)
            let json = try scenario.run(
                ["-p", "a cat", "-m", "gpt-image-2", "--retries", "0", "--json"], environment: environment)
            #expect(json.stdout.contains("host-name mismatch"), "\(json.stdout)")
            // The right name still works, so the failure above is the name and nothing else.
            let right = try scenario.run(
                ["-p", "a cat", "-m", "gpt-image-2", "-f", "ok.png"],
                environment: ["GEN_IMAGE_BASE_URL": front.baseURL, "SSL_CERT_FILE": front.caFile.path])
            scenario.expectSaved(right)
        }
    #endif
}
