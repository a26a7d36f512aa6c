import Foundation
import ImageAPIClient
import Testing

@testable import gen_image

/// Issue 21, point 4: the scripts `gen-image completions bash|zsh|fish` print complete what each word can be,
/// from the same tables the tool checks against. Each shell runs its own completion: bash calls `_gen_image`
/// with `COMP_WORDS` set; zsh calls `_gen_image` with `words` and `CURRENT` set and `compadd` replaced by one
/// that prints what it is given (zsh's completion system cannot run without a terminal); fish answers
/// `complete -C` itself. A shell that is not installed is skipped with a note.
@Suite("Shell completion")
struct CompletionEndToEndTests {
    /// A folder with images, other files and a subfolder, where completion runs.
    final class Folder {
        let url: URL
        let scripts: [String: URL]

        init() throws {
            url = try CLIRunner.makeFolder("completion")
            for name in ["photo.png", "shot.JPG", "art.webp", "notes.txt", "jobs.json", "sub/inner.webp"] {
                let file = url.appendingPathComponent(name)
                try FileManager.default.createDirectory(
                    at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data("x".utf8).write(to: file)
            }
            var scripts: [String: URL] = [:]
            for shell in CompletionScript.shells {
                let result = try CLIRunner.run(["completions", shell], in: url)
                #expect(result.exitCode == 0, "\(result.stderr)")
                let file = url.appendingPathComponent(".tmp/gen-image.\(shell)")
                try Data(result.stdout.utf8).write(to: file)
                scripts[shell] = file
            }
            self.scripts = scripts
        }

        deinit { try? FileManager.default.removeItem(at: url) }
    }

    /// The shell's path, or nil (and a note) when it is not installed.
    static func shell(_ name: String) -> String? {
        for folder in ["/usr/bin", "/bin", "/usr/local/bin", "/opt/homebrew/bin"] {
            let path = folder + "/" + name
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        print("⚠️ SKIPPED: \(name) is not installed, so its completion was not tested (.ci/run installs it)")
        return nil
    }

    /// Runs `program` with `arguments` in the folder and returns its stdout lines.
    static func lines(_ program: String, _ arguments: [String], in folder: Folder) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = folder.url
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": folder.url.path, "LC_ALL": "C.UTF-8"]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(errors.isEmpty, "\(program) \(arguments.last ?? ""): \(errors)")
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// `text` in single quotes for bash and zsh.
    static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// What each shell offers for the command line `words` (the last word is the one being completed), with
    /// folders' trailing slashes removed; nil for a shell that is not installed.
    static func offers(_ shell: String, _ words: [String], in folder: Folder) throws -> [String]? {
        guard let program = Self.shell(shell), let script = folder.scripts[shell]?.path else { return nil }
        let line = (["gen-image"] + words).map(quoted).joined(separator: " ")
        let found: [String]
        switch shell {
        case "bash":
            found = try lines(
                program,
                [
                    "--norc", "--noprofile", "-c",
                    "source \(quoted(script)); COMP_WORDS=(\(line)); COMP_CWORD=\(words.count); _gen_image; "
                        + "printf '%s\\n' \"${COMPREPLY[@]}\"",
                ], in: folder)
        case "zsh":
            found = try lines(
                program,
                [
                    "-f", "-c",
                    // compadd keeps the matches that start with what was typed ($PREFIX), as zsh's does.
                    "source \(quoted(script)); compset() { return 1 }; "
                        + "compadd() { local seen=0 a; for a in \"$@\"; do if (( seen )); then "
                        + "[[ $a == ${PREFIX}* ]] && print -r -- \"$a\"; elif [[ $a == -- ]]; then seen=1; fi; done }; "
                        + "words=(\(line)); CURRENT=\(words.count + 1); PREFIX=\(quoted(words.last!)); _gen_image",
                ], in: folder)
        default:
            let commandLine =
                (["gen-image"] + words.dropLast()).map(quoted).joined(separator: " ") + " "
                + words.last!
            found = try lines(
                program, ["--no-config", "-c", "source \(quoted(script)); complete -C \(quoted(commandLine))"],
                in: folder
            ).map { String($0.prefix { $0 != "\t" }) }
        }
        return found.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }.filter { !$0.isEmpty }
    }

