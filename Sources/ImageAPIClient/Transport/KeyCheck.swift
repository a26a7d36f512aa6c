import Foundation

/// The rule a key must pass before it goes into a header: visible ASCII only.
///
/// A key read from a file saved with Windows line endings ends in an invisible carriage return; pasted into a
/// header it ends the line, and whatever follows becomes a header of its own. Control characters (and
/// characters outside ASCII, which a header cannot carry as they are) are refused, never trimmed away, so the
/// user learns why the key they set is not the key that would be sent.
package enum KeyCheck {
    /// What is wrong with `text` (a key or a base URL) as a header or request line would carry it: the first
    /// control or non-ASCII character, named, and its position (1-based), or nil when it is fine. Spaces at
    /// either end are not counted; they are trimmed.
    package static func problem(in text: String) -> (character: Message, position: Int)? {
        let trimmed = text.trimmingCharacters(in: .init(charactersIn: " "))
        for (index, scalar) in trimmed.unicodeScalars.enumerated() {
            let named: Message? =
                switch scalar.value {
                case 0x0D: Message.keyCarriageReturn
                case 0x0A: Message.keyLineFeed
                case 0x09: Message.keyTab
                case 0x00..<0x20, 0x7F...0x9F: Message.keyControl(code: String(format: "U+%04X", scalar.value))
                case 0x80...: Message.keyNonASCII(code: String(format: "U+%04X", scalar.value))
                default: nil
                }
            if let named { return (named, index + 1) }
        }
        return nil
    }

    /// Throws `invalid_argument` when `key` holds a character no header may carry; the message never shows
    /// the key.
    package static func validate(_ key: String) throws(ImageAPIError) {
        guard let problem = problem(in: key) else { return }
        throw ImageAPIError(
            .invalidArgument,
            Message.keyBadCharacter(source: "apiKey", character: problem.character, position: String(problem.position)),
            hint: Message.keyLineEndingHint)
    }
}
