import Foundation
import ImageAPIClient

/// What `gen-image batch` says on stderr, and the saved paths it puts on stdout.
///
/// A line when each job starts and ends (`[3/24] ok 84.2 s /path`, `[3/24] failed: reason`), so an agent
/// reading the log knows where each image is; on a terminal also one status line redrawn in place (running,
/// done, failed); elsewhere that status as a line every 10 s, so a long quiet batch still shows it is alive.
/// Called from every job's task at once, so its counters sit behind a lock.
final class BatchReporter: @unchecked Sendable {
    private let terminal: Terminal
    private let quiet: Bool
    /// With `--json` stdout holds only the final object, so saved paths are not printed as they finish.
    private let pathsOnStdout: Bool
    private let interval: Double
    private let total: Int
    private let lock = NSLock()
    private var running = 0
    private var counts: [BatchOutcome.Status: Int] = [:]
    private var ticker: Task<Void, Never>?
    private let started = ContinuousClock.now

    /// - Parameters:
    ///   - total: the number of items in the file, the N of `[k/N]`.
    ///   - interval: seconds between status updates; nil picks 1 s on a terminal and 10 s otherwise.
    init(terminal: Terminal, quiet: Bool, interval: Double?, total: Int, pathsOnStdout: Bool = true) {
        self.terminal = terminal
        self.quiet = quiet
        self.pathsOnStdout = pathsOnStdout
        self.interval = interval ?? (terminal.stderrIsInteractive ? 1 : 10)
        self.total = total
    }

    // MARK: - Before

    /// Every problem of an invalid file, placed by item, line and field, then what the flags in hints mean.
    func problems(_ problems: [BatchProblem], source: String) {
        let shown = problems.prefix(50)
        terminal.info(
            "gen-image: error: \(source) is not a valid batch file: "
                + (problems.count == 1 ? "1 problem" : "\(problems.count) problems") + "; nothing was sent")
        for problem in shown {
            terminal.info("  \(problem)")
            if let hint = problem.error.hint { terminal.info("    hint: \(hint)") }
        }
        if problems.count > shown.count { terminal.info("  … and \(problems.count - shown.count) more") }
        let flags = ["-s/", "-q/", "-o ", "-o/", "-c/", "-c ", "-r/", "-m ", "-s "]
        if problems.contains(where: { problem in flags.contains { (problem.error.hint ?? "").contains($0) } })
            || problems.contains(where: { problem in flags.contains { problem.error.message.contains($0) } })
        {
            terminal.info(
                "  (in a batch file -s is \"size\", -q \"quality\", -o \"output_format\", -c \"output_compression\", "
                    + "-r \"response_format\", -m \"model\")")
        }
        terminal.info("  see 'gen-image batch --help' and references/batch-template.md")
    }

    /// What is about to happen: how many jobs run and are skipped, the models and their usual waits, the
    /// expected total time and the estimated cost; then the planner's notes, each once with its items.
    func announce(_ plan: BatchPlan, source: String, concurrency: Int) {
        guard !quiet else { return }
        let toRun = plan.jobsToRun
        let skipped = plan.jobs.count - toRun.count
        var parts = ["\(total) item" + (total == 1 ? "" : "s")]
        if skipped > 0 { parts.append("\(skipped) already done (skipped)") }
        parts.append(
            toRun.isEmpty ? "nothing to run" : "\(toRun.count) to run, \(min(concurrency, toRun.count)) at a time")
        terminal.info("gen-image: batch \(source): " + parts.joined(separator: ", "))
        guard !toRun.isEmpty else { return }
        var models: [(name: String, count: Int, spec: ModelSpec)] = []
        for job in toRun {
            if let index = models.firstIndex(where: { $0.name == job.planned.model }) {
                models[index].count += 1
            } else {
                models.append((job.planned.model, 1, job.planned.spec))
            }
        }
        let described = models.map { model in
            let wait = model.spec.expectedWait
            let usual = model.spec.isKnown ? "usually \(wait.low)–\(wait.high) s each" : "wait unknown"
            return "\(model.name) ×\(model.count) (\(usual))"
        }
        var line = "gen-image: " + described.joined(separator: ", ")
        let known = models.filter { $0.spec.isKnown }
        if !known.isEmpty {
            let rounds = Int((Double(toRun.count) / Double(concurrency)).rounded(.up))
            let low = rounds * (known.map(\.spec.expectedWait.low).min() ?? 0)
            let high = rounds * (known.map(\.spec.expectedWait.high).max() ?? 0)
            line += " · about \(Self.duration(Double(low)))–\(Self.duration(Double(high))) in all"
        }
        let estimate = plan.estimatedCost
        line += " · estimated cost \(Self.dollars(estimate.dollars))"
        if estimate.unpriced > 0 { line += " + \(estimate.unpriced) of unknown price" }
        terminal.info(line)
        var notes: [(diagnostic: Diagnostic, items: [Int])] = []
        for job in toRun {
            for note in job.planned.notes {
                if let index = notes.firstIndex(where: { $0.diagnostic == note }) {
                    notes[index].items.append(job.item.index)
                } else {
                    notes.append((note, [job.item.index]))
                }
            }
        }
        for (note, items) in notes {
            terminal.info("gen-image: \(note.severity.rawValue): \(note.message) (\(Self.itemList(items)))")
        }
    }

