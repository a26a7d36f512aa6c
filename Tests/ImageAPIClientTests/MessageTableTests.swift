import Foundation
import Testing

@testable import ImageAPIClient

/// The per-language tables (`Localization/Texts/`): every text in every language, with the same placeholders,
/// each one parsing; and the template syntax itself (values, settings, plural forms by language).
@Suite("Message tables")
struct MessageTableTests {
    @Test func everyTextExistsInEveryLanguageWithTheSamePlaceholders() {
        var problems: [String] = []
        for id in MessageID.allCases {
            let english = MessageTemplate.parsed(Language.en.template(id))
            for language in Language.allCases {
                let text = language.template(id)
                if text.isEmpty && !english.pieces.isEmpty { problems.append("\(language) \(id): empty") }
                let template = MessageTemplate.parsed(text)
                if template.placeholders != english.placeholders {
                    problems.append(
                        "\(language) \(id): \(template.placeholders.sorted()) ≠ en \(english.placeholders.sorted())")
                }
                if Self.unparsedPlaceholder(in: template) {
                    problems.append("\(language) \(id): a %{…} that does not parse: \(text)")
                }
                for (name, forms) in template.pluralForms where !forms.contains(.other) {
                    problems.append("\(language) \(id): plural \(name) has no other form")
                }
            }
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        #expect(MessageID.allCases.count > 800)
    }

    @Test func everySettingATextNamesIsOneTheFrontEndsCanSpell() {
        var unknown: [String] = []
        for id in MessageID.allCases {
            for name in MessageTemplate.parsed(Language.en.template(id)).placeholders where name.hasPrefix("-") {
                let setting = String(name.drop { $0 == "-" })
                if Setting(rawValue: setting) == nil { unknown.append("\(id): \(setting)") }
            }
        }
        #expect(unknown.isEmpty, "\(unknown)")
    }

    @Test func pluralFormsAreChosenByEachLanguagesRules() {
        let one = Message.streamPartials(count: 1)
        let three = Message.streamPartials(count: 3)
        #expect(one.text(in: .en) == "1 partial image")
        #expect(three.text(in: .en) == "3 partial images")
        #expect(one.text(in: .zh) == "1 张部分图")
        #expect(three.text(in: .zh) == "3 张部分图")
    }

    @Test func theSyntaxKeepsWhatDoesNotParseAsWords() {
        func render(_ text: String, _ arguments: MessageArgument..., language: Language = .en) -> String {
            MessageTemplate.parsed(text).rendered(arguments: arguments, language: language) { name, short in
                short ? "-" + name.prefix(1) : "--" + name
            }
        }
        #expect(render("write {\"prompt\": \"…\"} 100%") == "write {\"prompt\": \"…\"} 100%")
        #expect(render("drop %{-size} or %{--quality}") == "drop -s or --quality")
        #expect(render("at %{path}", .value("path", "/tmp/a b")) == "at /tmp/a b")
        #expect(render("at %{path}") == "at %{path}", "a missing value shows its placeholder")
        #expect(render("%{not closed") == "%{not closed")
        #expect(render("%{n, plural, one {# image} other {# images}} saved", .count("n", 1)) == "1 image saved")
        #expect(render("%{n, plural, one {# image} other {# images}}", .count("n", 0)) == "0 images")
        let chinese = render("%{n, plural, other {# 张}} %{d}", .count("n", 1), .seconds("d", 2.5), language: .zh)
        #expect(chinese == "1 张 2.5 秒")
        #expect(render("%{n, plural, one {#} few {x}}", .count("n", 2)) == "%{n, plural, one {#} few {x}}")
    }

    @Test func aValueCannotDriveTheTerminal() {
        let template = MessageTemplate.parsed("got %{word}")
        let text = template.rendered(arguments: [.value("word", "a\u{1B}[2Jb")], language: .en) { name, _ in name }
        #expect(!text.contains("\u{1B}"), "\(text.debugDescription)")
    }

    private static func unparsedPlaceholder(in template: MessageTemplate) -> Bool {
        func check(_ pieces: [MessageTemplate.Piece]) -> Bool {
            pieces.contains { piece in
                switch piece {
                case .words(let words): words.contains("%{")
                case .plural(_, let forms): forms.values.contains(where: check)
                default: false
                }
            }
        }
        return check(template.pieces)
    }
}

/// The stub third language kept out of the build (references/stub-language/French.swift) stays a working
/// starting point: each text it translates is a real id, with English's placeholders.
@Suite("Stub language")
struct StubLanguageTests {
    @Test func theStubLanguagesTextsAreRealTextsWithTheirPlaceholders() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let stub = try String(
            contentsOf: root.appendingPathComponent("references/stub-language/French.swift"), encoding: .utf8)
        var translated = 0
        for line in stub.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("case ."), let colon = trimmed.firstIndex(of: ":"),
                let open = trimmed.firstIndex(of: "\""), let close = trimmed.lastIndex(of: "\""), open < close
            else { continue }
            let name = String(trimmed[trimmed.index(trimmed.startIndex, offsetBy: 6)..<colon])
            let id = try #require(MessageID(rawValue: name), "\(name) is not a text")
            let text = String(trimmed[trimmed.index(after: open)..<close])
            let english = MessageTemplate.parsed(Language.en.template(id)).placeholders
            #expect(MessageTemplate.parsed(text).placeholders == english, "\(name)")
            translated += 1
        }
        #expect(translated == 5)
        #expect(stub.contains("default: English.template(id)"))
    }
}
