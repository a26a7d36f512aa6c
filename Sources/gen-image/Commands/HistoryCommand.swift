import Foundation
import ImageAPIClient

/// `gen-image history [--search TEXT] [--since DATE] [--limit N] [--json]`: what was made, newest first, and
/// what today and this month cost, read from the history every run appends to (`HistoryLog`).
enum HistoryCommand {
    static let options: [OptionSpec] =
        [
            OptionSpec(
                key: .search, short: nil, long: "search", arity: .single, valueName: "text",
                help: Message.optionHistorySearch),
            OptionSpec(
                key: .since, short: nil, long: "since", arity: .single, valueName: "date",
                help: Message.optionHistorySince),
            OptionSpec(
                key: .limit, short: nil, long: "limit", arity: .single, valueName: "n",
                help: Message.optionHistoryLimit),
        ] + [.json, .lang, .help].compactMap { key in OptionTable.all.first { $0.key == key } }

    /// The row in `SubcommandTable`.
    static let subcommand = Subcommand(
        name: "history", synopsis: "history [--search text] [--since date] [--limit n] [--json]",
        summary: Message.subcommandHistory, options: options,
        run: { arguments, context in run(arguments, context: context) })

    /// Entries shown when `--limit` is not given.
    static let defaultLimit = 20

    static func run(_ arguments: [String], context: SubcommandContext, now: Date = Date()) -> Int32 {
        let terminal = context.terminal
        let wording = context.wording
        let parsed: ParsedArguments
        let since: Date?
        let limit: Int
        do throws(UsageError) {
            parsed = try ArgumentParser.parse(arguments, table: options)
            if parsed.has(.help) {
                terminal.result(help(wording))
                return ExitCode.success
            }
            since = try parsed.value(.since).map { text throws(UsageError) in
                guard let date = HistoryQuery.date(text, now: now) else {
                    throw UsageError(
                        Message.usageInvalidValue(value: text, option: "--since"), hint: Message.usageSinceHint)
                }
                return date
            }
            let limitText = parsed.value(.limit) ?? String(defaultLimit)
            guard let number = Int(limitText), number >= 0 else {
                throw UsageError(
                    Message.usageInvalidValue(value: limitText, option: "--limit"),
                    hint: Message.parameterWholeNumber(low: "0", high: "1000000"))
            }
            limit = number
        } catch {
            ErrorReporter(wording: wording).lines(for: error, help: "gen-image history --help").forEach(terminal.info)
            if arguments.contains("--json") {
                terminal.result(
                    JSONReport.text(JSONReport.failure(error, cost: CostEstimate(), spelling: wording.spelling)))
            }
            return ExitCode.usage
        }
        let location = HistoryLog.location(environment: context.environment)
        let all = location.map { HistoryLog(url: $0).entries() } ?? []
        let query = HistoryQuery(search: parsed.value(.search), since: since)
        let matching = all.filter(query.matches)
        let shown = limit == 0 ? matching : Array(matching.prefix(limit))
        let totals = HistoryTotals(all, now: now)
        if parsed.has(.json) {
            terminal.result(
                JSONReport.text(
                    .object([
                        "ok": .bool(true), "file": location.map { .string($0.path) } ?? .null,
                        "matching": .number(Double(matching.count)),
                        "entries": .array(shown.map(\.json)),
                        "cost": .object([
                            "today_usd": .number(totals.today), "month_usd": .number(totals.month),
                            "today_images": .number(Double(totals.todayImages)),
                            "month_images": .number(Double(totals.monthImages)),
                        ]),
                    ])))
            return ExitCode.success
        }
        if all.isEmpty {
            terminal.info(wording.text(.historyEmpty(path: location?.path ?? "~/.local/state/gen-image/history.jsonl")))
        }
        for entry in shown {
            HistoryLines.lines(entry, wording: wording).forEach(terminal.result)
        }
        if matching.count > shown.count {
            terminal.info(wording.text(.historyMore(shown: String(shown.count), matching: String(matching.count))))
        }
        terminal.info(
            wording.text(
                .historyCost(
                    today: HistoryLines.dollars(totals.today), todayImages: String(totals.todayImages),
                    month: HistoryLines.dollars(totals.month), monthImages: String(totals.monthImages))))
        return ExitCode.success
    }

