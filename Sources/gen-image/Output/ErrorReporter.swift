import ImageAPIClient

/// Renders errors on stderr: `gen-image: error: <message>`, then indented lines saying what to do next and
/// the facts support staff ask for (HTTP status, API code, request id, image URL), in the run's language.
enum ErrorReporter {
    static func lines(for error: ImageAPIError, provider: Provider = .apiyi) -> [String] {
        let language = Localization.language
        var lines = [
            Wording.text(.cliError(message: error.message(in: language, spelling: Localization.spelling)))
        ]
        if error.code == .authMissing {
            lines.append(Wording.text(.cliKeyGet(page: provider.keyPage)))
            lines.append(Wording.text(.cliKeySet(variable: provider.keyVariable)))
            lines.append(Wording.text(.cliKeyFlag))
            return lines
        }
        if let hint = error.hint(in: language, spelling: Localization.spelling) {
            lines.append(Wording.text(.cliHint(hint: hint)))
        }
        var facts: [String] = []
        if let apiCode = error.apiCode { facts.append(Wording.text(.cliFactApiCode(value: apiCode))) }
        if let requestID = error.requestID { facts.append(Wording.text(.cliFactRequestId(value: requestID))) }
        if let attempts = error.attempts, attempts > 1 {
            facts.append(Wording.text(.cliFactAttempts(value: String(attempts))))
        }
        if !facts.isEmpty { lines.append("  " + facts.joined(separator: " · ")) }
        if let url = error.sourceURL { lines.append(Wording.text(.cliFactImageUrl(url: url))) }
        return lines
    }

    /// `gen-image: cancelled by Ctrl-C (SIGINT): …`, then what it means for the user's money and files.
    static func cancelledLines(for error: ImageAPIError, by signal: String) -> [String] {
        let language = Localization.language
        let message = error.message(in: language, spelling: Localization.spelling)
        var lines = [Wording.text(.cliCancelled(signal: signal, message: message))]
        if let hint = error.hint(in: language, spelling: Localization.spelling) { lines.append("  \(hint)") }
        return lines
    }

    /// The error, its hint, and where to read the usage: `help` is the command that prints it, which a hint
    /// naming `'gen-image --help'` is pointed at too.
    static func lines(for error: UsageError, help: String = "gen-image --help") -> [String] {
        var lines = [Wording.text(.cliError(message: error.localizedMessage))]
        if let hint = error.localizedHint {
            let pointed = hint.replacingOccurrences(of: "'gen-image --help'", with: "'\(help)'")
            lines.append(Wording.text(.cliHint(hint: pointed)))
        }
        lines.append(Wording.text(.cliUsagePointer(command: help)))
        return lines
    }
}
