import Foundation
import ImageAPIClient

/// Tells a person what is happening during a wait of one to five minutes: what was asked and how long it
/// usually takes, then the elapsed time (redrawn in place on a terminal, a line every 10 s otherwise),
/// then what was saved.
final class ProgressReporter: @unchecked Sendable {
    private let terminal: Terminal
    /// The language of its lines.
    private let wording: Wording
    private let quiet: Bool
    private let interval: Double
    private let phase: Locked<String>
    private var ticker: Task<Void, Never>?
    private let started = ContinuousClock.now

    /// - Parameter interval: seconds between updates; nil picks 1 s on a terminal and 10 s otherwise.
    init(terminal: Terminal, wording: Wording, quiet: Bool, interval: Double?) {
        self.terminal = terminal
        self.wording = wording
        phase = Locked(wording.text(.cliPhaseWaiting))
        self.quiet = quiet
        self.interval = interval ?? (terminal.stderrIsInteractive ? 1 : 10)
    }

    /// The line shown before the request.
    func announce(_ planned: PlannedJob) {
        guard !quiet else { return }
        let wait = planned.spec.expectedWait
        var expectation = planned.spec.isKnown ? wording.usualWait(wait) : wording.text(.cliWaitUnknown)
        if let longer = wait.longerWhenText.map(wording.text) {
            expectation = wording.text(.cliWaitLonger(wait: expectation, longer: longer))
        }
        let model = planned.imageModel == planned.model ? planned.model : "\(planned.model) → \(planned.imageModel)"
        let (mode, endpoint, timeout) =
            (wording.mode(planned.mode), planned.endpoint.rawValue, wording.seconds(planned.timeout))
        terminal.info(
            wording.text(
                planned.stream
                    ? .cliAnnounceStreamed(
                        mode: mode, model: model, endpoint: endpoint, expectation: expectation, timeout: timeout)
                    : .cliAnnounce(
                        mode: mode, model: model, endpoint: endpoint, expectation: expectation, timeout: timeout)))
        if planned.imageCount > 1 {
            // The estimate before sending covers every image asked for.
            var estimate = CostEstimate()
            estimate.add(planned.spec, quality: planned.parameters.quality, usage: nil, images: planned.imageCount)
            let count = String(planned.imageCount)
            let requests =
                planned.countPerRequest > 1
                ? Message.cliOneRequestWithN(count: count) : .cliSeveralRequests(count: count)
            terminal.info(
                wording.text(
                    .cliAnnounceSeveral(
                        count: count, requests: wording.text(requests), cost: wording.cost(estimate) ?? "?")))
        }
    }

    /// Notes and warnings, one per line.
    func show(_ diagnostics: [Diagnostic]) {
        guard !quiet else { return }
        for diagnostic in diagnostics {
            terminal.info("gen-image: " + wording.diagnostic(diagnostic), severity: Severity(diagnostic.severity))
        }
    }

