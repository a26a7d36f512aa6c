import Foundation
import Testing

/// The `ImageAPIClient` library's public API is a deliberate list: references/api.md holds it, generated from the
/// compiler's view of the built module, and these tests fail when the module's public declarations and the list
/// differ, or when a public declaration has no `///` comment. To accept a change, regenerate the list:
///
///     GEN_IMAGE_WRITE_API_LIST=1 swift test --filter PublicAPITests
@Suite("The library's public API")
struct PublicAPITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let page = root.appendingPathComponent("references/api.md")
    static let begin = "<!-- Generated: GEN_IMAGE_WRITE_API_LIST=1 swift test --filter PublicAPITests -->"
    static let end = "<!-- End of the generated list. -->"

    /// The list as the page holds it, between the two markers, without the code fence.
    static func committedList(in page: String) -> String? {
        guard let start = page.range(of: begin + "\n```swift\n"), let stop = page.range(of: "```\n" + end) else {
            return nil
        }
        return String(page[start.upperBound..<stop.lowerBound])
    }

    /// The page with `list` in place of the committed one.
    static func page(_ page: String, with list: String) -> String? {
        guard let start = page.range(of: begin + "\n```swift\n"), let stop = page.range(of: "```\n" + end) else {
            return nil
        }
        return page.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: list)
    }

    /// Lines only in `new` (+) and only in `old` (-), at most `limit` of each: what a reader needs to see.
    static func difference(from old: String, to new: String, limit: Int = 20) -> String {
        let oldLines = old.split(separator: "\n").map(String.init)
        let newLines = new.split(separator: "\n").map(String.init)
        let added = newLines.filter { !Set(oldLines).contains($0) }
        let removed = oldLines.filter { !Set(newLines).contains($0) }
        return (added.prefix(limit).map { "+ " + $0 } + removed.prefix(limit).map { "- " + $0 })
            .joined(separator: "\n")
    }

    @Test func theListMatchesTheBuiltModule() throws {
        let rendered = try PublicAPIList.built.get().rendered()
        print("public API: \(rendered.split(separator: "\n").count) lines")
        let text = try String(contentsOf: Self.page, encoding: .utf8)
        let committed = try #require(Self.committedList(in: text), "references/api.md lost its generated-list markers")
        guard committed != rendered else { return }
        if ProcessInfo.processInfo.environment["GEN_IMAGE_WRITE_API_LIST"] == "1" {
            let updated = try #require(Self.page(text, with: rendered))
            try updated.write(to: Self.page, atomically: true, encoding: .utf8)
            Issue.record("regenerated references/api.md; review the change and run the tests again")
            return
        }
        Issue.record(
            """
            ImageAPIClient's public API differs from references/api.md:
            \(Self.difference(from: committed, to: rendered))
            If the change is meant, regenerate the list and commit it:
            GEN_IMAGE_WRITE_API_LIST=1 swift test --filter PublicAPITests
            """)
    }

    @Test func everyPublicDeclarationSaysWhy() throws {
        let missing = try PublicAPIList.built.get().undocumented(relativeTo: Self.root)
        #expect(missing.isEmpty, "public declarations without a /// comment:\n\(missing.joined(separator: "\n"))")
    }

    /// Shared helpers are `package` (gen-image uses them) or internal, never the library's API.
    @Test func helpersAreNotAPI() throws {
        let list = try PublicAPIList.built.get()
        let types = Set(list.symbols.filter(\.isType).map(\.path))
        for helper in ["Locked", "Handoff", "Redaction", "ByteCount", "OutsideText", "Seconds", "AdaptiveLimiter"] {
            #expect(!types.contains(helper), "\(helper) is public API")
        }
        for entry in ["ImageClient", "ImageJob", "ImageResult", "ImageAPIError", "ModelCatalog"] {
            #expect(types.contains(entry), "\(entry) is missing from the public API")
        }
    }

    /// The comparison is not blind: one member more, one fewer, or a changed signature changes the list and
    /// shows in the difference; a declaration without a comment is named.
    @Test func theCheckCanFail() throws {
        func symbol(_ kind: String, _ path: [String], _ declaration: String, doc: String? = "Why.") throws
            -> PublicAPIList.Symbol
        {
            let json: [String: Any?] = [
                "kind": ["identifier": kind], "identifier": ["precise": "s:" + path.joined()],
                "pathComponents": path,
                "declarationFragments": Array(
                    declaration.split(separator: " ").enumerated().flatMap { index, word in
                        [
                            ["kind": index == 1 ? "identifier" : "text", "spelling": String(word)],
                            ["kind": "text", "spelling": " "],
                        ]
                    }.dropLast()),
                "docComment": doc.map { ["lines": [["text": $0]]] },
                "location": ["uri": "file:///x/Sources/A.swift", "position": ["line": 4]],
            ]
            let data = try JSONSerialization.data(withJSONObject: json.compactMapValues { $0 })
            return try JSONDecoder().decode(PublicAPIList.Symbol.self, from: data)
        }
        let type = try symbol("swift.struct", ["Box"], "struct Box")
        let size = try symbol("swift.property", ["Box", "size"], "var size: Int")
        let conformance = PublicAPIList.Relationship(
            kind: "conformsTo", source: "s:Box", target: "s:s8SendableP", targetFallback: "Swift.Sendable")
        let base = PublicAPIList(symbols: [type, size], relationships: [conformance]).rendered()
        #expect(base == "struct Box: Sendable\n    var size: Int\n")

        let more = PublicAPIList(
            symbols: [type, size, try symbol("swift.method", ["Box", "open()"], "func open()")],
            relationships: [conformance]
        ).rendered()
        #expect(Self.difference(from: base, to: more) == "+     func open()")
        let fewer = PublicAPIList(symbols: [type], relationships: [conformance]).rendered()
        #expect(Self.difference(from: base, to: fewer) == "-     var size: Int")
        let retyped = PublicAPIList(
            symbols: [type, try symbol("swift.property", ["Box", "size"], "var size: Double")],
            relationships: [conformance]
        ).rendered()
        #expect(retyped != base)

        let bare = try symbol("swift.method", ["Box", "close()"], "func close()", doc: nil)
        let list = PublicAPIList(symbols: [type, size, bare], relationships: [])
        #expect(list.undocumented(relativeTo: URL(fileURLWithPath: "/x")) == ["Sources/A.swift:5 Box.close()"])
    }

    /// Conformances come before a generic `where` clause, and wrap when the line is long.
    @Test func headersNameConformancesFirst() {
        #expect(
            PublicAPIList.header("final class Box<Value> where Value : Sendable", conformances: ["Sendable"])
                == ["final class Box<Value>: Sendable where Value : Sendable"])
        let many = (1...12).map { "Protocol\($0)" }
        let lines = PublicAPIList.header("struct Box", conformances: many)
        #expect(lines.count == 2 && lines.allSatisfy { $0.count <= 116 })
        #expect(lines[0].hasPrefix("struct Box: Protocol1, Protocol2,"))
        #expect(lines[1].hasPrefix("        Protocol") && lines[1].hasSuffix("Protocol11, Protocol12"))
    }

    /// Long declarations wrap at their parameters, nested brackets kept whole.
    @Test func longDeclarationsWrap() {
        let long = "init(" + (1...8).map { "parameter\($0): [String: (Int, Int)] = [:]" }.joined(separator: ", ") + ")"
        let lines = PublicAPIList.wrapped(long, indent: 4)
        #expect(lines.first == "    init(")
        #expect(lines.count == 10)
        #expect(lines[1] == "        parameter1: [String: (Int, Int)] = [:],")
        #expect(lines.last == "    )")
        #expect(lines.allSatisfy { $0.count <= 116 })
    }

    /// The page the README links to exists and holds the list's markers.
    @Test func thePageHoldsTheList() throws {
        let text = try String(contentsOf: Self.page, encoding: .utf8)
        #expect(Self.committedList(in: text) != nil)
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("(references/api.md)"))
    }

    // MARK: - The README's list of public types

    static let readme = root.appendingPathComponent("README.md")
    static let typesBegin = "<!-- Public types: GEN_IMAGE_WRITE_API_LIST=1 swift test --filter PublicAPITests -->"
    static let typesEnd = "<!-- End of the public types. -->"

    /// The library's public top-level types, as the README lists them: backticked names, lines under 117 columns,
    /// each indented to sit in the README's list item.
    static func typeList(_ names: [String]) -> String {
        var lines: [String] = []
        var line = " "
        for name in names.sorted() {
            let word = " `\(name)`" + (name == names.sorted().last ? "." : ",")
            if line.count + word.count > 116 {
                lines.append(line)
                line = " "
            }
            line += word
        }
        lines.append(line)
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func theReadmeListsEveryPublicType() throws {
        let list = try PublicAPIList.built.get()
        let names = list.symbols.filter { $0.isType && $0.pathComponents.count == 1 }.map(\.path)
        let rendered = Self.typeList(names)
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let start = try #require(text.range(of: Self.typesBegin + "\n"), "README.md lost its public-types markers")
        let stop = try #require(text.range(of: "  " + Self.typesEnd), "README.md lost its public-types markers")
        let committed = String(text[start.upperBound..<stop.lowerBound])
        guard committed != rendered else { return }
        if ProcessInfo.processInfo.environment["GEN_IMAGE_WRITE_API_LIST"] == "1" {
            try text.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: rendered)
                .write(to: Self.readme, atomically: true, encoding: .utf8)
            Issue.record("regenerated the README's public types; review the change and run the tests again")
            return
        }
        Issue.record(
            """
            ImageAPIClient's public types differ from the README's list:
            \(Self.difference(from: committed, to: rendered))
            If the change is meant, regenerate: GEN_IMAGE_WRITE_API_LIST=1 swift test --filter PublicAPITests
            """)
    }
}
