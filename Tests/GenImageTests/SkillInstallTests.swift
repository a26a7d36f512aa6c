import FakeGateway
import Foundation
import ImageAPIClient
import Testing

@testable import gen_image

/// `gen-image skill install` into an empty folder gives skill folders an agent runtime loads, and every command
/// their Markdown shows works when run from there, against the fake gateway, on the skill's own model only.
///
/// What counts as a command: a line of a ```sh block, or a code span, that starts with the program's installed
/// path (`skill install` writes it into every command, since an agent runs them from the user's project, where
/// `scripts/gen-image` does not exist), or pipes into it. Each command runs exactly as the installed Markdown
/// writes it, from a separate working folder, with the built gen-image nowhere on the PATH, and must reach the
/// skill's model at the skill's endpoint. Templates are filled in as the guide tests do.
@Suite("Installed skills")
struct SkillInstallTests {
    /// The model each skill is about; every request its commands send must name it.
    static let models = ["apiyi-gpt-image-2-all-gen": "gpt-image-2-all", "apiyi-gpt-image-2-gen": "gpt-image-2"]

    /// The placeholders of the skills, on top of the guides' ones.
    static let values = ReferenceGuideTests.values.merging(["ratio": "16:9", "tier": "2k"]) { first, _ in first }

    /// The fewest commands each skill's files hold, so an extraction bug cannot pass by finding nothing.
    static let minimumCommands = ["apiyi-gpt-image-2-all-gen": 15, "apiyi-gpt-image-2-gen": 15]

    /// The paths each skill's requests may go to: its model's endpoint (gpt-image-2 edits at `/images/edits`).
    static let routes = [
        "apiyi-gpt-image-2-all-gen": ["/v1/chat/completions"],
        "apiyi-gpt-image-2-gen": ["/v1/images/generations", "/v1/images/edits"],
    ]

    /// The most characters of a SKILL.md as installed (issue 21: the core an agent reads every time).
    static let maxSkillCharacters = 6_000

    /// Installs every skill into a fresh folder with the built binary, as a user would.
    static func install() throws -> (folder: URL, result: CLIResult) {
        let folder = try CLIRunner.makeFolder("skills")
        let result = try CLIRunner.run(["skill", "install", folder.appendingPathComponent("skills").path], in: folder)
        return (folder.appendingPathComponent("skills"), result)
    }

