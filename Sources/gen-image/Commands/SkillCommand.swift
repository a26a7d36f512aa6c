import Foundation
import ImageAPIClient

/// `gen-image skill install [DIR] [NAME…]` and `gen-image skill list`: the agent skills of `references/skills`,
/// embedded in the binary, written as complete folders an agent runtime loads (Claude Code, Codex).
enum SkillCommand {
    /// The row in `SubcommandTable`.
    static let subcommand = Subcommand(
        name: "skill", synopsis: "skill install|list [DIR] [NAME...]",
        summary: Message.subcommandSkill,
        options: options,
        arguments: .words(["install", "list"], then: .folders(plus: Skill.all.map(\.name))),
        run: { arguments, context in run(arguments, context: context) })

    /// `--force`, then the rows shared with the plain command.
    static let options: [OptionSpec] =
        [
            OptionSpec(
                key: .force, short: nil, long: "force", arity: .flag, valueName: "",
                help: Message.optionSkillForce)
        ] + [OptionKey.lang, .help].compactMap { key in OptionTable.all.first { $0.key == key } }

    static func run(_ arguments: [String], context: SubcommandContext) -> Int32 {
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentParser.parse(arguments, table: options, allowsPositionals: true)
        } catch {
            return usage(error, context)
        }
        if parsed.has(.help) {
            FileHandle.standardOutput.write(Data(helpText(context.wording).utf8))
            return ExitCode.success
        }
        var positionals = parsed.positionals
        let action = positionals.isEmpty ? "" : positionals.removeFirst()
        switch action {
        case "list":
            guard positionals.isEmpty else { return usage(UsageError(Message.usageSkillListArguments), context) }
            let width = Skill.all.map(\.name.count).max() ?? 0
            for skill in Skill.all {
                context.terminal.result(
                    skill.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + skill.description)
            }
            return ExitCode.success
        case "install":
            return install(positionals, force: parsed.has(.force), context: context)
        default:
            return usage(
                UsageError(Message.usageSkillAction, hint: Message.usageSkillActionHint), context)
        }
    }

    /// DIR is the first argument unless it names a skill; the rest name skills.
    static func install(_ arguments: [String], force: Bool, context: SubcommandContext) -> Int32 {
        let terminal = context.terminal
        let wording = context.wording
        let names = Skill.all.map(\.name)
        var rest = arguments
        let currentDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        var directory = currentDirectory
        if let first = rest.first, !names.contains(first) {
            rest.removeFirst()
            let expanded = NSString(string: first).expandingTildeInPath
            directory = URL(fileURLWithPath: expanded, relativeTo: currentDirectory).standardizedFileURL
        }
        for name in rest where !names.contains(name) {
            return usage(
                UsageError(
                    Message.usageSkillUnknown(name: name),
                    hint: Message.usageSkillUnknownHint(names: names.joined(separator: ", "))), context)
        }
        let chosen = rest.isEmpty ? Skill.all : Skill.all.filter { rest.contains($0.name) }
        guard let binary = RunningBinary.path() else {
            terminal.info(
                wording.text(
                    .cliError(code: ImageAPIError.Code.ioError.rawValue, message: wording.text(.skillNoBinary))),
                severity: .error)
            return ExitCode.failure
        }
        let libraries = RunningBinary.toolchainLibraries()
        if !libraries.isEmpty {
            terminal.info(
                "gen-image: "
                    + wording.text(
                        .cliWarning(
                            message: wording.text(.skillNeedsToolchain(libraries: libraries.joined(separator: ", "))))),
                severity: .warning)
        }
        let installer = SkillInstaller(directory: directory, skills: chosen, binaryPath: binary)
        let plan = installer.plan()
        if !plan.blocked.isEmpty {
            return usage(
                UsageError(
                    Message.usageSkillBlocked(paths: plan.blocked.joined(separator: ", ")),
                    hint: Message.usageSkillBlockedHint), context)
        }
        if !plan.replace.isEmpty && !force {
            let files = plan.replace.map { $0.skill + "/" + $0.path }.joined(separator: ", ")
            return usage(
                UsageError(
                    Message.usageSkillWouldReplace(files: files),
                    hint: Message.usageSkillWouldReplaceHint), context)
        }
        // Ctrl-C or SIGTERM stops between two files, so no file is left half-written or temporary.
        context.interrupts.arm {}
        do {
            let finished = try installer.write(
                plan, force: force, stop: { context.interrupts.signal != nil },
                linked: { copy, original in
                    terminal.info(wording.text(.skillLinked(path: copy.path, original: original.path)))
                })
            if !finished {
                terminal.info(wording.text(.skillCancelled(signal: context.interrupts.signalName(wording))))
                return ExitCode.cancelled
            }
        } catch {
            terminal.info(
                wording.text(
                    .cliError(
                        code: ImageAPIError.Code.ioError.rawValue,
                        message: wording.text(
                            .skillWriteFailed(path: directory.path, reason: error.localizedDescription)))),
                severity: .error)
            terminal.info(wording.text(.cliHint(hint: wording.text(.skillWriteFailedHint))))
            return ExitCode.failure
        }
        for skill in chosen {
            let folder = directory.appendingPathComponent(skill.name, isDirectory: true)
            let written = (plan.create + plan.replace).filter { $0.skill == skill.name }
            let replaced = plan.replace.filter { $0.skill == skill.name }.map(\.path)
            terminal.info(
                wording.text(
                    .skillInstalled(
                        name: skill.name, path: folder.path, written: String(written.count),
                        unchanged: String(plan.unchanged.filter { $0.skill == skill.name }.count))))
            if !replaced.isEmpty {
                terminal.info(wording.text(.skillReplaced(files: replaced.joined(separator: ", "))))
            }
            terminal.result(folder.path)
        }
        terminal.info(wording.text(.skillNext))
        return ExitCode.success
    }

    /// `gen-image skill --help`, from the option table above.
    static func helpText(_ wording: Wording, width: Int = 100) -> String {
        var out = "OVERVIEW: " + wording.text(.skillHelpOverview) + "\n\n"
        out += "USAGE: gen-image skill install [DIR] [NAME...] [--force]\n"
        out += "       gen-image skill list\n\n"
        out += indented(wording.text(.skillHelpInstall)) + "\n"
        out += indented(wording.text(.skillHelpList)) + "\n\n"
        out += "OPTIONS:\n"
        out += HelpText.options(options, wording: wording, width: width)
        out += "\nSKILLS:\n"
        for skill in Skill.all { out += "  " + skill.name + "\n" }
        out += "\nFOLDERS:\n" + indented(wording.text(.skillHelpFolders)) + "\n"
        out += indented(wording.text(.skillHelpSafety)) + "\n"
        out += indented(wording.text(.skillHelpPortable)) + "\n"
        out += "\nOUTPUT:\n" + indented(wording.text(.skillHelpOutput)) + "\n"
        out += """

            EXAMPLES:
              gen-image skill list
              gen-image skill install ~/.claude/skills
              gen-image skill install ~/.agents/skills apiyi-gpt-image-2-gen
              gen-image skill install .claude/skills --force

            """
        return out
    }

    private static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    }

    private static func usage(_ error: UsageError, _ context: SubcommandContext) -> Int32 {
        ErrorReporter(wording: context.wording).lines(for: error, help: "gen-image skill --help").forEach(
            context.terminal.info)
        return ExitCode.usage
    }
}
