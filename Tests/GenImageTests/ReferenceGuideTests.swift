import FakeGateway
import Foundation
import ImageAPIClient
import Testing

@testable import gen_image

/// Every command `references/gen-image-guide.md` and `references/size-guide.md` show is run against the fake
/// gateway, so what an agent copies from them always works (batch-template.md has its own suite).
///
/// What counts as a command: a line of a ```sh block, or an inline code span in the prose or a table, whose
/// first word is `gen-image` or that pipes into it (`printf … | gen-image -p - …`). Any other sh line, or a
/// span that runs `gen-image ` some other way, must be listed in `notRun` with the reason, so nothing is
/// skipped silently. Templates are filled in by `CommandTemplate` from `values`. Each command must exit 0
/// unless it ends with `# exit N`. A ```json block right after a ```sh block is the guide's picture of what
/// that block's last command prints, and must have exactly the keys the real output has.
@Suite("Agent guides")
struct ReferenceGuideTests {
    /// The value of every placeholder the guides use. A placeholder missing here fails the test.
    static let values: [String: String] = [
        "prompt": "一只可爱的橘猫在草地上玩耍",
        "edit_instruction": "把背景换成海滩",
        "fusion_instruction": "把图1的猫放进图2的花园里",
        "filename": "picture.png",
        "input": "photo.png",
        "ref1": "ref1.png",
        "ref2": "ref2.png",
        "mask_png": "mask.png",
        "WxH": "1536x1024",
        "preset": "2048x1152",
        "quality": "low",
        "format": "jpeg",
        "0-100": "80",
        "1-3": "2",
        "0-3": "1",
        "batch_file": "jobs.json",
    ]

    /// Shell variables the guides' commands read; `set -u` makes any other one an error.
    static let environment: [String: String?] = [
        "PROMPT": "A shop sign that says \"OPEN\",\nwith a second line"
    ]

    /// Lines of sh blocks that are not gen-image commands, and code spans that run gen-image some other way
    /// (`source <(gen-image completions bash)`), that the guides show on purpose, each with the reason it is not
    /// run. None today; an entry no guide holds any more fails `notRunListsOnlyWhatTheGuidesShow`.
    static let notRun: [String: String] = [:]

    /// A batch file for `gen-image batch {batch_file}`.
    static let batchFile = #"{"prompts": [{"prompt": "一只可爱的橘猫", "filename": "batch-cat.png"}]}"#

    /// A command found in a guide, with the sh block it came from (nil for a code span).
    struct Found {
        let template: CommandTemplate
        let block: Int?
    }

    /// The commands of one guide, and the lines that are neither commands nor listed in `notRun`.
    static func commands(in markdown: String) -> (found: [Found], unexplained: [String]) {
        var found: [Found] = []
        var unexplained: [String] = []
        func isCommand(_ line: String) -> Bool {
            line.hasPrefix("gen-image ") || line.contains("| gen-image ")
        }
        for (index, block) in MarkdownReference.blocks(in: markdown).enumerated() where block.info.first == "sh" {
            for line in MarkdownReference.shellLines(of: block) {
                if isCommand(line) {
                    found.append(Found(template: CommandTemplate(line), block: index))
                } else if notRun[line] == nil {
                    unexplained.append(line)
                }
            }
        }
        for span in MarkdownReference.codeSpans(in: markdown) {
            if isCommand(span) {
                found.append(Found(template: CommandTemplate(span), block: nil))
            } else if runsGenImage(span) && notRun[span] == nil {
                unexplained.append(span)
            }
        }
        return (found, unexplained)
    }

    /// Whether text runs gen-image some other way than a command does: `gen-image` (or a path ending in it)
    /// followed by an option or a subcommand, as in `swift run gen-image --help` or `source <(gen-image
    /// completions bash)`. Prose such as "the JSON gen-image expects" is not.
    static func runsGenImage(_ text: String) -> Bool {
        let words = text.split(whereSeparator: \.isWhitespace)
        return zip(words, words.dropFirst()).contains { word, next in
            word.hasSuffix("gen-image") && (next.hasPrefix("-") || ["batch", "doctor", "completions"].contains(next))
        }
    }

