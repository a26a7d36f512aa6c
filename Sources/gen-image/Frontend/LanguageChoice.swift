import ImageAPIClient

extension Language {
    /// The language a run speaks, decided once before anything is printed: `--lang` (or `--lang=`) anywhere in
    /// the arguments, else the locale variables (`LC_ALL`, `LC_MESSAGES`, `LANG`; `zh*` gives Chinese), else
    /// English. An unknown `--lang` value is skipped here and left to the parser to report.
    static func chosen(arguments: [String], environment: [String: String]) -> Language {
        var picked = Language.fromLocale(environment)
        for (index, argument) in arguments.enumerated() {
            var value: String?
            if argument == "--lang", index + 1 < arguments.count { value = arguments[index + 1] }
            if argument.hasPrefix("--lang=") { value = String(argument.dropFirst("--lang=".count)) }
            if let value, let language = Language(rawValue: value.lowercased()) { picked = language }
        }
        return picked
    }
}
