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

/// Where a batch may write, who may run it, and what its results file is called.
@Suite("Batch paths, lock and results, end to end")
struct BatchSafetyEndToEndTests {
    @Test func itemPathsOutsideTheBatchFolderAreRefusedBeforeAnythingIsSent() throws {
        let scenario = try Scenario()
        let batch = scenario.folder.appendingPathComponent("batch")
        let elsewhere = scenario.folder.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: batch, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: batch.appendingPathComponent("link"), withDestinationURL: elsewhere)
        let absolute = scenario.folder.appendingPathComponent("absolute.png").path
        let text = """
            {"prompts": [
              {"prompt": "inside", "filename": "sub/inside.png"},
              {"prompt": "dot dot", "filename": "../escaped.png"},
              {"prompt": "absolute", "filename": "\(absolute)"},
              {"prompt": "home", "filename": "~/home.png"},
              {"prompt": "through a link", "filename": "link/linked.png"}
            ]}
            """
        try scenario.write(Data(text.utf8), to: "batch/jobs.json")
        let refused = try scenario.run(["batch", "batch/jobs.json"])
        #expect(refused.exitCode == 2, "stderr: \(refused.stderr)")
        #expect(scenario.gateway.requests.isEmpty, "nothing is sent")
        for item in 2...5 {
            #expect(refused.stderr.contains("item \(item) (line \(item + 1)), filename: "), "\(refused.stderr)")
        }
        #expect(!refused.stderr.contains("item 1 "))
        #expect(refused.stderr.contains("is outside the batch file's folder"))
        #expect(refused.stderr.contains("--allow-outside"))
        #expect(refused.stderr.contains(") and --out-dir ("), "the flag, spelled by the command: \(refused.stderr)")