    /// `--dry-run`: each item's plan on stdout, then a line on stderr saying nothing was sent.
    func dryRun(_ plan: BatchPlan) {
        for job in plan.jobs {
            let planned = job.planned
            if let existing = job.existing, !job.force {
                terminal.result("\(tag(job)) skip: \(existing.path) already exists")
                continue
            }
            let endpoint = planned.endpoint == .chat ? "chat" : "images"
            terminal.result("\(tag(job)) run \(planned.model) (\(endpoint) endpoint) → \(job.target.path)")
            let pad = String(repeating: " ", count: tag(job).count)
            terminal.result("\(pad) prompt: \(planned.prompt)")
            let options = planned.options
            let fields: [(String, String?)] = [
                ("size", options.size), ("quality", options.quality), ("output_format", options.outputFormat),
                ("output_compression", options.outputCompression.map(String.init)),
                ("response_format", options.responseFormat),
            ]
            let given = fields.compactMap { name, value in value.map { "\(name)=\($0)" } }
            if !given.isEmpty { terminal.result("\(pad) options: \(given.joined(separator: " "))") }
            if !planned.inputs.isEmpty {
                terminal.result("\(pad) input_images: \(planned.inputs.map(\.url.path).joined(separator: " "))")
            }
        }
        if !quiet { terminal.info("gen-image: dry run: nothing was sent") }
    }

    // MARK: - During

