import Foundation

/// One language's text of a `Message`: words and values, with holes for the settings the front end spells and
/// the messages rendered in the same language. Written as a string literal with interpolations.
public struct MessageText: Sendable, Hashable, ExpressibleByStringInterpolation {
    enum Piece: Sendable, Hashable {
        case text(String)
        case setting(String, short: Bool)
        case message(Message)
    }

    var pieces: [Piece]

    /// Words with no values in them.
    public init(stringLiteral value: String) {
        pieces = [.text(value)]
    }

    /// Words with values, messages and settings between them.
    public init(stringInterpolation: StringInterpolation) {
        pieces = stringInterpolation.pieces
    }

    /// Builds a text from words, values (`\(path)`), messages (`\(reason)`) and settings
    /// (`\(setting: "size")`).
    public struct StringInterpolation: StringInterpolationProtocol {
        var pieces: [Piece] = []

        /// An empty text, about to be filled.
        public init(literalCapacity: Int, interpolationCount: Int) {}

        /// Words of the text itself.
        public mutating func appendLiteral(_ literal: String) {
            if !literal.isEmpty { pieces.append(.text(literal)) }
        }

        /// A value, shown as it is, except that control characters cannot reach a terminal through it (a
        /// gateway's message, a model's words and file names are values; see `OutsideText`).
        public mutating func appendInterpolation(_ value: String) {
            pieces.append(.text(OutsideText.shown(value)))
        }

        /// A message, rendered in the language of the whole.
        public mutating func appendInterpolation(_ message: Message) {
            pieces.append(.message(message))
        }

        /// A setting by its wire name (a `Setting`'s raw value: `size`, `model`), spelled by the front end.
        public mutating func appendInterpolation(setting name: String, short: Bool = true) {
            pieces.append(.setting(name, short: short))
        }
    }

    /// Two texts one after the other, for a literal too long for one line.
    public static func + (lhs: MessageText, rhs: MessageText) -> MessageText {
        var joined = lhs
        joined.pieces += rhs.pieces
        return joined
    }

    func rendered(in language: Language, naming: (_ name: String, _ short: Bool) -> String) -> String {
        var text = ""
        for piece in pieces {
            switch piece {
            case .text(let words): text += words
            case .setting(let name, let short): text += naming(name, short)
            case .message(let message): text += message.text(in: language, naming: naming)
            }
        }
        return text
    }

    func map(_ transform: (String) -> String) -> MessageText {
        var copy = self
        copy.pieces = pieces.map { piece in
            switch piece {
            case .text(let words): .text(transform(words))
            case .setting: piece
            case .message(let message): .message(message.map(transform))
            }
        }
        return copy
    }
}