        // The opt-out lets every item write where it says (`~/` is left out: it would write in the real home).
        try scenario.write(
            Data(text.replacingOccurrences(of: "~/home.png", with: "home.png").utf8), to: "batch/jobs.json")
        let allowed = try scenario.run(["batch", "batch/jobs.json", "--allow-outside", "-j", "1"])
        #expect(allowed.exitCode == 0, "stderr: \(allowed.stderr)")
        #expect(allowed.stdoutLines.count == 5)
        #expect(FileManager.default.fileExists(atPath: absolute))
        #expect(FileManager.default.fileExists(atPath: scenario.folder.appendingPathComponent("escaped.png").path))
        #expect(FileManager.default.fileExists(atPath: elsewhere.appendingPathComponent("linked.png").path))
    }

    @Test func outDirIsAnAllowedFolderToo() throws {
        let scenario = try Scenario()
        try scenario.write(
            Data(#"{"prompts": [{"prompt": "a", "filename": "../out/a.png"}, {"prompt": "b"}]}"#.utf8),
            to: "batch/jobs.json")
        let result = try scenario.run(["batch", "batch/jobs.json", "--out-dir", "out"])
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        #expect(scenario.files.contains("out/a.png") && scenario.files.contains("out/jobs.results.json"))
    }

    // MARK: - One run at a time

    @Test func aSecondRunOfTheSameBatchRefusesAtOnceWhileTheFirstRuns() throws {
        let scenario = try Scenario()
        let items = (1...4).map { #"{"prompt": "image \#($0)", "filename": "img\#($0).png"}"# }
        try scenario.write(Data(#"{"prompts": [\#(items.joined(separator: ","))]}"#.utf8), to: "jobs.json")
        scenario.delayReplies(by: 3)
        let folder = scenario.folder
        let base = scenario.gateway.baseURL
        // The first run on a thread of its own (not the test runner's pool, which other tests' processes may
        // be holding), the second from here once the first has sent its requests.
        let first = ResultBox()
        let finished = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            first.set(
                try? CLIRunner.run(
                    ["batch", "jobs.json", "-j", "4"], in: folder, environment: ["GEN_IMAGE_BASE_URL": base]))
            finished.signal()
        }
        let deadline = Date().addingTimeInterval(30)
        while scenario.gateway.throttleCounts.imageRequests < 4, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.01)
        }
        #expect(scenario.files.contains("jobs.results.lock"), "the lock sits beside the results file")
        let second = try scenario.run(["batch", "jobs.json", "-j", "4"])
        #expect(second.exitCode == 2, "stderr: \(second.stderr)")
        #expect(second.stderr.contains("another run of this batch is in progress"), "\(second.stderr)")
        #expect(second.stdoutLines.isEmpty)
        finished.wait()
        let firstResult = try #require(first.value)
        #expect(firstResult.exitCode == 0, "stderr: \(firstResult.stderr)")
        #expect(scenario.gateway.throttleCounts.imageRequests == 4, "one request per item, not two")
        #expect(scenario.files.filter { $0.hasSuffix(".png") }.count == 4, "no duplicates: \(scenario.files)")
        #expect(!scenario.files.contains("jobs.results.lock"), "the lock is removed at the end")
    }

    @Test func aLockLeftByAKilledRunDoesNotBlock() throws {
        let scenario = try Scenario()
        try scenario.write(Data(#"{"prompts": [{"prompt": "a", "filename": "a.png"}]}"#.utf8), to: "jobs.json")
        scenario.gateway.setHandler { request in
            request.method == "POST" ? FakeResponse(bodyMode: .neverRespond) : FakeResponse(status: 404)
        }
        let gateway = scenario.gateway
        let killed = try scenario.run(
            ["batch", "jobs.json"],
            interrupt: .init(signal: SIGKILL, when: { gateway.throttleCounts.imageRequests >= 1 }))
        #expect(killed.exitCode != 0)
        #expect(scenario.files.contains("jobs.results.lock"), "kill -9 leaves the file: \(scenario.files)")
        scenario.gateway.setHandler(nil)
        let next = try scenario.run(["batch", "jobs.json"])
        #expect(next.exitCode == 0, "stderr: \(next.stderr)")
        #expect(next.stdoutLines.count == 1)
        #expect(!scenario.files.contains("jobs.results.lock"))
    }

    // MARK: - The results file

    @Test func eachBatchFileHasItsOwnResultsFileAndItsPathIsAlwaysGiven() throws {
        let scenario = try Scenario()
        try scenario.write(Data(#"{"prompts": [{"prompt": "a", "filename": "a.png"}]}"#.utf8), to: "first.json")
        try scenario.write(Data(#"{"prompt": "b", "filename": "b.png"}"#.utf8), to: "second.jsonl")
        let first = try scenario.run(["batch", "first.json", "--quiet"])
        #expect(first.exitCode == 0, "stderr: \(first.stderr)")
        let firstPath = scenario.folder.appendingPathComponent("first.results.json").standardizedFileURL.path
        #expect(first.stderr.contains("gen-image: manifest: \(firstPath)"), "printed even with --quiet")
        let second = try scenario.run(["batch", "second.jsonl", "--json"])
        #expect(second.exitCode == 0, "stderr: \(second.stderr)")
        let secondPath = scenario.folder.appendingPathComponent("second.results.json").standardizedFileURL.path
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as? [String: Any])
        #expect(json["manifest_path"] as? String == secondPath)
        #expect(second.stderr.contains("gen-image: manifest: \(secondPath)"))
        let kept = try #require(FileManager.default.contents(atPath: firstPath))
        let record = try #require(try JSONSerialization.jsonObject(with: kept) as? [String: Any])
        #expect((record["batch_file"] as? String)?.hasSuffix("/first.json") == true, "the first run's record is kept")
    }
}

/// Resume notices edits: each image's request is fingerprinted in the results file.
@Suite("Batch resume fingerprints, end to end")
struct BatchFingerprintEndToEndTests {
    func results(_ scenario: Scenario) throws -> [[String: Any]] {
        let url = scenario.folder.appendingPathComponent("jobs.results.json")
        let data = try #require(FileManager.default.contents(atPath: url.path))
        let manifest = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return manifest["jobs"] as? [[String: Any]] ?? []
    }

    @Test func anEditedItemRunsAgainAndItsNewImageIsSavedBeside() throws {
        let scenario = try Scenario()
        let original = """
            {"prompts": [
              {"prompt": "a red fox in the snow", "filename": "fox.png"},
              {"prompt": "a lighthouse at dusk, oil painting", "filename": "lighthouse.png"}
            ]}
            """
        try scenario.write(Data(original.utf8), to: "jobs.json")
        let first = try scenario.run(["batch", "jobs.json"])
        #expect(first.exitCode == 0, "stderr: \(first.stderr)")
        let firstPrints = try results(scenario).compactMap { $0["fingerprint"] as? String }
        #expect(firstPrints.count == 2 && firstPrints.allSatisfy { $0.hasPrefix("sha256:") })

        // Edited past its first three words.
        try scenario.write(
            Data(original.replacingOccurrences(of: "dusk, oil painting", with: "dusk, watercolour").utf8),
            to: "jobs.json")
        let dry = try scenario.run(["batch", "jobs.json", "--dry-run"])
        #expect(dry.exitCode == 0)
        let lighthouse = scenario.folder.appendingPathComponent("lighthouse.png").standardizedFileURL.path
        let fox = scenario.folder.appendingPathComponent("fox.png").standardizedFileURL.path
        #expect(
            dry.stdout.contains("[1/2] skip: \(fox) already exists, made for this same request (\(firstPrints[0]))"))
        #expect(dry.stdout.contains("[2/2] run gpt-image-2-all"))
        #expect(dry.stdout.contains("edited since \(lighthouse) was made (\(firstPrints[1])): runs again"))
        let json = try scenario.run(["batch", "jobs.json", "--dry-run", "--json"])
        let planned = try #require(
            (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["jobs"]
                as? [[String: Any]])
        #expect(planned.map { $0["action"] as? String } == ["skip", "run"])
        #expect(planned.map { $0["changed"] as? Bool } == [false, true])
        #expect(planned[1]["recorded_fingerprint"] as? String == firstPrints[1])

        let sent = scenario.gateway.throttleCounts.imageRequests
        let second = try scenario.run(["batch", "jobs.json"])
        #expect(second.exitCode == 0, "stderr: \(second.stderr)")
        #expect(second.stderr.contains("[2/2] edited since \(lighthouse) was made: it runs again"))
        #expect(scenario.gateway.throttleCounts.imageRequests == sent + 1, "only the edited item is sent")
        let newPath = try #require(second.stdoutLines.first)
        #expect(newPath != lighthouse && newPath.contains("/lighthouse-"), "saved beside: \(newPath)")
        #expect(FileManager.default.fileExists(atPath: lighthouse), "the old image is kept")
        let records = try results(scenario)
        #expect(records.map { $0["status"] as? String } == ["ok", "ok"], "the first item's record is kept")
        #expect(records.map { $0["kept"] as? Bool } == [true, nil])
        #expect(records[1]["path"] as? String == newPath)
        #expect(records[0]["fingerprint"] as? String == firstPrints[0])
        #expect(records[1]["fingerprint"] as? String != firstPrints[1])

        // A third run finds the new image made for the edited request and sends nothing.
        let third = try scenario.run(["batch", "jobs.json"])
        #expect(third.exitCode == 0, "stderr: \(third.stderr)")
        #expect(scenario.gateway.throttleCounts.imageRequests == sent + 1)
        #expect(third.stderr.contains("[2/2] already done: \(newPath) (its record is kept)"), "\(third.stderr)")
    }

    @Test func aFailedRerunOfAnEditedItemDoesNotAdoptTheOldImage() throws {
        let scenario = try Scenario()
        let original = #"{"prompts": [{"prompt": "a lighthouse at dusk, oil painting", "filename": "lighthouse.png"}]}"#
        try scenario.write(Data(original.utf8), to: "jobs.json")
        #expect(try scenario.run(["batch", "jobs.json"]).exitCode == 0)
        let oldPrint = try #require(try results(scenario).first?["fingerprint"] as? String)

        // Edited, and the re-run fails (a 400 is not retried): the record keeps the old image's fingerprint.
        try scenario.write(
            Data(original.replacingOccurrences(of: "oil painting", with: "watercolour").utf8), to: "jobs.json")
        scenario.gateway.enqueue(.error(status: 400, message: "bad request"), for: "/v1/chat/completions")
        let failed = try scenario.run(["batch", "jobs.json"])
        #expect(failed.exitCode == 4, "stderr: \(failed.stderr)")
        #expect(try results(scenario).first?["fingerprint"] as? String == oldPrint)

        // The next run still sees the edit and sends it, instead of skipping with the old image.
        let sent = scenario.gateway.throttleCounts.imageRequests
        let rerun = try scenario.run(["batch", "jobs.json"])
        #expect(rerun.exitCode == 0, "stderr: \(rerun.stderr)")
        #expect(scenario.gateway.throttleCounts.imageRequests == sent + 1, "the edited item runs again")
        #expect(rerun.stdoutLines.count == 1)
    }

    @Test func aReplacedInputImageCountsAsAnEdit() throws {
        let scenario = try Scenario()
        try scenario.write(TestImages.png(width: 64, height: 64), to: "ref.png")
        try scenario.write(
            Data(
                #"{"prompts": [{"prompt": "make it blue", "filename": "out.png", "input_images": ["ref.png"]}]}"#.utf8),
            to: "jobs.json")
        #expect(try scenario.run(["batch", "jobs.json"]).exitCode == 0)
        #expect(try scenario.run(["batch", "jobs.json"]).stdoutLines.isEmpty, "unchanged: skipped")
        try scenario.write(TestImages.png(width: 32, height: 64), to: "ref.png")
        let rerun = try scenario.run(["batch", "jobs.json"])
        #expect(rerun.exitCode == 0, "stderr: \(rerun.stderr)")
        #expect(rerun.stdoutLines.count == 1, "the same name with new bytes runs again")
    }
}

/// A result handed from another thread.
final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: CLIResult?

    func set(_ value: CLIResult?) { lock.withLock { stored = value } }
    var value: CLIResult? { lock.withLock { stored } }
}
