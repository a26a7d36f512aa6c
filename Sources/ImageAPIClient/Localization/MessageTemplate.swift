import Foundation

/// A table's text, parsed: words, and the places where values, settings and plural forms go.
///
/// The syntax (see `Texts/English.swift`): `%{name}` a value or another text; `%{-size}` a setting in its short
/// form, `%{--size}` in its full form; `%{n, plural, one {# image} other {# images}}` words chosen by a count,
/// `#` standing for the count. A `%` not followed by `{`, and braces outside a placeholder, are plain words.
struct MessageTemplate: Sendable, Hashable {
    enum Piece: Sendable, Hashable {
        case words(String)
        case value(String)
        case setting(String, short: Bool)
        case plural(String, [PluralCategory: [Piece]])
        case number
    }

    let pieces: [Piece]

    /// The pieces of `text`; a placeholder that does not parse is kept as words, so nothing is ever lost.
    static func parsed(_ text: String) -> MessageTemplate {
        MessageTemplate(pieces: parse(Array(text.unicodeScalars)[...], insidePlural: false))
    }

    /// Every placeholder's name (`path`, `-size`, `count`), to check that the languages agree.
    var placeholders: Set<String> {
        func names(_ pieces: [Piece]) -> Set<String> {
            var found: Set<String> = []
            for piece in pieces {
                switch piece {
                case .words, .number: break
                case .value(let name): found.insert(name)
                case .setting(let name, let short): found.insert((short ? "-" : "--") + name)
                case .plural(let name, let forms):
                    found.insert(name)
                    for form in forms.values { found.formUnion(names(form)) }
                }
            }
            return found
        }
        return names(pieces)
    }

    /// The plural forms each plural placeholder offers, by name.
    var pluralForms: [String: Set<PluralCategory>] {
        var found: [String: Set<PluralCategory>] = [:]
        for case .plural(let name, let forms) in pieces { found[name, default: []].formUnion(forms.keys) }
        return found
    }

    /// The text with its values in place, settings named by `naming` from their wire names.
    func rendered(
        arguments: [MessageArgument], language: Language, naming: (_ name: String, _ short: Bool) -> String
    ) -> String {
        render(pieces, count: nil, arguments: arguments, language: language, naming: naming)
    }

    private func render(
        _ pieces: [Piece], count: Int?, arguments: [MessageArgument], language: Language,
        naming: (_ name: String, _ short: Bool) -> String
    ) -> String {
        var text = ""
        for piece in pieces {
            switch piece {
            case .words(let words): text += words
            case .number: text += count.map(String.init) ?? "#"
            case .setting(let name, let short): text += naming(name, short)
            case .value(let name):
                guard let argument = arguments.first(where: { $0.name == name }) else {
                    text += "%{\(name)}"
                    continue
                }
                switch argument.value {
                case .text(let value): text += value
                case .message(let message): text += message.text(in: language, naming: naming)
                case .count(let number): text += String(number)
                case .seconds(let seconds):
                    text += Message.secondsValue(number: Seconds.number(seconds)).text(in: language)
                }
            case .plural(let name, let forms):
                guard case .count(let number)? = arguments.first(where: { $0.name == name })?.value,
                    let form = forms[language.table.pluralCategory(of: number)] ?? forms[.other]
                else {
                    text += "%{\(name)}"
                    continue
                }
                text += render(form, count: number, arguments: arguments, language: language, naming: naming)
            }
        }
        return text
    }

    // MARK: - Parsing

    private static func parse(_ scalars: ArraySlice<Unicode.Scalar>, insidePlural: Bool) -> [Piece] {
        var pieces: [Piece] = []
        var words = String.UnicodeScalarView()
        func flush() {
            if !words.isEmpty { pieces.append(.words(String(words))) }
            words = String.UnicodeScalarView()
        }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "%", scalars.index(after: index) < scalars.endIndex, scalars[index + 1] == "{",
                let close = matchingBrace(scalars, from: index + 1),
                let piece = placeholder(String(String.UnicodeScalarView(scalars[(index + 2)..<close])))
            {
                flush()
                pieces.append(piece)
                index = close + 1
                continue
            }
            if insidePlural && scalar == "#" {
                flush()
                pieces.append(.number)
            } else {
                words.append(scalar)
            }
            index += 1
        }
        flush()
        return pieces
    }

    /// The index of the `}` closing the `{` at `open`, counting nested braces.
    private static func matchingBrace(_ scalars: ArraySlice<Unicode.Scalar>, from open: Int) -> Int? {
        var depth = 0
        for index in open..<scalars.endIndex {
            if scalars[index] == "{" { depth += 1 }
            if scalars[index] == "}" {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }

    private static func placeholder(_ inside: String) -> Piece? {
        if inside.hasPrefix("--") { return name(inside.dropFirst(2)).map { .setting($0, short: false) } }
        if inside.hasPrefix("-") { return name(inside.dropFirst()).map { .setting($0, short: true) } }
        guard let comma = inside.firstIndex(of: ",") else { return name(inside[...]).map { .value($0) } }
        guard let variable = name(inside[..<comma]) else { return nil }
        let rest = inside[inside.index(after: comma)...].drop { $0 == " " }
        guard rest.hasPrefix("plural,") else { return nil }
        let scalars = Array(rest.dropFirst("plural,".count).unicodeScalars)[...]
        var forms: [PluralCategory: [Piece]] = [:]
        var index = scalars.startIndex
        while index < scalars.endIndex {
            while index < scalars.endIndex, scalars[index] == " " { index += 1 }
            guard index < scalars.endIndex else { break }
            let start = index
            while index < scalars.endIndex, scalars[index] != " ", scalars[index] != "{" { index += 1 }
            guard let category = PluralCategory(rawValue: String(String.UnicodeScalarView(scalars[start..<index])))
            else { return nil }
            while index < scalars.endIndex, scalars[index] == " " { index += 1 }
            guard index < scalars.endIndex, scalars[index] == "{", let close = matchingBrace(scalars, from: index)
            else { return nil }
            forms[category] = parse(scalars[(index + 1)..<close], insidePlural: true)
            index = close + 1
        }
        guard forms[.other] != nil else { return nil }
        return .plural(variable, forms)
    }

    private static func name(_ text: Substring) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let first = trimmed.unicodeScalars.first, first == "_" || CharacterSet.letters.contains(first),
            trimmed.unicodeScalars.allSatisfy({ $0 == "_" || CharacterSet.alphanumerics.contains($0) })
        else { return nil }
        return trimmed
    }
}