    /// Each guide with the fewest commands it can hold in sh blocks and in code spans, so that an extraction
    /// bug cannot pass by finding nothing.
    @Test(arguments: [("gen-image-guide.md", 15, 10), ("size-guide.md", 3, 0)])
    func everyCommandRuns(file: String, inBlocks: Int, inSpans: Int) throws {
        let markdown = try MarkdownReference.text(of: file)
        let (found, unexplained) = Self.commands(in: markdown)
        #expect(unexplained.isEmpty, "in \(file), neither a gen-image command nor listed in notRun: \(unexplained)")
        #expect(found.filter { $0.block != nil }.count >= inBlocks, "\(file): too few commands in sh blocks")
        #expect(found.filter { $0.block == nil }.count >= inSpans, "\(file): too few commands in code spans")
        let scenario = try Scenario()
        try scenario.write(Data(Self.batchFile.utf8), to: Self.values["batch_file"]!)
        var outputs: [String: CLIResult] = [:]
        for command in found {
            let instances: [String]
            do {
                instances = try command.template.instances(values: Self.values)
            } catch {
                Issue.record("\(file): \(command.template.text): \(error)")
                continue
            }
            for instance in instances {
                let result = try Self.run(instance, expecting: command.template.expectedExit, in: scenario)
                if outputs[command.template.text] == nil { outputs[command.template.text] = result }
            }
        }
        try Self.checkSampleOutputs(in: markdown, found: found, outputs: outputs)
    }

    /// Runs one command, creating the images it names first, and checks what the guides promise of it.
    static func run(_ command: String, expecting expected: Int32, in scenario: Scenario) throws -> CLIResult {
        let arguments = CommandTemplate.arguments(of: command)
        try writeInputs(named: arguments, in: scenario)
        let dryRun = arguments.contains("--dry-run")
        let isBatch = arguments.dropFirst().first == "batch"
        var environment = Self.environment
        if dryRun { environment["APIYI_API_KEY"] = .some(nil) }
        let before = scenario.gateway.requests.count
        let result = try MarkdownReference.runShell(command, in: scenario, environment: environment)
        #expect(result.exitCode == expected, "\(command)\nstdout: \(result.stdout)\nstderr: \(result.stderr)")
        if dryRun {
            #expect(scenario.gateway.requests.count == before, "--dry-run sent a request: \(command)")
        }
        if arguments.contains("--json") {
            checkJSON(result, of: command, dryRun: dryRun, isBatch: isBatch)
        } else if result.exitCode == 0 && !dryRun && !arguments.contains("--help") {
            #expect(isBatch || !result.stdoutLines.isEmpty, "no path on stdout: \(command)")
            for line in result.stdoutLines {
                #expect(line.hasPrefix("/") && FileManager.default.fileExists(atPath: line), "\(command): \(line)")
            }
        }
        return result
    }

