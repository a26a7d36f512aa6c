import ImageAPIClient

/// The words gen-image uses on the terminal, in one place, so they stay consistent (and can be translated).
enum Wording {
    static func mode(_ mode: ImageMode) -> String {
        switch mode {
        case .generate: "generate"
        case .edit: "edit 1 image"
        case .fuse(let count): "fuse \(count) images"
        }
    }

    /// `300 s`, or `84.2 s` when `precise`.
    static func seconds(_ value: Double, precise: Bool = false) -> String {
        if precise { return "\((value * 10).rounded() / 10) s" }
        return value == value.rounded() ? "\(Int(value)) s" : "\((value * 10).rounded() / 10) s"
    }

    /// `attempt 1 of 3 failed: the gateway answered HTTP 429: busy; retrying in 4.2 s (Retry-After)`.
    static func retry(_ notice: RetryNotice) -> String {
        let wait = seconds(notice.delay, precise: notice.delay < 10 && notice.delay != notice.delay.rounded())
        let source = notice.delayFromRetryAfter ? " (as Retry-After asked)" : ""
        return "attempt \(notice.attempt) of \(notice.maxAttempts) failed: \(notice.reason); "
            + "retrying in \(wait)\(source)"
    }

    /// `ok    DNS: 127.0.0.1 → 127.0.0.1`, or `fail  …` with `→ what to do`, in this run's language.
    static func doctorLine(_ check: ConnectionDoctor.Check) -> String {
        let language = Localization.language
        let parts = ["name": check.name(in: language), "detail": check.detail(in: language)]
        var line = check.passed ? Wording.text("doctor.line.ok", parts) : Wording.text("doctor.line.fail", parts)
        if !check.passed, let fix = check.fix(in: language) { line += " → \(fix)" }
        return line
    }

    /// `$0.03`, `$0.0124 from usage`, or `≈ $0.053 estimated`; nil when the price is unknown.
    static func cost(_ estimate: CostEstimate) -> String? {
        guard estimate.exact + estimate.guessed > 0 else { return nil }
        let dollars =
            "$"
            + String(format: "%.4f", estimate.dollars)
            .replacingOccurrences(of: "0+$", with: "", options: .regularExpression)
            .replacingOccurrences(of: "\\.$", with: ".00", options: .regularExpression)
        return estimate.guessed > 0 ? "≈ \(dollars) estimated" : dollars
    }
}
