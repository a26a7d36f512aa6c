// A stub third language, kept out of the build: how gen-image would learn French. See references/translating.md.
// To try it: copy this file to Sources/ImageAPIClient/Localization/Texts/French.swift, add `case fr` to
// `Language` and `case .fr: French.self` to `Language.table`, then `swift build && gen-image --lang fr --help`.
// A real translation starts from a copy of English.swift instead and has no `default:`, so the compiler names
// every text not yet translated; this stub falls back to English for all but five.

/// Every text gen-image shows a person, in French (a stub: five texts translated, English for the rest).
enum French: LanguageTable {
    /// French takes the singular for 0 and 1: `0 image`, `1 image`, `2 images`.
    static func pluralCategory(of count: Int) -> PluralCategory {
        count <= 1 ? .one : .other
    }

    /// The text of `id`, with its placeholders.
    static func template(_ id: MessageID) -> String {
        switch id {
        case .authMissing: "pas de clé d'API : %{variable} n'est pas définie"
        case .cliDone: "terminé en %{elapsed}"
        case .cliHint: "  conseil : %{hint}"
        case .streamPartials: "%{count, plural, one {# image partielle} other {# images partielles}}"
        case .batchCount: "%{count, plural, one {# élément} other {# éléments}}"
        default: English.template(id)
        }
    }
}
