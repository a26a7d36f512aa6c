import Foundation

/// The languages gen-image speaks to people. JSON keys and error codes never change with it.
///
/// Adding a language is one file in `Texts/` (a `LanguageTable` with every text) and one case here, with its
/// table named in `table`.
public enum Language: String, Sendable, CaseIterable {
    /// English, the default.
    case en
    /// Simplified Chinese, for the gateway's many Chinese-speaking users.
    case zh

    /// Where this language's words are.
    var table: any LanguageTable.Type {
        switch self {
        case .en: English.self
        case .zh: Chinese.self
        }
    }

    /// The text of `id` in this language, with its placeholders.
    package func template(_ id: MessageID) -> String {
        table.template(id)
    }

    /// The language the locale variables ask for: the first non-empty of `LC_ALL`, `LC_MESSAGES`, `LANG`
    /// (the order POSIX gives them), a language whose code it starts with (`zh_CN.UTF-8` is Chinese), else
    /// English.
    public static func fromLocale(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return allCases.first { $0 != .en && value.lowercased().hasPrefix($0.rawValue) } ?? .en
        }
        return .en
    }
}

/// A language's words: every text by id, and how its nouns follow a number.
package protocol LanguageTable {
    /// The plural form a count takes in this language (English: `one` for 1; Chinese: always `other`).
    static func pluralCategory(of count: Int) -> PluralCategory
    /// The text of `id`, with its placeholders (see `Texts/English.swift` for their syntax).
    static func template(_ id: MessageID) -> String
}

/// The plural forms of Unicode CLDR, by which a `%{n, plural, one {…} other {…}}` placeholder picks its words.
package enum PluralCategory: String, Sendable, CaseIterable {
    case zero, one, two, few, many, other
}
