import FakeGateway
import Foundation
import Testing

/// `gen-image batch` against a gateway under pressure: one that throttles above a number of requests in
/// flight, and one that refuses everything (quota used up).
@Suite("Batch under pressure, end to end")
struct BatchPressureEndToEndTests {
    func writeItems(_ count: Int, in scenario: Scenario) throws {
        let items = (1...count).map { #"{"prompt": "image \#($0)", "filename": "img\#($0).png"}"# }
        try scenario.write(Data(#"{"prompts": [\#(items.joined(separator: ",\n"))]}"#.utf8), to: "jobs.json")
    }

    func manifest(_ scenario: Scenario) throws -> [String: Any] {
        let url = scenario.folder.appendingPathComponent("jobs.results.json")
        let data = try #require(FileManager.default.contents(atPath: url.path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func aThrottledBatchSavesEveryImageWithoutSpendingItsRetries() throws {
        let scenario = try Scenario()
        try writeItems(12, in: scenario)
        scenario.delayReplies(by: 0.2)
        scenario.gateway.throttle = .aboveInFlight(2)
        // --retries 0: a job that spent a retry on its 429 would fail; requeued, every one is saved.
        // Retry-After: 1 is scaled to 0.2 s, the gateway's own pace.
        let result = try scenario.run(
            ["batch", "jobs.json", "-j", "8", "--retries", "0"], environment: ["GEN_IMAGE_RETRY_DELAY_SCALE": "0.2"])
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        #expect(result.stdoutLines.count == 12)
        let counts = scenario.gateway.throttleCounts
        #expect(counts.rateLimited > 0, "the gateway did throttle")
        #expect(counts.imageRequests <= 24, "at most twice as many requests as images: \(counts)")
        #expect(result.stderr.contains("rate limited (HTTP 429); back in the queue, sent again after 1"))
        let jobs = try manifest(scenario)["jobs"] as? [[String: Any]] ?? []
        #expect(jobs.allSatisfy { $0["status"] as? String == "ok" })
        let attempts = jobs.compactMap { $0["attempts"] as? Int }.reduce(0, +)
        #expect(attempts == counts.imageRequests, "the manifest counts every request sent")
    }

    @Test func aGatewayRefusingEverythingStopsTheBatchEarly() throws {
        let scenario = try Scenario()
        try writeItems(40, in: scenario)
        scenario.gateway.throttle = .always()
        let result = try scenario.run(
            ["batch", "jobs.json", "-j", "8"], environment: ["GEN_IMAGE_RETRY_DELAY_SCALE": "0.01"])
        #expect(result.exitCode == 4, "stderr: \(result.stderr)")
        #expect(result.stdoutLines.isEmpty)
        let counts = scenario.gateway.throttleCounts
        // 8, then 4, 2 and 1 at a time, then a short run at one: far fewer than one per item.
        #expect(counts.imageRequests <= 24, "requests sent: \(counts)")
        #expect(result.stderr.contains("the gateway rate-limits every request"))
        #expect(result.stderr.contains("quota or rate limit is probably used up"))
        #expect(result.stderr.contains("run the same command again to resume"))
        let record = try manifest(scenario)
        #expect(record["stopped_early"] as? String == "rate_limited")
        let statuses = (record["jobs"] as? [[String: Any]] ?? []).compactMap { $0["status"] as? String }
        #expect(statuses.count == 40 && statuses.allSatisfy { $0 == "not_run" })
        #expect(!scenario.files.contains { $0.hasSuffix(".png") })
    }
}
