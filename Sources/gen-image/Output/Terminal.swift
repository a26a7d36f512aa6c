import Foundation

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

    init() {
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        stderrIsInteractive = isatty(STDERR_FILENO) == 1 && term != "dumb"
    }

    /// Writes one result line to stdout.
    func result(_ line: String) {
        lock.withLock {
            clearProgressLocked()
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }
    }

    /// Writes a line to stderr (clearing a progress line first).
    func info(_ line: String) {
        lock.withLock {
            clearProgressLocked()
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
    }

    /// Redraws the single progress line in place (interactive stderr only).
    func progress(_ line: String) {
        lock.withLock {
            FileHandle.standardError.write(Data(("\r\u{1B}[2K" + line).utf8))
            progressLineShown = true
        }
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