    /// Starts the status display.
    func start() {
        guard !quiet else { return }
        let interval = self.interval
        ticker = Task { [weak self] in
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: UInt64(max(interval, 0.001) * 1_000_000_000))
                guard !Task.isCancelled, let self else { return }
                if self.terminal.stderrIsInteractive {
                    self.redraw()
                } else {
                    self.terminal.info("gen-image: batch: \(self.status())")
                }
            }
        }
    }

    /// Shows one event from the runner; prints the path of each saved image on stdout at once.
    func handle(_ event: BatchEvent) {
        switch event {
        case .started(let job):
            lock.withLock { running += 1 }
            say("\(tag(job)) started \(job.planned.model) → \(job.target.lastPathComponent)")
        case .progress(let job, .retrying(let notice)):
            say("\(tag(job)) \(Wording.retry(notice))")
        case .progress:
            break
        case .finished(let outcome):
            finished(outcome)
        case .concurrencyLowered(let limit):
            say(
                "gen-image: the gateway is rate limiting (HTTP 429); at most \(limit) request"
                    + (limit == 1 ? "" : "s") + " in flight until jobs succeed again")
        case .concurrencyRaised(let limit):
            say("gen-image: jobs are succeeding again; up to \(limit) requests in flight")
        case .stopping(let reason):
            switch reason {
            case .failFast(let index):
                say("gen-image: --fail-fast: item \(index) failed; starting no new jobs", always: true)
            case .keyRefused(let index):
                say(
                    "gen-image: the gateway refused the key on item \(index) (HTTP 401); starting no new jobs",
                    always: true)
            }
        }
    }

    private func finished(_ outcome: BatchOutcome) {
        let job = outcome.job
        lock.withLock {
            if outcome.status != .skipped { running -= 1 }
            counts[outcome.status, default: 0] += 1
        }
        switch outcome.status {
        case .ok:
            let path = outcome.path?.path ?? job.target.path
            let seconds = Wording.seconds(outcome.elapsed ?? 0, precise: true)
            say("\(tag(job)) ok \(seconds) \(path)")
            for note in outcome.result?.notes ?? [] where !(job.automaticName && note.code == "extension_changed") {
                say("\(String(repeating: " ", count: tag(job).count)) \(note.severity.rawValue): \(note.message)")
            }
            if pathsOnStdout { terminal.result(path) }
        case .skipped:
            say("\(tag(job)) skipped: \(outcome.path?.path ?? job.target.path) already exists")
        case .failed:
            say("\(tag(job)) failed: \(outcome.error?.message ?? "unknown error")", always: true)
        case .cancelled:
            say("\(tag(job)) cancelled")
        case .notRun:
            break
        }
    }

    /// Stops the status display and removes the status line.
    func stop() {
        ticker?.cancel()
        ticker = nil
        terminal.clearProgress()
    }

    // MARK: - After

    /// The summary: counts, time and cost, each failure with its hint, what never started, and the manifest.
    func summary(_ report: BatchReport, manifest: URL?, cancelledBy signal: String?) {
        let failures = report.outcomes.filter { $0.status == .failed }
        var counts = [
            "\(report.count(.ok)) ok", "\(report.count(.skipped)) skipped", "\(report.count(.failed)) failed",
        ]
        if report.count(.cancelled) > 0 { counts.append("\(report.count(.cancelled)) cancelled") }
        if report.count(.notRun) > 0 { counts.append("\(report.count(.notRun)) not started") }
        let elapsed = Wording.seconds(report.elapsed, precise: true)
        let cost = report.cost
        var costText = "estimated cost \(Self.dollars(cost.dollars))"
        if cost.guessed > 0 {
            costText +=
                " (partial: \(cost.guessed) token-billed image" + (cost.guessed == 1 ? "" : "s")
                + " without usage, priced at the catalog's per-image figure)"
        }
        if cost.unpriced > 0 {
            costText +=
                " (partial: \(cost.unpriced) image" + (cost.unpriced == 1 ? "" : "s")
                + " on a model with no known price)"
        }
        let headline: String
        if report.cancelled {
            headline = "gen-image: batch cancelled by \(signal ?? "a signal") after \(elapsed)"
        } else {
            headline = "gen-image: batch finished in \(elapsed)"
        }
        let line = "\(headline): \(counts.joined(separator: ", ")) of \(report.outcomes.count) · \(costText)"
        if !quiet || !failures.isEmpty || report.cancelled { terminal.info(line) }
        if !failures.isEmpty {
            terminal.info("gen-image: failed:")
            for outcome in failures {
                let error = outcome.error
                let code = error.map { " [\($0.code)]" } ?? ""
                terminal.info("  \(tag(outcome.job)) \(error?.message ?? "unknown error")\(code)")
                if let hint = error?.hint { terminal.info("      hint: \(hint)") }
                if let url = error?.sourceURL { terminal.info("      image URL: \(url)") }
            }
        }
        let inFlight = report.outcomes.filter { $0.status == .cancelled }
        if let hint = inFlight.first?.error?.hint {
            terminal.info("gen-image: cancelled in flight: \(Self.itemList(inFlight.map(\.job.item.index))); \(hint)")
        }
        let notRun = report.outcomes.filter { $0.status == .notRun }.map(\.job.item.index)
        if !notRun.isEmpty, !quiet {
            var why = "run the same command again to do them"
            if case .failFast = report.stopReason { why = "--fail-fast; " + why }
            terminal.info("gen-image: not started: \(Self.itemList(notRun)) (\(why))")
        }
        if let manifest, !quiet { terminal.info("gen-image: manifest: \(manifest.path)") }
    }

    // MARK: - Formatting

    /// `[3/24]`: the item's index in the file and the number of items.
    private func tag(_ job: BatchJob) -> String {
        "[\(job.item.index)/\(total)]"
    }

    private func say(_ line: String, always: Bool = false) {
        guard always || !quiet else { return }
        terminal.info(line)
        if terminal.stderrIsInteractive && !quiet { redraw() }
    }

    private func redraw() {
        terminal.progress("⏳ batch: \(status())")
    }

    private func status() -> String {
        let (running, done, failed) = lock.withLock {
            (self.running, counts.filter { $0.key != .notRun }.values.reduce(0, +), counts[.failed] ?? 0)
        }
        let duration = ContinuousClock.now - started
        return "\(running) running · \(done) of \(total) done · \(failed) failed · \(duration.components.seconds) s"
    }

    /// `items 1–3, 5`.
    static func itemList(_ indexes: [Int]) -> String {
        var ranges: [(Int, Int)] = []
        for index in indexes.sorted() {
            if let last = ranges.last, last.1 + 1 == index {
                ranges[ranges.count - 1].1 = index
            } else {
                ranges.append((index, index))
            }
        }
        let text = ranges.map { $0.0 == $0.1 ? "\($0.0)" : "\($0.0)–\($0.1)" }.joined(separator: ", ")
        return (indexes.count == 1 ? "item " : "items ") + text
    }

    /// `$0.63`, `$0.053`.
    static func dollars(_ value: Double) -> String {
        let cents = (value * 100).rounded()
        if abs(value * 100 - cents) < 1e-9 || value >= 1 { return String(format: "$%.2f", value) }
        return String(format: "$%.3f", value)
    }

    /// `40 s`, `12 min`, `1.5 h`.
    static func duration(_ seconds: Double) -> String {
        if seconds < 120 { return "\(Int(seconds)) s" }
        if seconds < 5400 { return "\(Int((seconds / 60).rounded())) min" }
        return "\((seconds / 360).rounded() / 10) h"
    }
}
