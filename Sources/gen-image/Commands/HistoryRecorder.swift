import Foundation
import ImageAPIClient

/// Adds each request that was sent to the history (`HistoryLog`), unless `--no-history` or
/// `GEN_IMAGE_HISTORY=off` says not to; a history that cannot be written never changes a run's outcome.
struct HistoryRecorder: Sendable {
    /// The log, nil when the history is off or has no place.
    let log: HistoryLog?
    /// The key in use, masked in every line (a gateway may echo it, in a request id or a message).
    let key: String?

    /// Decides from the flag and the environment.
    init(environment: [String: String], disabled: Bool, key: String?) {
        log =
            disabled || HistoryLog.isOff(environment: environment)
            ? nil : HistoryLog.location(environment: environment).map(HistoryLog.init(url:))
        self.key = key
    }

    /// One line per request of `result` (a `-n` run sent one request per image), and one per request of it
    /// that failed.
    func record(_ result: ImageResult, planned: PlannedJob, provider: Provider, source: String) {
        guard let log else { return }
        for part in result.parts.isEmpty ? [result] : result.parts {
            log.append(HistoryEntry(planned, provider: provider, result: part, source: source).masked(key))
        }
        for error in result.failures {
            log.append(
                HistoryEntry(planned, provider: provider, error: error, elapsed: nil, source: source).masked(key))
        }
    }

    /// The line of a request that failed.
    func record(_ error: ImageAPIError, planned: PlannedJob, provider: Provider, elapsed: Double?, source: String) {
        log?.append(
            HistoryEntry(planned, provider: provider, error: error, elapsed: elapsed, source: source).masked(key))
    }

    /// The line of a batch item that was sent: saved, failed or cancelled (skipped and unstarted items sent
    /// nothing).
    func record(_ outcome: BatchOutcome, provider: Provider) {
        guard log != nil else { return }
        let planned = outcome.job.planned
        if let result = outcome.result, outcome.status == .ok {
            record(result, planned: planned, provider: provider, source: "batch")
        } else if let error = outcome.error, outcome.status == .failed || outcome.status == .cancelled {
            record(error, planned: planned, provider: provider, elapsed: outcome.elapsed, source: "batch")
        }
    }
}
