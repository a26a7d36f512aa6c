import Foundation

/// The shapes in which a careless or hostile gateway echoes the caller's key back: split by whitespace or a
/// line break, JSON-escaped inside a body that is not JSON, percent-encoded, broken by an HTML tag, an entity
/// or an invisible character, or in pieces with text between them. Each shape writes the whole key, so a
/// client that masks only exact copies shows all of it.
public enum KeyEcho: String, CaseIterable, Sendable, CustomStringConvertible {
    case newlineSplit
    case spaceSplit
    case jsonEscaped
    case slashEscaped
    case doubleEscaped
    case percentEncoded
    case htmlTag
    case htmlEntity
    case zeroWidth
    case fragments

    public var description: String { rawValue }

    /// `key` written in this shape.
    public func render(_ key: String) -> String {
        let characters = Array(key)
        let third = characters.count / 3
        let first = String(characters[..<third])
        let second = String(characters[third..<2 * third])
        let last = String(characters[(2 * third)...])
        switch self {
        case .newlineSplit: return first + "\n" + second + "\r\n" + last
        case .spaceSplit: return first + " " + second + "  " + last
        case .jsonEscaped:
            // Every `-` and every third character as \u00XX, the way some encoders write them.
            return characters.enumerated().map { index, character in
                character == "-" || index % 3 == 0 ? Self.unicodeEscape(character) : String(character)
            }.joined()
        case .slashEscaped: return first + "\\/" + second + "\\/" + last
        case .doubleEscaped:
            return characters.map { $0 == "-" ? "\\\\u002d" : String($0) }.joined()
        case .percentEncoded:
            return characters.enumerated().map { index, character in
                character == "-" || index % 2 == 0
                    ? String(format: "%%%02X", character.asciiValue ?? 0x3F) : String(character)
            }.joined()
        case .htmlTag: return first + "<wbr>" + second + "<span class=\"k\">" + last + "</span>"
        case .htmlEntity:
            return characters.map { $0 == "-" ? "&#45;" : String($0) }.joined().replacingOccurrences(
                of: second, with: second.map { "&#x\(String($0.asciiValue ?? 0x3F, radix: 16));" }.joined())
        case .zeroWidth: return first + "\u{200B}" + second + "\u{00AD}" + last
        case .fragments:
            // Two pieces of the secret part that touch no cut and no edge of the text.
            let secret = Array(characters.dropFirst(8))
            let one = String(secret.prefix(secret.count / 2 + 2))
            let two = String(secret.suffix(secret.count / 2 + 2))
            return "part " + one + " and later part " + two + " end"
        }
    }

    private static func unicodeEscape(_ character: Character) -> String {
        String(format: "\\u%04x", character.unicodeScalars.first?.value ?? 0x3F)
    }
}

/// Replies that echo a key, and replies that try to drive the terminal.
extension FakeResponse {
    /// A 400 echoing `key` in `shape`, as a plain-text body, an HTML page, or the message of a JSON error.
    public static func echoing(key: String, shape: KeyEcho, body: EchoBody) -> FakeResponse {
        let said = "Incorrect API key provided: " + shape.render(key) + ". You can find your key in the console."
        switch body {
        case .text:
            return FakeResponse(status: 400, headers: [("Content-Type", "text/plain")], body: Data(said.utf8))
        case .html:
            return .html(status: 400, "<html><body><h1>Bad key</h1><p>\(said)</p></body></html>")
        case .json:
            return .error(status: 400, message: said, code: "invalid_api_key")
        }
    }

    /// Where an echoed key sits.
    public enum EchoBody: String, CaseIterable, Sendable {
        case text, html, json
    }

    /// What a gateway could send to take over a terminal: clear the screen, write the clipboard (OSC 52), set
    /// the window title, draw a fake `gen-image: done` line with CR/LF, reverse text with U+202E, and a C1
    /// control sequence.
    public static let terminalAttack =
        "quota exceeded\u{1B}[2J\u{1B}[H\u{1B}]52;c;ZWNobyBwd25lZA==\u{07}\u{1B}]0;owned title\u{1B}\\"
        + "\r\ngen-image: done in 1 s → /tmp/fake.png\r\n\u{202E}gnp.exe\u{202C} \u{9B}31mred\u{2066}x\u{2069}"

    /// A 429 whose message and `X-Request-Id` header carry `terminalAttack` (the header without CR/LF, which
    /// a header cannot hold).
    public static func drivingTheTerminal() -> FakeResponse {
        var reply = FakeResponse.error(status: 429, message: terminalAttack, code: "rate\u{1B}[2Jlimit")
        reply.headers.append(("X-Request-Id", "req\u{1B}]0;title\u{07}\u{1B}[2J\u{202E}42"))
        return reply
    }
}
