import Foundation
import ImageAPIClient

/// `gen-image completions bash|zsh|fish`: a completion script generated from the option tables.
enum CompletionsCommand {
    /// The row in `SubcommandTable`.
    static let subcommand = Subcommand(
        name: "completions", synopsis: "completions bash|zsh|fish",
        summary: Message.subcommandCompletions,
        options: [],
        arguments: .words(CompletionScript.shells, then: .none),
        run: { arguments, context in run(arguments, context: context) })

    static func run(_ arguments: [String], context: SubcommandContext) -> Int32 {
        // `--lang` was already read at startup (it chose `context.wording`, the descriptions' language); the rest
        // is the shell.
        var rest: [String] = []
        var index = 0
        while index < arguments.count {
            if arguments[index] == "--lang" {
                index += 2
                continue
            }
            if !arguments[index].hasPrefix("--lang=") { rest.append(arguments[index]) }
            index += 1
        }
        guard rest.count == 1, let shell = rest.first else {
            let error = UsageError(
                Message.usageCompletionsMissingShell, hint: Message.usageCompletionsMissingShellHint)
            ErrorReporter(wording: context.wording).lines(for: error).forEach(context.terminal.info)
            return ExitCode.usage
        }
        let commands =
            [CompletionScript.Command(name: nil, options: OptionTable.all)]
            + SubcommandTable.all.map {
                CompletionScript.Command(name: $0.name, options: $0.options, arguments: $0.arguments)
            }
        guard let script = CompletionScript.script(for: shell, commands: commands, wording: context.wording) else {
            let error = UsageError(
                Message.usageCompletionsUnknownShell(shell: shell),
                hint: Message.usageCompletionsUnknownShellHint(shells: CompletionScript.shells.joined(separator: ", "))
            )
            ErrorReporter(wording: context.wording).lines(for: error).forEach(context.terminal.info)
            return ExitCode.usage
        }
        StandardStreams.out(script)
        return ExitCode.success
    }
}
