import Foundation
import ImageAPIClient

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `jobs.html` beside a batch's results file: the batch as a page of cards, rewritten as items finish (at
/// most once a second, and once more at the end), so an interrupted or resumed batch shows where it stands.
///
/// The page is made from the results file's content (`BatchManifest`), through `cards(_:planned:provider:)`:
/// while the batch runs, from a manifest of the items finished so far; at the end, from the results file as it
/// was written. The plan adds what the file does not hold: the size asked and each item's command line.
final class BatchGallery: @unchecked Sendable {
    /// Where the page goes.
    let url: URL
    private let plan: BatchPlan
    private let batchFile: String
    private let concurrency: Int
    private let provider: Provider
    private let startedAt: Date
    private let planned: [Int: PlannedJob]
    private struct State {
        var finished: [Int: BatchOutcome] = [:]
        var lastWrite: ContinuousClock.Instant?
        var disabled = false
    }
    private let state = Locked(State())
    private let clock = ContinuousClock()

    /// A gallery for `plan`'s run, beside its results file in `directory`.
    init(
        plan: BatchPlan, batchFile: String, directory: URL, concurrency: Int, provider: Provider, startedAt: Date
    ) {
        url = directory.appendingPathComponent(Self.fileName(forBatchFile: batchFile))
        self.plan = plan
        self.batchFile = batchFile
        self.concurrency = concurrency
        self.provider = provider
        self.startedAt = startedAt
        planned = Dictionary(plan.jobs.map { ($0.item.index, $0.planned) }) { first, _ in first }
    }

    /// `jobs.json` → `jobs.html`; stdin's `batch-results.json` → `batch-results.html`.
    static func fileName(forBatchFile batchFile: String) -> String {
        let results = BatchManifest.fileName(forBatchFile: batchFile)
        if results.hasSuffix(".results.json") { return String(results.dropLast(".results.json".count)) + ".html" }
        return String(results.dropLast(".json".count)) + ".html"
    }

    /// Notes a finished item and rewrites the page when the last write is a second old.
    func note(_ event: BatchEvent) {
        guard case .finished(let outcome) = event else { return }
        let due = state.withLock { state -> Bool in
            state.finished[outcome.job.item.index] = outcome
            guard !state.disabled else { return false }
            if let last = state.lastWrite, clock.now - last < .seconds(1) { return false }
            state.lastWrite = clock.now
            return true
        }
        if due { writeRunning() }
    }

    /// The page while the batch runs: finished items as they ended, the others waiting.
    func writeRunning() {
        let finished = state.value.finished
        let outcomes = plan.jobs.map { job in finished[job.item.index] ?? BatchOutcome(job: job, status: .notRun) }
        let report = BatchReport(
            outcomes: outcomes, elapsed: Seconds.of(.seconds(Date().timeIntervalSince(startedAt))),
            cancelled: false, stopReason: nil)
        let manifest = BatchManifest(
            report: report, plan: plan, batchFile: batchFile, concurrency: concurrency, startedAt: startedAt)
        let waiting = Set(plan.jobs.map(\.item.index)).subtracting(finished.keys)
        write(manifest, waiting: waiting)
    }

    /// The final page, from the results file as written (or, when it could not be, from `manifest`).
    func writeFinished(_ manifest: BatchManifest, resultsFile: URL?) {
        var written = manifest
        if let resultsFile, let data = FileManager.default.contents(atPath: resultsFile.path),
            let decoded = try? JSONDecoder().decode(BatchManifest.self, from: data)
        {
            written = decoded
        }
        state.withLock { $0.lastWrite = clock.now }
        write(written, waiting: [])
    }

    /// The cards of a batch: one per record of its results file, in file order.
    static func cards(_ manifest: BatchManifest, planned: [Int: PlannedJob], provider: Provider, waiting: Set<Int>)
        -> [GalleryCard]
    {
        manifest.jobs.map { job in
            let plan = planned[job.index]
            let record = plan?.provenance(provider: provider)
            var cost: CostEstimate?
            if job.status == "ok", let plan {
                var estimate = CostEstimate()
                estimate.add(plan.spec, quality: plan.parameters.quality, usage: job.usage)
                cost = estimate
            }
            var delivered: String?
            if let width = job.delivered?.width, let height = job.delivered?.height { delivered = "\(width)x\(height)" }
            return GalleryCard(
                status: waiting.contains(job.index) ? "waiting" : job.status,
                imagePath: job.status == "ok" || job.status == "skipped" ? job.path : nil,
                prompt: job.prompt, model: job.model,
                sizeAsked: record?.sizeAsked ?? record?.aspect, sizeDelivered: delivered, seconds: job.elapsed,
                cost: cost.flatMap { $0.exact + $0.guessed > 0 ? $0.dollars : nil },
                costIsEstimate: cost?.isPartial ?? false,
                errorCode: job.error?.code, errorMessage: job.error?.message,
                command: record.map { GalleryCommandLine.text($0, filename: job.target) } ?? "",
                label: "#\(job.index)")
        }
    }

    private func write(_ manifest: BatchManifest, waiting: Set<Int>) {
        let cards = Self.cards(manifest, planned: planned, provider: provider, waiting: waiting)
        var counts: [(String, Int)] = [("ok", manifest.summary.ok), ("failed", manifest.summary.failed)]
        if manifest.summary.skipped > 0 { counts.append(("skipped", manifest.summary.skipped)) }
        if manifest.summary.cancelled > 0 { counts.append(("cancelled", manifest.summary.cancelled)) }
        if !waiting.isEmpty {
            counts.append(("waiting", waiting.count))
        } else if manifest.summary.notRun > 0 {
            counts.append(("not_run", manifest.summary.notRun))
        }
        let header = GalleryHeader(
            title: "gen-image batch: "
                + (batchFile == "-" ? "stdin" : URL(fileURLWithPath: batchFile).lastPathComponent),
            counts: counts, cost: manifest.summary.estimatedCost, costIsPartial: manifest.summary.costIsPartial,
            started: manifest.startedAt, elapsed: manifest.elapsed,
            updated: ISO8601DateFormatter().string(from: Date()),
            inProgress: !waiting.isEmpty)
        let html = GalleryPage.html(header: header, cards: cards, folder: url.deletingLastPathComponent())
        if !GalleryFile.write(html, to: url) { state.withLock { $0.disabled = true } }
    }
}

/// Writes a gallery page in place of an earlier gen-image page, never over any other file; atomically, so a
/// browser reloading it never sees half a page.
enum GalleryFile {
    /// False when the page could not be written, or a file that is not gen-image's page holds the name.
    static func write(_ html: String, to url: URL) -> Bool {
        let folder = url.deletingLastPathComponent()
        if let existing = FileHandle(forReadingAtPath: url.path) {
            let head = (try? existing.read(upToCount: 1024)) ?? Data()
            try? existing.close()
            guard String(decoding: head, as: UTF8.self).contains(GalleryPage.marker) else { return false }
        } else if FileManager.default.fileExists(atPath: url.path) {
            return false
        }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".gen-image-\(UUID().uuidString.prefix(12)).html.tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(html.utf8)) else { return false }
        guard rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            return false
        }
        return true
    }
}
