import FakeGateway
import Foundation
import Testing

@testable import ImageAPIClient

/// Issue #19, point 11: finished jobs' records live on disk (`BatchJournal`), and the results file written
/// from them is byte for byte the one written from records held in memory.
@Suite("Batch journal")
struct BatchJournalTests {
    /// A manifest of `count` items, every one failed with its own message (records of different lengths).
    func manifest(items count: Int, in folder: URL) -> (BatchManifest, BatchReport, BatchPlan) {
        let items = (1...count).map { #"{"prompt": "item \#($0) \#(String(repeating: "x", count: $0 % 7))"}"# }
        let (file, _) = BatchFileParser.parse(Data(#"{"prompts": [\#(items.joined(separator: ","))]}"#.utf8))
        let plan = BatchPlanner.plan(file, settings: .init(baseDirectory: folder))
        let outcomes = plan.jobs.map { job in
            BatchOutcome(
                job: job, status: job.item.index % 3 == 0 ? .notRun : .failed,
                error: ImageAPIError(.badResponse, .verbatim("reply \(job.item.index) \"quoted\"\n")), attempts: 1)
        }
        let report = BatchReport(outcomes: outcomes, elapsed: 1, cancelled: false, stopReason: nil)
        let manifest = BatchManifest(
            report: report, plan: plan, batchFile: "/x/jobs.json", concurrency: 4,
            startedAt: Date(timeIntervalSince1970: 0), finishedAt: Date(timeIntervalSince1970: 1))
        return (manifest, report, plan)
    }

    @Test(arguments: [1, 2, 57])
    func writtenFromTheJournalIsTheSameFile(_ count: Int) throws {
        let folder = try TemporaryFolder()
        let (whole, report, plan) = manifest(items: count, in: folder.url)
        let journal = BatchJournal(in: folder.url)
        defer { journal.close() }
        #expect(journal.url != nil, "the journal is a file")
        // Records arrive in any order (jobs finish out of order); the file lists them in file order.
        for outcome in report.outcomes.shuffled() { journal.append(BatchManifest.record(for: outcome)) }
        var header = BatchManifest(
            summaryOf: report, plan: plan, batchFile: "/x/jobs.json", concurrency: 4,
            startedAt: Date(timeIntervalSince1970: 0), finishedAt: Date(timeIntervalSince1970: 1))
        #expect(header.jobs.isEmpty)
        var streamed = Data()
        try header.render(journal: journal) { streamed.append($0) }
        #expect(String(decoding: streamed, as: UTF8.self) == String(decoding: whole.encoded(), as: UTF8.self))
        header.jobs = whole.jobs
        #expect(try JSONDecoder().decode(BatchManifest.self, from: streamed) == header)
    }

    @Test func theFileIsPrivateAndRemovedWhenClosed() throws {
        let folder = try TemporaryFolder()
        let journal = BatchJournal(in: folder.url)
        let url = try #require(journal.url)
        let mode = try #require(
            try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int)
        #expect(mode & 0o077 == 0, "mode \(String(mode, radix: 8))")
        #expect(url.lastPathComponent.hasPrefix(".gen-image-\(getpid())-"), "swept like every temporary file")
        journal.close()
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }

    @Test func withoutAFileTheRecordsStayInMemory() throws {
        let folder = try TemporaryFolder()
        let (whole, report, plan) = manifest(items: 5, in: folder.url)
        // A file where the folder should be: no journal file can be made there.
        let blocked = folder.url.appendingPathComponent("blocked")
        _ = FileManager.default.createFile(atPath: blocked.path, contents: Data("x".utf8))
        let journal = BatchJournal(in: blocked)
        #expect(journal.url == nil)
        for outcome in report.outcomes { journal.append(BatchManifest.record(for: outcome)) }
        #expect(journal.count == 5)
        let header = BatchManifest(
            summaryOf: report, plan: plan, batchFile: "/x/jobs.json", concurrency: 4,
            startedAt: Date(timeIntervalSince1970: 0), finishedAt: Date(timeIntervalSince1970: 1))
        var streamed = Data()
        try header.render(journal: journal) { streamed.append($0) }
        #expect(streamed == whole.encoded())
    }

    /// A large results file is recognised as our own from its first and last lines, without reading it whole;
    /// any other file of that name is still never touched.
    @Test func aLargeResultsFileIsRecognisedWithoutReadingItWhole() throws {
        let folder = try TemporaryFolder()
        let (big, _, _) = manifest(items: 3_000, in: folder.url)
        let first = try big.write(into: folder.url)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: first.path)[.size] as? Int)
        #expect(size > 4 * 65_536, "large enough to take the windowed path: \(size)")
        #expect(big.isOwnManifest(at: first))
        #expect(try big.write(into: folder.url) == first, "its own results file is updated")

        var other = big
        other.batchFile = "/y/jobs.json"
        #expect(!other.isOwnManifest(at: first), "the same name, another batch file")
        let elsewhere = try other.write(into: folder.url)
        #expect(elsewhere != first && elsewhere.lastPathComponent.hasPrefix("jobs.results-"))

        // A large file that is not a manifest (the right first line, but no `tool` at the end).
        let text =
            "{\n  \"batch_file\" : \"/x/jobs.json\",\n  \"data\" : \"" + String(repeating: "z", count: 300_000)
            + "\"\n}\n"
        try Data(text.utf8).write(to: first)
        #expect(!big.isOwnManifest(at: first))
    }

    /// The runner with a recording sink hands every outcome over once and keeps only what the summary names.
    @Test func aRecordingRunKeepsCountersNotOutcomes() async throws {
        let folder = try TemporaryFolder()
        let items = (1...6).map { #"{"prompt": "p\#($0)", "filename": "f\#($0).png"}"# }
        let (file, _) = BatchFileParser.parse(Data(#"{"prompts": [\#(items.joined(separator: ","))]}"#.utf8))
        for index in [2, 4] {
            try TestImages.png(width: 4, height: 4).write(to: folder.url.appendingPathComponent("f\(index).png"))
        }
        let plan = BatchPlanner.plan(file, settings: .init(baseDirectory: folder.url))
        let runner = BatchRunner(options: .init(concurrency: 2)) {
            // No key: every job that runs fails at once, without sending anything.
            ImageClient(configuration: .init(baseURL: URL(string: "http://127.0.0.1:9/v1")!, apiKey: nil))
        }
        let seen = Locked<[Int]>([])
        let report = await runner.run(
            plan.jobs, recording: { outcome in seen.update { $0.append(outcome.job.item.index) } })
        #expect(seen.value.sorted() == [1, 2, 3, 4, 5, 6], "each outcome handed over once")
        #expect(report.total == 6)
        #expect(report.count(.skipped) == 2 && report.count(.failed) == 4)
        #expect(report.outcomes.map(\.job.item.index) == [1, 3, 5, 6], "only the failures stay in memory")
    }
}
