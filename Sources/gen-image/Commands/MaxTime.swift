import Foundation
import ImageAPIClient

/// `--max-time`: one number an agent under a shell time limit can trust. When it passes, the work is cancelled
/// (retries, waits and transfers alike; libcurl stops a transfer at once) and the command reports a timeout.
final class MaxTime: @unchecked Sendable {
    let seconds: Double?
    private let fired = Locked(false)
    private var timer: Task<Void, Never>?

    /// When the process started counting: `main.swift` reads it first thing, so the deadline covers reading the
    /// batch file and hashing inputs too, not only the requests (an agent's shell limit counts from launch).
    static let launch = ContinuousClock.now

    /// Counts from `launch`; without `seconds` nothing ever fires.
    init(_ seconds: Double?) {
        self.seconds = seconds
    }

    /// Calls `cancel` once `seconds` have passed since `launch` (at once if they already have), unless `stop`
    /// came first.
    func arm(cancel: @escaping @Sendable () -> Void) {
        guard let seconds else { return }
        let left = max(0, seconds - Seconds.of(ContinuousClock.now - Self.launch))
        timer = Task { [self] in
            try? await Task.sleep(nanoseconds: Seconds.nanoseconds(left))
            guard !Task.isCancelled else { return }
            fired.update { $0 = true }
            cancel()
        }
    }

    /// The work ended; the timer is no longer needed.
    func stop() { timer?.cancel() }

    /// Whether the deadline cancelled the work.
    var hasFired: Bool { fired.value }

    /// `--max-time 330 s`, for "cancelled by …" lines.
    var label: String { "--max-time \(seconds.map(Self.text) ?? "")" }

    /// The error a run stopped by the deadline reports.
    func error(attempts: Int?) -> ImageAPIError {
        ImageAPIError(
            .timeout, Message.cliMaxTime(limit: seconds.map(Self.text) ?? ""),
            hint: Message.cliMaxTimeHint, attempts: attempts)
    }

    private static func text(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? "\(Int(seconds)) s" : "\(seconds) s"
    }
}
