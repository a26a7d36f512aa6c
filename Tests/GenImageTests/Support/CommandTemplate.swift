import Foundation

/// A command as a guide writes it, turned into commands a shell can run.
///
/// The guides write templates an agent fills in: `{name}` placeholders, `[optional parts]` (which may nest),
/// and `a|b` alternatives. A test has to run them, and the same way every time, so: every placeholder takes
/// its value from a table (a name missing from the table is an error, so a new placeholder cannot slip through
/// unrun); a template with optional parts runs twice, once with every part and once with none; an alternative
/// is its first choice. A trailing `# exit N` comment is kept apart as the documented exit code.
struct CommandTemplate: Equatable {
    /// The command as written, without its trailing comment.
    let text: String
    /// The exit code the guide says it ends with (`# exit N`), else 0.
    let expectedExit: Int32

    /// Why a template cannot be made into a command.
    enum Problem: Error, Equatable, CustomStringConvertible {
        case unmappedPlaceholder(String)
        case unbalancedBrackets
        case unmarkedPlaceholder(String)

        var description: String {
            switch self {
            case .unmappedPlaceholder(let name): "no value for the placeholder {\(name)}"
            case .unbalancedBrackets: "an optional part's [ ] do not pair up"
            case .unmarkedPlaceholder(let word): "\(word) looks like a placeholder; write it as {name}"
            }
        }
    }

    init(_ line: String) {
        expectedExit = MarkdownReference.expectedExit(of: line)
        var body = line
        if let comment = Self.commentStart(in: line) { body = String(line[..<comment]) }
        text = body.trimmingCharacters(in: .whitespaces)
    }

    /// Whether there is anything in `[ ]` outside quotes.
    var hasOptionalParts: Bool { Self.scan(text).contains { $0.kind == .open } }

    /// The commands to run: with every optional part, then (when there are any) with none.
    func instances(values: [String: String]) throws(Problem) -> [String] {
        let all = try instance(keepingOptionalParts: true, values: values)
        guard hasOptionalParts else { return [all] }
        return [all, try instance(keepingOptionalParts: false, values: values)]
    }

    /// One command: optional parts kept or dropped, the first of each alternative, placeholders filled in.
    func instance(keepingOptionalParts keep: Bool, values: [String: String]) throws(Problem) -> String {
        var kept = ""
        var depth = 0
        for piece in Self.scan(text) {
            switch piece.kind {
            case .open: depth += 1
            case .close:
                depth -= 1
                if depth < 0 { throw .unbalancedBrackets }
            case .text: if keep || depth == 0 { kept += piece.text }
            }
        }
        if depth != 0 { throw .unbalancedBrackets }
        let words = Self.words(of: kept).map { word -> String in
            guard !word.contains("\""), !word.contains("'"), word != "|", word != "||", word.contains("|")
            else { return word }
            return String(word.prefix { $0 != "|" })
        }
        var command = words.joined(separator: " ")
        for match in command.matches(of: /\{([^{}\s]+)\}/).reversed() {
            let name = String(match.1)
            guard let value = values[name] else { throw .unmappedPlaceholder(name) }
            command.replaceSubrange(match.range, with: value)
        }
        for word in Self.words(of: command) where !word.hasPrefix("\"") && !word.hasPrefix("'") {
            if word.contains(where: { "{}…".contains($0) }) || word.wholeMatch(of: /[A-Z][A-Z0-9_]+/) != nil {
                throw .unmarkedPlaceholder(word)
            }
        }
        return command
    }

    /// A piece of a template: text, or the `[` / `]` of an optional part (only outside quotes).
    private struct Piece {
        enum Kind { case text, open, close }
        let kind: Kind
        let text: String
    }

    private static func scan(_ text: String) -> [Piece] {
        var pieces: [Piece] = []
        var current = ""
        for (character, role) in roles(of: text) {
            if role == .plain && (character == "[" || character == "]") {
                pieces.append(Piece(kind: .text, text: current))
                current = ""
                pieces.append(Piece(kind: character == "[" ? .open : .close, text: ""))
            } else {
                current.append(character)
            }
        }
        pieces.append(Piece(kind: .text, text: current))
        return pieces
    }

    /// The words of a command line as written (quotes kept), split on unquoted white space.
    static func words(of text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for (character, role) in roles(of: text) {
            if role == .plain && (character == " " || character == "\t") {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// The arguments the shell would pass, quotes removed (no escapes or expansions: the guides need none).
    static func arguments(of command: String) -> [String] {
        words(of: command).map { word in String(roles(of: word).filter { $0.role != .delimiter }.map(\.character)) }
    }

    /// Where an unquoted `#` starts a comment (at the start of a word), if anywhere.
    private static func commentStart(in line: String) -> String.Index? {
        var previous: Character = " "
        for (index, (character, role)) in zip(line.indices, roles(of: line)) {
            if role == .plain && character == "#" && previous.isWhitespace { return index }
            previous = character
        }
        return nil
    }

    /// What a character is to the shell: plain, inside quotes, or a quote that opens or closes them.
    private enum Role { case plain, quoted, delimiter }

    /// Each character with its role; `"` and `'` quote until the same character comes again.
    private static func roles(of text: String) -> [(character: Character, role: Role)] {
        var roles: [(character: Character, role: Role)] = []
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil }
                roles.append((character, character == open ? .delimiter : .quoted))
            } else if character == "\"" || character == "'" {
                quote = character
                roles.append((character, .delimiter))
            } else {
                roles.append((character, .plain))
            }
        }
        return roles
    }
}
