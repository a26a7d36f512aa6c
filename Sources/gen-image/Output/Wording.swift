import Foundation
import ImageAPIClient

/// The words gen-image uses on the terminal, in one place, so they stay consistent (and can be translated).
///
/// A value, handed to whoever writes: the language this run speaks and how it names settings (by flag on the
/// command line, by field for a batch file). Nothing about it is global, so two languages can be rendered side
/// by side in one process.
struct Wording: Sendable {
    /// The language of every text rendered.
    let language: Language
    /// How settings are named: `Spelling.flags` for the plain command, `Spelling.fields` for `batch`.
    let spelling: Spelling

    init(language: Language, spelling: Spelling) {
        self.language = language
        self.spelling = spelling
    }

    /// The same naming of settings in English, as the `--json` envelope carries its messages.
    var english: Wording {
        Wording(language: .en, spelling: spelling)
    }

    /// A message in this language, settings named as this wording names them.
    func text(_ message: Message) -> String {
        message.text(in: language, spelling: spelling)
    }

    /// An error's message in this language.
    func message(of error: ImageAPIError) -> String {
        error.message(in: language, spelling: spelling)
    }

    /// What to do about an error, in this language; nil when there is nothing to say.
    func hint(of error: ImageAPIError) -> String? {
        error.hint(in: language, spelling: spelling)
    }

    /// `generate`, `edit 1 image`, `fuse 3 images`.
    func mode(_ mode: ImageMode) -> String {
        switch mode {
        case .generate: text(.cliModeGenerate)
        case .edit: text(.cliModeEdit)
        case .fuse(let count): text(.cliModeFuse(count: String(count)))
        }
    }

    /// `300 s`, or `84.2 s` when `precise`.
    func seconds(_ value: Double, precise: Bool = false) -> String {
        let whole = !precise && value == value.rounded() && abs(value) < 1e15
        let number = whole ? "\(Int(value))" : "\((value * 10).rounded() / 10)"
        return text(.cliUnitSeconds(value: number))
    }

    /// `40 s`, `12 min`, `1.5 h`.
    func duration(_ seconds: Double) -> String {
        if seconds < 120 { return text(.cliUnitSeconds(value: String(Int(max(seconds, 0))))) }
        if seconds < 5400 { return text(.cliUnitMinutes(value: String(Int((seconds / 60).rounded())))) }
        return text(.cliUnitHours(value: String((seconds / 360).rounded() / 10)))
    }

    /// `1.8 MB`, or `512 bytes`.
    func bytes(_ count: Int) -> String {
        count < 1000 ? text(.cliUnitBytes(value: String(count))) : ByteCount.text(count)
    }

    /// `a, b, c` in this language.
    func list(_ items: [String]) -> String {
        guard var joined = items.last else { return "" }
        for item in items.dropLast().reversed() {
            joined = text(.cliList(first: item, second: joined))
        }
        return joined
    }

    /// `usually 60–300 s`.
    func usualWait(_ wait: ExpectedWait) -> String {
        text(.cliWaitUsual(low: String(wait.low), high: String(wait.high)))
    }

    /// `note: …` or `warning: …`, in this language.
    func diagnostic(_ diagnostic: Diagnostic) -> String {
        let message = diagnostic.message(in: language, spelling: spelling)
        switch diagnostic.severity {
        case .note: return text(.cliNote(message: message))
        case .warning: return text(.cliWarning(message: message))
        }
    }

    /// `attempt 1 of 3 failed: the gateway answered HTTP 429: busy; retrying in 4.2 s (as Retry-After asked)`.
    func retry(_ notice: RetryNotice) -> String {
        let wait = seconds(notice.delay, precise: notice.delay < 10 && notice.delay != notice.delay.rounded())
        if notice.delayFromRetryAfter {
            return text(
                .cliRetryRetryAfter(
                    attempt: String(notice.attempt), max: String(notice.maxAttempts),
                    reason: message(of: notice.error), wait: wait))
        }
        return text(
            .cliRetry(
                attempt: String(notice.attempt), max: String(notice.maxAttempts), reason: message(of: notice.error),
                wait: wait))
    }

    /// `ok    DNS: 127.0.0.1 → 127.0.0.1`, or `fail  …` with `→ what to do`, in this language.
    func doctorLine(_ check: ConnectionDoctor.Check) -> String {
        var line =
            check.passed
            ? text(.doctorLineOk(name: text(check.nameText), detail: text(check.detailText)))
            : text(.doctorLineFail(name: text(check.nameText), detail: text(check.detailText)))
        if !check.passed, let fix = check.fixText.map(text) { line += " → \(fix)" }
        return line
    }

    /// `$0.03`, `$0.0124 from usage`, or `≈ $0.053 estimated`; nil when the price is unknown.
    func cost(_ estimate: CostEstimate) -> String? {
        guard estimate.exact + estimate.guessed > 0 else { return nil }
        let dollars =
            "$"
            + String(format: "%.4f", estimate.dollars)
            .replacingOccurrences(of: "0+$", with: "", options: .regularExpression)
            .replacingOccurrences(of: "\\.$", with: ".00", options: .regularExpression)
        return estimate.guessed > 0 ? text(.cliCostEstimated(dollars: dollars)) : dollars
    }
}
