import Foundation

/// A text a person reads, in English and Simplified Chinese, until a front end picks the language.
///
/// The library decides what to say; the front end decides the language and how settings are named. Each text
/// has one constructor, declared beside the code that says it (`Message+<Folder>.swift`), with both languages
/// side by side, so a misspelt text or a missing value is a compile error. Values (paths, sizes, the gateway's
/// own words) are never translated; a `Message` inside a text is shown in the language of the whole; a setting
/// (`\(setting: "size")`) is spelled by the front end: `-s` on the command line, `"size"` in a batch file.
public struct Message: Sendable, Hashable, CustomStringConvertible {
    /// The English text.
    public let en: MessageText
    /// The Simplified Chinese text.
    public let zh: MessageText

    /// Creates a message from its two texts; the constructors named for each text call this.
    public init(en: MessageText, zh: MessageText) {
        self.en = en
        self.zh = zh
    }

    /// The text in `language`, with settings named as the request body names them (`Spelling.wire`).
    public func text(in language: Language = .en) -> String {
        text(in: language) { name, _ in name }
    }

    /// The text in `language`, with each setting named by `naming` from its wire name (see `Spelling`).
    func text(in language: Language, naming: (_ name: String, _ short: Bool) -> String) -> String {
        (language == .zh ? zh : en).rendered(in: language, naming: naming)
    }

    /// The English text, settings by their wire names.
    public var description: String { text(in: .en) }

    /// A value shown as it is in either language, for a part that is sometimes a value and sometimes a sentence.
    public static func verbatim(_ value: String) -> Message {
        Message(en: "\(value)", zh: "\(value)")
    }

    /// `a or b or c` in the language of the whole; `values` must not be empty.
    static func either(_ values: [String]) -> Message {
        either(values.map(Message.verbatim))
    }

    /// `a or b or c` of messages, in the language of the whole; `messages` must not be empty.
    static func either(_ messages: [Message]) -> Message {
        guard let first = messages.first else { return .verbatim("") }
        guard messages.count > 1 else { return first }
        let rest = either(Array(messages.dropFirst()))
        return Message(en: "\(first) or \(rest)", zh: "\(first) 或 \(rest)")
    }

    /// The same message with each value and piece of text changed by `transform` (masking a key, shortening
    /// base64), messages inside included.
    func map(_ transform: (String) -> String) -> Message {
        Message(en: en.map(transform), zh: zh.map(transform))
    }

    /// The same message with every occurrence of `secret` masked, and any run of its characters left at a cut
    /// (see `Redaction.scrub`).
    func redacting(_ secret: String) -> Message {
        map { Redaction.scrub($0, secret: secret) }
    }
}
