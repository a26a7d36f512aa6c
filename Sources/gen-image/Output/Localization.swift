import Foundation
import ImageAPIClient

/// The language of this run's messages, chosen once before anything is printed: `--lang`, else the locale
/// variables (`LC_ALL`, `LC_MESSAGES`, `LANG`; `zh*` gives Chinese), else English.
enum Localization {
    private static let chosen = Locked(Language.en)

    private static let naming = Locked(Spelling.wire)

    /// The language in use.
    static var language: Language {
        chosen.value
    }

    /// How this run names the settings the library's sentences are about: by flag for the plain command
    /// (`Spelling.flags`, set at launch), by field for `batch`, whose users write a file, not flags.
    static var spelling: Spelling {
        naming.value
    }

    /// Chooses how settings are named for the rest of the run.
    static func use(_ spelling: Spelling) {
        naming.update { $0 = spelling }
    }

    /// Chooses the language from the raw arguments and the environment; an unknown `--lang` value is left
    /// to the parser to report.
    static func choose(arguments: [String], environment: [String: String]) {
        var picked = Language.fromLocale(environment)
        for (index, argument) in arguments.enumerated() {
            var value: String?
            if argument == "--lang", index + 1 < arguments.count { value = arguments[index + 1] }
            if argument.hasPrefix("--lang=") { value = String(argument.dropFirst("--lang=".count)) }
            if let value, let language = Language(rawValue: value.lowercased()) { picked = language }
        }
        chosen.update { $0 = picked }
    }
}

extension Wording {
    /// A library message in this run's language, settings named by their flags.
    static func text(_ message: Message) -> String {
        message.text(in: Localization.language, spelling: Localization.spelling)
    }
}
