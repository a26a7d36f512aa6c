import Foundation
import Testing

/// The folders of each source target form layers that only point down: a file may use the types declared in
/// its own folder and in the folders below it, never those above. The order is declared here and drawn in the
/// README; `swift test --filter LayerTests` prints the folder graph.
///
/// A check rather than target boundaries, so the library stays one module with one public API (see the
/// README's development section).
@Suite("Layers that only point down")
struct LayerTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// The library's folders, bottom first.
    static let library = [
        "Utilities", "Localization", "Models", "Core", "Inputs", "Metadata", "Output", "Planning", "Wire", "Transport",
        "Client", "Batch", "History", "Diagnostics",
    ]

    /// The command's folders, bottom first; "." is the target's own top level (main.swift).
    static let command = ["Utilities", "Skills", "Output", "Frontend", "MCP", "Commands", "."]

    @Test func theLibraryPointsOnlyDown() throws {
        try check(LayerGraph(target: Self.sources.appendingPathComponent("ImageAPIClient")), order: Self.library)
    }

    @Test func theCommandPointsOnlyDown() throws {
        try check(LayerGraph(target: Self.sources.appendingPathComponent("gen-image")), order: Self.command)
    }

    /// The scanner sees a reference that points up, so the two checks above can fail.
    @Test func anUpwardReferenceIsFound() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("layers-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = [
            "Low/Plain.swift": "/// Uses `High` only in a comment.\nstruct Plain { let note = \"High\" }\n",
            "Low/Bad.swift": "extension Plain {\n    func up() -> High { High() }\n}\n",
            "High/High.swift": "public struct High {\n    let low: Plain\n}\n",
        ]
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let graph = try LayerGraph(target: folder)
        #expect(graph.owners == ["Plain": ["Low"], "High": ["High"]])
        let upward = graph.upward(order: ["Low", "High"])
        #expect(upward.map { "\($0.file): \($0.type) (\($0.from) → \($0.to))" } == ["Low/Bad.swift: High (Low → High)"])
        // High uses Plain, so the other order fails too: the three files make a cycle.
        #expect(graph.upward(order: ["High", "Low"]).map(\.file) == ["High/High.swift"])
        try FileManager.default.removeItem(at: folder.appendingPathComponent("Low/Bad.swift"))
        #expect(try LayerGraph(target: folder).upward(order: ["Low", "High"]).isEmpty)
    }

    private func check(_ graph: LayerGraph, order: [String]) throws {
        print("Folder graph, top first (each folder → the folders it uses, with how many file-type references):")
        print(graph.drawing(order: order))
        let unknown = Set(graph.folders).subtracting(order)
        #expect(unknown.isEmpty, "folders missing from the declared order: \(unknown.sorted())")
        for edge in graph.upward(order: order) {
            Issue.record("\(edge.file) uses \(edge.type), declared in \(edge.to)/, above \(edge.from)/")
        }
    }
}

/// Which folder of a target declares each type, and which types each file uses.
struct LayerGraph {
    /// A use of a type declared in another folder.
    struct Reference: Equatable {
        let file: String
        let type: String
        let from: String
        let to: String
    }

    /// Each top-level type name and the folders that declare it.
    private(set) var owners: [String: Set<String>] = [:]
    /// Every reference from one folder to another.
    private(set) var references: [Reference] = []
    /// The folders that hold Swift files.
    private(set) var folders: [String] = []

    init(target: URL) throws {
        var files: [(path: String, folder: String, text: String)] = []
        let base = target.standardizedFileURL.path + "/"
        let walker = FileManager.default.enumerator(at: target, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let path = String(url.standardizedFileURL.path.dropFirst(base.count))
            let components = path.split(separator: "/")
            let folder = components.count > 1 ? String(components[0]) : "."
            files.append((path, folder, Self.code(of: try String(contentsOf: url, encoding: .utf8))))
        }
        files.sort { $0.path < $1.path }
        folders = Array(Set(files.map(\.folder))).sorted()
        for file in files {
            for name in Self.declarations(in: file.text) { owners[name, default: []].insert(file.folder) }
        }
        for file in files {
            for name in Set(Self.identifiers(in: file.text)).sorted() {
                // A name declared in two folders (a private helper, say) is not a reference to either.
                guard let owner = owners[name], owner.count == 1, let folder = owner.first, folder != file.folder
                else { continue }
                references.append(Reference(file: file.path, type: name, from: file.folder, to: folder))
            }
        }
    }

