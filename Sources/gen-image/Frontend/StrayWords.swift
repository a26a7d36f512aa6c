import ImageAPIClient

/// What to say about bare words the plain command does not take, so that a hint followed literally never
/// pays for the wrong image: the whole intended value quoted (`-p "a red fox in the snow"`, not `-p "red fox
/// in the snow"`), and a first word that looks like a command (`gen-image help`, `gen-image generate -p x`)
/// never turned into a prompt.
enum StrayWords {
    /// Spellings of an image count other tools take (`-n 3`); these models make one image per request.
    static let countSpellings: Set<String> = ["-n", "--n", "--count", "--number", "--num-images", "--num"]

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

    /// The text quoted for a POSIX shell: in double quotes when nothing inside is special there, else in
    /// single quotes (with `'` written as `'\''`).
    static func shellQuoted(_ text: String) -> String {
        if !text.contains(where: { "\"$`\\!".contains($0) }) { return "\"" + text + "\"" }
        return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
