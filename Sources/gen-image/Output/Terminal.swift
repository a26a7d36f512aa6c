import Foundation
import ImageAPIClient

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process's stdout and stderr, shared by everything that writes, so lines never interleave.
///
/// stdout carries results only (saved paths); everything meant for a person goes to stderr.
final class Terminal: @unchecked Sendable {
    private let lock = NSLock()
    /// Whether stderr is an interactive terminal, where a progress line can be redrawn in place.
    let stderrIsInteractive: Bool
    private var progressLineShown = false
    private var secrets: [String] = []

    init() {
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        stderrIsInteractive = isatty(STDERR_FILENO) == 1 && term != "dumb"
    }

    /// Masks `secret` (`sk-…9f3a`) in everything written from now on: the last line of defence that keeps an
    /// API key out of the output, whatever message might carry it (a gateway echoing it, a mistyped flag).
    func hide(_ secret: String) {
        let trimmed = secret.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count >= 4 else { return }
        lock.withLock { secrets.append(trimmed) }
    }

    /// Writes one result line to stdout.
    func result(_ line: String) {
        lock.withLock {
            clearProgressLocked()
            FileHandle.standardOutput.write(Data((redactedLocked(line) + "\n").utf8))
        }
    }

    /// Writes a line to stderr (clearing a progress line first).
    func info(_ line: String) {
        lock.withLock {
            clearProgressLocked()
            FileHandle.standardError.write(Data((redactedLocked(line) + "\n").utf8))
        }
    }

    /// Redraws the single progress line in place (interactive stderr only).
    func progress(_ line: String) {
        lock.withLock {
            FileHandle.standardError.write(Data(("\r\u{1B}[2K" + redactedLocked(line)).utf8))
            progressLineShown = true
        }
    }

    private func redactedLocked(_ line: String) -> String {
        secrets.reduce(line) { text, secret in text.replacingOccurrences(of: secret, with: Redaction.mask(secret)) }
    }

    /// Removes the progress line, if one is shown.
    func clearProgress() {
        lock.withLock { clearProgressLocked() }
    }

    private func clearProgressLocked() {
        if progressLineShown {
            FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
            progressLineShown = false
        }
    }
}