    @Test func installWritesCompleteFoldersThatMatchTheSources() throws {
        let (skills, result) = try Self.install()
        defer { try? FileManager.default.removeItem(at: skills.deletingLastPathComponent()) }
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdoutLines == Self.models.keys.sorted().map { skills.appendingPathComponent($0).path })
        let sources = try SkillSources.read()
        for file in sources {
            let folder = skills.appendingPathComponent(file.skill)
            let installed = folder.appendingPathComponent(file.path)
            let program = folder.appendingPathComponent("scripts/gen-image").path
            let expected = file.path.hasSuffix(".md") ? SkillInstaller.naming(program, in: file.text) : file.text
            #expect(FileManager.default.contents(atPath: installed.path) == Data(expected.utf8), "\(installed.path)")
        }
        for skill in Self.models.keys {
            let binary = skills.appendingPathComponent(skill).appendingPathComponent("scripts/gen-image")
            #expect(FileManager.default.isExecutableFile(atPath: binary.path))
            #expect(SkillInstaller.sameBytes(binary.path, CLIRunner.binary.path), "scripts/gen-image is not a copy")
            let files = CLIRunner.files(in: skills.appendingPathComponent(skill))
            #expect(files.contains("SKILL.md") && files.contains("references/json-and-errors.md"), "\(files)")
            #expect(files.contains("references/size-guide.md") && files.contains("references/batch-template.md"))
        }
        let version = try CLIRunner.run(
            ["--version"], in: skills,
            executable: skills.appendingPathComponent("apiyi-gpt-image-2-gen/scripts/gen-image"))
        #expect(version.exitCode == 0 && version.stdout.hasPrefix("gen-image "))
    }

    /// The front matter both Claude Code and Codex accept (the Agent Skills rules): `name` of lowercase letters,
    /// digits and single hyphens, at most 64 characters, the folder's name, no reserved word; `description`
    /// non-empty, at most 1,024 characters, no XML tags, a plain YAML scalar on one line; nothing else.
    @Test func frontMatterValidates() throws {
        let (skills, result) = try Self.install()
        defer { try? FileManager.default.removeItem(at: skills.deletingLastPathComponent()) }
        #expect(result.exitCode == 0)
        for (skill, model) in Self.models {
            let text = try String(
                contentsOf: skills.appendingPathComponent(skill).appendingPathComponent("SKILL.md"), encoding: .utf8)
            for problem in Self.frontMatterProblems(text, folder: skill, model: model) {
                Issue.record("\(skill): \(problem)")
            }
        }
    }

    /// The rules of `frontMatterValidates`, as a list of problems.
    static func frontMatterProblems(_ text: String, folder: String, model: String) -> [String] {
        let lines = text.components(separatedBy: "\n")
        guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else {
            return ["SKILL.md does not start with a --- front matter block"]
        }
        var fields: [String: String] = [:]
        var problems: [String] = []
        for line in lines[1..<end] {
            guard let colon = line.firstIndex(of: ":"), line.first?.isLetter == true else {
                problems.append("not a `key: value` line: \(line)")
                continue
            }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        if Set(fields.keys) != ["name", "description"] { problems.append("fields \(fields.keys.sorted())") }
        let name = fields["name"] ?? ""
        if name.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) == nil { problems.append("name \(name)") }
        if name.count > 64 { problems.append("name longer than 64") }
        if name != folder { problems.append("name \(name) is not the folder's name \(folder)") }
        if name.contains("claude") || name.contains("anthropic") { problems.append("reserved word in name") }
        let description = fields["description"] ?? ""
        if description.isEmpty || description.count > 1024 {
            problems.append("description length \(description.count)")
        }
        if description.contains("<") || description.contains(">") { problems.append("XML-like tag in description") }
        if description.contains(": ") || description.contains(" #") || "[{'\"&*!|>%@`-?".contains(description.first!) {
            problems.append("description is not a plain YAML scalar: \(description)")
        }
        // Claude Code shows the first 250 characters in its list: the model and the trigger must be in them.
        let head = description.prefix(250)
        if !head.contains(model) || !head.contains("Use when") { problems.append("model or trigger after 250 chars") }
        return problems
    }

    @Test func frontMatterRulesCatchBadSkills() {
        let good = "---\nname: a-b\ndescription: Make images with m. Use when asked.\n---\n"
        #expect(Self.frontMatterProblems(good, folder: "a-b", model: "m").isEmpty)
        for bad in [
            "---\nname: A_b\ndescription: m. Use when\n---\n", "---\nname: a--b\ndescription: m. Use when\n---\n",
            "---\nname: a-b\ndescription: m. Use when: x\n---\n", "name: a-b\n",
            "---\nname: a-b\ndescription: \(String(repeating: "x", count: 1025))\n---\n",
            "---\nname: a-b\ndescription: m. Use when\nversion: 1\n---\n",
        ] {
            #expect(!Self.frontMatterProblems(bad, folder: "a-b", model: "m").isEmpty, "\(bad)")
        }
        #expect(!Self.frontMatterProblems(good, folder: "other", model: "m").isEmpty)
    }

    /// Every command in every Markdown file of every installed skill runs, and reaches only the skill's model.
    @Test(arguments: ["apiyi-gpt-image-2-all-gen", "apiyi-gpt-image-2-gen"])
    func everyCommandRunsFromTheInstalledSkill(skill: String) throws {
        let (skills, installed) = try Self.install()
        defer { try? FileManager.default.removeItem(at: skills.deletingLastPathComponent()) }
        #expect(installed.exitCode == 0)
        let folder = skills.appendingPathComponent(skill)
        let program = folder.appendingPathComponent("scripts/gen-image").path
        let model = try #require(Self.models[skill])
        let scenario = try Scenario()
        try scenario.write(Data(ReferenceGuideTests.batchFile.utf8), to: Self.values["batch_file"]!)
        var count = 0
        for file in CLIRunner.files(in: folder) where file.hasSuffix(".md") {
            let markdown = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            try Self.writeExampleFiles(of: markdown, in: scenario)
            let (found, unexplained) = Self.commands(in: markdown, program: program)
            #expect(unexplained.isEmpty, "\(skill)/\(file): not a command: \(unexplained)")
            #expect(!markdown.contains("`scripts/gen-image"), "\(skill)/\(file): a command by its relative path")
            var outputs: [String: CLIResult] = [:]
            for command in found {
                for instance in try command.template.instances(values: Self.values) {
                    let result = try Self.run(
                        instance, program: nil, expecting: command.template.expectedExit, in: scenario)
                    for problem in Self.modelProblems(result, model: model) {
                        Issue.record("\(skill)/\(file): \(instance): \(problem)")
                    }
                    for request in result.requests where request.method == "POST" {
                        #expect(
                            Self.routes[skill]!.contains(request.path),
                            "\(skill)/\(file): \(instance) went to \(request.path)")
                    }
                    if outputs[command.template.text] == nil { outputs[command.template.text] = result.cli }
                    count += 1
                }
            }
            try ReferenceGuideTests.checkSampleOutputs(in: markdown, found: found, outputs: outputs)
        }
        #expect(count >= Self.minimumCommands[skill]!, "only \(count) commands found in \(skill)")
    }

    /// The model check is not blind: the gpt-image-2 skill's command without its `-m` reaches gpt-image-2-all,
    /// and that is reported.
    @Test func aCommandWithoutThePinIsCaught() throws {
        let scenario = try Scenario()
        let result = try Self.run(
            #"gen-image -p "a cat" -f cat.png"#, program: CLIRunner.binary.path, expecting: 0, in: scenario)
        #expect(!Self.modelProblems(result, model: "gpt-image-2").isEmpty)
        #expect(Self.modelProblems(result, model: "gpt-image-2-all").isEmpty)
    }

    /// The error-code table of each skill lists exactly the tool's closed list, in order, with its exit codes.
    @Test func errorCodeTablesMatchTheTool() throws {
        for skill in Self.models.keys {
            let file = SkillSources.folder.appendingPathComponent(skill)
                .appendingPathComponent("references/json-and-errors.md")
            var rows: [(code: String, exit: Int32)] = []
            for line in try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n") {
                let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                guard line.hasPrefix("|"), cells.count >= 2,
                    let code = cells[0].wholeMatch(of: /`([a-z_]+)`/)?.1, let exit = Int32(cells[1])
                else { continue }
                rows.append((String(code), exit))
            }
            #expect(rows.map(\.code) == ImageAPIError.Code.all.map(\.rawValue), "\(skill)")
            for row in rows {
                #expect(
                    row.exit == ExitCode.of(ImageAPIError(.init(rawValue: row.code), .verbatim(""))),
                    "\(skill) \(row.code)")
            }
        }
    }

    // MARK: - Reading and running

    /// The commands of one installed file, and the sh lines or spans that run gen-image otherwise.
    static func commands(in markdown: String, program: String) -> (
        found: [ReferenceGuideTests.Found], unexplained: [String]
    ) {
        let spellings = [program, "'" + program + "'"]
        func isCommand(_ line: String) -> Bool {
            spellings.contains { line.hasPrefix($0 + " ") || line.contains("| \($0) ") }
        }
        var found: [ReferenceGuideTests.Found] = []
        var unexplained: [String] = []
        for (index, block) in MarkdownReference.blocks(in: markdown).enumerated() where block.info.first == "sh" {
            for line in MarkdownReference.shellLines(of: block) {
                if isCommand(line) {
                    found.append(.init(template: CommandTemplate(line), block: index))
                } else {
                    unexplained.append(line)
                }
            }
        }
        for span in MarkdownReference.codeSpans(in: markdown) {
            if isCommand(span) {
                found.append(.init(template: CommandTemplate(span), block: nil))
            } else if span.contains("gen-image ") && (span.contains(" -") || span.contains(" batch")) {
                unexplained.append(span)
            }
        }
        return (found, unexplained)
    }

    /// Writes the files a ```json name.json block shows, and the images their items edit.
    static func writeExampleFiles(of markdown: String, in scenario: Scenario) throws {
        for block in MarkdownReference.blocks(in: markdown) where block.info.first == "json" && block.info.count == 2 {
            try scenario.write(Data((block.text + "\n").utf8), to: block.info[1])
            let json = try JSONSerialization.jsonObject(with: Data(block.text.utf8)) as? [String: Any]
            for item in json?["prompts"] as? [[String: Any]] ?? [] {
                for input in item["input_images"] as? [String] ?? [] where !scenario.files.contains(input) {
                    try scenario.write(TestImages.png(width: 64, height: 48), to: input)
                }
            }
        }
    }

    /// Runs one command from the scenario's folder, with the build folder off the PATH, as written, or with
    /// `program` in place of a leading `gen-image`; checks its exit code and stdout as the guide tests do.
    static func run(_ command: String, program: String?, expecting expected: Int32, in scenario: Scenario) throws
        -> (cli: CLIResult, requests: [RecordedRequest], arguments: [String])
    {
        var line = command
        if let program, line.hasPrefix("gen-image ") {
            line = "'" + program + "'" + line.dropFirst("gen-image".count)
        }
        let arguments = CommandTemplate.arguments(of: command)
        try ReferenceGuideTests.writeInputs(named: arguments, in: scenario)
        let dryRun = arguments.contains("--dry-run")
        var environment = ReferenceGuideTests.environment
        environment["PATH"] = "/usr/bin:/bin"
        if dryRun { environment["APIYI_API_KEY"] = .some(nil) }
        let before = scenario.gateway.requests.count
        let result = try MarkdownReference.runShell(line, in: scenario, environment: environment)
        let requests = Array(scenario.gateway.requests.dropFirst(before))
        #expect(result.exitCode == expected, "\(command)\nstdout: \(result.stdout)\nstderr: \(result.stderr)")
        if dryRun || expected != 0 { #expect(requests.isEmpty, "sent a request: \(command)") }
        if arguments.contains("--json") {
            ReferenceGuideTests.checkJSON(
                result, of: command, dryRun: dryRun, isBatch: arguments.dropFirst().first == "batch")
        } else if result.exitCode == 0 && !dryRun && !arguments.contains("--help") && !arguments.contains("doctor") {
            for path in result.stdoutLines {
                #expect(path.hasPrefix("/") && FileManager.default.fileExists(atPath: path), "\(command): \(path)")
            }
        }
        return (result, requests, arguments)
    }

    /// Every model the run sent or named: the `model` of each request (JSON or form field) and every model id
    /// in its output (the plan line, a dry run's request). All must be the skill's model.
    static func modelProblems(
        _ run: (cli: CLIResult, requests: [RecordedRequest], arguments: [String]), model: String
    ) -> [String] {
        var problems: [String] = []
        for request in run.requests where request.method == "POST" {
            let sent =
                request.jsonBody?["model"] as? String
                ?? request.multipartParts.first { $0.name == "model" }.map { String(decoding: $0.data, as: UTF8.self) }
            if sent != model { problems.append("request to \(request.path) has model \(sent ?? "none")") }
        }
        // `--help` and `doctor` name every model on purpose; they send no image request.
        if run.cli.exitCode == 0 && !run.arguments.contains("--help") && !run.arguments.contains("doctor") {
            let output = run.cli.stdout + run.cli.stderr
            for match in output.matches(of: /gpt-image-2(-all|-vip)?\b|gpt-5[.0-9a-z-]*/) where match.output.0 != model
            {
                problems.append("output names \(match.output.0)")
            }
        }
        return problems
    }
}
