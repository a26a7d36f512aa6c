import FakeGateway
import Foundation
import Testing

/// Issue #10, point 3: whatever the gateway sends, gen-image stops reading at the reply limit (128 MB, decoded)
/// and fails with exit 1, instead of holding gigabytes; the peak memory is shown by `gen-image-bench --only
/// hostile`, not here.
@Suite("Reply size limit, end to end")
struct ReplyLimitEndToEndTests {
    struct Hostile: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let reply: @Sendable () -> FakeResponse
    }

    static let replies: [Hostile] = [
        Hostile(testDescription: "a 1 MB gzip body inflating to 1 GiB", reply: { .gzipBomb() }),
        Hostile(
            testDescription: "a 1 GB reply without Content-Length",
            reply: { .hugeJSON(totalBytes: 1_000_000_000, announced: false) }),
        Hostile(
            testDescription: "a 1 GB reply announced by Content-Length",
            reply: { .hugeJSON(totalBytes: 1_000_000_000) }),
        Hostile(
            testDescription: "a 1 GB error reply",
            reply: { .hugeJSON(totalBytes: 1_000_000_000, status: 500, announced: false) }),
    ]

    @Test("a huge reply stops at the limit with exit 1", arguments: replies)
    func hugeReplyStops(_ hostile: Hostile) throws {
        let scenario = try Scenario()
        let reply = hostile.reply()
        scenario.gateway.setHandler { _ in reply }
        let result = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-f", "x.png", "--retries", "0"])
        scenario.expectFailure(result, exitCode: 1, mentions: ["is larger than 128 MB", "check --base-url"])
        #expect(scenario.gateway.requests.count == 1)
    }

    @Test func jsonSaysBadResponse() throws {
        let scenario = try Scenario()
        scenario.gateway.setHandler { _ in .gzipBomb() }
        let result = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-f", "x.png", "--json", "--retries", "0"])
        #expect(result.exitCode == 1)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)")
        let error = try #require(json["error"] as? [String: Any])
        #expect(error["code"] as? String == "bad_response")
        #expect((error["message"] as? String)?.contains("larger than 128 MB") == true, "\(result.stdout)")
    }
}
