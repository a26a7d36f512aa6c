import Foundation

/// Reads the agent guides in `references/` the way a reader sees them, fenced blocks and inline code spans, and
/// runs the commands they show: the guides are what an agent copies from, so every command in them is tested
/// against the fake gateway and the guides cannot drift from the tool.
enum MarkdownReference {
    /// `references/` in this repository.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("references")

    /// The text of one guide, e.g. `gen-image-guide.md`.
    static func text(of name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    /// A fenced block: its info string split on spaces (```json sunrise.json → ["json", "sunrise.json"]) and
    /// its text.
    struct Block {
        let info: [String]
        let text: String
    }

    /// Every fenced block, in order.
    static func blocks(in markdown: String) -> [Block] {
        var blocks: [Block] = []
        var current: (info: [String], lines: [String])?
        for line in markdown.components(separatedBy: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") {
                if let open = current {
                    blocks.append(Block(info: open.info, text: open.lines.joined(separator: "\n")))
                    current = nil
                } else {
                    current = (trimmed.dropFirst(3).split(separator: " ").map(String.init), [])
                }
            } else {
                current?.lines.append(line)
            }
        }
        return blocks
    }

    /// The lines of a ```sh block that a reader would type: comment-only and blank lines dropped, lines ending
    /// in `\` joined to the next.
    static func shellLines(of block: Block) -> [String] {
        var lines: [String] = []
        var pending = ""
        for raw in block.text.components(separatedBy: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasSuffix("\\") {
                pending += line.dropLast().trimmingCharacters(in: .whitespaces) + " "
                continue
            }
            let whole = (pending + line).trimmingCharacters(in: .whitespaces)
            pending = ""
            if !whole.isEmpty && !whole.hasPrefix("#") { lines.append(whole) }
        }
        return lines
    }

    /// The inline code spans of the prose (outside fenced blocks), in order, as CommonMark reads them: a span
    /// may run over a line break (read as a space) but not past a blank line, and in a table row `\|` is `|`.
    static func codeSpans(in markdown: String) -> [String] {
        var spans: [String] = []
        var paragraph: [String] = []
        var inFence = false
        func flush() {
            let isTable = paragraph.first?.trimmingCharacters(in: .whitespaces).hasPrefix("|") ?? false
            spans += spansIn(paragraph.joined(separator: "\n"), isTable: isTable)
            paragraph = []
        }
        for line in markdown.components(separatedBy: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") {
                flush()
                inFence.toggle()
            } else if inFence {
                continue
            } else if trimmed.isEmpty {
                flush()
            } else {
                paragraph.append(line)
            }
        }
        flush()
        return spans
    }

    /// The spans in one paragraph: a run of backticks opens a span that the next run of the same length closes.
    private static func spansIn(_ text: String, isTable: Bool) -> [String] {
        var spans: [String] = []
        let characters = Array(text)
        var index = 0
        func run(at start: Int) -> Int {
            var end = start
            while end < characters.count && characters[end] == "`" { end += 1 }
            return end - start
        }
        while index < characters.count {
            guard characters[index] == "`" else {
                index += characters[index] == "\\" ? 2 : 1
                continue
            }
            let length = run(at: index)
            var search = index + length
            var close: Int?
            while search < characters.count {
                if characters[search] == "`" {
                    let other = run(at: search)
                    if other == length {
                        close = search
                        break
                    }
                    search += other
                } else {
                    search += 1
                }
            }
            guard let close else {
                index += length
                continue
            }
            var content = String(characters[(index + length)..<close]).replacingOccurrences(of: "\n", with: " ")
            if content.hasPrefix(" ") && content.hasSuffix(" ") && content.count > 2 {
                content = String(content.dropFirst().dropLast())
            }
            if isTable { content = content.replacingOccurrences(of: "\\|", with: "|") }
            spans.append(content)
            index = close + length
        }
        return spans
    }

    /// The exit code a command is documented to end with: `# exit N` at its end, else 0.
    static func expectedExit(of command: String) -> Int32 {
        guard let match = command.firstMatch(of: /#\s*exit\s+(\d+)\s*$/) else { return 0 }
        return Int32(match.1) ?? 0
    }

    /// Runs one command line with `/bin/sh` in the scenario's folder, as an agent's shell tool would: the built
    /// `gen-image` first on the PATH, the scenario's gateway as the base URL, and `set -u` so a shell variable
    /// the guide uses but the test does not set fails instead of expanding to nothing.
    static func runShell(
        _ command: String, in scenario: Scenario, environment: [String: String?] = [:]
    ) throws -> CLIResult {
        let binaryFolder = CLIRunner.binary.deletingLastPathComponent().path
        var env: [String: String?] = [
            "PATH": binaryFolder + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
            "GEN_IMAGE_BASE_URL": scenario.gateway.baseURL,
        ]
        env.merge(environment) { _, new in new }
        return try CLIRunner.run(
            ["-c", "set -u\n" + command], in: scenario.folder, environment: env,
            executable: URL(fileURLWithPath: "/bin/sh"))
    }
}