    /// `--json`: stdout is exactly one JSON object, `ok` says whether it worked, a saved file exists, and a
    /// failure's code is one of the closed list and decided the exit code (`errorCodeTableMatchesTheTool`
    /// holds the guide's table to the same rule).
    static func checkJSON(_ result: CLIResult, of command: String, dryRun: Bool, isBatch: Bool) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        else {
            Issue.record("--json stdout is not one JSON object: \(command)\n\(result.stdout)\n\(result.stderr)")
            return
        }
        #expect(object["ok"] as? Bool == (result.exitCode == 0), "\(command): \(result.stdout)")
        if let error = object["error"] as? [String: Any] {
            let code = ImageAPIError.Code(rawValue: error["code"] as? String ?? "")
            #expect(ImageAPIError.Code.all.contains(code), "\(command): unknown code \(code)")
            #expect(ExitCode.of(ImageAPIError(code, .verbatim(""))) == result.exitCode, "\(command): \(code)")
        } else if !dryRun && !isBatch {
            let files = object["files"] as? [[String: Any]] ?? []
            #expect(!files.isEmpty, "\(command): no files in \(result.stdout)")
            for file in files {
                let path = file["path"] as? String ?? ""
                #expect(FileManager.default.fileExists(atPath: path), "\(command): \(path)")
            }
        }
    }

    /// Writes every `-i` image (a PNG) and `--mask` (an RGBA PNG the size of the first `-i` image) the command
    /// names and the folder does not have yet.
    static func writeInputs(named arguments: [String], in scenario: Scenario) throws {
        var inputs: [String] = []
        var mask: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "-i" || argument == "--input-image" {
                inputs += arguments[(index + 1)...].prefix { !$0.hasPrefix("-") }
            } else if argument == "--mask", index + 1 < arguments.count {
                mask = arguments[index + 1]
            }
        }
        let existing = Set(scenario.files)
        for input in inputs where !existing.contains(input) {
            try scenario.write(TestImages.png(width: 64, height: 48), to: input)
        }
        if let mask, !existing.contains(mask), let first = inputs.first {
            let size = pngSize(of: scenario.folder.appendingPathComponent(first)) ?? (64, 48)
            try scenario.write(TestImages.pngWithAlpha(width: size.width, height: size.height), to: mask)
        }
    }

    /// Width and height from a PNG's header.
    static func pngSize(of url: URL) -> (width: Int, height: Int)? {
        guard let data = try? Data(contentsOf: url), data.count >= 24, data.starts(with: [0x89, 0x50, 0x4E, 0x47])
        else { return nil }
        let bytes = [UInt8](data.prefix(24))
        func integer(at offset: Int) -> Int { bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (integer(at: 16), integer(at: 20))
    }

    /// A ```json block right after a ```sh block shows what the sh block's last command prints: its keys, at
    /// every level, must be exactly those of the real output (values differ from run to run).
    static func checkSampleOutputs(in markdown: String, found: [Found], outputs: [String: CLIResult]) throws {
        let blocks = MarkdownReference.blocks(in: markdown)
        for (index, block) in blocks.enumerated().dropFirst()
        where block.info == ["json"] && blocks[index - 1].info.first == "sh" {
            guard let command = found.last(where: { $0.block == index - 1 }),
                let result = outputs[command.template.text]
            else {
                Issue.record("a sample output follows a sh block without a command: \(block.text)")
                continue
            }
            let sample = try JSONSerialization.jsonObject(with: Data(block.text.utf8))
            let real = (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) ?? [:]
            #expect(
                keyPaths(of: sample) == keyPaths(of: real),
                "the sample output of \(command.template.text) has other keys than the real one:\n\(result.stdout)")
            let (shown, got) = (sample as? [String: Any] ?? [:], real as? [String: Any] ?? [:])
            for key in ["ok", "model", "endpoint", "prompt_sent", "dry_run"] where shown[key] != nil {
                #expect(
                    "\(shown[key]!)" == "\(got[key] ?? "nothing")", "\(key) in the sample of \(command.template.text)")
            }
            let (shownError, gotError) = (shown["error"] as? [String: Any], got["error"] as? [String: Any])
            #expect(shownError?["code"] as? String == gotError?["code"] as? String, "\(command.template.text)")
        }
    }

    /// Where the guides' sample outputs show the gateway's own data, whose inside is not gen-image's to promise.
    static let opaqueKeys: Set<String> = ["usage", "request.body", "request.headers"]

    /// Every key path in a JSON value (`error.code`, `files[].path`), so two values can be compared by shape.
    static func keyPaths(of value: Any, prefix: String = "") -> Set<String> {
        var paths: Set<String> = []
        if let object = value as? [String: Any] {
            for (key, child) in object {
                paths.insert(prefix + key)
                if opaqueKeys.contains(prefix + key) { continue }
                paths.formUnion(keyPaths(of: child, prefix: prefix + key + "."))
            }
        } else if let array = value as? [Any] {
            for child in array { paths.formUnion(keyPaths(of: child, prefix: String(prefix.dropLast()) + "[].")) }
        }
        return paths
    }

    /// The reading rules on a made-up guide: what is a command, what must be explained, what is prose.
    @Test func extractionFindsCommandsAndFlagsTheRest() {
        let markdown = """
            Run `gen-image -p "a cat"
            -f cat.png`; the JSON gen-image expects; `source <(gen-image completions bash)`.

            | Flag | Example |
            |---|---|
            | `-r` | `gen-image -p x -r url\\|b64_json` |

            ```sh
            # a comment
            export APIYI_API_KEY="sk-..."
            gen-image -p x \\
              -f x.png  # exit 2
            ```

            ```text
            gen-image -p not-run
            ```
            """
        let (found, unexplained) = Self.commands(in: markdown)
        #expect(
            found.map(\.template.text) == [
                "gen-image -p x -f x.png", #"gen-image -p "a cat" -f cat.png"#, "gen-image -p x -r url|b64_json",
            ])
        #expect(found.map(\.template.expectedExit) == [2, 0, 0])
        #expect(unexplained == [#"export APIYI_API_KEY="sk-...""#, "source <(gen-image completions bash)"])
    }

    @Test func notRunListsOnlyWhatTheGuidesShow() throws {
        var shown: Set<String> = []
        for file in ["gen-image-guide.md", "size-guide.md"] {
            let markdown = try MarkdownReference.text(of: file)
            shown.formUnion(MarkdownReference.codeSpans(in: markdown))
            for block in MarkdownReference.blocks(in: markdown) where block.info.first == "sh" {
                shown.formUnion(MarkdownReference.shellLines(of: block))
            }
        }
        #expect(Set(Self.notRun.keys).subtracting(shown).isEmpty)
    }

    /// The guide's table of error codes lists exactly the library's closed list, in its order, each with the
    /// exit code gen-image really gives it.
    @Test func errorCodeTableMatchesTheTool() throws {
        let markdown = try MarkdownReference.text(of: "gen-image-guide.md")
        var rows: [(code: String, exit: Int32)] = []
        for line in markdown.components(separatedBy: "\n") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard line.hasPrefix("|"), cells.count >= 2,
                let code = cells[0].wholeMatch(of: /`([a-z_]+)`/)?.1, let exit = Int32(cells[1])
            else { continue }
            rows.append((String(code), exit))
        }
        #expect(rows.map(\.code) == ImageAPIError.Code.all.map(\.rawValue))
        for row in rows {
            #expect(row.exit == ExitCode.of(ImageAPIError(.init(rawValue: row.code), .verbatim(""))), "\(row.code)")
        }
    }
}

