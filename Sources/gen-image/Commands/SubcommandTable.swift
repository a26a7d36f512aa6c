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
        MCPCommand.subcommand,
    ]

    /// Runs the subcommand named by the first argument and returns its exit code; nil when the first argument
    /// names none (the plain command then parses everything). A bare first word one or two letters away from a
    /// subcommand's name (`gen-image bacth jobs.json`) is reported as a misspelling, exit 2.
    static func dispatch(_ arguments: [String], context: SubcommandContext) async -> Int32? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        if let subcommand = all.first(where: { $0.name == first }) {
            return await subcommand.run(Array(arguments.dropFirst()), context)
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
}
