/// Text that came from outside gen-image (a gateway's message or header, a model's words, a file name), made
/// fit to reach a terminal: it can show, never act.
///
/// A terminal obeys what it is sent: `ESC[2J` clears the screen, OSC 52 writes the clipboard, OSC 0 sets the
/// window title, a carriage return or line feed can draw a fake `gen-image: done` line, and U+202E turns the
/// text after it around. Each escape sequence (CSI, OSC, DCS and the rest, with their payload), each other C0
/// or C1 control character and each bidirectional override, embedding or isolate becomes one U+FFFD,
/// so the reader still sees that something was there.
package enum OutsideText {
    /// What stands in for a removed control character or sequence.
    package static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// `text` with control characters replaced. Line breaks (CR, LF, CR LF, NEL, U+2028, U+2029) become one
    /// space, as a value sits inside a line of gen-image's own, unless `keepingLineBreaks` (a whole text of
    /// gen-image's that may span lines), when LF and CR LF stay a line feed. A tab is kept.
    package static func shown(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: needsCare) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch scalar.value {
            case 0x0A:
                result.append(keepingLineBreaks ? "\n" : " ")
            case 0x0D:
                if index < scalars.count, scalars[index] == "\n" {
                    index += 1
                    result.append(keepingLineBreaks ? "\n" : " ")
                } else {
                    result.append(keepingLineBreaks ? replacement : " ")
                }
            case 0x85, 0x2028, 0x2029:
                result.append(keepingLineBreaks ? replacement : " ")
            case 0x1B:
                index = endOfEscape(scalars, after: index)
                result.append(replacement)
            case 0x9B:
                index = endOfControlSequence(scalars, from: index)
                result.append(replacement)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                index = endOfString(scalars, from: index)
                result.append(replacement)
            default:
                result.append(needsCare(scalar) ? replacement : scalar)
            }
        }
        return String(result)
    }

    /// Whether `scalar` is a control character, a line break or a bidirectional control.
    static func needsCare(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        // Bidirectional embeddings, overrides and isolates; the marks (U+200E, U+200F) stay, as real
        // right-to-left text uses them and they reorder nothing on their own.
        case 0x2028...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The index after an escape sequence whose ESC came just before `index`.
    private static func endOfEscape(_ scalars: [Unicode.Scalar], after index: Int) -> Int {
        guard index < scalars.count else { return index }
        switch scalars[index] {
        case "[": return endOfControlSequence(scalars, from: index + 1)
        case "]", "P", "X", "^", "_": return endOfString(scalars, from: index + 1)
        default:
            // ESC, then intermediate bytes (0x20–0x2F), then one final character.
            var cursor = index
            while cursor < scalars.count, (0x20...0x2F).contains(scalars[cursor].value) { cursor += 1 }
            return cursor < scalars.count && (0x30...0x7E).contains(scalars[cursor].value) ? cursor + 1 : cursor
        }
    }

    /// The index after a CSI sequence's parameters and final byte (0x40–0x7E), starting after `ESC [`.
    private static func endOfControlSequence(_ scalars: [Unicode.Scalar], from index: Int) -> Int {
        var cursor = index
        while cursor < scalars.count, cursor - index < 64 {
            let value = scalars[cursor].value
            if (0x40...0x7E).contains(value) { return cursor + 1 }
            guard (0x20...0x3F).contains(value) else { return cursor }
            cursor += 1
        }
        return cursor
    }

    /// The index after a string sequence's payload (OSC, DCS, …), ended by BEL, ST (`ESC \` or U+009C), or
    /// the end of the text.
    private static func endOfString(_ scalars: [Unicode.Scalar], from index: Int) -> Int {
        var cursor = index
        while cursor < scalars.count {
            switch scalars[cursor].value {
            case 0x07, 0x9C: return cursor + 1
            case 0x1B:
                return cursor + 1 < scalars.count && scalars[cursor + 1] == "\\" ? cursor + 2 : cursor
            default: cursor += 1
            }
        }
        return cursor
    }
}
