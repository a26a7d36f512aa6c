import Foundation

/// A text a person reads, kept as a catalog key and its arguments until a front end renders it in a language.
///
/// The library decides what to say; the front end decides the language. Arguments are values (paths, sizes,
/// the gateway's own words) and are never translated.
public struct Message: Sendable, Hashable, CustomStringConvertible {
    /// The catalog key, e.g. `planner.prompt_empty`.
    public let key: String
    /// Values for the `{name}` placeholders of the key's texts.
    public var arguments: [String: String]

    /// Creates a message; `key` must be in `Catalog` (a test checks every key used in the sources).
    public init(_ key: String, _ arguments: [String: String] = [:]) {
        self.key = key
        self.arguments = arguments
    }

    /// The text in `language`, placeholders filled; an unknown key renders as itself so nothing is lost.
    public func text(in language: Language = .en) -> String {
        guard let entry = Catalog.entry(key) else { return key }
        return Catalog.fill(language == .zh ? entry.zh : entry.en, arguments)
    }

    /// The English text.
    public var description: String { text(in: .en) }

    /// The same message with `secret` masked in every argument.
    func redacting(_ secret: String, with mask: String) -> Message {
        var copy = self
        copy.arguments = arguments.mapValues { $0.replacingOccurrences(of: secret, with: mask) }
        return copy
    }
}
