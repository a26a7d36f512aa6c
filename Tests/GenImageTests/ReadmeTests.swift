import FakeGateway
import Foundation
import Testing

@testable import gen_image

/// The README is a user's page, read top-down: its sections come in the order a newcomer needs them, it stays
/// short (the long references live in references/ and CONTRIBUTING.md), every link lands, and every command it
/// shows runs as written.
@Suite("README")
struct ReadmeTests {
    static let root = MarkdownReference.folder.deletingLastPathComponent()
    static let text: String = {
        (try? String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
    }()

    /// GitHub's anchor for a heading: lower case, punctuation other than `-` dropped, spaces to `-`.
    static func anchor(_ heading: String) -> String {
        let kept = heading.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == " " || $0 == "_" }
        return kept.replacingOccurrences(of: " ", with: "-")
    }

    static func headings(of markdown: String) -> [String] {
        var inFence = false
        var headings: [String] = []
        for line in markdown.components(separatedBy: "\n") {
            if line.hasPrefix("```") { inFence.toggle() }
            if !inFence && line.hasPrefix("#") {
                headings.append(String(line.drop { $0 == "#" }).trimmingCharacters(in: .whitespaces))
            }
        }
        return headings
    }

    @Test func sectionsComeInTheOrderANewcomerNeedsThem() {
        let order = [
            "## Build", "## Your first image, against the fake gateway", "## Install", "## Agent skills and MCP",
            "## Everyday options", "## Output contract", "## More", "## License",
        ]
        let lines = Self.text.components(separatedBy: "\n")
        #expect(lines.filter { $0.hasPrefix("## ") } == order)
        let lineCount = Self.text.hasSuffix("\n") ? lines.count - 1 : lines.count
        #expect(lineCount <= 450, "README.md has \(lineCount) lines; move reference material to references/")
        #expect(lineCount >= 100, "README.md is suspiciously short")
    }

