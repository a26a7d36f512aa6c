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
final class Terminal: Sendable {
    /// What the writers share; every write happens under its lock, so lines never interleave.
    private struct Shared: Sendable {
        var progressLineShown = false
        var secrets: [String] = []
    }

    private let shared = Locked(Shared())
    /// Whether stderr is an interactive terminal, where a progress line can be redrawn in place.
    let stderrIsInteractive: Bool
    /// Whether stderr is a terminal at all (a pipe or a file gets no escape sequences but colour's).
    let stderrIsTerminal: Bool
    /// Whether stdout and stderr are both terminals: then they show on one screen, and what stdout prints
    /// need not be repeated on stderr.
    let stdoutIsTerminal: Bool

    /// Decides from the process's stdout, stderr and environment.
    convenience init() {
        let stderrIsTerminal = isatty(STDERR_FILENO) == 1
        self.init(
            stderrIsTerminal: stderrIsTerminal, environment: ProcessInfo.processInfo.environment,
            stdoutIsTerminal: stderrIsTerminal && isatty(STDOUT_FILENO) == 1)
    }

    /// Colour and redrawn lines only when stderr is a terminal that can show them (`TERM` is not `dumb`) and
    /// `NO_COLOR` is unset or empty (https://no-color.org); plain lines otherwise, so logs and pipes stay clean.
    init(stderrIsTerminal: Bool, environment: [String: String], stdoutIsTerminal: Bool = false) {
        let term = environment["TERM"] ?? ""
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        stderrIsInteractive = stderrIsTerminal && term != "dumb" && !noColor
        self.stderrIsTerminal = stderrIsTerminal && term != "dumb"
        self.stdoutIsTerminal = stdoutIsTerminal
    }

    /// Writes an escape sequence (an image, a link) to stderr as it is, after clearing a progress line.
    func sequence(_ text: String) {
        shared.withLock { shared in
            Self.clearProgress(&shared)
            StandardStreams.err(text)
        }
    }

    /// Masks `secret` (`sk-…9f3a`) in everything written from now on: the last line of defence that keeps an
    /// API key out of the output, whatever message might carry it (a gateway echoing it, a mistyped flag).
    func hide(_ secret: String) {
        let trimmed = secret.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count >= 4 else { return }
        shared.withLock { $0.secrets.append(trimmed) }
    }

    /// Writes one result line to stdout.
    func result(_ line: String) {
        shared.withLock { shared in
            Self.clearProgress(&shared)
            StandardStreams.out(Self.redacted(line, shared) + "\n")
        }
    }

    /// Writes a line of plain information to stderr (clearing a progress line first).
    func info(_ line: String) {
        info(line, severity: nil)
    }

    /// Writes a line to stderr as `info`; on a terminal, an error is red and a warning yellow.
    func info(_ line: ReportLine) {
        info(line.text, severity: line.severity)
    }

    /// Writes a line to stderr as `info`, coloured by `severity` on a terminal (nil: plain information).
    func info(_ line: String, severity: Severity?) {
        shared.withLock { shared in
            Self.clearProgress(&shared)
            StandardStreams.err(coloured(Self.redacted(line, shared), severity) + "\n")
        }
    }

    /// Writes a line to stderr, as `info`, whose last mention of `path` is also an OSC 8 link to the file when
    /// stderr is a terminal: the line is made safe first, then the link is put around the path as shown.
    func info(_ line: String, linking path: String) {
        shared.withLock { shared in
            Self.clearProgress(&shared)
            var text = coloured(Self.redacted(line, shared), nil)
            let shown = Self.redacted(path, shared)
            if stderrIsTerminal, let range = text.range(of: shown, options: .backwards) {
                text.replaceSubrange(range, with: TerminalImage.hyperlink(shown))
            }
            StandardStreams.err(text + "\n")
        }
    }

    /// The line in red for an error, yellow for a warning, on a terminal that shows colour; as it is otherwise.
    private func coloured(_ line: String, _ severity: Severity?) -> String {
        guard stderrIsInteractive else { return line }
        switch severity {
        case .error: return "\u{1B}[31m" + line + "\u{1B}[0m"
        case .warning: return "\u{1B}[33m" + line + "\u{1B}[0m"
        case .note, nil: return line
        }
    }

    /// Redraws the single progress line in place (interactive stderr only).
    func progress(_ line: String) {
        shared.withLock { shared in
            StandardStreams.err("\r\u{1B}[2K" + Self.redacted(line, shared))
            shared.progressLineShown = true
        }
    }

    /// The line with every key masked and every control character replaced: the last line of defence, for
    /// whatever text from outside reached a line without passing through a message.
    private static func redacted(_ line: String, _ shared: Shared) -> String {
        let masked = shared.secrets.reduce(line) { text, secret in Redaction.scrub(text, secret: secret) }
        return OutsideText.shown(masked, keepingLineBreaks: true)
    }

    /// Removes the progress line, if one is shown.
    func clearProgress() {
        shared.withLock { Self.clearProgress(&$0) }
    }

    private static func clearProgress(_ shared: inout Shared) {
        if shared.progressLineShown {
            StandardStreams.err("\r\u{1B}[2K")
            shared.progressLineShown = false
        }
    }
}
