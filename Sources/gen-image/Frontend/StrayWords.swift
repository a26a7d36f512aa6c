import ImageAPIClient

/// What to say about bare words the plain command does not take, so that a hint followed literally never
/// pays for the wrong image: the whole intended value quoted (`-p "a red fox in the snow"`, not `-p "red fox
/// in the snow"`), and a first word that looks like a command (`gen-image help`, `gen-image generate -p x`)
/// never turned into a prompt.
enum StrayWords {
    /// Spellings of an image count other tools take (`--count 3`), pointed at `-n`.
    static let countSpellings: Set<String> = ["--count", "--number", "--num-images", "--num"]

    /// The error for `words`, or nil to keep the general "quote the prompt" one.
    /// - Parameters:
    ///   - isFirstArgument: the first word is the command line's first argument.
    ///   - previous: the option whose value was the argument just before the words.
    ///   - promptGiven: `-p` was already given.
    static func error(
        words: [String], isFirstArgument: Bool, previous: (spelling: String, value: String, key: OptionKey)?,
        promptGiven: Bool
    ) -> UsageError? {
        let phrase = words.joined(separator: " ")
        let unexpected =
            words.count == 1
            ? Message.usageUnexpectedArgument(argument: phrase)
            : Message.usageUnexpectedArguments(argument: phrase)
        if let previous {
            let whole = shellQuoted(previous.value + " " + phrase)
            return UsageError(
                unexpected,
                hint: previous.key == .prompt
                    ? Message.usageQuotePromptWholeHint(option: previous.spelling, quoted: whole)
                    : Message.usageQuoteValueHint(option: previous.spelling, quoted: whole))
        }
        if words.count <= 2, let first = words.first, let option = nearOption(first) {
            // `gen-image promt "a cat"`: an option written without its dashes, or misspelt so.
            let rest = words.dropFirst().map(shellQuoted).joined(separator: " ")
            let example = option.arity == .flag || rest.isEmpty ? "--" + option.long : "--\(option.long) \(rest)"
            return UsageError(
                Message.usageDidYouMeanOption(word: first, option: "--" + option.long),
                hint: Message.usageDidYouMeanOptionHint(example: "gen-image " + example))
        }
        if isFirstArgument && words.count == 1 {
            let word = words[0]
            if ["help", "-help", "h", "usage", "man"].contains(word.lowercased()) {
                return UsageError(
                    Message.usageUnknownCommand(word: word), hint: Message.usageHelpWordHint)
            }
            let commands = CommandWords.all.joined(separator: ", ")
            return UsageError(
                Message.usageUnknownCommand(word: word),
                hint: Message.usageUnknownCommandHint(commands: commands))
        }
        if promptGiven {
            return UsageError(unexpected, hint: Message.usageNoPositionalsHint)
        }
        return nil
    }

    /// The option a bare word most likely meant: its long name, or one or two letters away from it (`promt`
    /// for `--prompt`), for words of at least four letters so that ordinary prompt words are not taken for one.
    static func nearOption(_ word: String) -> OptionSpec? {
        let bare = word.lowercased()
        guard bare.count >= 4, bare.allSatisfy({ $0.isLetter || $0 == "-" }) else { return nil }
        let scored = OptionTable.all.map { ($0, EditDistance.between(bare, $0.long)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        let limit = best.0.long.count >= 6 ? 2 : 1
        return best.1 <= limit ? best.0 : nil
    }

    /// The text quoted for a POSIX shell: in double quotes when nothing inside is special there, else in
    /// single quotes (with `'` written as `'\''`).
    static func shellQuoted(_ text: String) -> String {
        if !text.contains(where: { "\"$`\\!".contains($0) }) { return "\"" + text + "\"" }
        return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
