import FakeGateway
import Foundation
import Testing

/// Issue #10, point 1 (cost) and point 9: every image a reply held was billed, so the cost counts each one for
/// a model priced per image, in a single run (stderr and `--json`) and in a batch (summary and manifest); a
/// token-priced reply's `usage` already covers all its images and is counted once.
@Suite("The cost counts every billed image, end to end")
struct CostOfEveryImageEndToEndTests {
    static func reply(_ count: Int, usage: [String: Any]? = nil) -> FakeResponse {
        var object: [String: Any] = [
            "created": 1,
            "data": (0..<count).map { ["b64_json": TestImages.png(width: 20 + $0, height: 10).base64EncodedString()] },
        ]
        if let usage { object["usage"] = usage }
        return .json(object)
    }

    static func json(_ result: CLIResult) throws -> [String: Any] {
        try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)")
    }

    @Test func aPerImagePriceCountsEveryImageOfTheReply() throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(Self.reply(3))
        let result = try scenario.run(["-p", "x", "-m", "gpt-image-2-vip", "-f", "cat.png", "--json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try Self.json(result)
        #expect((json["files"] as? [Any])?.count == 3)
        #expect(json["cost_usd"] as? Double == 0.09, "3 images at $0.03: \(json)")
        #expect(json["cost_is_estimate"] as? Bool == false)
        #expect(result.stderr.contains("· $0.09 →"), "\(result.stderr)")
    }

    @Test func dataURIsInLinkFieldsAreAllSavedAndCounted() throws {
        // VibeAPI's `response_format: url` puts data URIs in `data[].url`; the first one once hid the others.
        let scenario = try Scenario()
        let images = (0..<2).map { TestImages.png(width: 40 + $0, height: 10) }
        let items = images.map { ["url": "data:image/png;base64," + $0.base64EncodedString()] }
        scenario.gateway.enqueue(.json(["created": 1, "data": items]))
        let result = try scenario.run(["-p", "x", "-m", "gpt-image-2-vip", "-f", "pair.png", "--json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try Self.json(result)
        let paths = (json["files"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }
        #expect(paths.map { Unstamped.contents(atPath: $0) } == images, "\(paths)")
        #expect(json["cost_usd"] as? Double == 0.06, "\(json)")
    }

    @Test func imagesBeyondTheTenSavedAreCountedToo() throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(Self.reply(12))
        let result = try scenario.run(["-p", "x", "-m", "gpt-image-2-vip", "--json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try Self.json(result)
        #expect((json["files"] as? [Any])?.count == 10)
        #expect(json["cost_usd"] as? Double == 0.36, "12 billed images at $0.03: \(json)")
    }

    @Test func aTokenPricedReplyCountsItsUsageOnce() throws {
        let scenario = try Scenario()
        // $30 per million image tokens out: 10,000 tokens for the three images together are $0.30.
        let usage: [String: Any] = ["input_tokens": 0, "output_tokens": 10_000, "total_tokens": 10_000]
        scenario.gateway.enqueue(Self.reply(3, usage: usage))
        let result = try scenario.run(["-p", "x", "-m", "gpt-image-2", "--json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try Self.json(result)
        #expect(json["cost_usd"] as? Double == 0.3, "usage covers the whole reply: \(json)")
        #expect(json["cost_is_estimate"] as? Bool == false)
    }

    @Test func aTokenPricedReplyWithoutUsageGuessesEachImage() throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(Self.reply(2))
        let result = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-q", "low", "--json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try Self.json(result)
        #expect(json["cost_usd"] as? Double == 0.012, "two images at the $0.006 low-quality guess: \(json)")
        #expect(json["cost_is_estimate"] as? Bool == true)
    }

    @Test func aBatchCountsEveryImageOfEachReply() throws {
        let scenario = try Scenario()
        let file = #"{"prompts":[{"prompt":"a","filename":"a.png"},{"prompt":"b","filename":"b.png"}]}"#
        try scenario.write(Data(file.utf8), to: "jobs.json")
        scenario.gateway.setHandler { request in
            request.method == "POST" ? Self.reply(3) : FakeResponse(status: 404)
        }
        let result = try scenario.run(["batch", "jobs.json", "-m", "gpt-image-2-vip", "-j", "1"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let data = try #require(
            FileManager.default.contents(atPath: scenario.folder.appendingPathComponent("jobs.results.json").path))
        let manifest = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let summary = try #require(manifest["summary"] as? [String: Any])
        #expect(summary["estimated_cost_usd"] as? Double == 0.18, "2 replies of 3 images at $0.03: \(summary)")
        #expect(result.stderr.contains("$0.18"), "\(result.stderr)")
        #expect(scenario.files.filter { $0.hasSuffix(".png") }.count == 6)
    }
}

/// Issue #10, point 1: a single run whose image was billed but kept in the recovery folder shows its cost on
/// stderr and in `--json`, as a success would.
@Suite("A recovered image still shows its cost, end to end")
struct RecoveredCostEndToEndTests {
    /// Replaces the output folder `out` by a file while the gateway works, then answers `reply`.
    static func breakFolder(_ scenario: Scenario, then reply: FakeResponse) throws {
        let out = scenario.folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        scenario.gateway.setHandler { _ in
            try? FileManager.default.removeItem(at: out)
            _ = FileManager.default.createFile(atPath: out.path, contents: Data("x".utf8))
            return reply
        }
    }

    @Test func aPerImagePriceIsShown() throws {
        let scenario = try Scenario()
        try Self.breakFolder(scenario, then: CostOfEveryImageEndToEndTests.reply(1))
        let result = try scenario.run(["-p", "a fox", "-m", "gpt-image-2-vip", "-f", "out/fox.png", "--json"])
        #expect(result.exitCode == 1, "\(result.stderr)")
        let json = try CostOfEveryImageEndToEndTests.json(result)
        let error = try #require(json["error"] as? [String: Any])
        #expect(error["recovered_path"] as? String != nil, "\(json)")
        #expect(json["cost_usd"] as? Double == 0.03, "\(json)")
        #expect(json["cost_is_estimate"] as? Bool == false)
        #expect(result.stderr.contains("cost: $0.03 (billed)"), "\(result.stderr)")
    }

    @Test func usageIsPricedAndEveryImageOfTheReplyCounts() throws {
        let scenario = try Scenario()
        let usage: [String: Any] = ["input_tokens": 0, "output_tokens": 1_000, "total_tokens": 1_000]
        try Self.breakFolder(scenario, then: CostOfEveryImageEndToEndTests.reply(2, usage: usage))
        let token = try scenario.run(["-p", "a fox", "-m", "gpt-image-2", "-f", "out/fox.png", "--json"])
        #expect(token.exitCode == 1, "\(token.stderr)")
        #expect(try CostOfEveryImageEndToEndTests.json(token)["cost_usd"] as? Double == 0.03, "\(token.stdout)")

        let flat = try Scenario()
        try Self.breakFolder(flat, then: CostOfEveryImageEndToEndTests.reply(2))
        let result = try flat.run(["-p", "a fox", "-m", "gpt-image-2-vip", "-f", "out/fox.png", "--lang", "zh"])
        #expect(result.exitCode == 1, "\(result.stderr)")
        #expect(result.stderr.contains("费用：$0.06（已计费）"), "\(result.stderr)")
    }

    @Test func everyImageOfTheReplyIsKept() throws {
        let scenario = try Scenario()
        try Self.breakFolder(scenario, then: CostOfEveryImageEndToEndTests.reply(3))
        let result = try scenario.run(["-p", "a fox", "-m", "gpt-image-2-vip", "-f", "out/fox.png", "--json"])
        #expect(result.exitCode == 1, "\(result.stderr)")
        let json = try CostOfEveryImageEndToEndTests.json(result)
        let hint = try #require((json["error"] as? [String: Any])?["hint"] as? String, "\(json)")
        let recovered = scenario.folder.appendingPathComponent(".local/share/gen-image/recovered")
        let kept = (try? FileManager.default.contentsOfDirectory(atPath: recovered.path)) ?? []
        #expect(kept.count == 3, "all three billed images are kept: \(kept)")
        let contents = Set(
            kept.compactMap { FileManager.default.contents(atPath: recovered.appendingPathComponent($0).path) })
        #expect(contents.count == 3, "three different images")
        for name in kept { #expect(hint.contains(name), "\(hint)") }
        #expect(json["cost_usd"] as? Double == 0.09, "\(json)")
    }

    @Test func aBatchCountsEveryImageOfARecoveredReply() throws {
        let scenario = try Scenario()
        let folder = scenario.folder
        for name in ["sub-a", "sub-b"] {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        let file = #"{"prompts":[{"prompt":"a","filename":"sub-a/a.png"},{"prompt":"b","filename":"sub-b/b.png"}]}"#
        try scenario.write(Data(file.utf8), to: "jobs.json")
        // Each item's folder is replaced by a file while its request is at the gateway (a folder that is a file
        // before an item is sent refuses that item before sending).
        scenario.gateway.setHandler { request in
            let out = folder.appendingPathComponent("sub-\(request.jsonBody?["prompt"] as? String ?? "?")")
            try? FileManager.default.removeItem(at: out)
            _ = FileManager.default.createFile(atPath: out.path, contents: Data("x".utf8))
            return CostOfEveryImageEndToEndTests.reply(3)
        }
        let result = try scenario.run(["batch", "jobs.json", "-m", "gpt-image-2-vip", "-j", "1"])
        #expect(result.exitCode != 0, "\(result.stderr)")
        let data = try #require(
            FileManager.default.contents(atPath: scenario.folder.appendingPathComponent("jobs.results.json").path))
        let manifest = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let summary = try #require(manifest["summary"] as? [String: Any])
        #expect(summary["estimated_cost_usd"] as? Double == 0.18, "2 replies of 3 billed images: \(summary)")
        let recovered = scenario.folder.appendingPathComponent(".local/share/gen-image/recovered")
        let kept = (try? FileManager.default.contentsOfDirectory(atPath: recovered.path)) ?? []
        #expect(kept.count == 6, "every billed image is kept: \(kept)")
    }

    @Test func aFailureBeforeBillingHasANullCost() throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(.error(status: 400, message: "bad prompt"))
        let result = try scenario.run(["-p", "a fox", "-m", "gpt-image-2-vip", "--json"])
        #expect(result.exitCode == 1, "\(result.stderr)")
        let json = try CostOfEveryImageEndToEndTests.json(result)
        #expect(json.keys.contains("cost_usd") && json["cost_usd"] is NSNull, "\(json)")
        #expect(!result.stderr.contains("billed)"))
    }
}
