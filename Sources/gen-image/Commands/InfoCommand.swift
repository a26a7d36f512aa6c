import Foundation
import ImageAPIClient

/// `gen-image info FILE...`: what each image says about how it was made (gen-image's record, AUTOMATIC1111
/// `parameters`, ComfyUI's prompt and workflow, the XMP description and source type, Content Credentials, a
/// sidecar), as text or `--json`. A file with none of these says so (exit 0); an unreadable one is exit 2.
enum InfoCommand {
    static let options: [OptionSpec] = [.json, .lang, .help].compactMap { key in
        OptionTable.all.first { $0.key == key }
    }

    /// The row in `SubcommandTable`.
    static let subcommand = Subcommand(
        name: "info", synopsis: "info <file>... [--json]", summary: Message.subcommandInfo, options: options,
        run: { arguments, context in run(arguments, context: context) })

    static func run(_ arguments: [String], context: SubcommandContext) -> Int32 {
        let terminal = context.terminal
        let wording = context.wording
        let parsed: ParsedArguments
        do throws(UsageError) {
            parsed = try ArgumentParser.parse(arguments, table: options, allowsPositionals: true)
            if parsed.has(.help) {
                terminal.result(help(wording))
                return ExitCode.success
            }
            guard !parsed.positionals.isEmpty else {
                throw UsageError(Message.usageInfoNoFile, hint: Message.usageInfoNoFileHint)
            }
        } catch {
            ErrorReporter(wording: wording).lines(for: error, help: "gen-image info --help").forEach(terminal.info)
            return ExitCode.usage
        }
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var entries: [JSONValue] = []
        var failed = false
        for path in parsed.positionals {
            let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath, relativeTo: current)
                .standardizedFileURL
            do throws(ImageAPIError) {
                let metadata = try ImageMetadata.read(url)
                if parsed.has(.json) {
                    entries.append(InfoReport.json(metadata))
                } else {
                    InfoReport.lines(metadata, wording: wording).forEach(terminal.result)
                }
            } catch {
                failed = true
                ErrorReporter(wording: wording).lines(for: error).forEach(terminal.info)
                if parsed.has(.json) {
                    entries.append(
                        .object([
                            "path": .string(url.path), "ok": .bool(false),
                            "error": .object([
                                "code": .string(error.code.rawValue),
                                "message": .string(error.message(in: .en, spelling: .flags)),
                            ]),
                        ]))
                }
            }
        }
        if parsed.has(.json) {
            terminal.result(JSONReport.text(.object(["ok": .bool(!failed), "files": .array(entries)])))
        }
        return failed ? ExitCode.usage : ExitCode.success
    }

    static func help(_ wording: Wording, width: Int = 100) -> String {
        var out = "OVERVIEW: " + wording.text(.infoHelpOverview) + "\n"
        out += """

            USAGE: gen-image info <file>... [--json]

            OPTIONS:

            """
        out += HelpText.options(options, wording: wording, width: width)
        return out
    }
}