    /// The references that point from a folder to one later in `order` (bottom first).
    func upward(order: [String]) -> [Reference] {
        references.filter { reference in
            guard let from = order.firstIndex(of: reference.from), let to = order.firstIndex(of: reference.to)
            else { return false }
            return to > from
        }
    }

    /// The folder graph, one line per folder from the top: the folders it uses and how many names of each.
    func drawing(order: [String]) -> String {
        var lines: [String] = []
        for folder in order.reversed() where folders.contains(folder) {
            var counts: [String: Int] = [:]
            for reference in references where reference.from == folder { counts[reference.to, default: 0] += 1 }
            let uses = counts.keys.sorted { (order.firstIndex(of: $0) ?? 0) > (order.firstIndex(of: $1) ?? 0) }
                .map { "\($0) (\(counts[$0] ?? 0))" }
            lines.append("\(folder) → " + (uses.isEmpty ? "nothing" : uses.joined(separator: ", ")))
        }
        return lines.joined(separator: "\n")
    }

    /// The top-level type names a file declares (extensions declare none): a declaration outside any braces,
    /// whatever its indentation (inside `#if` it is indented).
    static func declarations(in code: String) -> [String] {
        let kinds: Set<Substring> = ["struct", "enum", "class", "protocol", "actor", "typealias"]
        let modifiers: Set<Substring> = [
            "public", "private", "fileprivate", "internal", "package", "final", "indirect", "nonisolated",
        ]
        var names: [String] = []
        var depth = 0
        for line in code.split(separator: "\n") {
            if depth == 0 {
                let words = line.split(whereSeparator: { " :<{(=".contains($0) })
                // Only modifiers and attributes may come before the kind: `public final class`, `@MainActor enum`.
                if let index = words.firstIndex(where: kinds.contains), index + 1 < words.count,
                    words[..<index].allSatisfy({ modifiers.contains($0) || $0.hasPrefix("@") })
                {
                    names.append(String(words[index + 1]))
                }
            }
            for character in line {
                if character == "{" { depth += 1 }
                if character == "}" { depth -= 1 }
            }
        }
        return names
    }

    /// The capitalised identifiers a file uses.
    static func identifiers(in code: String) -> [String] {
        var names: [String] = []
        var current = ""
        for character in code {
            if character.isLetter || character.isNumber || character == "_" {
                current.append(character)
            } else {
                if let first = current.first, first.isUppercase { names.append(current) }
                current = ""
            }
        }
        if let first = current.first, first.isUppercase { names.append(current) }
        return names
    }

    /// The source without comments and string literals, which may name a type without using it; the code in
    /// an interpolation stays.
    static func code(of source: String) -> String {
        let text = Array(source)
        var out = ""
        var index = 0
        func at(_ marker: String) -> Bool {
            var position = index
            for character in marker {
                guard position < text.count, text[position] == character else { return false }
                position += 1
            }
            return true
        }
        func skip(to marker: String) {
            while index < text.count, !at(marker) { index += 1 }
            index = min(text.count, index + marker.count)
        }
        while index < text.count {
            if at("//") {
                while index < text.count, text[index] != "\n" { index += 1 }
            } else if at("/*") {
                skip(to: "*/")
            } else if text[index] == "#", let quote = text[index...].firstIndex(where: { $0 != "#" }),
                text[quote] == "\""
            {
                // A raw string: `#"…"#`, `#"""…"""#`; no escapes, no interpolation that matters here.
                let hashes = String(repeating: "#", count: quote - index)
                index = quote
                let close = (at("\"\"\"") ? "\"\"\"" : "\"") + hashes
                index += at("\"\"\"") ? 3 : 1
                skip(to: close)
                out += "\"\""
            } else if text[index] == "\"" {
                let multiline = at("\"\"\"")
                index += multiline ? 3 : 1
                while index < text.count {
                    let ends = multiline ? at("\"\"\"") : (text[index] == "\"" || text[index] == "\n")
                    if ends { break }
                    if at("\\(") {
                        // Interpolated code is code: copy it up to its closing parenthesis.
                        index += 2
                        var depth = 1
                        while index < text.count {
                            if text[index] == "(" { depth += 1 }
                            if text[index] == ")" { depth -= 1 }
                            if depth == 0 { break }
                            out.append(text[index])
                            index += 1
                        }
                        out.append(" ")
                    } else if text[index] == "\\" {
                        index += 1
                    }
                    index += 1
                }
                index += multiline ? 3 : 1
                out += "\"\""
            } else {
                out.append(text[index])
                index += 1
            }
        }
        return out
    }
}
