import Foundation
import ImageAPIClient

/// `gen-image doctor`: checks the key, the base URL, the proxy in effect, DNS, the connection and the gateway,
/// one line each with what to do when a check fails; exit 0 only when every check passes.
///
/// The checks live in the library (`ConnectionDoctor`); this type reads the same flags and environment as a
/// real run, so it checks exactly what `gen-image -p …` would use.
enum DoctorCommand {
    /// Its options: the connection flags a run reads.
    static let options: [OptionSpec] = [.apiKey, .provider, .baseURL, .timeout, .allowInsecureHTTP, .lang, .help]
        .compactMap { key in OptionTable.all.first { $0.key == key } }

    /// The row in `SubcommandTable`.
    static let subcommand = Subcommand(
        name: "doctor", synopsis: "doctor [options]",
        summary: Message.subcommandDoctor,
        options: options,
        run: { arguments, context in await run(arguments, context: context) })

    static func run(_ arguments: [String], context: SubcommandContext) async -> Int32 {
        let terminal = context.terminal
        let wording = context.wording
        let connection: ConnectionOptions
        do {
            let parsed = try ArgumentParser.parse(arguments, table: options)
            if parsed.has(.help) {
                terminal.result(help(wording))
                return ExitCode.success
            }
            connection = try ConnectionOptions(parsed, environment: context.environment)
        } catch {
            ErrorReporter(wording: wording).lines(for: error, help: "gen-image doctor --help").forEach(terminal.info)
            return ExitCode.usage
        }
        let client = connection.makeClient()
        let doctor = ConnectionDoctor(
            configuration: client.configuration, environment: context.environment, timeout: connection.timeout ?? 10)
        let checks = await doctor.run()
        for check in checks {
            terminal.result(wording.doctorLine(check))
        }
        // What the chosen provider's gateway accepts, from the same rows every check reads; on stderr, so
        // stdout stays one line per check.
        for line in ProviderSummary.lines(for: connection.provider) {
            terminal.info(wording.text(.doctorLineModel(line: wording.text(line))))
        }
        let failed = checks.filter { !$0.passed }.count
        terminal.info(
            failed == 0
                ? wording.text(.cliDoctorPassed(count: String(checks.count)))
                : wording.text(.cliDoctorFailed(failed: String(failed), count: String(checks.count))))
        return failed == 0 ? ExitCode.success : ExitCode.failure
    }

    static func help(_ wording: Wording, width: Int = 100) -> String {
        var out = "OVERVIEW: " + wording.text(.doctorHelpOverview(base: "{base}")) + "\n"
        out += """

            USAGE: gen-image doctor [options]

            OPTIONS:

            """
        out += HelpText.options(options, wording: wording, width: width)
        return out
    }
}
