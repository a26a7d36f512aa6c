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
    /// The language of its lines; settings are named by their fields.
    private let wording: Wording
    private let quiet: Bool
    /// With `--json` stdout holds only the final object, so saved paths are not printed as they finish.
    private let pathsOnStdout: Bool
    private let interval: Double
    private let total: Int
    /// The jobs running now and the outcomes so far.
    private struct Tally {
        var running = 0
        var counts: [BatchOutcome.Status: Int] = [:]
    }
    private let tally = Locked(Tally())
    private var ticker: Task<Void, Never>?
    private let started = ContinuousClock.now

    /// - Parameters:
    ///   - total: the number of items in the file, the N of `[k/N]`.
    ///   - interval: seconds between status updates; nil picks 1 s on a terminal and 10 s otherwise.
    init(terminal: Terminal, wording: Wording, quiet: Bool, interval: Double?, total: Int, pathsOnStdout: Bool = true) {
        self.terminal = terminal
        self.wording = wording
        self.quiet = quiet
        self.pathsOnStdout = pathsOnStdout
        self.interval = interval ?? (terminal.stderrIsInteractive ? 1 : 10)
        self.total = total
    }

    // MARK: - Before

    /// Every problem of an invalid file, placed by item, line and field, settings named by their fields.
    func problems(_ problems: [BatchProblem], source: String) {
        let shown = problems.prefix(50)
        terminal.info(
            wording.text(.batchProblems(source: source, count: problems.count)), severity: .error)
        for problem in shown {
            terminal.info("  " + problem.description(in: wording.language, spelling: wording.spelling))
            if let hint = Self.hint(of: problem.error, wording: wording) {
                terminal.info("  " + wording.text(.cliHint(hint: hint)))
            }
        }
        if problems.count > shown.count {
            terminal.info(wording.text(.batchProblemsMore(count: String(problems.count - shown.count))))
        }
        terminal.info(wording.text(.batchProblemsSee))
    }

    /// What is about to happen: how many jobs run and are skipped, the models and their usual waits, the
    /// expected total time and the estimated cost; then the planner's notes, each once with its items.
    func announce(_ plan: BatchPlan, source: String, concurrency: Int) {
        guard !quiet else { return }
        defer {
            for job in plan.jobs where job.changedSinceExisting && !job.force {
                terminal.info(
                    wording.text(.batchChanged(tag: tag(job), path: job.existing?.path ?? job.target.path)))
            }
        }
        let toRun = plan.jobsToRun
        let skipped = plan.jobs.count - toRun.count
        let kept = plan.jobs.count { !$0.willRun && $0.earlierRecord != nil }
        let how = Self.doneHow(kept: kept, skipped: skipped - kept)
        let items = wording.text(.batchCount(count: total))
        let (run, parallel) = (String(toRun.count), String(min(concurrency, toRun.count)))
        let announcement: Message =
            switch (toRun.isEmpty, skipped > 0) {
            case (false, false): .batchAnnounce(source: source, items: items, run: run, parallel: parallel)
            case (false, true):
                .batchAnnounceSkipped(
                    source: source, items: items, skipped: String(skipped), how: how, run: run, parallel: parallel)
            case (true, false): .batchAnnounceNothing(source: source, items: items)
            case (true, true):
                .batchAnnounceNothingSkipped(source: source, items: items, skipped: String(skipped), how: how)
            }
        terminal.info(wording.text(announcement))
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
            if model.spec.isKnown {
                return wording.text(
                    .batchModel(
                        model: model.name, count: String(model.count), low: String(wait.low), high: String(wait.high)))
            }
            return wording.text(.batchModelWaitUnknown(model: model.name, count: String(model.count)))
        }
        var line = Message.verbatim(wording.list(described))
        let known = models.filter { $0.spec.isKnown }
        if !known.isEmpty {
            let rounds = Int((Double(toRun.count) / Double(concurrency)).rounded(.up))
            let low = rounds * (known.map(\.spec.expectedWait.low).min() ?? 0)
            let high = rounds * (known.map(\.spec.expectedWait.high).max() ?? 0)
            line = .withFact(
                text: line,
                fact: .batchTotalTime(low: wording.duration(Double(low)), high: wording.duration(Double(high))))
        }
        let estimate = plan.estimatedCost
        var cost = Message.batchEstimatedCost(dollars: Self.dollars(estimate.dollars))
        if estimate.unpriced > 0 { cost = .plus(text: cost, more: .batchUnpriced(count: String(estimate.unpriced))) }
        terminal.info("gen-image: " + wording.text(.withFact(text: line, fact: cost)))
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
            terminal.info(
                "gen-image: "
                    + wording.text(.batchNote(note: wording.diagnostic(note), items: itemList(items))))
        }
    }

    /// `--dry-run`: each item's plan on stdout, then a line on stderr saying nothing was sent.
    func dryRun(_ plan: BatchPlan) {
        for job in plan.jobs {
            let planned = job.planned
            let pad = String(repeating: " ", count: tag(job).count)
            if let existing = job.existing, !job.willRun {
                if let recorded = job.recordedFingerprint {
                    terminal.result(
                        wording.text(.batchDrySkipSame(tag: tag(job), path: existing.path, fingerprint: recorded)))
                } else {
                    terminal.result(wording.text(.batchDrySkip(tag: tag(job), path: existing.path)))
                }
                continue
            }
            let endpoint = planned.endpoint == .chat ? "chat" : "images"
            terminal.result(
                wording.text(
                    .batchDryRun(tag: tag(job), model: planned.model, endpoint: endpoint, path: job.target.path)))
            if let existing = job.existing, job.changedSinceExisting, !job.force {
                terminal.result(
                    wording.text(
                        .batchDryChanged(pad: pad, path: existing.path, fingerprint: job.recordedFingerprint ?? "?")))
            }
            terminal.result(wording.text(.batchDryPrompt(pad: pad, prompt: planned.prompt)))
            let given = planned.parameters.map { "\($0.option.rawValue)=\($0.value.wireText)" }
            if !given.isEmpty {
                terminal.result(
                    wording.text(.batchDryOptions(pad: pad, options: given.joined(separator: " "))))
            }
            if !planned.inputs.isEmpty {
                let paths = planned.inputs.map(\.url.path).joined(separator: " ")
                terminal.result(wording.text(.batchDryInputs(pad: pad, paths: paths)))
            }
            terminal.result(wording.text(.batchDryFingerprint(pad: pad, fingerprint: job.fingerprint)))
        }
        if !quiet { terminal.info(wording.text(.cliDryRun)) }
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
                    self.terminal.info(wording.text(.batchStatusLine(status: self.status())))
                }
            }
        }
    }

    /// Shows one event from the runner; prints the path of each saved image on stdout at once.
    func handle(_ event: BatchEvent) {
        switch event {
        case .started(let job):
            tally.update { $0.running += 1 }
            say(
                wording.text(.batchStarted(tag: tag(job), model: job.planned.model, file: job.target.lastPathComponent))
            )
        case .progress(let job, .retrying(let notice)):
            say("\(tag(job)) \(wording.retry(notice))")
        case .progress:
            break
        case .finished(let outcome):
            finished(outcome)
        case .concurrencyLowered(let limit):
            say(wording.text(.batchRateLimited(limit: limit)))
        case .requeued(let job, let wait):
            say(
                wait.map {
                    wording.text(.batchRequeued(tag: tag(job), wait: wording.seconds($0, precise: true)))
                } ?? wording.text(.batchRequeuedNoWait(tag: tag(job))))
        case .concurrencyRaised(let limit):
            say(wording.text(.batchRateRaised(limit: String(limit))))
        case .stopping(let reason):
            switch reason {
            case .failFast(let index):
                say(wording.text(.batchStopFailFast(index: String(index))), always: true)
            case .keyRefused(let index):
                say(wording.text(.batchStopKeyRefused(index: String(index))), always: true)
            case .rateLimitedEverything(let index):
                say(wording.text(.batchStopRateLimited(index: String(index))), always: true)
            }
        }
    }

    private func finished(_ outcome: BatchOutcome) {
        let job = outcome.job
        tally.update {
            if outcome.status != .skipped { $0.running -= 1 }
            $0.counts[outcome.status, default: 0] += 1
        }
        switch outcome.status {
        case .ok:
            let path = outcome.path?.path ?? job.target.path
            let seconds = wording.seconds(outcome.elapsed ?? 0, precise: true)
            // On a terminal stdout and stderr are the same screen: the path is shown once, on stdout.
            say(
                wording.text(
                    pathsOnStdout && terminal.stdoutIsTerminal
                        ? .batchOkPathOnStdout(tag: tag(job), elapsed: seconds)
                        : .batchOk(tag: tag(job), elapsed: seconds, path: path)))
            for note in outcome.result?.notes ?? [] where !(job.automaticName && note.code == "extension_changed") {
                say("\(String(repeating: " ", count: tag(job).count)) " + wording.diagnostic(note))
            }
            if pathsOnStdout { terminal.result(path) }
        case .skipped where outcome.isKept:
            say(wording.text(.batchKept(tag: tag(job), path: outcome.path?.path ?? job.target.path)))
        case .skipped:
            say(wording.text(.batchSkipped(tag: tag(job), path: outcome.path?.path ?? job.target.path)))
        case .failed:
            say(
                wording.text(
                    .batchFailed(tag: tag(job), code: code(of: outcome.error), message: message(of: outcome.error))),
                always: true)
        case .cancelled:
            say(wording.text(.batchCancelled(tag: tag(job))))
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
        let (ok, skipped, failed) = (report.count(.ok), report.count(.skipped), report.count(.failed))
        var counts: Message
        if skipped > 0 {
            // Items done by earlier runs first, then what this run did: `6 already done (kept), 0 run`.
            let run = report.total - skipped - report.count(.notRun)
            let how = Self.doneHow(kept: report.tally.kept, skipped: skipped - report.tally.kept)
            counts =
                run > 0
                ? .batchSummaryDoneEarlierAndRun(
                    done: String(skipped), how: how, run: String(run), ok: String(ok), failed: String(failed))
                : .batchSummaryDoneEarlier(done: String(skipped), how: how, run: String(run))
        } else {
            counts = .batchSummaryCounts(ok: String(ok), skipped: String(skipped), failed: String(failed))
        }
        if report.count(.cancelled) > 0 {
            counts = .andMore(text: counts, more: .batchSummaryCancelledCount(count: String(report.count(.cancelled))))
        }
        if report.count(.notRun) > 0 {
            counts = .andMore(text: counts, more: .batchSummaryNotStarted(count: String(report.count(.notRun))))
        }
        let elapsed = wording.seconds(report.elapsed, precise: true)
        let cost = report.cost
        var costText = Message.batchEstimatedCost(dollars: Self.dollars(cost.dollars))
        if cost.guessed > 0 {
            costText = .withNote(text: costText, note: .batchSummaryGuessed(count: cost.guessed))
        }
        if cost.unpriced > 0 {
            costText = .withNote(text: costText, note: .batchSummaryUnpriced(count: cost.unpriced))
        }
        if report.tally.keptDollars > 0 {
            costText = .withNote(
                text: costText, note: .batchSummaryKeptCost(dollars: Self.dollars(report.tally.keptDollars)))
        }
        let headline: String
        if report.cancelled {
            headline = wording.text(
                .batchSummaryCancelled(signal: signal ?? wording.text(.cliSignalUnknown), elapsed: elapsed))
        } else {
            headline = wording.text(.batchSummaryFinished(elapsed: elapsed))
        }
        let line = wording.text(
            .batchSummary(
                headline: headline, counts: wording.text(counts), total: String(report.total),
                cost: wording.text(costText)))
        if !quiet || !failures.isEmpty || report.cancelled { terminal.info(line) }
        if !failures.isEmpty {
            terminal.info(wording.text(.batchSummaryFailures))
            for outcome in failures {
                let error = outcome.error
                let code = error.map { " [\($0.code)]" } ?? ""
                terminal.info("  \(tag(outcome.job)) \(message(of: error))\(code)")
                if let hint = error.flatMap({ Self.hint(of: $0, wording: wording) }) {
                    terminal.info("    " + wording.text(.cliHint(hint: hint)))
                }
                if let url = error?.sourceURL {
                    terminal.info("    " + wording.text(.cliFactImageUrl(url: url)))
                }
            }
        }
        let inFlight = report.outcomes.filter { $0.status == .cancelled }
        if let hint = inFlight.first?.error.flatMap(wording.hint(of:)) {
            terminal.info(
                wording.text(.batchSummaryInFlight(items: itemList(inFlight.map(\.job.item.index)), hint: hint)))
        }
        let notRun = report.outcomes.filter { $0.status == .notRun }.map(\.job.item.index)
        if !notRun.isEmpty, !quiet {
            if case .failFast = report.stopReason {
                terminal.info(wording.text(.batchSummaryNotRunFailFast(items: itemList(notRun))))
            } else {
                terminal.info(wording.text(.batchSummaryNotRun(items: itemList(notRun))))
            }
        }
        if case .rateLimitedEverything = report.stopReason { terminal.info(wording.text(.batchSummaryRateLimited)) }
        // Always, even with --quiet: an agent reads the results from there.
        if let manifest { terminal.info(wording.text(.batchSummaryManifest(path: manifest.path))) }
    }

    /// How the items done earlier were treated: `kept` (their records), `skipped` (found without one), or both.
    static func doneHow(kept: Int, skipped: Int) -> Message {
        switch (kept > 0, skipped > 0) {
        case (true, true): .batchDoneMixed(kept: String(kept), skipped: String(skipped))
        case (true, false): .batchDoneKept
        default: .batchDoneSkipped
        }
    }

    /// What to do about `error`, for a batch file's author: settings by their fields, and an input path
    /// checked without the command line's `-i` advice.
    static func hint(of error: ImageAPIError, wording: Wording) -> String? {
        if error.remedy == .checkInputPath { return wording.text(.batchInputCheckPath) }
        return wording.hint(of: error)
    }

    /// A failed job's message in this run's language.
    /// The stable code of an item's failure, as the results file and `--json` give it.
    private func code(of error: ImageAPIError?) -> String {
        error?.code.rawValue ?? ImageAPIError.Code.ioError.rawValue
    }

    private func message(of error: ImageAPIError?) -> String {
        error.map(wording.message(of:)) ?? wording.text(.batchUnknownError)
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
        terminal.progress(wording.text(.batchStatusLive(status: status())))
    }

    private func status() -> String {
        let (running, done, failed) = tally.withLock { tally in
            let done = tally.counts.filter { $0.key != .notRun }.values.reduce(0, +)
            return (tally.running, done, tally.counts[.failed] ?? 0)
        }
        let duration = ContinuousClock.now - started
        return wording.text(
            .batchStatus(
                running: String(running), done: String(done), total: String(total), failed: String(failed),
                elapsed: wording.seconds(Double(duration.components.seconds))))
    }

    /// `items 1–3, 5`.
    private func itemList(_ indexes: [Int]) -> String {
        var ranges: [(Int, Int)] = []
        for index in indexes.sorted() {
            if let last = ranges.last, last.1 + 1 == index {
                ranges[ranges.count - 1].1 = index
            } else {
                ranges.append((index, index))
            }
        }
        let list = wording.list(ranges.map { $0.0 == $0.1 ? "\($0.0)" : "\($0.0)–\($0.1)" })
        return wording.text(.batchItems(list: list, count: indexes.count))
    }

    /// `$0.63`, `$0.053`.
    static func dollars(_ value: Double) -> String {
        let cents = (value * 100).rounded()
        if abs(value * 100 - cents) < 1e-9 || value >= 1 { return String(format: "$%.2f", value) }
        return String(format: "$%.3f", value)
    }
}