    /// Checks every installed shell offers exactly `expected` (in any order) for `words`.
    static func expect(
        _ words: [String], offer expected: [String], in folder: Folder,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        for shell in CompletionScript.shells {
            guard let offered = try offers(shell, words, in: folder) else { continue }
            #expect(
                Set(offered) == Set(expected),
                "\(shell): gen-image \(words.joined(separator: " "))<TAB> offered \(offered)",
                sourceLocation: sourceLocation)
        }
    }

    static let vipSizes: [String] = {
        guard case .presets(let presets) = ModelCatalog.models.first(where: { $0.name == "gpt-image-2-vip" })?.sizeRule
        else { return [] }
        return ["auto"] + presets.map(\.text)
    }()

    @Test func subcommandsAndTheirArguments() throws {
        let folder = try Folder()
        // Every subcommand of the table, and nothing else.
        let subcommands = SubcommandTable.all.map(\.name)
        #expect(subcommands.contains("batch") && subcommands.contains("skill"))
        try Self.expect([""], offer: subcommands, in: folder)
        try Self.expect(["--lang", "zh", ""], offer: subcommands, in: folder)
        try Self.expect(["completions", ""], offer: ["bash", "zsh", "fish"], in: folder)
        try Self.expect(["skill", ""], offer: ["install", "list"], in: folder)
        try Self.expect(
            ["skill", "install", ""], offer: ["sub", "apiyi-gpt-image-2-all-gen", "apiyi-gpt-image-2-gen"], in: folder)
        try Self.expect(["batch", ""], offer: ["jobs.json", "sub"], in: folder)
        try Self.expect(["batch", "j"], offer: ["jobs.json"], in: folder)
    }

    @Test func valuesComeFromTheModelTable() throws {
        let folder = try Folder()
        try Self.expect(["-m", ""], offer: ModelCatalog.models.map(\.name), in: folder)
        try Self.expect(["--provider", ""], offer: Provider.all.map(\.id), in: folder)
        try Self.expect(["-q", ""], offer: ["auto", "low", "medium", "high"], in: folder)
        try Self.expect(["-o", ""], offer: ["png", "jpeg", "webp"], in: folder)
        try Self.expect(["--aspect", ""], offer: RatioPhrases.all.map(\.ratio), in: folder)
        try Self.expect(["--resolution", ""], offer: ["1k", "2k", "4k"], in: folder)
        try Self.expect(["batch", "jobs.json", "-m", "gpt-image-2-v"], offer: ["gpt-image-2-vip"], in: folder)
    }

    @Test func sizesAreThoseOfTheModelOnTheLine() throws {
        let folder = try Folder()
        #expect(Self.vipSizes.count == 31)
        try Self.expect(["-m", "gpt-image-2-vip", "-s", ""], offer: Self.vipSizes, in: folder)
        try Self.expect(["-p", "x", "--model", "gpt-image-2-vip", "--size", ""], offer: Self.vipSizes, in: folder)
        try Self.expect(
            ["-m", "gpt-image-2-vip", "-s", "38"], offer: Self.vipSizes.filter { $0.hasPrefix("38") }, in: folder)
        guard case .flexible(let limits) = ModelCatalog.models.first(where: { $0.name == "gpt-image-2" })?.sizeRule
        else { throw CancellationError() }
        try Self.expect(["-m", "gpt-image-2", "-s", ""], offer: ["auto"] + limits.presets, in: folder)
        #expect(!limits.presets.isEmpty && !limits.presets.contains("WxH"))
        // The default model takes no size: nothing is offered, not the literal WxH.
        try Self.expect(["-s", ""], offer: [], in: folder)
    }

    @Test func foldersAndImages() throws {
        let folder = try Folder()
        try Self.expect(["batch", "jobs.json", "--out-dir", ""], offer: ["sub"], in: folder)
        try Self.expect(["-i", ""], offer: ["photo.png", "shot.JPG", "art.webp", "sub"], in: folder)
        try Self.expect(
            ["-p", "x", "-i", "photo.png", ""], offer: ["photo.png", "shot.JPG", "art.webp", "sub"], in: folder)
        try Self.expect(
            ["-i", "photo.png", "--mask", ""], offer: ["photo.png", "shot.JPG", "art.webp", "sub"], in: folder)
        try Self.expect(["-i", "sub/"], offer: ["sub/inner.webp"], in: folder)
    }

    @Test func optionsOfEachCommand() throws {
        let folder = try Folder()
        try Self.expect(["--pro"], offer: ["--prompt", "--provider"], in: folder)
        try Self.expect(["batch", "jobs.json", "--ou"], offer: ["--out-dir"], in: folder)
        try Self.expect(["doctor", "--ba"], offer: ["--base-url"], in: folder)
        try Self.expect(["skill", "--fo"], offer: ["--force"], in: folder)
    }

