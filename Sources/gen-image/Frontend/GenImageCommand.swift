import Foundation
import ImageAPIClient

/// The `gen-image` command: parses, plans, runs, and turns the outcome into output and an exit code.
///
/// The library decides and does; this type only owns the terminal and the exit code.
struct GenImageCommand {
    let arguments: [String]
    let environment: [String: String]
    let terminal: Terminal

    func run() async -> Int32 {
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentParser.parse(arguments)
        } catch {
            ErrorReporter.lines(for: error).forEach(terminal.info)
            return ExitCode.usage
        }
        if parsed.has(.help) {
            FileHandle.standardOutput.write(Data(HelpText.render().utf8))
            return ExitCode.success
        }
        if parsed.has(.version) {
            terminal.result("gen-image \(GenImageVersion.current)")
            return ExitCode.success
        }

        let invocation: Invocation
        do {
            invocation = try Invocation(
                parsed, environment: environment,
                currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                readStdin: { FileHandle.standardInput.readDataToEndOfFile() })
        } catch {
            ErrorReporter.lines(for: error).forEach(terminal.info)
            return ExitCode.usage
        }

        let client = ImageClient(configuration: .init(baseURL: invocation.baseURL, apiKey: invocation.apiKey))
        let reporter = ProgressReporter(
            terminal: terminal, quiet: invocation.quiet, interval: invocation.progressInterval)
        do throws(ImageAPIError) {
            let planned = try client.plan(invocation.job)
            guard client.hasAPIKey else { throw ImageAPIError.noAPIKey }
            reporter.show(planned.notes)
            reporter.announce(planned)
            reporter.start()
            let result = try await client.run(planned) { reporter.handle($0) }
            reporter.stop()
            reporter.finished(result)
            for file in result.files {
                terminal.result(file.path.path)
            }
            return ExitCode.success
        } catch {
            reporter.stop()
            ErrorReporter.lines(for: error).forEach(terminal.info)
            return ExitCode.of(error)
        }
    }
}
