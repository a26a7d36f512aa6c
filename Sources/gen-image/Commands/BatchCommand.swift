import Foundation
import ImageAPIClient

/// `gen-image batch FILE`: reads the skills' batch template or JSON Lines, checks every item, runs them
/// several at once, and leaves a summary on stderr, the saved paths on stdout and `<stem>.results.json`.
///
/// The library parses, plans and runs; this type only owns the terminal, the signals and the exit code.
enum BatchCommand {
    /// The row in `SubcommandTable`.
    static let subcommand = Subcommand(
        name: "batch", synopsis: "batch <file> [options]",
        summary: Message.subcommandBatch,
        options: BatchOptionTable.all,
        arguments: .files(["json"]),
        run: { arguments, context in await run(arguments, context: context) })

    static func run(_ arguments: [String], context: SubcommandContext) async -> Int32 {
        // A batch is written as a file: its messages name fields (`"size"`), never flags.
        let wording = Wording(language: context.wording.language, spelling: .fields)
        let errors = ErrorReporter(wording: wording)
        let spelling = wording.spelling
        let terminal = context.terminal
        let currentDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let invocation: BatchInvocation
        do {
            let parsed = try ArgumentParser.parse(arguments, table: BatchOptionTable.all, allowsPositionals: true)
            if parsed.has(.help) {
                StandardStreams.out(BatchHelpText.render(wording))
                return ExitCode.success
            }
            invocation = try BatchInvocation(
                parsed, environment: context.environment, currentDirectory: currentDirectory)
        } catch {
            usageLines(error, errors).forEach(terminal.info)
            if arguments.contains("--json") {
                terminal.result(JSONReport.text(JSONReport.failure(error, spelling: spelling)))
            }
            return ExitCode.usage
        }

        let data: Data
        let sourceLabel: String
        switch invocation.source {
        case .stdin:
            data = FileHandle.standardInput.readDataToEndOfFile()
            sourceLabel = wording.text(.batchStdin)
        case .file(let url):
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                let contents = FileManager.default.contents(atPath: url.path)
            else {
                let error = UsageError(
                    Message.usageBatchUnreadable(path: url.path), hint: Message.usageBatchUnreadableHint)
                usageLines(error, errors).forEach(terminal.info)
                if invocation.json { terminal.result(JSONReport.text(JSONReport.failure(error, spelling: spelling))) }
                return ExitCode.usage
            }
            data = contents
            sourceLabel = url.lastPathComponent
        }

        let connection = invocation.connection
        let (file, parseProblems) = BatchFileParser.parse(data)
        let reporter = BatchReporter(
            terminal: terminal, wording: wording, quiet: connection.quiet, interval: connection.progressInterval,
            total: file.items.count,
            pathsOnStdout: !invocation.json)
        do throws(ImageAPIError) {
            try BaseURLCheck.validate(connection.baseURL, allowInsecureHTTP: connection.allowInsecureHTTP)
        } catch {
            errors.lines(for: error).forEach(terminal.info)
            if invocation.json { terminal.result(JSONReport.text(JSONReport.failure(error, spelling: spelling))) }
            return ExitCode.usage
        }
        let outputDirectory = invocation.outputDirectory ?? invocation.baseDirectory(currentDirectory: currentDirectory)
        // One run of a batch at a time, taken before the last run's results are read (so the plan cannot be
        // stale) and before anything is sent; released (and removed) at the end. A dry run sends nothing and
        // takes no lock.
        var lock: BatchLock?
        // The batch file's own lock comes first: keyed by its device and inode, it meets a run of the same file
        // reached through a link or another spelling, whose results file would be another.
        var fileLock: BatchLock?
        if !invocation.dryRun {
            do throws(ImageAPIError) {
                if case .file(let url) = invocation.source { fileLock = try BatchLock.acquire(batchFile: url) }
                let results = outputDirectory.standardizedFileURL.appendingPathComponent(
                    BatchManifest.fileName(forBatchFile: invocation.sourceName))
                lock = try BatchLock.acquire(at: BatchLock.url(forResults: results))
            } catch {
                errors.lines(for: error).forEach(terminal.info)
                if invocation.json { terminal.result(JSONReport.text(JSONReport.failure(error, spelling: spelling))) }
                return ExitCode.of(error)
            }
        }
        defer {
            lock?.release()
            fileLock?.release()
        }
        var settings = BatchPlanner.Settings(
            baseDirectory: invocation.baseDirectory(currentDirectory: currentDirectory),
            outputDirectory: invocation.outputDirectory, defaultModel: invocation.defaultModel,
            endpoint: connection.endpoint, timeout: connection.timeout, force: invocation.force,
            allowOutside: invocation.allowOutside,
            previous: BatchManifest.previousRecords(of: invocation.sourceName, in: outputDirectory))
        settings.provider = connection.provider
        settings.metadata = invocation.metadata
        // Items that parsed are planned even when others did not, so one run reports every problem.
        let plan = BatchPlanner.plan(file, settings: settings)
        let problems = (parseProblems + plan.problems).sorted {
            ($0.index ?? 0, $0.line ?? 0) < ($1.index ?? 0, $1.line ?? 0)
        }
        if !problems.isEmpty {
            reporter.problems(problems, source: sourceLabel)
            if invocation.json {
                terminal.result(JSONReport.text(BatchJSONReport.problems(problems, spelling: spelling)))
            }
            return ExitCode.usage
        }
        if invocation.dryRun {
            reporter.announce(plan, source: sourceLabel, concurrency: invocation.concurrency)
            if invocation.json {
                terminal.result(JSONReport.text(BatchJSONReport.dryRun(plan)))
            } else {
                reporter.dryRun(plan)
            }
            return ExitCode.success
        }
        if !plan.jobsToRun.isEmpty, !connection.makeClient().hasAPIKey {
            let error = MissingKey.error(
                for: connection.provider, arguments: arguments, environment: context.environment)
            errors.lines(for: error, provider: connection.provider).forEach(terminal.info)
            if invocation.json { terminal.result(JSONReport.text(JSONReport.failure(error, spelling: spelling))) }
            return ExitCode.noKey
        }

        reporter.announce(plan, source: sourceLabel, concurrency: invocation.concurrency)
        reporter.start()
        let runner = BatchRunner(
            options: .init(
                concurrency: invocation.concurrency, failFast: invocation.failFast,
                waitScale: connection.retryDelayScale),
            makeClient: { connection.makeClient() })
        let startedAt = Date()
        let handle = CancelHandle()
        context.interrupts.arm { handle.cancel() }
        let deadline = MaxTime(connection.maxTime)
        deadline.arm { handle.cancel() }
        let history = HistoryRecorder(
            environment: context.environment, disabled: invocation.noHistory, key: connection.apiKey)
        let gallery = BatchGallery(
            plan: plan, batchFile: invocation.sourceName, directory: settings.outputDirectory,
            concurrency: invocation.concurrency, provider: connection.provider, startedAt: startedAt)
        gallery.writeRunning()
        let provider = connection.provider
        // Finished jobs' records go to disk as they end; memory holds counters (and the failures to name).
        let journal = BatchJournal(in: settings.outputDirectory)
        defer { journal.close() }
        let work = Task {
            await runner.run(
                plan.jobs,
                events: { event in
                    reporter.handle(event)
                    if case .finished(let outcome) = event { history.record(outcome, provider: provider) }
                    gallery.note(event)
                }
            ) { outcome in
                journal.append(BatchManifest.record(for: outcome))
            }
        }
        handle.attach { work.cancel() }
        let report = await work.value
        deadline.stop()
        let stoppedByDeadline = report.cancelled && deadline.hasFired && context.interrupts.signal == nil
        reporter.stop()

        let manifest = BatchManifest(
            summaryOf: report, plan: plan, batchFile: invocation.sourceName, concurrency: invocation.concurrency,
            startedAt: startedAt)
        var manifestURL: URL?
        do throws(ImageAPIError) {
            manifestURL = try manifest.write(into: settings.outputDirectory, journal: journal)
        } catch {
            errors.lines(for: error).forEach(terminal.info)
        }
        gallery.writeFinished(manifest)
        if !connection.quiet, FileManager.default.fileExists(atPath: gallery.url.path) {
            terminal.info(wording.text(.batchGallery(path: gallery.url.path)))
        }
        reporter.summary(
            report, manifest: manifestURL,
            cancelledBy: report.cancelled
                ? (stoppedByDeadline ? deadline.label : context.interrupts.signalName(wording)) : nil)

        let code: Int32
        if stoppedByDeadline {
            code = ExitCode.someFailed
        } else if report.cancelled {
            code = ExitCode.cancelled
        } else if report.count(.failed) > 0 || report.count(.notRun) > 0 {
            code = ExitCode.someFailed
        } else {
            code = manifestURL == nil ? ExitCode.failure : ExitCode.success
        }
        if invocation.json {
            terminal.result(
                JSONReport.text(
                    BatchJSONReport.finished(manifest, journal: journal, at: manifestURL, exitCode: code)))
        }
        return code
    }

    /// A usage error, pointing at batch's own help.
    private static func usageLines(_ error: UsageError, _ errors: ErrorReporter) -> [ReportLine] {
        errors.lines(for: error, help: "gen-image batch --help")
    }
}
