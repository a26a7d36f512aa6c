import Foundation
import ImageAPIClient

/// `gen-image mcp`: serves the tools over the Model Context Protocol on stdin and stdout, for Claude Code, Codex,
/// Claude Desktop and any other MCP client.
///
/// Its flags are those the person configuring the client sets once (where files may go, how many requests at
/// once, which gateway); the key comes from the environment the client's configuration gives the server, and
/// is never a flag or an argument. This type reads them; `MCPServer` serves.
enum MCPCommand {
    /// The largest `-j`, as for `batch`.
    static let maxConcurrency = BatchOptionTable.maxConcurrency

    /// Its options: its own `-j`, `--out-dir`, `--allow-outside` and `-m`, then the connection's rows of the plain
    /// command (the key is not among them: it comes from the environment only).
    static let options: [OptionSpec] =
        [
            OptionSpec(
                key: .concurrency, short: "j", long: "concurrency", arity: .single, valueName: "n",
                help: Message.mcpOptionConcurrency(
                    max: String(maxConcurrency), default: String(BatchOptionTable.defaultConcurrency))),
            OptionSpec(
                key: .outDir, short: nil, long: "out-dir", arity: .single, valueName: "dir",
                help: Message.mcpOptionOutDir),
            OptionSpec(
                key: .allowOutside, short: nil, long: "allow-outside", arity: .flag, valueName: "",
                help: Message.mcpOptionAllowOutside),
            OptionSpec(
                key: .model, short: "m", long: "model", arity: .single, valueName: "id", help: Message.mcpOptionModel),
        ]
        + [
            OptionKey.endpoint, .provider, .baseURL, .timeout, .retries, .retryOnTimeout, .allowInsecureHTTP, .lang,
            .help,
        ]
        .compactMap { key in OptionTable.all.first { $0.key == key } }

    /// The row in `SubcommandTable`.
    static let subcommand = Subcommand(
        name: "mcp", synopsis: "mcp [options]", summary: Message.subcommandMcp, options: options,
        run: { arguments, context in await run(arguments, context: context) })

    static func run(_ arguments: [String], context: SubcommandContext) async -> Int32 {
        let terminal = context.terminal
        let wording = Wording(language: context.wording.language, spelling: .toolArguments)
        let workingFolder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL
        let settings: MCPSettings
        do {
            let parsed = try ArgumentParser.parse(arguments, table: options)
            if parsed.has(.help) {
                StandardStreams.out(help(context.wording))
                return ExitCode.success
            }
            settings = try self.settings(
                parsed, arguments: arguments, workingFolder: workingFolder, environment: context.environment,
                wording: wording)
        } catch {
            ErrorReporter(wording: context.wording).lines(for: error, help: "gen-image mcp --help")
                .forEach(terminal.info)
            return ExitCode.usage
        }
        let server = MCPServer(settings: settings, terminal: terminal)
        if let connection = try? settings.connection(nil) {
            let key = connection.apiKey.map { _ in wording.text(.mcpLogKeySet) } ?? wording.text(.mcpLogKeyMissing)
            terminal.info(
                wording.text(
                    .mcpLogStarted(
                        folder: workingFolder.path, variable: connection.provider.keyVariable, key: key,
                        concurrency: String(settings.concurrency))))
        }
        context.interrupts.arm { server.stop() }
        await server.run()
        return server.wasStopped ? ExitCode.cancelled : ExitCode.success
    }

    /// Checks every flag before serving, so a bad configuration fails at once with exit 2 rather than in every
    /// tool call.
    private static func settings(
        _ parsed: ParsedArguments, arguments: [String], workingFolder: URL, environment: [String: String],
        wording: Wording
    ) throws(UsageError) -> MCPSettings {
        var concurrency = BatchOptionTable.defaultConcurrency
        if let text = parsed.value(.concurrency) {
            guard let value = Int(text.trimmingCharacters(in: .whitespaces)), (1...maxConcurrency).contains(value)
            else {
                throw UsageError(
                    Message.usageInvalidValue(value: text, option: "-j/--concurrency"),
                    hint: Message.parameterWholeNumber(low: "1", high: String(maxConcurrency)))
            }
            concurrency = value
        }
        var outputFolder: URL?
        if let text = parsed.value(.outDir) {
            guard !text.isEmpty else {
                throw UsageError(Message.usageBatchOutDirEmpty, hint: Message.usageBatchOutDirEmptyHint)
            }
            let expanded = (text as NSString).expandingTildeInPath
            outputFolder = URL(fileURLWithPath: expanded, relativeTo: workingFolder).standardizedFileURL
        }
        let defaultModel: ModelChoice
        if let name = parsed.value(.model) {
            defaultModel = .explicit(name)
        } else {
            defaultModel = .automatic(preferred: environment["GEN_IMAGE_MODEL"].flatMap { $0.isEmpty ? nil : $0 })
        }
        // The connection is read again for each call (its `provider` may differ); read once now to check it.
        _ = try ConnectionOptions(parsed, environment: environment)
        let interval =
            environment["GEN_IMAGE_PROGRESS_INTERVAL"].flatMap(Double.init).flatMap { $0 > 0 ? $0 : nil } ?? 5
        return MCPSettings(
            workingFolder: workingFolder, outputFolder: outputFolder, allowOutside: parsed.has(.allowOutside),
            concurrency: concurrency, defaultModel: defaultModel, environment: environment, wording: wording,
            progressInterval: interval,
            connection: { provider throws(UsageError) in
                let withProvider = arguments + (provider.map { ["--provider", $0] } ?? [])
                return try ConnectionOptions(
                    ArgumentParser.parse(withProvider, table: options), environment: environment)
            })
    }

    static func help(_ wording: Wording, width: Int = 100) -> String {
        var out = "OVERVIEW: " + wording.text(.mcpHelpOverview) + "\n"
        out += """

            USAGE: gen-image mcp [options]

            OPTIONS:

            """
        out += HelpText.options(options, wording: wording, width: width)
        return out
    }
}

extension Spelling {
    /// Settings named as the MCP tools' arguments: a batch item's fields (`"size"`), `"out_dir"` and
    /// `"provider"`; the server's own settings by `gen-image mcp`'s flags.
    static let toolArguments = Spelling { setting, short in
        [.outDir, .provider].contains(setting) ? "\"\(setting)\"" : Spelling.fields.name(setting, short)
    }
}
