import FakeGateway
import Foundation
import Testing

@testable import ImageAPIClient

/// `batch-results.json`: its content, and that writing it never destroys anything but its own older copy.
@Suite("Batch manifest")
struct BatchManifestTests {
    func manifest(batchFile: String, in folder: URL) throws -> BatchManifest {
        let (file, _) = BatchFileParser.parse(
            Data(#"{"description": "d", "prompts": [{"prompt": "a", "filename": "a.png"}, {"prompt": "b"}]}"#.utf8))
        let plan = BatchPlanner.plan(file, settings: .init(baseDirectory: folder))
        let failure = ImageAPIError(
            .rateLimited, .verbatim("the gateway answered HTTP 429: busy"), hint: .verbatim("wait"), httpStatus: 429,
            requestID: "req-9",
            attempts: 3)
        let report = BatchReport(
            outcomes: [
                BatchOutcome(job: plan.jobs[0], status: .failed, error: failure, elapsed: 1.23456, attempts: 3),
                BatchOutcome(job: plan.jobs[1], status: .notRun),
            ],
            elapsed: 2.5, cancelled: false, stopReason: .failFast(index: 1))
        return BatchManifest(
            report: report, plan: plan, batchFile: batchFile, concurrency: 4,
            startedAt: Date(timeIntervalSince1970: 0), finishedAt: Date(timeIntervalSince1970: 2.5))
    }

    @Test func recordsEveryJob() throws {
        let folder = try TemporaryFolder()
        let manifest = try manifest(batchFile: "/x/jobs.json", in: folder.url)
        let json = try #require(try JSONSerialization.jsonObject(with: manifest.encoded()) as? [String: Any])
        #expect(json["tool"] as? String == "gen-image")
        #expect(json["batch_file"] as? String == "/x/jobs.json")
        #expect(json["started_at"] as? String == "1970-01-01T00:00:00Z")
        #expect(json["stopped_early"] as? String == "fail_fast")
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["failed"] as? Int == 1 && summary["not_run"] as? Int == 1 && summary["total"] as? Int == 2)
        let jobs = try #require(json["jobs"] as? [[String: Any]])
        #expect(jobs.map { $0["index"] as? Int } == [1, 2])
        #expect(jobs.map { $0["status"] as? String } == ["failed", "not_run"])
        let error = try #require(jobs[0]["error"] as? [String: Any])
        #expect(error["code"] as? String == "rate_limited")
        #expect(error["http_status"] as? Int == 429)
        #expect(error["request_id"] as? String == "req-9")
        #expect(jobs[0]["attempts"] as? Int == 3)
        #expect(jobs[0]["elapsed"] as? Double == 1.235)
        #expect(jobs[1]["attempts"] == nil && jobs[1]["path"] == nil)
        #expect((jobs[1]["target"] as? String)?.hasSuffix("/002-b.png") == true)
        #expect(try JSONDecoder().decode(BatchManifest.self, from: manifest.encoded()) == manifest)
    }

    @Test func replacesItsOwnManifestButNeverAnotherFile() throws {
        let folder = try TemporaryFolder()
        let first = try manifest(batchFile: "/x/jobs.json", in: folder.url)
        let url = try first.write(into: folder.url)
        #expect(url.lastPathComponent == "jobs.results.json", "named after the batch file")
        #expect(try first.write(into: folder.url) == url, "a re-run of the same batch updates its manifest")

        let other = try manifest(batchFile: "/y/other.json", in: folder.url)
        #expect(try other.write(into: folder.url).lastPathComponent == "other.results.json")
        let namesake = try manifest(batchFile: "/y/jobs.json", in: folder.url)
        let elsewhere = try namesake.write(into: folder.url, now: Date(timeIntervalSince1970: 0))
        #expect(elsewhere.lastPathComponent.hasPrefix("jobs.results-"))
        #expect(FileManager.default.contents(atPath: url.path) == first.encoded(), "the first batch's record is kept")

        let foreign = folder.url.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("my own notes".utf8).write(to: foreign.appendingPathComponent("jobs.results.json"))
        let saved = try first.write(into: foreign)
        #expect(saved.lastPathComponent != "jobs.results.json")
        #expect(
            FileManager.default.contents(atPath: foreign.appendingPathComponent("jobs.results.json").path)
                == Data("my own notes".utf8))
        let left = try FileManager.default.contentsOfDirectory(atPath: foreign.path)
        #expect(!left.contains { $0.hasSuffix(".tmp") })
    }
}