    /// zsh's own completion system, in an interactive zsh on a pseudo-terminal (`zsh/zpty`): each line is typed,
    /// then TAB, then a key bound to a widget that writes the edited line to a file. Keys are read in order,
    /// so the line is written once completion has finished.
    @Test func zshsCompletionSystemCompletesTypedLines() throws {
        let folder = try Folder()
        guard let zsh = Self.shell("zsh"), let script = folder.scripts["zsh"]?.path else { return }
        let cases: [(typed: String, completed: String)] = [
            ("gen-image -m gpt-image-2-vip -s 288", "gen-image -m gpt-image-2-vip -s 2880x2880 "),
            ("gen-image completions fi", "gen-image completions fish "),
            ("gen-image -i sub/i", "gen-image -i sub/inner.webp "),
            ("gen-image batch j", "gen-image batch jobs.json "),
            ("gen-image batch jobs.json --out-dir s", "gen-image batch jobs.json --out-dir sub/"),
            ("gen-image -i n", "gen-image -i n"),
            ("gen-image --aspect 21", "gen-image --aspect 21:9 "),
        ]
        let output = folder.url.appendingPathComponent(".tmp/zle.txt").path
        var driver = """
            zmodload zsh/zpty
            zpty z zsh -f -i
            zpty -w z "PS1='> '; autoload -Uz compinit; compinit -u -D; source \(Self.quoted(script))"
            zpty -w z "_dump() { print -r -- \\"\\$BUFFER\\" >> \(Self.quoted(output)); BUFFER=''; }; zle -N _dump; bindkey '^X^P' _dump"

            """
        for item in cases {
            driver += "zpty -n -w z \(Self.quoted(item.typed))$'\\t\\C-x\\C-p'\n"
        }
        driver += """
            for i in {1..600}; do
                [[ -f \(Self.quoted(output)) ]] && (( $(wc -l < \(Self.quoted(output))) >= \(cases.count) )) && break
                zpty -r -t z line
                sleep 0.05
            done
            zpty -d z

            """
        let driverFile = folder.url.appendingPathComponent(".tmp/driver.zsh")
        try Data(driver.utf8).write(to: driverFile)
        _ = try Self.lines(zsh, ["-f", driverFile.path], in: folder)
        let written = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        #expect(
            written.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
                == cases.map(\.completed), "\(written)")
    }

    /// Interactive bash splits words at ':' and '=' (COMP_WORDBREAKS); the script joins them again and answers
    /// with what follows the last ':', as readline replaces only that.
    @Test func bashWordsSplitAtColonsAndEquals() throws {
        let folder = try Folder()
        guard let bash = Self.shell("bash"), let script = folder.scripts["bash"]?.path else { return }
        func run(_ words: [String]) throws -> [String] {
            let line = words.map(Self.quoted).joined(separator: " ")
            return try Self.lines(
                bash,
                [
                    "--norc", "--noprofile", "-c",
                    "source \(Self.quoted(script)); COMP_WORDS=(\(line)); COMP_CWORD=\(words.count - 1); _gen_image; "
                        + "printf '%s\\n' \"${COMPREPLY[@]}\"",
                ], in: folder)
        }
        #expect(try run(["gen-image", "--aspect", "16", ":", ""]) == ["9"])
        #expect(try run(["gen-image", "--aspect", "2", ":", "3"]) == ["3"])
        #expect(
            Set(try run(["gen-image", "-m", "gpt-image-2-vip", "--size", "=", "38"])) == ["3840x2160", "3840x1632"])
        #expect(try run(["gen-image", "--model", "=", "gpt-image-2-vip", "-s", "2880"]) == ["2880x2880"])
    }

    /// The checks are not blind: a script that offers files everywhere is caught.
    @Test func aWrongScriptIsCaught() throws {
        let folder = try Folder()
        guard Self.shell("bash") != nil, let script = folder.scripts["bash"] else { return }
        try Data("_gen_image() { COMPREPLY=($(compgen -f -- \"${COMP_WORDS[COMP_CWORD]}\")); }\n".utf8)
            .write(to: script)
        let offered = try Self.offers("bash", ["-m", "gpt-image-2-vip", "-s", ""], in: folder) ?? []
        #expect(Set(offered) != Set(Self.vipSizes))
        #expect(offered.contains("notes.txt"))
    }
}