    static func help(_ wording: Wording, width: Int = 100) -> String {
        var out = "OVERVIEW: " + wording.text(.historyHelpOverview) + "\n"
        out += """

            USAGE: gen-image history [--search text] [--since date] [--limit n] [--json]

            OPTIONS:

            """
        out += HelpText.options(options, wording: wording, width: width)
        return out
    }
}

/// Which entries `--search` and `--since` keep.
struct HistoryQuery {
    var search: String?
    var since: Date?

    func matches(_ entry: HistoryEntry) -> Bool {
        if let since, let date = entry.date, date < since { return false }
        guard let search, !search.isEmpty else { return true }
        let fields =
            [entry.record.prompt, entry.record.model, entry.outcome, entry.record.provider]
            + entry.paths + entry.record.settings.map(\.value)
        return fields.contains { $0.range(of: search, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
    }

    /// `2026-12-01`, an ISO 8601 time, or `3d` / `12h` / `2w` ago; nil otherwise.
    static func date(_ text: String, now: Date) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let unit = trimmed.last, let amount = Double(trimmed.dropLast()), amount >= 0, amount < 100_000 {
            let seconds: Double? =
                switch unit {
                case "h": 3600
                case "d": 86_400
                case "w": 7 * 86_400
                default: nil
                }
            if let seconds { return now.addingTimeInterval(-amount * seconds) }
        }
        let iso = ISO8601DateFormatter()
        if let date = iso.date(from: text) { return date }
        let day = DateFormatter()
        day.locale = Locale(identifier: "en_US_POSIX")
        day.timeZone = TimeZone.current
        day.dateFormat = "yyyy-MM-dd"
        return day.date(from: trimmed)
    }
}

/// What today and this month cost, in the local calendar, over the whole history.
struct HistoryTotals {
    var today = 0.0
    var month = 0.0
    var todayImages = 0
    var monthImages = 0

    init(_ entries: [HistoryEntry], now: Date) {
        let calendar = Calendar.current
        for entry in entries {
            guard let date = entry.date, calendar.isDate(date, equalTo: now, toGranularity: .month) else { continue }
            let cost = entry.record.costUSD ?? 0
            month += cost
            monthImages += entry.paths.count
            if calendar.isDate(date, inSameDayAs: now) {
                today += cost
                todayImages += entry.paths.count
            }
        }
        today = (today * 10_000).rounded() / 10_000
        month = (month * 10_000).rounded() / 10_000
    }
}

/// How one entry reads in the terminal: a line of facts, then the prompt on one line (control characters
/// taken out, cut at 200 characters).
enum HistoryLines {
    static func lines(_ entry: HistoryEntry, wording: Wording) -> [String] {
        var facts = [localTime(entry), entry.outcome, entry.record.model]
        if let size = entry.record.deliveredSize { facts.append(size) }
        if let cost = entry.record.costUSD { facts.append(dollars(cost) + (entry.record.costIsEstimate ? "~" : "")) }
        if let elapsed = entry.elapsed { facts.append(wording.seconds(elapsed)) }
        var lines = [facts.joined(separator: "  ")]
        lines.append("    " + oneLine(entry.record.prompt))
        lines += entry.paths.map { "    → " + oneLine($0) }
        if let message = entry.message { lines.append("    " + oneLine(message)) }
        return lines
    }

    static func dollars(_ value: Double) -> String { String(format: "$%.4f", value) }

    private static func localTime(_ entry: HistoryEntry) -> String {
        guard let date = entry.date else { return entry.time }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }

    /// The text on one line, without control characters (a prompt may hold escape sequences), at most 200
    /// characters.
    static func oneLine(_ text: String) -> String {
        let cleaned = String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    CharacterSet.controlCharacters.contains(scalar) ? Unicode.Scalar(0x20) : scalar
                }))
        return cleaned.count > 200 ? String(cleaned.prefix(199)) + "…" : cleaned
    }
}