    /// In-page links land on a heading; links to files of the repository point at files that exist, and a
    /// link's anchor into another page lands on a heading there. The same holds for the pages the README sends
    /// readers to.
    @Test(arguments: [
        "README.md", "CONTRIBUTING.md", "references/usage.md", "references/providers.md", "references/batch.md",
        "references/output.md", "references/errors.md", "references/environment.md", "references/networking.md",
        "references/mcp.md", "references/api.md",
    ])
    func everyLinkLands(page: String) throws {
        let url = Self.root.appendingPathComponent(page)
        let markdown = try String(contentsOf: url, encoding: .utf8)
        let links = markdown.matches(of: /\]\(([^)\s]+)\)/).map { String($0.1) }
        if page == "README.md" { #expect(links.count >= 10, "the README links to too little") }
        for link in links where !link.hasPrefix("http") {
            let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let target = parts[0].isEmpty ? url : url.deletingLastPathComponent().appendingPathComponent(parts[0])
            #expect(FileManager.default.fileExists(atPath: target.path), "\(page): no file for \(link)")
            guard parts.count == 2, target.pathExtension == "md" else { continue }
            let other = (try? String(contentsOf: target, encoding: .utf8)) ?? ""
            #expect(Self.headings(of: other).map(Self.anchor).contains(parts[1]), "\(page): no heading for \(link)")
        }
    }

    @Test func installAndSkillSectionsSayWhatWorks() {
        for command in [
            "swift build -c release --static-swift-stdlib --product gen-image",
            "swift package experimental-install --product gen-image",
            "swift package experimental-uninstall gen-image", ".ci/release.sh", "Executed 0 tests",
        ] {
            #expect(Self.text.contains(command), "\(command)")
        }
        for skill in Skill.all { #expect(Self.text.contains("`\(skill.name)`"), "\(skill.name)") }
        for folder in ["~/.claude/skills", ".claude/skills", "~/.agents/skills", ".agents/skills"] {
            #expect(Self.text.contains(folder))
        }
    }

    /// Lines of the README's sh blocks, and code spans, that are not gen-image commands the suite can run here,
    /// each with where it is proven instead. A line the README no longer holds fails
    /// `notRunListsOnlyWhatTheReadmeShows`, and a line neither run nor listed fails `everyCommandRuns`.
    static let notRun: [String: String] = [
        "swift run gen-image --help": "the build this suite runs on; HelpEndToEndTests runs --help",
        "swift test": "the command .ci/run runs",
        "swift build": "the build this suite runs on",
        "swift build -c release --static-swift-stdlib --product gen-image": ".ci/release.sh runs it (CI runs that)",
        "export PATH=\"$PWD/.build/debug:$PATH\"": "CLIRunner puts the built binary first on the PATH",
        "fake-gateway --port 8787 &": "each test starts its own fake gateway (Scenario)",
        "sleep 1": "waits for the gateway above",
        "export GEN_IMAGE_BASE_URL=http://127.0.0.1:8787/v1 APIYI_API_KEY=sk-anything NO_PROXY=127.0.0.1":
            "Scenario sets the same variables, with its own gateway's port",
        "kill %1": "stops the gateway above",
        "sha256sum -c SHA256SUMS": ".ci/release.sh runs the install block on the bundle it built",
        "tar -xzf gen-image-0.1.0-linux-x86_64.tar.gz": ".ci/release.sh runs the install block",
        "install -D -m 755 gen-image-0.1.0-linux-x86_64/gen-image ~/.local/bin/gen-image":
            ".ci/release.sh runs the install block",
        "swift package experimental-install --product gen-image": "SwiftPM's own command, into the real home",
        "export PATH=\"$HOME/.swiftpm/bin:$PATH\"": "shell setup for the line above",
        "swift package experimental-uninstall gen-image": "SwiftPM's own command, into the real home",
        "rm ~/.local/bin/gen-image": "removes an installed file",
        "source <(gen-image completions bash)": "DoctorAndCompletionsTests loads the script into bash",
        "gen-image completions zsh > \"${fpath[1]}/_gen-image\"": "DoctorAndCompletionsTests checks zsh's script",
        "gen-image completions fish > ~/.config/fish/completions/gen-image.fish":
            "DoctorAndCompletionsTests checks fish's script",
        "gen-image mcp": "a server reading stdin: MCPProtocolEndToEndTests and MCPClientEndToEndTests run it",
        "claude mcp add gen-image -e APIYI_API_KEY=sk-... -- gen-image mcp":
            "Claude Code's own command; MCPClientEndToEndTests runs `gen-image mcp` under the official MCP SDK",
    ]

    /// A shell line without its trailing comment.
    static func withoutComment(_ line: String) -> String {
        guard let comment = line.range(of: #"\s+#\s"#, options: .regularExpression) else { return line }
        return String(line[..<comment.lowerBound])
    }

    /// A span that shows a command's form rather than a command: it holds a placeholder (`FILE`, `DIR`, `<n>`)
    /// or an optional part (`[options]`).
    static func isSynopsis(_ span: String) -> Bool {
        span.range(of: #"\b[A-Z]{3,}\b|<|\["#, options: .regularExpression) != nil
    }

    static func commands() -> (run: [String], unexplained: [String]) {
        var run: [String] = []
        var unexplained: [String] = []
        for block in MarkdownReference.blocks(in: text) where block.info.first == "sh" {
            for line in MarkdownReference.shellLines(of: block).map(withoutComment) {
                if notRun[line] != nil { continue }
                if line.hasPrefix("gen-image ") { run.append(line) } else { unexplained.append(line) }
            }
        }
        for span in MarkdownReference.codeSpans(in: text) where notRun[span] == nil && !isSynopsis(span) {
            if span.hasPrefix("gen-image ") {
                run.append(span)
            } else if ReferenceGuideTests.runsGenImage(span) {
                unexplained.append(span)
            }
        }
        return (run, unexplained)
    }

    /// Every gen-image command of the README runs against the fake gateway and does what the guides' commands
    /// must: exit 0, a saved path on stdout, nothing sent by a dry run.
    @Test func everyCommandRuns() throws {
        let (run, unexplained) = Self.commands()
        #expect(unexplained.isEmpty, "neither a gen-image command nor listed in notRun: \(unexplained)")
        #expect(run.count >= 10, "too few commands found: \(run)")
        let scenario = try Scenario()
        try scenario.write(Data(ReferenceGuideTests.batchFile.utf8), to: "jobs.json")
        for command in run {
            let expected = MarkdownReference.expectedExit(of: command)
            let words = CommandTemplate.arguments(of: command)
            let printsNoPath = ["--version", "skill", "doctor", "completions", "history", "gallery"]
            guard printsNoPath.contains(words.dropFirst().first ?? "") else {
                _ = try ReferenceGuideTests.run(command, expecting: expected, in: scenario)
                continue
            }
            // Commands that print something other than a path; HOME is the scenario's, so `skill install ~/…`
            // writes into the test's folder.
            let result = try MarkdownReference.runShell(
                command, in: scenario, environment: ["HOME": scenario.folder.path, "APIYI_API_KEY": "sk-readme"])
            #expect(result.exitCode == expected, "\(command)\nstdout: \(result.stdout)\nstderr: \(result.stderr)")
            #expect(!result.stdout.isEmpty, "\(command) printed nothing")
        }
    }

    @Test func notRunListsOnlyWhatTheReadmeShows() {
        let shown = Set(
            MarkdownReference.blocks(in: Self.text).filter { $0.info.first == "sh" }
                .flatMap(MarkdownReference.shellLines).map(Self.withoutComment)
                + MarkdownReference.codeSpans(in: Self.text))
        for line in Self.notRun.keys { #expect(shown.contains(line), "notRun lists a line the README lacks: \(line)") }
    }

    /// A sample run's `done in` line shows the cost whenever the model has a known price, as gen-image does.
    @Test func sampleOutputsShowTheCost() {
        let lines = Self.text.components(separatedBy: "\n").filter { $0.hasPrefix("gen-image: done in ") }
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(
                line.firstMatch(of: /^gen-image: done in [0-9.]+ s · \d+x\d+ [A-Z]+ · [0-9.]+ [KMG]?B · \$/) != nil,
                "\(line)")
        }
    }
}
