import Foundation
import ImageAPIClient

/// A word after `gen-image` that selects another command (`gen-image batch FILE`), with its own options.
///
/// The plain `gen-image -p …` command stays as it is; a subcommand is recognised only as the first argument,
/// which for the plain command is always an option, so the two can never be confused.
struct Subcommand: Sendable {
    /// The word, e.g. `batch`.
    let name: String
    /// `batch <file> [options]`, for the main help's USAGE.
    let synopsis: String
    /// One line for the main help's SUBCOMMANDS.
    let summary: Message
    /// Its option table, which drives its parsing, its `--help` and shell completion.
    let options: [OptionSpec]
    /// What its bare words are, for shell completion (`batch`: a JSON file).
    var arguments: CompletionScript.Arguments = .none
    /// Runs it with the arguments after its name; returns the exit code.
    let run: @Sendable (_ arguments: [String], _ context: SubcommandContext) async -> Int32
}

/// What a subcommand gets from `main`: the environment, the terminal, the signal handling, and the run's
/// language (settings named by flag; `batch` names them by field instead).
struct SubcommandContext: Sendable {
    let environment: [String: String]
    let terminal: Terminal
    let interrupts: Interrupts
    let wording: Wording
}

/// The subcommands, in the order the main help lists them.
enum SubcommandTable {
    static let all: [Subcommand] = [
        BatchCommand.subcommand, DoctorCommand.subcommand, CompletionsCommand.subcommand, SkillCommand.subcommand,
        InfoCommand.subcommand, AgainCommand.subcommand, MCPCommand.subcommand, HistoryCommand.subcommand,
        GalleryCommand.subcommand,
    ]

    /// Runs the subcommand named by the first bare word and returns its exit code; nil when that word names
    /// none (the plain command then parses everything). Options may come before the word (`gen-image --lang zh
    /// doctor`, `gen-image --quiet batch x.json`): they are handed to the subcommand, whose own table decides
    /// whether it takes them. A word one or two letters away from a subcommand's name (`gen-image bacth
    /// jobs.json`) is reported as a misspelling, exit 2.
    static func dispatch(_ arguments: [String], context: SubcommandContext) async -> Int32? {
        guard let (leading, index) = leadingOptions(of: arguments), index < arguments.count else { return nil }
        let first = arguments[index]
        if let subcommand = all.first(where: { $0.name == first }) {
            return await subcommand.run(leading + arguments[(index + 1)...], context)
        }
        if first.count >= 3, let near = all.first(where: { EditDistance.between(first, $0.name) <= 2 }) {
            let error = UsageError(
                Message.usageUnknownSubcommand(name: first, suggestion: near.name),
                hint: Message.usageUnknownSubcommandHint(synopsis: near.synopsis))
            ErrorReporter(wording: context.wording).lines(for: error).forEach(context.terminal.info)
            return ExitCode.usage
        }
        return nil
    }

    /// The options before the first bare word, each with its value, and where that word is; nil when something
    /// there is not an option of any command, or takes several values (`-i a.png b.png`), so the plain command's
    /// parser, which knows what to say about it, reads the line instead.
    static func leadingOptions(of arguments: [String]) -> (options: [String], index: Int)? {
        let tables = [OptionTable.all] + all.map(\.options)
        var index = 0
        while index < arguments.count {
            let token = arguments[index]
            guard token.count > 1, token.hasPrefix("-"), token != "--" else { break }
            let name = token.hasPrefix("--") ? String(token.prefix { $0 != "=" }) : token
            guard let option = tables.lazy.compactMap({ $0.option(spelled: name) }).first else { return nil }
            switch option.arity {
            case .flag: index += 1
            case .single: index += name == token ? 2 : 1
            case .multiple: return nil
            }
        }
        return (Array(arguments[..<min(index, arguments.count)]), index)
    }
}
