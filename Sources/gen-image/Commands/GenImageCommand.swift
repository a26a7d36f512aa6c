import Foundation
import ImageAPIClient

/// The `gen-image` command: parses, plans, runs, and turns the outcome into output and an exit code.
///
/// The library decides and does; this type only owns the terminal and the exit code.
struct GenImageCommand {
    let arguments: [String]
    /// The first argument that was not valid UTF-8, refused before anything else happens.
    var undecodable: RawArguments.Undecodable? = nil
    let environment: [String: String]
    let terminal: Terminal
    let interrupts: Interrupts

    func run() async -> Int32 {
        hideSecrets()
        // The language is decided once, here, and handed to everything that writes; settings are named by flag.
        let wording = Wording(language: .chosen(arguments: arguments, environment: environment), spelling: .flags)
        if let undecodable {
            return usageFailure(RawArguments.error(undecodable), json: arguments.contains("--json"), wording: wording)
        }
        let context = SubcommandContext(
            environment: environment, terminal: terminal, interrupts: interrupts, wording: wording)
        if let code = await SubcommandTable.dispatch(arguments, context: context) { return code }
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentParser.parse(arguments)
        } catch {
            return usageFailure(error, json: arguments.contains("--json"), wording: wording)
        }
        if parsed.has(.help) {
            StandardStreams.out(HelpText.render(wording))
            return ExitCode.success
        }
        if parsed.has(.version) {
            terminal.result(LaunchInfo.versionLine)
            return ExitCode.success
        }
        return await execute(parsed, wording: wording)
    }

    /// Plans, runs and reports one request from parsed flags; `gen-image again` comes here with the flags a
    /// saved image recorded, merged with those given.
    func execute(_ parsed: ParsedArguments, wording: Wording) async -> Int32 {
        let invocation: Invocation
        do {
            invocation = try Invocation(
                parsed, environment: environment,
                currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                readStdin: { StandardInput.read(upTo: ImageJob.maxPromptBytes + 1) })
        } catch {
            return usageFailure(error, json: parsed.has(.json), wording: wording)
        }

        let client = invocation.connection.makeClient()
        let reporter = ProgressReporter(
            terminal: terminal, wording: wording, quiet: invocation.quiet,
            interval: invocation.connection.progressInterval)
        var plan: PlannedJob?
        let history = HistoryRecorder(
            environment: environment, disabled: parsed.has(.noHistory), key: invocation.apiKey)
        var sentAt: ContinuousClock.Instant?
        do throws(ImageAPIError) {
            let planned = try client.plan(invocation.job)
            plan = planned
            if invocation.dryRun {
                reporter.show(planned.notes)
                let preview = try client.preview(planned)
                terminal.result(
                    invocation.json
                        ? JSONReport.text(JSONReport.dryRun(preview, planned: planned)) : DryRunRenderer.text(preview))
                if !invocation.quiet { terminal.info(wording.text(.cliDryRun)) }
                return ExitCode.success
            }
            guard client.hasAPIKey else {
                throw MissingKey.error(for: invocation.provider, arguments: arguments, environment: environment)
            }
            reporter.show(planned.notes)
            reporter.announce(planned)
            reporter.start()
            sentAt = ContinuousClock.now
            let handle = CancelHandle()
            interrupts.arm { handle.cancel() }
            let deadline = MaxTime(invocation.connection.maxTime)
            deadline.arm { handle.cancel() }
            defer { deadline.stop() }
            let work = Task { () -> Result<ImageResult, ImageAPIError> in
                do throws(ImageAPIError) {
                    return .success(
                        try await client.runAll(planned, waitScale: invocation.connection.retryDelayScale) {
                            reporter.handle($0)
                        })
                } catch {
                    return .failure(error)
                }
            }
            handle.attach { work.cancel() }
            let outcome = await work.value
            if case .failure(let error) = outcome, error.code == .cancelled, deadline.hasFired,
                interrupts.signal == nil
            {
                throw deadline.error(attempts: error.attempts)
            }
            let result = try outcome.get()
            reporter.stop()
            history.record(result, planned: planned, provider: invocation.provider, source: "run")
            reporter.finished(
                result, cost: JSONReport.cost(of: result, planned: planned),
                preview: wantsPreview(parsed) && !invocation.json ? TerminalImage(environment: environment) : nil)
            if invocation.json {
                terminal.result(
                    JSONReport.text(JSONReport.success(result, planned: planned, spelling: wording.spelling)))
            } else {
                for file in result.files {
                    terminal.result(file.path.path)
                }
            }
            return result.failures.isEmpty ? ExitCode.success : ExitCode.someFailed
        } catch {
            reporter.stop()
            if let plan, let sentAt {
                history.record(
                    error, planned: plan, provider: invocation.provider,
                    elapsed: Seconds.of(ContinuousClock.now - sentAt), source: "run")
            }
            let errors = ErrorReporter(wording: wording)
            if error.code == .cancelled {
                errors.cancelledLines(for: error, by: interrupts.signalName(wording)).forEach(terminal.info)
            } else {
                errors.lines(for: error, provider: invocation.provider).forEach(terminal.info)
            }
            // An image kept in the recovery folder was billed: its cost is shown as a success's would be.
            let cost = JSONReport.cost(of: error, planned: plan)
            if let price = wording.cost(cost) { terminal.info(wording.text(.cliFactBilled(cost: price))) }
            if invocation.json {
                terminal.result(JSONReport.text(JSONReport.failure(error, cost: cost, spelling: wording.spelling)))
            }
            return ExitCode.of(error)
        }
    }

    /// `--preview`, or `GEN_IMAGE_PREVIEW=1`.
    private func wantsPreview(_ parsed: ParsedArguments) -> Bool {
        parsed.has(.preview)
            || ["1", "on", "true", "yes"].contains((environment["GEN_IMAGE_PREVIEW"] ?? "").lowercased())
    }

    /// A usage error: its lines on stderr, and with `--json` the envelope on stdout; exit 2.
    private func usageFailure(_ error: UsageError, json: Bool, wording: Wording) -> Int32 {
        ErrorReporter(wording: wording).lines(for: error).forEach(terminal.info)
        if json {
            terminal.result(
                JSONReport.text(JSONReport.failure(error, cost: CostEstimate(), spelling: wording.spelling)))
        }
        return ExitCode.usage
    }

    /// Tells the terminal every key this run could know, before anything can be printed.
    private func hideSecrets() {
        for provider in Provider.all {
            if let key = environment[provider.keyVariable] { terminal.hide(key) }
        }
        for (index, argument) in arguments.enumerated() {
            if argument == "-k" || argument == "--api-key", index + 1 < arguments.count {
                terminal.hide(arguments[index + 1])
            } else if argument.hasPrefix("--api-key=") {
                terminal.hide(String(argument.dropFirst("--api-key=".count)))
            }
        }
    }
}
