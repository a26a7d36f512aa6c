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

    /// The text in `language`, placeholders filled, the things a user sets named as `spelling` names them; an
    /// unknown key renders as itself so nothing is lost.
    public func text(in language: Language = .en, spelling: Spelling = .wire) -> String {
        if key == "common.parameter" { return spelling.name(arguments["name"] ?? "", arguments["form"] == "short") }
        guard let entry = Catalog.entry(key) else { return key }
        let template = language == .zh ? entry.zh : entry.en
        var values = arguments
        for (name, part) in parts { values[name] = part.text(in: language, spelling: spelling) }
        // `{@model}` in a text is the setting `model` in its shortest spelling (`-m` on the command line).
        for setting in Self.settingPlaceholders(in: template) {
            values["@" + setting] = spelling.name(setting, true)
        }
        return Catalog.fill(template, values)
    }

    /// The English text.
    public var description: String { text(in: .en) }

    /// The settings a text names as `{@name}`.
    static func settingPlaceholders(in template: String) -> [String] {
        guard template.contains("{@") else { return [] }
        return template.components(separatedBy: "{@").dropFirst().compactMap { piece in
            piece.firstIndex(of: "}").map { String(piece[..<$0]) }
        }
    }

    /// The same message with `secret` masked in every argument, parts included, and any run of its
    /// characters left at a cut (see `Redaction.scrub`).
    func redacting(_ secret: String) -> Message {
        var copy = self
        copy.arguments = arguments.mapValues { Redaction.scrub($0, secret: secret) }
        copy.parts = parts.mapValues { $0.redacting(secret) }
        return copy
    }
}

/// How a front end names what a user sets: a request parameter by its wire name (`size`), or `model`.
///
/// The library says which setting a sentence is about and the front end spells it: the command line as its flag
/// (`-s/--size`), a batch file as its field (`size`), so a batch user is never told about `-s`.
public struct Spelling: Sendable {
    /// The spelling of the setting the request body names `name`; `short` asks for the shortest form where a
    /// sentence goes on with a value (`-s 1536x1024`).
    public let name: @Sendable (_ name: String, _ short: Bool) -> String

    /// Creates a spelling.
    public init(_ name: @escaping @Sendable (_ name: String, _ short: Bool) -> String) {
        self.name = name
    }

    /// Names as the request body and a batch file spell them.
    public static let wire = Spelling { name, _ in name }
}

extension Message {
    /// The setting the request body names `name` (`size`, `model`), spelled by the front end that renders it;
    /// `short` for its shortest form.
    public static func parameter(_ name: String, short: Bool = false) -> Message {
        Message("common.parameter", ["name": name, "form": short ? "short" : "full"])
    }

    /// A value shown as it is, for a part that is sometimes a value and sometimes a sentence.
    static func value(_ value: String) -> Message {
        Message("common.value", ["value": value])
    }

    /// `a or b or c` in the language of the whole; `values` must not be empty.
    static func either(_ values: [String]) -> Message {
        guard values.count > 1 else { return .value(values.first ?? "") }
        return Message("common.or", ["first": values[0]], parts: ["second": either(Array(values.dropFirst()))])
    }

    /// `a or b or c` of messages, in the language of the whole; `messages` must not be empty.
    static func either(_ messages: [Message]) -> Message {
        guard let first = messages.first else { return .value("") }
        guard messages.count > 1 else { return first }
        return Message("common.or", parts: ["first": first, "second": either(Array(messages.dropFirst()))])
    }
}
