import ImageAPIClient

/// Renders errors on stderr: `gen-image: error [<code>]: <message>` (the code `--json` gives), then indented lines saying what to do next and
/// the facts support staff ask for (HTTP status, API code, request id, image URL), in the run's language.
struct ErrorReporter {
    /// The language of the lines, and how they name settings.
    let wording: Wording

    func lines(for error: ImageAPIError, provider: Provider = .apiyi) -> [ReportLine] {
        let first = wording.text(.cliError(code: error.code.rawValue, message: wording.message(of: error)))
        return [ReportLine(first, severity: error.severity)]
            + details(of: error, provider: provider).map { ReportLine($0) }
    }

    /// The lines after the first: what to do next and the facts support staff ask for.
    private func details(of error: ImageAPIError, provider: Provider) -> [String] {
        var lines: [String] = []
        if error.code == .authMissing {
            lines.append(wording.text(.cliKeyGet(page: provider.keyPage)))
            lines.append(wording.text(.cliKeySet(variable: provider.keyVariable)))
            lines.append(wording.text(.cliKeyFlag))
            return lines
        }
        if let hint = wording.hint(of: error) {
            lines.append(wording.text(.cliHint(hint: hint)))
        }
        var facts: [String] = []
        if let apiCode = error.apiCode { facts.append(wording.text(.cliFactApiCode(value: apiCode))) }
        if let apiParam = error.apiParam { facts.append(wording.text(.cliFactApiParam(value: apiParam))) }
        if let requestID = error.requestID { facts.append(wording.text(.cliFactRequestId(value: requestID))) }
        if let attempts = error.attempts, attempts > 1 {
            facts.append(wording.text(.cliFactAttempts(value: String(attempts))))
        }
        if !facts.isEmpty { lines.append("  " + facts.joined(separator: " · ")) }
        if let url = error.sourceURL { lines.append(wording.text(.cliFactImageUrl(url: url))) }
        return lines
    }

    /// `gen-image: cancelled by Ctrl-C (SIGINT): …`, then what it means for the user's money and files.
    func cancelledLines(for error: ImageAPIError, by signal: String) -> [ReportLine] {
        var lines = [
            ReportLine(
                wording.text(.cliCancelled(signal: signal, message: wording.message(of: error))),
                severity: error.severity)
        ]
        if let hint = wording.hint(of: error) { lines.append(ReportLine("  \(hint)")) }
        return lines
    }

    /// The error, its hint, and where to read the usage: `help` is the command that prints it, which a hint
    /// naming `'gen-image --help'` is pointed at too.
    func lines(for error: UsageError, help: String = "gen-image --help") -> [ReportLine] {
        var lines = [
            ReportLine(
                wording.text(.cliError(code: UsageError.code.rawValue, message: error.message(wording))),
                severity: .error)
        ]
        if let hint = error.hint(wording) {
            let pointed = hint.replacingOccurrences(of: "'gen-image --help'", with: "'\(help)'")
            lines.append(ReportLine(wording.text(.cliHint(hint: pointed))))
        }
        lines.append(ReportLine(wording.text(.cliUsagePointer(command: help))))
        return lines
    }
}
