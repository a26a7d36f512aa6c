import ImageAPIClient

/// The parsed command line: values by option, as given.
struct ParsedArguments: Equatable {
    var values: [OptionKey: [String]] = [:]
    /// Bare arguments, for subcommands that take them (`gen-image batch FILE`).
    var positionals: [String] = []

    /// The single value of an option, or nil when absent.
    func value(_ key: OptionKey) -> String? { values[key]?.last }

    /// All values of a multiple option.
    func list(_ key: OptionKey) -> [String] { values[key] ?? [] }

    /// Whether a flag or option was given.
    func has(_ key: OptionKey) -> Bool { values[key] != nil }
}

/// Parses arguments with the rules of the skill scripts, made strict where they were silent.
///
/// - `-p VALUE`, `--prompt VALUE` and `--prompt=VALUE` are the same; a value may start with `-` unless it is
///   itself an option (so `-p -o x` is an error, while `-p "-5 °C at dawn"` and `-p -` work).
/// - `-i a.png b.png` takes values up to the next argument that starts with `-`; repeats accumulate.
/// - `--` ends options. Unknown options suggest the closest real one; stray arguments are errors, not
///   silently ignored as the scripts did.
enum ArgumentParser {
    /// - Parameter allowsPositionals: keep bare arguments (and everything after `--`) in `positionals`
    ///   instead of rejecting them.
    static func parse(
        _ arguments: [String], table: [OptionSpec] = OptionTable.all, allowsPositionals: Bool = false
    ) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        func looksLikeOption(_ token: String) -> Bool {
            token.count > 1 && token.hasPrefix("-")
                && table.option(spelled: token.split(separator: "=").first.map(String.init) ?? token) != nil
        }
        // The option whose value was the previous argument: stray words right after it belong to that value.
        var lastValue: (spelling: String, value: String, key: OptionKey)?
        while index < arguments.count {
            let token = arguments[index]
            index += 1
            let previous = lastValue
            lastValue = nil
            if token == "--" {
                if allowsPositionals {
                    parsed.positionals += arguments[index...]
                    break
                }
                if index < arguments.count {
                    throw UsageError(
                        Message.usageUnexpectedArgument(argument: arguments[index]),
                        hint: Message.usageNoPositionalsHint)
                }
                break
            }
            if allowsPositionals, !(token.count > 1 && token.hasPrefix("-")) {
                parsed.positionals.append(token)
                continue
            }
            guard token.count > 1, token.hasPrefix("-") else {
                // An unquoted prompt arrives as several words; name them all and show the quoted form.
                let words = [token] + arguments[index...].prefix { !($0.count > 1 && $0.hasPrefix("-")) }
                let phrase = words.joined(separator: " ")
                if let error = StrayWords.error(
                    words: words, isFirstArgument: index == 1, previous: previous, promptGiven: parsed.has(.prompt))
                {
                    throw error
                }
                let hint = Message.usageQuotePromptHint(phrase: phrase)
                if words.count == 1 {
                    throw UsageError(Message.usageUnexpectedArgument(argument: phrase), hint: hint)
                }
                throw UsageError(Message.usageUnexpectedArguments(argument: phrase), hint: hint)
            }
            var name = token
            var inlineValue: String?
            if token.hasPrefix("--"), let equals = token.firstIndex(of: "=") {
                name = String(token[..<equals])
                inlineValue = String(token[token.index(after: equals)...])
            } else if !token.hasPrefix("--"), token.count > 2, token.dropFirst(2).first == "=" {
                name = String(token.prefix(2))
                inlineValue = String(token.dropFirst(3))
            } else if !token.hasPrefix("--"), token.count > 2,
                let attached = table.option(spelled: String(token.prefix(2))), attached.arity != .flag
            {
                // `-p"一只橘猫"` reaches us as `-p一只橘猫`: the value attached to a short option, as getopt reads it.
                name = String(token.prefix(2))
                inlineValue = String(token.dropFirst(2))
            }
            guard let option = table.option(spelled: name) else {
                throw unknownOption(name, table: table)
            }
            switch option.arity {
            case .flag:
                if inlineValue != nil {
                    throw UsageError(Message.usageTakesNoValue(option: option.displayName))
                }
                parsed.values[option.key] = []
            case .single:
                if parsed.has(option.key) {
                    throw UsageError(
                        Message.usageGivenTwice(option: option.displayName),
                        hint: Message.usageGivenTwiceHint)
                }
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.count, !looksLikeOption(arguments[index]) {
                    value = arguments[index]
                    index += 1
                } else {
                    throw UsageError(
                        Message.usageNeedsValue(option: option.displayName),
                        hint: Message.usageNeedsValueHint(spelling: name, value: option.valueName))
                }
                parsed.values[option.key] = [value]
                lastValue = (name, value, option.key)
            case .multiple:
                var values: [String] = []
                if let inlineValue { values.append(inlineValue) }
                while index < arguments.count {
                    let next = arguments[index]
                    if next.count > 1, next.hasPrefix("-") { break }
                    values.append(next)
                    index += 1
                }
                if values.isEmpty {
                    throw UsageError(
                        Message.usageNeedsPaths(option: option.displayName, value: option.valueName),
                        hint: Message.usageNeedsPathsHint)
                }
                parsed.values[option.key, default: []] += values
            }
        }
        return parsed
    }

    private static func unknownOption(_ name: String, table: [OptionSpec]) -> UsageError {
        if StrayWords.countSpellings.contains(name) {
            return UsageError(Message.usageNoCount(option: name), hint: Message.usageNoCountHint)
        }
        // A unique abbreviation (`--file` for `--filename`) is the likeliest meaning; otherwise the nearest spelling.
        let extensions = table.spellings.filter { name.count > 3 && $0.hasPrefix(name) }
        if extensions.count == 1 {
            return UsageError(
                Message.usageUnknownOptionSuggestion(option: name, suggestion: extensions[0]))
        }
        let candidates = table.spellings.filter { name.hasPrefix("--") == $0.hasPrefix("--") || name.count > 3 }
        let scored = candidates.map { ($0, EditDistance.between(name, $0)) }
        let threshold = max(2, name.count / 3)
        if let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= threshold {
            return UsageError(Message.usageUnknownOptionSuggestion(option: name, suggestion: best.0))
        }
        return UsageError(Message.usageUnknownOption(option: name), hint: Message.usageUnknownOptionHint)
    }
}
