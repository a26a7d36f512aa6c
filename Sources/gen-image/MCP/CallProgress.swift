import Foundation
import ImageAPIClient

/// `notifications/progress` for one call that asked for them with a progress token: the phase it is in and the
/// seconds since it started, sent when the phase changes and every few seconds while it waits.
///
/// `progress` is the elapsed seconds, so it grows with every notification as the protocol requires; the
/// message says the phase in words (`waiting for the image (usually 60–300 s) · 42 s`).
final class CallProgress: Sendable {
    private struct State {
        var phase = ""
        var last = 0.0
        var ticker: Task<Void, Never>?
    }

    private let token: JSONValue?
    let record: CallRecord
    private let write: @Sendable (JSONValue) -> Void
    private let wording: Wording
    private let interval: Double
    private let started = ContinuousClock.now
    private let state = Locked(State())

    init(
        token: JSONValue?, record: CallRecord, wording: Wording, interval: Double,
        write: @escaping @Sendable (JSONValue) -> Void
    ) {
        self.token = token
        self.record = record
        self.wording = wording
        self.interval = interval
        self.write = write
    }

    /// Seconds since the call started.
    var elapsed: Double { Seconds.of(ContinuousClock.now - started) }

    /// Enters a phase and says so now.
    func phase(_ message: Message) {
        state.withLock { $0.phase = wording.text(message) }
        send()
    }

    /// Says the current phase again every `interval` seconds until `stop()`.
    func startTicking() {
        guard token != nil else { return }
        let interval = interval
        let task = Task { [weak self] in
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: UInt64(interval * 1_000_000_000))
                guard !Task.isCancelled, let self else { return }
                self.send()
            }
        }
        state.withLock { $0.ticker = task }
    }

    /// Stops the ticking.
    func stop() {
        state.withLock { $0.ticker }?.cancel()
    }

    private func send() {
        guard let token else { return }
        let seconds = elapsed
        let (phase, progress) = state.withLock { state -> (String, Double) in
            let value = max((seconds * 10).rounded() / 10, state.last + 0.1)
            state.last = (value * 10).rounded() / 10
            return (state.phase, state.last)
        }
        let message = wording.text(.mcpProgressLine(phase: phase, seconds: String(Int(seconds))))
        let notification = JSONRPC.notification(
            method: "notifications/progress",
            params: .object(["progressToken": token, "progress": .number(progress), "message": .string(message)]))
        record.whileOpen { write(notification) }
    }
}

extension CallProgress {
    /// The phase a library event puts a single image's call in.
    func event(_ event: ImageEvent, wait: ExpectedWait) {
        switch event {
        case .downloading, .saving, .imageReceived: record.markBilled()
        default: break
        }
        switch event {
        case .sending: phase(.mcpPhaseWaiting(wait: wording.usualWait(wait)))
        case .downloading: phase(.cliPhaseDownloading)
        case .saving: phase(.cliPhaseSaving)
        case .retrying(let notice): phase(.verbatim(wording.retry(notice)))
        case .partialImage(let notice):
            phase(.mcpPhasePartial(index: String(notice.index), expected: notice.expected.map(String.init) ?? "?"))
        case .imageReceived(let number): phase(.mcpPhaseImageReceived(number: String(number)))
        }
    }
}