    /// Starts the elapsed-time display.
    func start() {
        guard !quiet else { return }
        let interval = self.interval
        ticker = Task { [weak self] in
            var next = interval
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: UInt64(max(interval, 0.001) * 1_000_000_000))
                guard !Task.isCancelled, let self else { return }
                self.tick(elapsed: self.elapsed, scheduled: next)
                next += interval
            }
        }
    }

    /// Reacts to the library's events (e.g. "downloading").
    func handle(_ event: ImageEvent) {
        switch event {
        case .sending: setPhase(wording.text(.cliPhaseWaiting))
        case .downloading: setPhase(wording.text(.cliPhaseDownloading))
        case .saving: setPhase(wording.text(.cliPhaseSaving))
        case .retrying(let notice):
            setPhase(wording.text(.cliPhaseRetry))
            guard !quiet else { return }
            terminal.info("gen-image: " + wording.retry(notice))
        case .partialImage(let notice): partial(notice)
        case .imageReceived(let number):
            setPhase(wording.text(.cliPhaseReceived(count: number)))
            guard !quiet, !terminal.stderrIsInteractive else { return }
            terminal.info(
                wording.text(.cliImageReceived(number: String(number), elapsed: wording.seconds(elapsed.rounded()))))
        }
    }

    /// A partial image: "partial image 2/3 at 41 s", redrawn in place on a terminal, a line otherwise.
    private func partial(_ notice: PartialImageNotice) {
        setPhase(wording.text(.cliPhaseFinal))
        guard !quiet else { return }
        let index = "\(notice.index)" + (notice.expected.map { "/\($0)" } ?? "")
        let at = wording.seconds(elapsed.rounded())
        let line = wording.text(
            notice.imageNumber > 1
                ? .cliPartialOfImage(image: String(notice.imageNumber), index: index, elapsed: at)
                : .cliPartial(index: index, elapsed: at))
        if let saved = notice.savedTo {
            terminal.info("gen-image: \(line) → \(saved.path)")
        } else if terminal.stderrIsInteractive {
            terminal.progress("⏳ \(line)")
        } else {
            terminal.info("gen-image: \(line)")
        }
    }

    /// Stops the display.
    func stop() {
        ticker?.cancel()
        ticker = nil
        terminal.clearProgress()
    }

    /// The summary line after success, with what the request cost.
    func finished(_ result: ImageResult, cost: CostEstimate, preview: TerminalImage? = nil) {
        if quiet {
            for file in result.files { show(file, preview: preview) }
            return
        }
        for note in result.notes {
            terminal.info("gen-image: " + wording.diagnostic(note), severity: Severity(note.severity))
        }
        for file in result.files {
            var facts = [wording.text(.cliDone(elapsed: wording.seconds(result.elapsed, precise: true)))]
            if let width = file.width, let height = file.height {
                facts.append("\(width)x\(height) \(file.format.rawValue.uppercased())")
            } else {
                facts.append(file.format.rawValue.uppercased())
            }
            facts.append(wording.bytes(file.byteCount))
            if file == result.files.first, let price = wording.cost(cost) { facts.append(price) }
            // On a terminal the path is also a link that opens the image.
            terminal.info(
                "gen-image: " + facts.joined(separator: " · ") + " → \(file.path.path)", linking: file.path.path)
            if let revised = file.revisedPrompt {
                terminal.info(wording.text(.cliRevisedPrompt(prompt: revised)))
            }
            show(file, preview: preview)
        }
    }

    private let previewNoted = Locked(false)

    /// The image itself below its line (`--preview`), or, once, why it cannot be shown.
    private func show(_ file: SavedImage, preview: TerminalImage?) {
        guard let preview else { return }
        if terminal.stderrIsTerminal, preview.method != nil,
            let data = FileManager.default.contents(atPath: file.path.path),
            let sequence = preview.sequence(for: data, format: file.format, name: file.path.lastPathComponent)
        {
            terminal.sequence(sequence)
            return
        }
        guard !quiet, !previewNoted.value else { return }
        previewNoted.update { $0 = true }
        let reason: Message
        if !terminal.stderrIsTerminal {
            reason = .cliPreviewNotTerminal
        } else if preview.method == nil {
            reason = .cliPreviewUnsupported(terminal: preview.terminalName.isEmpty ? "?" : preview.terminalName)
        } else {
            reason = .cliPreviewFormat(format: file.format.rawValue.uppercased())
        }
        terminal.info(wording.text(.cliPreviewNote(reason: reason)))
    }

    private var elapsed: Double {
        Seconds.of(ContinuousClock.now - started)
    }

    private func setPhase(_ text: String) {
        phase.update { $0 = text }
    }

    private func tick(elapsed: Double, scheduled: Double) {
        let current = phase.value
        if terminal.stderrIsInteractive {
            terminal.progress(
                wording.text(.cliTickLive(phase: current, elapsed: wording.seconds(Double(Int(elapsed))))))
        } else {
            terminal.info(wording.text(.cliTickLine(phase: current, elapsed: wording.seconds(scheduled))))
        }
    }
}
