import Foundation

/// A text a person reads, kept as a catalog key and its arguments until a front end renders it in a language.
///
/// The library decides what to say; the front end decides the language. Arguments are values (paths, sizes,
/// the gateway's own words) and are never translated; `parts` are messages of their own, rendered in the same
/// language, for texts built from pieces (a reason inside a sentence, a hint joined to another).
public struct Message: Sendable, Hashable, CustomStringConvertible {
    /// The catalog key, e.g. `planner.prompt_empty`.
    public let key: String
    /// Values for the `{name}` placeholders of the key's texts.
    public var arguments: [String: String]
    /// Messages for `{name}` placeholders, rendered in the language of the whole.
    public var parts: [String: Message]

    /// Creates a message; `key` must be in `Catalog` (a test checks every key used in the sources).
    public init(_ key: String, _ arguments: [String: String] = [:], parts: [String: Message] = [:]) {
        self.key = key
        self.arguments = arguments
        self.parts = parts
    }

    /// The text in `language`, placeholders filled; an unknown key renders as itself so nothing is lost.
    public func text(in language: Language = .en) -> String {
        guard let entry = Catalog.entry(key) else { return key }
        var values = arguments
        for (name, part) in parts { values[name] = part.text(in: language) }
        return Catalog.fill(language == .zh ? entry.zh : entry.en, values)
    }

    /// The English text.
    public var description: String { text(in: .en) }

    /// The same message with `secret` masked in every argument, parts included, and any run of its
    /// characters left at a cut (see `Redaction.scrub`).
    func redacting(_ secret: String) -> Message {
        var copy = self
        copy.arguments = arguments.mapValues { Redaction.scrub($0, secret: secret) }
        copy.parts = parts.mapValues { $0.redacting(secret) }
        return copy
    }
}

extension Message {
    /// A value shown as it is, for a part that is sometimes a value and sometimes a sentence.
    static func value(_ value: String) -> Message {
        Message("common.value", ["value": value])
    }

    /// `a or b or c` in the language of the whole; `values` must not be empty.
    static func either(_ values: [String]) -> Message {
        guard values.count > 1 else { return .value(values.first ?? "") }
        return Message("common.or", ["first": values[0]], parts: ["second": either(Array(values.dropFirst()))])
    }
}
