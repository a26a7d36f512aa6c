import ImageAPIClient

/// The words gen-image uses on the terminal, in one place, so they stay consistent (and can be translated).
enum Wording {
    /// `generate`, `edit 1 image`, `fuse 3 images`.
    static func mode(_ mode: ImageMode) -> String {
        switch mode {
        case .generate: Wording.text(.cliModeGenerate)
        case .edit: Wording.text(.cliModeEdit)
        case .fuse(let count): Wording.text(.cliModeFuse(count: String(count)))
        }
    }

    /// `300 s`, or `84.2 s` when `precise`.
    static func seconds(_ value: Double, precise: Bool = false) -> String {
        let whole = !precise && value == value.rounded() && abs(value) < 1e15
        let number = whole ? "\(Int(value))" : "\((value * 10).rounded() / 10)"
        return Wording.text(.cliUnitSeconds(value: number))
    }

    /// `40 s`, `12 min`, `1.5 h`.
    static func duration(_ seconds: Double) -> String {
        if seconds < 120 { return Wording.text(.cliUnitSeconds(value: String(Int(max(seconds, 0))))) }
        if seconds < 5400 { return Wording.text(.cliUnitMinutes(value: String(Int((seconds / 60).rounded())))) }
        return Wording.text(.cliUnitHours(value: String((seconds / 360).rounded() / 10)))
    }

    /// `1.8 MB`, or `512 bytes`.
    static func bytes(_ count: Int) -> String {
        count < 1000 ? Wording.text(.cliUnitBytes(value: String(count))) : ByteCount.text(count)
    }

    /// `a, b, c` in this run's language.
    static func list(_ items: [String]) -> String {
        guard var text = items.last else { return "" }
        for item in items.dropLast().reversed() {
            text = Wording.text(.cliList(first: item, second: text))
        }
        return text
    }

    /// `usually 60–300 s`.
    static func usualWait(_ wait: ExpectedWait) -> String {
        Wording.text(.cliWaitUsual(low: String(wait.low), high: String(wait.high)))
    }

    /// `note: …` or `warning: …`, in this run's language.
    static func diagnostic(_ diagnostic: Diagnostic) -> String {
        let message = diagnostic.message(in: Localization.language, spelling: Localization.spelling)
        switch diagnostic.severity {
        case .note: return Wording.text(.cliNote(message: message))
        case .warning: return Wording.text(.cliWarning(message: message))
        }
    }

    /// `attempt 1 of 3 failed: the gateway answered HTTP 429: busy; retrying in 4.2 s (as Retry-After asked)`.
    static func retry(_ notice: RetryNotice) -> String {
        let wait = seconds(notice.delay, precise: notice.delay < 10 && notice.delay != notice.delay.rounded())
        if notice.delayFromRetryAfter {
            return Wording.text(
                .cliRetryRetryAfter(
                    attempt: String(notice.attempt), max: String(notice.maxAttempts),
                    reason: notice.error.message(in: Localization.language, spelling: Localization.spelling), wait: wait
                ))
        }
        return Wording.text(
            .cliRetry(
                attempt: String(notice.attempt), max: String(notice.maxAttempts),
                reason: notice.error.message(in: Localization.language, spelling: Localization.spelling), wait: wait))
    }

    /// `ok    DNS: 127.0.0.1 → 127.0.0.1`, or `fail  …` with `→ what to do`, in this run's language.
    static func doctorLine(_ check: ConnectionDoctor.Check) -> String {
        var line =
            check.passed
            ? Wording.text(.doctorLineOk(name: Wording.text(check.nameText), detail: Wording.text(check.detailText)))
            : Wording.text(.doctorLineFail(name: Wording.text(check.nameText), detail: Wording.text(check.detailText)))
        if !check.passed, let fix = check.fixText.map(Wording.text) { line += " → \(fix)" }
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
        return estimate.guessed > 0 ? Wording.text(.cliCostEstimated(dollars: dollars)) : dollars
    }
}
