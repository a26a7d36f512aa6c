import ImageAPIClient

/// The documented exit codes.
enum ExitCode {
    /// The image was saved.
    static let success: Int32 = 0
    /// The API or the network failed.
    static let failure: Int32 = 1
    /// A usage or input error; nothing was sent.
    static let usage: Int32 = 2
    /// No API key.
    static let noKey: Int32 = 3
    /// `gen-image batch`: some items failed (or never started after `--fail-fast`); the others were saved.
    static let someFailed: Int32 = 4
    /// Cancelled by Ctrl-C or SIGTERM.
    static let cancelled: Int32 = 130

    /// The exit code for a library error.
    static func of(_ error: ImageAPIError) -> Int32 {
        if error.code == .authMissing { return noKey }
        if error.code == .cancelled { return cancelled }
        return error.code.isUsageError ? usage : failure
    }
}

/// Renders errors on stderr: `gen-image: error: <message>`, then indented lines saying what to do next and
/// the facts support staff ask for (HTTP status, API code, request id, image URL).
enum ErrorReporter {
    static func lines(for error: ImageAPIError, provider: Provider = .apiyi) -> [String] {
        var lines = ["gen-image: error: \(error.message)"]
        if error.code == .authMissing {
            lines.append("  get a key at \(provider.keyPage) (register, then create a key in the console)")
            lines.append("  then set it: export \(provider.keyVariable)=\"sk-…\"")
            lines.append("  or pass it for one run with -k/--api-key")
            return lines
        }
        if let hint = error.hint { lines.append("  hint: \(hint)") }
        var facts: [String] = []
        if let apiCode = error.apiCode { facts.append("api code: \(apiCode)") }
        if let requestID = error.requestID { facts.append("request id: \(requestID)") }
        if let attempts = error.attempts, attempts > 1 { facts.append("attempts: \(attempts)") }
        if !facts.isEmpty { lines.append("  " + facts.joined(separator: " · ")) }
        if let url = error.sourceURL { lines.append("  image URL: \(url)") }
        return lines
    }

    /// `gen-image: cancelled by Ctrl-C (SIGINT): …`, then what it means for the user's money and files.
    static func cancelledLines(for error: ImageAPIError, by signal: String) -> [String] {
        var lines = ["gen-image: cancelled by \(signal): \(error.message)"]
        if let hint = error.hint { lines.append("  \(hint)") }
        return lines
    }

    static func lines(for error: UsageError) -> [String] {
        var lines = ["gen-image: error: \(error.message)"]
        if let hint = error.hint { lines.append("  hint: \(hint)") }
        lines.append("  run 'gen-image --help' for usage")
        return lines
    }
}
