import Foundation

/// The public declarations of the built `ImageAPIClient` module, read by the compiler's own
/// `swift-symbolgraph-extract` and rendered as a short Swift-like listing: each type with its conformances, then
/// its members (enum cases folded into one `case` line), long declarations wrapped at their parameters.
///
/// The listing leaves out doc comments and `package`/internal declarations, so it changes only when the API does.
struct PublicAPIList: Sendable {
    /// One declaration of the symbol graph, with the fields the listing needs.
    struct Symbol: Decodable, Sendable {
        struct Kind: Decodable, Sendable { let identifier: String }
        struct Identifier: Decodable, Sendable { let precise: String }
        struct Fragment: Decodable, Sendable {
            let kind: String
            let spelling: String
        }
        struct DocComment: Decodable, Sendable {
            struct Line: Decodable, Sendable { let text: String }
            let lines: [Line]
        }
        struct Location: Decodable, Sendable {
            struct Position: Decodable, Sendable { let line: Int }
            let uri: String
            let position: Position
        }

        let kind: Kind
        let identifier: Identifier
        let pathComponents: [String]
        let declarationFragments: [Fragment]
        let docComment: DocComment?
        let location: Location?

        /// `BatchFile.Layout` for a nested type or a member.
        var path: String { pathComponents.joined(separator: ".") }
        var isType: Bool { Self.typeKinds.contains(kind.identifier) }
        static let typeKinds: Set = ["swift.struct", "swift.class", "swift.enum", "swift.protocol", "swift.actor"]
    }

    /// A relation between two symbols; the listing reads `conformsTo`.
    struct Relationship: Decodable, Sendable {
        let kind: String
        let source: String
        let target: String
        let targetFallback: String?
    }

    /// One `*.symbols.json` file: the module's own, or one per other module whose types it extends.
    struct Graph: Decodable, Sendable {
        let symbols: [Symbol]
        let relationships: [Relationship]
    }

    let symbols: [Symbol]
    let relationships: [Relationship]

    init(graphs: [Graph]) {
        symbols = graphs.flatMap(\.symbols)
        relationships = graphs.flatMap(\.relationships)
    }

    init(symbols: [Symbol], relationships: [Relationship]) {
        self.symbols = symbols
        self.relationships = relationships
    }

    /// Conformances every type has, or that say nothing to a reader.
    static let silentProtocols: Set = ["Copyable", "Escapable", "SendableMetatype", "BitwiseCopyable"]

