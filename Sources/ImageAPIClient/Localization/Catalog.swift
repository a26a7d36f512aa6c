import Foundation

/// Every text gen-image shows a person, in English and Simplified Chinese, in one place.
///
/// Entries are grouped by area in `Catalog+<Area>.swift` files; `all` merges them. A test checks that every key
/// used in the sources is here, that both languages are filled in, and that both use the same placeholders.
public enum Catalog {
    /// One text in both languages, with `{name}` placeholders.
    public struct Entry: Sendable, Equatable {
        /// English.
        public let en: String
        /// Simplified Chinese.
        public let zh: String

        /// Creates an entry.
        public init(en: String, zh: String) {
            self.en = en
            self.zh = zh
        }
    }

    /// Every entry by key.
    public static let all: [String: Entry] = {
        var merged: [String: Entry] = [:]
        for area in areas {
            merged.merge(area) { first, _ in first }
        }
        return merged
    }()

    /// The areas, each a file of its own.
    static let areas: [[String: Entry]] = [
        common, cli, cliUsage, cliBatch, options, help, planner, inputs, output, transport, streaming, batch, doctor,
        skills, newcomer, providers, batchPressure, curl, maxTime, trust, parameters,
    ]

    /// The entry for `key`, or nil.
    public static func entry(_ key: String) -> Entry? {
        all[key]
    }

    /// The text of `key` in `language` with `arguments` filled in.
    public static func text(_ key: String, _ arguments: [String: String] = [:], in language: Language) -> String {
        Message(key, arguments).text(in: language)
    }

    /// Replaces each `{name}` with its argument in one pass over the template, so an argument that itself
    /// holds braces (a gateway's message, say) is never filled in again; unknown placeholders stay as written.
    static func fill(_ template: String, _ arguments: [String: String]) -> String {
        guard template.contains("{"), !arguments.isEmpty else { return template }
        var text = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"),
                let value = arguments[String(rest[rest.index(after: open)..<close])]
            else {
                text.append("{")
                rest = rest[rest.index(after: open)...]
                continue
            }
            text += value
            rest = rest[rest.index(after: close)...]
        }
        return text + rest
    }

    /// The `{name}` placeholders in a template, for the completeness test.
    public static func placeholders(in template: String) -> Set<String> {
        var names: Set<String> = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = rest[rest.index(after: open)..<close]
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "_" }) { names.insert(String(name)) }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
