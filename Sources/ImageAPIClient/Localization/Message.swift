import Foundation

/// A text a person reads, in any language gen-image speaks, until a front end picks the language.
///
/// The library decides what to say; the front end decides the language and how settings are named. Each text
/// has one constructor, declared beside the code that says it (`Message+<Folder>.swift`): its parameters are the
/// values the text shows, so a misspelt text or a missing value is a compile error. The words themselves live in
/// one table per language (`Texts/English.swift`, `Texts/Chinese.swift`), keyed by `MessageID`. Values (paths,
/// sizes, the gateway's own words) are never translated; a `Message` inside a text is shown in the language of
/// the whole; a setting (`%{-size}` in a table) is spelled by the front end: `-s` on the command line, `"size"`
/// in a batch file.
public struct Message: Sendable, Hashable, CustomStringConvertible {
    enum Content: Sendable, Hashable {
        case template(MessageID, [MessageArgument])
        case verbatim(String)
        case setting(String, short: Bool)
    }

    let content: Content

    /// The text `id`, with the values its placeholders show; the constructors named for each text call this.
    package init(_ id: MessageID, _ arguments: MessageArgument...) {
        content = .template(id, arguments)
    }

    private init(content: Content) {
        self.content = content
    }

    /// The text in `language`, with settings named as the request body names them (`Spelling.wire`).
    public func text(in language: Language = .en) -> String {
        text(in: language) { name, _ in name }
    }

    /// The text in `language`, with each setting named by `naming` from its wire name (see `Spelling`).
    func text(in language: Language, naming: (_ name: String, _ short: Bool) -> String) -> String {
        switch content {
        case .verbatim(let value): value
        case .setting(let name, let short): naming(name, short)
        case .template(let id, let arguments):
            MessageTemplate.parsed(language.template(id)).rendered(
                arguments: arguments, language: language, naming: naming)
        }
    }

    /// The English text, settings by their wire names.
    public var description: String { text(in: .en) }

    /// A value shown as it is in either language, for a part that is sometimes a value and sometimes a sentence.
    public static func verbatim(_ value: String) -> Message {
        Message(content: .verbatim(OutsideText.shown(value)))
    }

    /// The setting whose wire name is `name`, spelled by the front end that renders it (`Message.parameter`
    /// gives it a typed `Setting`).
    static func setting(named name: String, short: Bool) -> Message {
        Message(content: .setting(name, short: short))
    }

    /// `a or b or c` in the language of the whole; `values` must not be empty.
    static func either(_ values: [String]) -> Message {
        either(values.map(Message.verbatim))
    }

    /// `a or b or c` of messages, in the language of the whole; `messages` must not be empty.
    static func either(_ messages: [Message]) -> Message {
        guard let first = messages.first else { return .verbatim("") }
        guard messages.count > 1 else { return first }
        return .eitherPair(first: first, rest: either(Array(messages.dropFirst())))
    }

    /// The same message with each value changed by `transform` (masking a key, shortening base64), messages
    /// inside included. The tables' own words are ours, so only values can carry what must be changed.
    func map(_ transform: (String) -> String) -> Message {
        switch content {
        case .verbatim(let value): Message(content: .verbatim(transform(value)))
        case .setting: self
        case .template(let id, let arguments):
            Message(content: .template(id, arguments.map { $0.map(transform) }))
        }
    }

    /// The same message with every occurrence of `secret` masked, and any run of its characters left at a cut
    /// (see `Redaction.scrub`).
    func redacting(_ secret: String) -> Message {
        map { Redaction.scrub($0, secret: secret) }
    }
}