/// The template rules the guide tests rely on, checked on their own.
@Suite("Command templates")
struct CommandTemplateTests {
    let values = ["prompt": "a [red] cat", "WxH": "1024x1024", "format": "jpeg", "0-100": "80"]

    @Test func optionalPartsAreAllOrNoneAndNest() throws {
        let template = CommandTemplate(#"gen-image -p "{prompt}" [-s {WxH}] [-o {format} [-c {0-100}]]"#)
        #expect(template.hasOptionalParts)
        #expect(
            try template.instances(values: values) == [
                #"gen-image -p "a [red] cat" -s 1024x1024 -o jpeg -c 80"#, #"gen-image -p "a [red] cat""#,
            ])
    }

    @Test func alternativesTakeTheFirstChoiceButPipesAndQuotesStay() throws {
        let template = CommandTemplate(#"printf '%s|x' "a|b" | gen-image -p - [-r url|b64_json]  # exit 2"#)
        #expect(template.expectedExit == 2)
        #expect(
            try template.instance(keepingOptionalParts: true, values: [:])
                == #"printf '%s|x' "a|b" | gen-image -p - -r url"#)
    }

    @Test func placeholdersWithoutAValueAreErrors() {
        #expect(throws: CommandTemplate.Problem.unmappedPlaceholder("size")) {
            try CommandTemplate("gen-image -s {size}").instances(values: values)
        }
        #expect(throws: CommandTemplate.Problem.unmarkedPlaceholder("FILE")) {
            try CommandTemplate("gen-image batch FILE").instances(values: values)
        }
        #expect(throws: CommandTemplate.Problem.unbalancedBrackets) {
            try CommandTemplate("gen-image -p x [-s 1024x1024").instances(values: values)
        }
    }

    @Test func argumentsLoseOnlyTheirQuotes() {
        #expect(
            CommandTemplate.arguments(of: #"gen-image -p "it's" -i 'a b.png' c.png"#) == [
                "gen-image", "-p", "it's", "-i", "a b.png", "c.png",
            ])
    }
}
