import Foundation

/// The texts that `Core/` shows a person, in English and Simplified Chinese side by side.
///
/// One constructor per text: its parameters are the values it shows, so a wrong name or value is
/// a compile error. Values are never translated; `Message` parameters render in the same language.
extension Message {
    // MARK: - Shared pieces

    static func authMissing(variable: String) -> Message {
        Message(.authMissing, .value("variable", variable))
    }

    /// Where to get a key and how to give it (the key's setting spelled by the front end: `-k/--api-key`).
    package static func authMissingHint(page: String, variable: String) -> Message {
        Message(.authMissingHint, .value("page", page), .value("variable", variable))
    }

    static func commonThen(first: Message, second: Message) -> Message {
        Message(.commonThen, .message("first", first), .message("second", second))
    }

    // MARK: - Input images and masks

    static var inputNotFoundHint: Message {
        Message(.inputNotFoundHint)
    }

    // MARK: - Request parameters

    package static func parameterWholeNumber(low: String, high: String) -> Message {
        Message(.parameterWholeNumber, .value("low", low), .value("high", high))
    }

    // MARK: - Planning

    static func plannerOneOf(values: String) -> Message {
        Message(.plannerOneOf, .value("values", values))
    }

    static func plannerOptionUnsupportedDrop(flag: Message, modelFlag: Message) -> Message {
        Message(.plannerOptionUnsupportedDrop, .message("flag", flag), .message("modelFlag", modelFlag))
    }

    static func plannerOptionUnsupportedTakers(flag: Message, models: String) -> Message {
        Message(.plannerOptionUnsupportedTakers, .message("flag", flag), .value("models", models))
    }

    // MARK: - Remedies

    static var transportTimeoutHint: Message {
        Message(.transportTimeoutHint)
    }

    static var transportCheckBaseUrl: Message {
        Message(.transportCheckBaseUrl)
    }
}

extension Message {
    // MARK: - Pieces every text may use

    /// A duration in seconds, as a `.seconds` argument shows it: `300 s`.
    static func secondsValue(number: String) -> Message {
        Message(.secondsValue, .value("number", number))
    }

    /// Two choices: `a or b` (a longer list nests: `a or b or c`).
    static func eitherPair(first: Message, rest: Message) -> Message {
        Message(.eitherPair, .message("first", first), .message("rest", rest))
    }
}

extension Message {
    // MARK: - How each language joins texts

    /// A text with a note after it: `estimated cost $0.12 (partial: …)`, `…（不完整：…）`.
    package static func withNote(text: Message, note: Message) -> Message {
        Message(.withNote, .message("text", text), .message("note", note))
    }

    /// A list of counts going on: `3 ok, 1 failed, 2 cancelled`.
    package static func andMore(text: Message, more: Message) -> Message {
        Message(.andMore, .message("text", text), .message("more", more))
    }

    /// A fact after a text on one line: `… · about 2–5 min in all`.
    package static func withFact(text: Message, fact: Message) -> Message {
        Message(.withFact, .message("text", text), .message("fact", fact))
    }

    /// An amount with a part added: `$0.12 + 2 of unknown price`.
    package static func plus(text: Message, more: Message) -> Message {
        Message(.plus, .message("text", text), .message("more", more))
    }

    /// Two sentences one after the other.
    package static func sentences(first: Message, second: Message) -> Message {
        Message(.sentences, .message("first", first), .message("second", second))
    }
}
