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
/// The page is made from the results file's records (`BatchManifest`), through `cards(_:planned:provider:)`:
/// each item's card is rendered when it is planned (waiting) and again when it ends, and kept in a
/// `GalleryCardSpool` on disk; a write joins them into the page file piece by piece. The plan adds what the
/// records do not hold: the size asked and each item's command line.
final class BatchGallery: @unchecked Sendable {
    /// Where the page goes.
    let url: URL
    private let plan: BatchPlan
    private let batchFile: String
    private let concurrency: Int
    private let provider: Provider
    private let startedAt: Date
    /// Where each item's job is in `plan.jobs`, by item index: a job is looked up there, never copied (a
    /// `PlannedJob` holds its model's whole row, and a batch has thousands).
    private let positions: [Int: Int]
    /// Each item's status and the running cost; the cards themselves are in `spool`, rendered once when an item
    /// is planned and once when it ends, so a rewrite only joins them.
    private struct State {
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
    private let spool = GalleryCardSpool()
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
        positions = Dictionary(plan.jobs.indices.map { (plan.jobs[$0].item.index, $0) }) { first, _ in first }
    }

    /// `jobs.json` → `jobs.html`; stdin's `batch-results.json` → `batch-results.html`.
    static func fileName(forBatchFile batchFile: String) -> String {
        let results = BatchManifest.fileName(forBatchFile: batchFile)
        if results.hasSuffix(".results.json") { return String(results.dropLast(".results.json".count)) + ".html" }
        return String(results.dropLast(".json".count)) + ".html"
    }

    /// The first page: every item waiting.
    func writeRunning() {
        render(plan.jobs, waiting: true)
        writePage()
    }

    /// Renders and keeps the cards of `jobs` as not run (waiting, while `waiting`), a slice at a time, so the
    /// records and cards of a large plan are never all in memory at once.
    private func render(_ jobs: [BatchJob], waiting: Bool) {
        let folder = url.deletingLastPathComponent()
        for start in stride(from: 0, to: jobs.count, by: 256) {
            let slice = jobs[start..<min(start + 256, jobs.count)]
            let outcomes = slice.map { BatchOutcome(job: $0, status: .notRun) }
            let indexes = Set(slice.map(\.item.index))
            let cards = Self.cards(
                manifest(of: outcomes), planned: planned(_:), provider: provider, waiting: waiting ? indexes : [])
            for (job, card) in zip(slice, cards) where !waiting || !spool.hasCard(for: job.item.index) {
                spool.store(GalleryPage.card(card, folder: folder), for: job.item.index)
            }
        }
    }

    /// Notes a finished item and rewrites the page when the last write is a second old; the cards of the items
    /// finished since the last write are rendered then, together.
    func note(_ event: BatchEvent) {
        guard case .finished(let outcome) = event else { return }
        enum Next { case now, later(Duration), nothing }
        let next = state.withLock { state -> Next in
            guard !state.disabled else { return .nothing }
            state.pending.append(outcome)
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
        guard flushPending() else { return }
        let (statuses, cost, partial) = state.withLock { state in (state.statuses, state.cost, state.costIsPartial) }
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
        write(header)
    }

    /// Renders the cards of the items finished since the last call; false once the final page is written.
    @discardableResult
    private func flushPending() -> Bool {
        guard
            let outcomes = state.withLock({ state -> [BatchOutcome]? in
                guard !state.finished else { return nil }
                defer { state.pending = [] }
                return state.pending
            })
        else { return false }
        if !outcomes.isEmpty {
            let cards = Self.cards(manifest(of: outcomes), planned: planned(_:), provider: provider, waiting: [])
            let folder = url.deletingLastPathComponent()
            let rendered = cards.map { GalleryPage.card($0, folder: folder) }
            for (outcome, html) in zip(outcomes, rendered) { spool.store(html, for: outcome.job.item.index) }
            state.withLock { state in
                for (outcome, card) in zip(outcomes, cards) {
                    let index = outcome.job.item.index
                    state.statuses[index] = card.status
                    if let cost = card.cost { state.cost += cost }
                    if card.costIsEstimate || (card.status == "ok" && card.cost == nil) { state.costIsPartial = true }
                }
            }
        }
        return true
    }

    /// The final page: every card as its item ended (the same records the results file holds, rendered as each
    /// item finished), the items that never ran as such, and the header from the results file's summary. Nothing
    /// is read back from the results file, and the page goes to disk card by card, so a batch of any size costs
    /// its cards, not its page twice over.
    func writeFinished(_ summary: BatchManifest) {
        flushPending()
        let missing = state.withLock { state in plan.jobs.filter { state.statuses[$0.item.index] == nil } }
        render(missing, waiting: false)
        state.withLock { $0.finished = true }
        var counts: [(String, Int)] = [("ok", summary.summary.ok), ("failed", summary.summary.failed)]
        if summary.summary.skipped > 0 { counts.append(("skipped", summary.summary.skipped)) }
        if summary.summary.cancelled > 0 { counts.append(("cancelled", summary.summary.cancelled)) }
        if summary.summary.notRun > 0 { counts.append(("not_run", summary.summary.notRun)) }
        let header = GalleryHeader(
            title: title, counts: counts, cost: summary.summary.estimatedCost,
            costIsPartial: summary.summary.costIsPartial, started: summary.startedAt, elapsed: summary.elapsed,
            updated: ISO8601DateFormatter().string(from: Date()))
        write(header, isFinal: true)
    }

    /// The plan of item `index`, from `plan.jobs`.
    private func planned(_ index: Int) -> PlannedJob? {
        positions[index].map { plan.jobs[$0].planned }
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
    static func cards(
        _ manifest: BatchManifest, planned: (Int) -> PlannedJob?, provider: Provider, waiting: Set<Int>
    ) -> [GalleryCard] {
        manifest.jobs.map { job in
            let plan = planned(job.index)
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
    private func write(_ header: GalleryHeader, isFinal: Bool = false) {
        writing.withLock { _ in
            guard isFinal || !state.value.finished else { return }
            let cards = plan.jobs.lazy.compactMap { self.spool.card(for: $0.item.index) }
            let ok = GalleryFile.write(head: GalleryPage.head(header), cards: cards, foot: GalleryPage.foot, to: url)
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
        write(head: html, cards: [], foot: "", to: url)
    }

    /// The same for a page given in pieces (its head, each card, its end), written one after another, so the
    /// whole page is never one string in memory.
    static func write(head: String, cards: some Sequence<String>, foot: String, to url: URL) -> Bool {
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
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
            let file = FileHandle(forWritingAtPath: temporary.path)
        else { return false }
        var written = true
        var chunk = head
        for piece in cards {
            chunk += piece
            guard chunk.utf8.count >= 1 << 16 else { continue }
            written = written && (try? file.write(contentsOf: Data(chunk.utf8))) != nil
            chunk = ""
        }
        written = written && (try? file.write(contentsOf: Data((chunk + foot).utf8))) != nil
        try? file.close()
        guard written else {
            try? FileManager.default.removeItem(at: temporary)
            return false
        }
        guard rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            return false
        }
        return true
    }
}
