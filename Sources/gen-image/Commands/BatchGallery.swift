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
    /// Each item's card, rendered once when it is planned (waiting) and once when it ends: a rewrite only joins
    /// them, so a page of thousands of items costs milliseconds, not a second.
    private struct State {
        var cards: [Int: String] = [:]
        var statuses: [Int: String] = [:]
        var cost = 0.0
        var costIsPartial = false
        /// Items finished since the last write, whose cards are not rendered yet.
        var pending: [BatchOutcome] = []
        var flushScheduled = false
        var finished = false
        var lastWrite: ContinuousClock.Instant?
        var disabled = false
    }
    private let state = Locked(State())
    private let writing = Locked(())
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

    /// The first page: every item waiting.
    func writeRunning() {
        let outcomes = plan.jobs.map { BatchOutcome(job: $0, status: .notRun) }
        let waiting = Set(plan.jobs.map(\.item.index))
        let cards = Self.cards(manifest(of: outcomes), planned: planned, provider: provider, waiting: waiting)
        let folder = url.deletingLastPathComponent()
        let rendered = zip(plan.jobs, cards).map { ($0.item.index, GalleryPage.card($1, folder: folder)) }
        state.withLock { state in
            for (index, html) in rendered where state.cards[index] == nil { state.cards[index] = html }
        }
        writePage()
    }

    /// Notes a finished item and rewrites the page when the last write is a second old; the cards of the items
    /// finished since the last write are rendered then, together.
    func note(_ event: BatchEvent) {
        guard case .finished(let outcome) = event else { return }
        enum Next { case now, later(Duration), nothing }
        let next = state.withLock { state -> Next in
            state.pending.append(outcome)
            guard !state.disabled else { return .nothing }
            if let last = state.lastWrite, clock.now - last < Self.interval {
                // A write is due once the second is up, even if no other item ends by then.
                guard !state.flushScheduled else { return .nothing }
                state.flushScheduled = true
                return .later(Self.interval - (clock.now - last))
            }
            return .now
        }
        switch next {
        case .now: writePage()
        case .later(let wait):
            Task.detached { [self] in
                try? await Task.sleep(for: wait)
                state.withLock { $0.flushScheduled = false }
                writePage()
            }
        case .nothing: break
        }
    }

    /// The least time between two writes of a running batch's page.
    static let interval = Duration.seconds(1)

    /// The page as it stands: finished items as they ended, the others waiting.
    private func writePage() {
        guard
            let outcomes = state.withLock({ state -> [BatchOutcome]? in
                guard !state.finished else { return nil }
                defer { state.pending = [] }
                return state.pending
            })
        else { return }
        if !outcomes.isEmpty {
            let cards = Self.cards(manifest(of: outcomes), planned: planned, provider: provider, waiting: [])
            let folder = url.deletingLastPathComponent()
            let rendered = cards.map { GalleryPage.card($0, folder: folder) }
            state.withLock { state in
                for (outcome, (card, html)) in zip(outcomes, zip(cards, rendered)) {
                    let index = outcome.job.item.index
                    state.cards[index] = html
                    state.statuses[index] = card.status
                    if let cost = card.cost { state.cost += cost }
                    if card.costIsEstimate || (card.status == "ok" && card.cost == nil) { state.costIsPartial = true }
                }
            }
        }
        let (rendered, statuses, cost, partial) = state.withLock { state in
            (plan.jobs.compactMap { state.cards[$0.item.index] }, state.statuses, state.cost, state.costIsPartial)
        }
        var counts: [(String, Int)] = []
        for status in ["ok", "failed", "skipped", "cancelled", "not_run"] {
            let count = statuses.values.filter { $0 == status }.count
            if count > 0 || status == "ok" || status == "failed" { counts.append((status, count)) }
        }
        let waiting = plan.jobs.count - statuses.count
        if waiting > 0 { counts.append(("waiting", waiting)) }
        let stamp = ISO8601DateFormatter()
        let header = GalleryHeader(
            title: title, counts: counts, cost: (cost * 10_000).rounded() / 10_000, costIsPartial: partial,
            started: stamp.string(from: startedAt), elapsed: Date().timeIntervalSince(startedAt),
            updated: stamp.string(from: Date()), inProgress: waiting > 0)
        write(GalleryPage.html(header: header, renderedCards: rendered))
    }

    /// The final page, from the results file as written (or, when it could not be, from `manifest`).
    func writeFinished(_ manifest: BatchManifest, resultsFile: URL?) {
        state.withLock { $0.finished = true }
        var written = manifest
        if let resultsFile, let data = FileManager.default.contents(atPath: resultsFile.path),
            let decoded = try? JSONDecoder().decode(BatchManifest.self, from: data)
        {
            written = decoded
        }
        let cards = Self.cards(written, planned: planned, provider: provider, waiting: [])
        var counts: [(String, Int)] = [("ok", written.summary.ok), ("failed", written.summary.failed)]
        if written.summary.skipped > 0 { counts.append(("skipped", written.summary.skipped)) }
        if written.summary.cancelled > 0 { counts.append(("cancelled", written.summary.cancelled)) }
        if written.summary.notRun > 0 { counts.append(("not_run", written.summary.notRun)) }
        let header = GalleryHeader(
            title: title, counts: counts, cost: written.summary.estimatedCost,
            costIsPartial: written.summary.costIsPartial, started: written.startedAt, elapsed: written.elapsed,
            updated: ISO8601DateFormatter().string(from: Date()))
        write(GalleryPage.html(header: header, cards: cards, folder: url.deletingLastPathComponent()), isFinal: true)
    }

    private var title: String {
        "gen-image batch: " + (batchFile == "-" ? "stdin" : URL(fileURLWithPath: batchFile).lastPathComponent)
    }

    /// The results file's records of `outcomes` (the seam every card goes through).
    private func manifest(of outcomes: [BatchOutcome]) -> BatchManifest {
        BatchManifest(
            report: BatchReport(outcomes: outcomes, elapsed: 0, cancelled: false, stopReason: nil), plan: plan,
            batchFile: batchFile, concurrency: concurrency, startedAt: startedAt)
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
            if let width = job.delivered?.width, let height = job.delivered?.height {
                delivered = "\(width)x\(height)"
            }
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

    /// Writes the page; one write at a time, and none of a running page once the final one is written.
    private func write(_ html: String, isFinal: Bool = false) {
        writing.withLock { _ in
            guard isFinal || !state.value.finished else { return }
            let ok = GalleryFile.write(html, to: url)
            state.withLock { state in
                state.lastWrite = clock.now
                if !ok { state.disabled = true }
            }
        }
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
