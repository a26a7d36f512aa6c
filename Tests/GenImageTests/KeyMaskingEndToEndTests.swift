import FakeGateway
import Foundation
import Testing

/// Issue #10, points 2 and 4: a gateway that echoes the key in a text, HTML or JSON body, wherever gen-image's
/// cuts fall, never gets any 8 characters of it onto stderr, into `--json` or into the batch manifest; and a
/// megabyte of gateway message is cut to a few KB with a note.
@Suite("Key masking and gateway text caps, end to end")
struct KeyMaskingEndToEndTests {
    static let key = CLIRunner.markerKey

    /// True when `text` holds 8 or more consecutive characters of the key.
    static func leaks(_ text: String) -> Bool {
        let key = Array(Self.key)
        return (0...(key.count - 8)).contains { text.contains(String(key[$0..<$0 + 8])) }
    }

    /// The key placed so that it starts `offset` characters into a body line that is cut at 160.
    static func echoing(_ offset: Int, html: Bool) -> FakeResponse {
        let line = String(repeating: "x", count: offset) + key + " is not a valid key"
        return html
            ? .html(status: 400, "<html><body><h1>Bad key</h1><p>\(line)</p></body></html>")
            : FakeResponse(status: 400, headers: [("Content-Type", "text/plain")], body: Data(line.utf8))
    }

    @Test("a text or HTML body echoing the key across the 160-character cut", arguments: [false, true])
    func bodyEchoingTheKey(html: Bool) throws {
        let scenario = try Scenario()
        for offset in stride(from: 160 - Self.key.count - 1, through: 161, by: html ? 4 : 1) {
            scenario.gateway.enqueue(Self.echoing(offset, html: html))
            let result = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-f", "x.png"])
            #expect(result.exitCode == 1)
            #expect(result.stderr.contains("HTTP 400"), "\(result.stderr)")
            #expect(!Self.leaks(result.stdout + result.stderr), "offset \(offset): \(result.stderr)")
        }
        scenario.gateway.enqueue(Self.echoing(150, html: html))
        let json = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-f", "x.png", "--json"])
        #expect(json.exitCode == 1)
        #expect(json.stdout.contains("HTTP 400"))
        #expect(!Self.leaks(json.stdout + json.stderr), "\(json.stdout)")
    }

    @Test func theBatchManifestNeverHoldsTheKey() throws {
        let scenario = try Scenario()
        scenario.gateway.setHandler { _ in Self.echoing(150, html: false) }
        try scenario.write(Data(#"{"prompts":[{"prompt":"a"},{"prompt":"b"}]}"#.utf8), to: "jobs.json")
        let result = try scenario.run(["batch", "jobs.json", "-m", "gpt-image-2"])
        #expect(result.exitCode != 0)
        let manifest = try String(
            contentsOf: scenario.folder.appendingPathComponent("jobs.results.json"), encoding: .utf8)
        #expect(manifest.contains("HTTP 400"), "\(manifest)")
        #expect(!Self.leaks(manifest), "\(manifest)")
        #expect(!Self.leaks(result.stdout + result.stderr))
    }

    @Test func aMegabyteOfMessageIsCutWithANote() throws {
        let scenario = try Scenario()
        let message = String(repeating: "e", count: 1_000_000) + " " + Self.key
        scenario.gateway.enqueue(.error(status: 400, message: message))
        let result = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-f", "x.png", "--json"])
        #expect(result.exitCode == 1)
        #expect(result.stdout.utf8.count < 8_000, "\(result.stdout.utf8.count) bytes of JSON")
        #expect(result.stderr.utf8.count < 8_000, "\(result.stderr.utf8.count) bytes on stderr")
        // The key was masked (to 8 characters) before the cut: 1,000,000 + 1 + 8 - 2,000 characters left out.
        #expect(result.stdout.contains("998,009 more characters not shown"), "\(result.stdout.suffix(300))")
        #expect(!Self.leaks(result.stdout + result.stderr))
    }
}