    /// The listing, one block per type in name order.
    func rendered() -> String {
        let names = Dictionary(symbols.map { ($0.identifier.precise, $0.pathComponents.last ?? "") }) { a, _ in a }
        var conformances: [String: Set<String>] = [:]
        for relation in relationships where relation.kind == "conformsTo" {
            let name = names[relation.target] ?? relation.targetFallback.map { String($0.split(separator: ".").last!) }
            if let name, !Self.silentProtocols.contains(name) {
                conformances[relation.source, default: []].insert(name)
            }
        }
        let types = Dictionary(symbols.filter(\.isType).map { ($0.path, $0) }) { a, _ in a }
        let members = Dictionary(grouping: symbols.filter { !$0.isType }) {
            $0.pathComponents.dropLast().joined(separator: ".")
        }
        var blocks: [String] = []
        for path in Set(types.keys).union(members.keys).sorted() {
            var lines: [String] = []
            if let type = types[path] {
                let declared = Self.declaration(type, naming: path)
                let protocols = conformances[type.identifier.precise, default: []].sorted()
                lines += Self.header(declared, conformances: protocols)
            } else {
                lines.append(path.isEmpty ? "// top level" : "extension \(path)")
            }
            let own = (members[path] ?? []).sorted {
                (Self.rank($0), $0.pathComponents.last!, Self.declaration($0)) < (
                    Self.rank($1), $1.pathComponents.last!, Self.declaration($1)
                )
            }
            let cases = own.filter { $0.kind.identifier == "swift.enum.case" }.map {
                Self.declaration($0).replacingOccurrences(of: "case ", with: "")
            }
            if !cases.isEmpty { lines += Self.wrapped("case " + cases.joined(separator: ", "), indent: 4) }
            for member in own where member.kind.identifier != "swift.enum.case" {
                lines += Self.wrapped(Self.declaration(member), indent: 4)
            }
            blocks.append(lines.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// `struct Name: A, B`, the conformances carried over to indented lines when they do not fit.
    static func header(_ declared: String, conformances: [String], width: Int = 116) -> [String] {
        guard !conformances.isEmpty else { return [declared] }
        // `struct Box<Value>: Sendable where Value : Sendable`: the conformances go before a generic clause.
        let clause = declared.range(of: " where ").map { String(declared[$0.lowerBound...]) } ?? ""
        var lines = [String(declared.dropLast(clause.count)) + ":"]
        for (index, name) in conformances.enumerated() {
            let piece = name + (index == conformances.count - 1 ? "" : ",")
            if lines[lines.count - 1].count + 1 + piece.count > width {
                lines.append("        " + piece)
            } else {
                lines[lines.count - 1] += " " + piece
            }
        }
        lines[lines.count - 1] += clause
        return lines
    }

    /// Public declarations without a `///` comment of their own, as `path/to/File.swift:12 Type.member`.
    /// Declarations the compiler writes (a raw-value `init`, `Codable`'s) have no place in the source and are left out.
    func undocumented(relativeTo root: URL) -> [String] {
        symbols.compactMap { symbol in
            guard let location = symbol.location else { return nil }
            let text = symbol.docComment?.lines.map(\.text).joined().trimmingCharacters(in: .whitespaces) ?? ""
            guard text.isEmpty else { return nil }
            let file = URL(string: location.uri)?.path ?? location.uri
            let shown = file.hasPrefix(root.path + "/") ? String(file.dropFirst(root.path.count + 1)) : file
            return "\(shown):\(location.position.line + 1) \(symbol.path)"
        }.sorted()
    }

    /// The declaration as the compiler prints it, a nested type named by its full path (`enum BatchFile.Layout`).
    static func declaration(_ symbol: Symbol, naming path: String? = nil) -> String {
        var named = false
        return symbol.declarationFragments.map { fragment in
            guard let path, !named, fragment.kind == "identifier" else { return fragment.spelling }
            named = true
            return path
        }.joined()
    }

    /// Members in a reader's order: cases, initialisers, properties, subscripts, methods, operators.
    static func rank(_ symbol: Symbol) -> Int {
        let order = [
            "swift.enum.case", "swift.init", "swift.type.property", "swift.property", "swift.subscript",
            "swift.type.method", "swift.method", "swift.func.op",
        ]
        return order.firstIndex(of: symbol.kind.identifier) ?? order.count
    }

    /// The line itself when it fits in 116 columns; else its first parameter list (or case list) one item a line.
    static func wrapped(_ text: String, indent: Int, width: Int = 116) -> [String] {
        let pad = String(repeating: " ", count: indent)
        guard pad.count + text.count > width else { return [pad + text] }
        if text.hasPrefix("case ") {
            var lines: [String] = []
            var line = "case"
            for item in Self.split(String(text.dropFirst(5))) {
                let piece = line == "case" ? " " + item : ", " + item
                if pad.count + line.count + piece.count + 1 > width, line != "case" {
                    lines.append(pad + line + ",")
                    line = "    " + item
                } else {
                    line += piece
                }
            }
            return lines + [pad + line]
        }
        guard let open = text.firstIndex(of: "("), let close = Self.matching(text, from: open) else {
            return [pad + text]
        }
        let parameters = Self.split(String(text[text.index(after: open)..<close]))
        return [pad + String(text[...open])]
            + parameters.enumerated().map { index, parameter in
                pad + "    " + parameter + (index == parameters.count - 1 ? "" : ",")
            } + [pad + String(text[close...])]
    }

    /// Splits at the commas outside brackets, parentheses and angle brackets.
    static func split(_ text: String) -> [String] {
        var parts: [String] = []
        var depth = 0
        var current = ""
        var previous: Character = " "
        for character in text {
            switch character {
            case "(", "[", "<": depth += 1
            case ")", "]": depth -= 1
            case ">" where previous != "-": depth -= 1
            default: break
            }
            previous = character
            if character == ",", depth == 0 {
                parts.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current.trimmingCharacters(in: .whitespaces))
        return parts.filter { !$0.isEmpty }
    }

    /// The `)` that closes the `(` at `open`.
    static func matching(_ text: String, from open: String.Index) -> String.Index? {
        var depth = 0
        for index in text[open...].indices {
            if text[index] == "(" { depth += 1 }
            if text[index] == ")" {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }
}

extension PublicAPIList {
    /// A failure to read the built module's symbols, said so a person knows what to do.
    struct ExtractionFailure: Error, CustomStringConvertible {
        let description: String
    }

    /// The module's symbols, read once for all the tests that need them.
    static let built = Result { try extract() }

    /// Reads the public symbols of the `ImageAPIClient` module that `swift build`/`swift test` built.
    static func extract() throws -> PublicAPIList {
        guard let tool = symbolGraphTool() else {
            throw ExtractionFailure(description: "swift-symbolgraph-extract is not next to swift on PATH")
        }
        guard let products = productsDirectory() else {
            throw ExtractionFailure(description: "no built ImageAPIClient.swiftmodule next to the test bundle")
        }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("api-list-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: output) }
        var arguments = [
            "-module-name", "ImageAPIClient", "-minimum-access-level", "public", "-skip-synthesized-members",
            "-skip-inherited-docs", "-output-dir", output.path, "-module-cache-path",
            output.appendingPathComponent("cache").path,
        ]
        for modules in [products.appendingPathComponent("Modules"), products]
        where FileManager.default.fileExists(atPath: modules.path) {
            arguments += ["-I", modules.path]
        }
        // The C targets (CCurlShim) the module imports, found through the module maps SwiftPM wrote.
        let built = (try? FileManager.default.contentsOfDirectory(atPath: products.path)) ?? []
        for folder in built.sorted() where folder.hasSuffix(".build") {
            let map = products.appendingPathComponent(folder).appendingPathComponent("module.modulemap")
            if FileManager.default.fileExists(atPath: map.path) {
                arguments += ["-Xcc", "-fmodule-map-file=\(map.path)"]
            }
        }
        #if os(macOS)
            if let sdk = try? run(URL(fileURLWithPath: "/usr/bin/xcrun"), ["--show-sdk-path"]) {
                arguments += ["-sdk", sdk.trimmingCharacters(in: .whitespacesAndNewlines)]
            }
            #if arch(arm64)
                arguments += ["-target", "arm64-apple-macosx13.0"]
            #else
                arguments += ["-target", "x86_64-apple-macosx13.0"]
            #endif
        #endif
        let started = Date()
        _ = try run(tool, arguments)
        print("read ImageAPIClient's public symbols in \(Date().timeIntervalSince(started)) s")
        let files = try FileManager.default.contentsOfDirectory(atPath: output.path)
            .filter { $0.hasPrefix("ImageAPIClient") && $0.hasSuffix(".symbols.json") }.sorted()
        guard !files.isEmpty else { throw ExtractionFailure(description: "\(tool.path) wrote no symbol graph") }
        return PublicAPIList(
            graphs: try files.map {
                try JSONDecoder().decode(Graph.self, from: Data(contentsOf: output.appendingPathComponent($0)))
            })
    }

    /// The toolchain's extractor: beside `swift` on PATH (following its links), or through `xcrun` on macOS.
    static func symbolGraphTool() -> URL? {
        let name = "swift-symbolgraph-extract"
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":").map(String.init) {
            let direct = URL(fileURLWithPath: folder).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: direct.path) { return direct }
            let swift = URL(fileURLWithPath: folder).appendingPathComponent("swift")
            if FileManager.default.isExecutableFile(atPath: swift.path) {
                let beside = swift.resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
            }
        }
        #if os(macOS)
            if let found = try? run(URL(fileURLWithPath: "/usr/bin/xcrun"), ["--find", name]) {
                return URL(fileURLWithPath: found.trimmingCharacters(in: .whitespacesAndNewlines))
            }
        #endif
        return nil
    }

    /// The build folder that holds the module (`.build/debug`), found from the running test bundle.
    static func productsDirectory() -> URL? {
        var candidates: [URL] = [Bundle.main.bundleURL]
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(folder)
            folder = folder.deletingLastPathComponent()
        }
        candidates.append(PublicAPITests.root.appendingPathComponent(".build/debug"))
        return candidates.first { candidate in
            ["Modules/ImageAPIClient.swiftmodule", "ImageAPIClient.swiftmodule"].contains {
                FileManager.default.fileExists(atPath: candidate.appendingPathComponent($0).path)
            }
        }
    }

    /// Runs `tool` and returns its stdout; throws with its stderr when it fails or runs past two minutes.
    static func run(_ tool: URL, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("api-list-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: output.path + ".err", contents: nil)
        defer {
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(atPath: output.path + ".err")
        }
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: output.path + ".err"))
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw ExtractionFailure(description: "\(tool.lastPathComponent) ran past two minutes")
        }
        let stderr = (try? String(contentsOfFile: output.path + ".err", encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            throw ExtractionFailure(description: "\(tool.path) \(arguments.joined(separator: " ")) failed: \(stderr)")
        }
        return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    }
}
