import Foundation

/// The languages gen-image speaks to people. JSON keys and error codes never change with it.
public enum Language: String, Sendable, CaseIterable {
    /// English, the default.
    case en
    /// Simplified Chinese, for the gateway's many Chinese-speaking users.
    case zh

    /// The language the locale variables ask for: the first non-empty of `LC_ALL`, `LC_MESSAGES`, `LANG`
    /// (the order POSIX gives them), Chinese when it starts with `zh`, else English.
    public static func fromLocale(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("zh") ? .zh : .en
        }
        return .en
    }
}
