import Foundation
import ImageAPIClient

/// `run_batch`: many images at once, from a batch file (the skills' template or JSON Lines) or from items given
/// inline, run as `gen-image batch` runs them: every item checked before anything is sent, several in flight,
/// fewer after a 429, items already made skipped, and for a file its `<stem>.results.json` written.
struct BatchTool: Sendable {
    static let name = "run_batch"
    static let fields = ["file", "items", "global", "out_dir", "concurrency", "force", "fail_fast", "provider"]
    /// The largest batch file read.
    static let fileLimit = 16 * 1024 * 1024
    /// The largest `concurrency`, as `batch -j` allows.
    static let maxConcurrency = 16

    let settings: MCPSettings
    let slots: CallSlots

    /// The `tools/list` entry.
    func definition() -> JSONValue {
        let wording = settings.wording
        let item = ToolSchema.object(ToolSchema.itemProperties(wording: wording), required: ["prompt"])
        let properties: [String: JSONValue] = [
            "file": .object([
                "type": .string("string"), "minLength": .number(1), "description": .string(wording.text(.mcpFieldFile)),
            ]),
            "items": .object([
                "type": .string("array"), "items": item, "minItems": .number(1),
                "description": .string(wording.text(.mcpFieldItems)),
            ]),
            "global": .object([
                "type": .string("object"), "properties": .object(ToolSchema.globalProperties(wording: wording)),
                "additionalProperties": .bool(false), "description": .string(wording.text(.mcpFieldGlobal)),
            ]),
            "out_dir": .object([
                "type": .string("string"), "minLength": .number(1),
                "description": .string(wording.text(.mcpFieldBatchOutDir)),
            ]),
            "concurrency": .object([
                "type": .string("integer"), "minimum": .number(1), "maximum": .number(Double(Self.maxConcurrency)),
                "description": .string(wording.text(.mcpFieldConcurrency(limit: String(slots.limit)))),
            ]),
            "force": .object(["type": .string("boolean"), "description": .string(wording.text(.optionForce))]),
            "fail_fast": .object(["type": .string("boolean"), "description": .string(wording.text(.optionFailFast))]),
            "provider": .object([
                "type": .string("string"), "enum": .array(Provider.all.map { .string($0.id) }),
                "description": .string(wording.text(.mcpFieldProvider)),
            ]),
        ]
        return .object([
            "name": .string(Self.name),
            "title": .string(wording.text(.mcpBatchTitle)),
            "description": .string(wording.text(.mcpBatchDescription)),
            "inputSchema": ToolSchema.object(properties),
            "outputSchema": ToolOutputSchemas.batch,
            "annotations": .object([
                "title": .string(wording.text(.mcpBatchTitle)), "readOnlyHint": .bool(false),
                "destructiveHint": .bool(false), "idempotentHint": .bool(true), "openWorldHint": .bool(true),
            ]),
        ])
    }

    func call(_ arguments: JSONValue?, progress: CallProgress) async -> ToolOutcome {
        let wording = settings.wording
        guard case .object(let fields) = arguments ?? .object([:]) else { return refuse(nil, .mcpArgumentsNotObject) }
        for key in fields.keys.sorted() where !Self.fields.contains(key) {
            return refuse(
                key, .mcpFieldUnknown(field: key), hint: .mcpFieldsAllowed(fields: Self.fields.joined(separator: ", ")))
        }
        // Where the items come from, and the folder their relative paths are read against.
        let data: Data
        let source: URL?
        switch (fields["file"] ?? .null, fields["items"] ?? .null) {
        case (.string(let path), .null) where !path.isEmpty:
            let url = settings.resolve(path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                let handle = FileHandle(forReadingAtPath: url.path)
            else {
                return refuse("file", .usageBatchUnreadable(path: url.path), hint: .usageBatchUnreadableHint)
            }
            let contents = (try? handle.read(upToCount: Self.fileLimit + 1)) ?? Data()
            try? handle.close()
            guard contents.count <= Self.fileLimit else {
                return refuse("file", .mcpFileTooLarge(path: url.path, limit: ByteCount.text(Self.fileLimit)))
            }
            guard settings.mayWrite(url.deletingLastPathComponent()) else {
                return refuse(
                    "file", .mcpOutsideRoots(path: url.path, roots: settings.rootList), hint: .mcpOutsideRootsHint)
            }
            data = contents
            source = url
        case (.null, .array(let items)):
            var template: [String: JSONValue] = ["prompts": .array(items)]
            if let global = fields["global"], global != .null { template["global"] = global }
            data = Data(JSONRPC.line(.object(template)).utf8)
            source = nil
        case (.null, .null):
            return refuse(nil, .mcpBatchNeedsSource)
        case (.null, _):
            return refuse("items", .mcpBatchItemsNotArray)
        case (_, .null):
            return refuse("file", .mcpNotAPath(field: "file"))
        default:
            return refuse(nil, .mcpBatchBothSources)
        }
        if source != nil, fields["global"] != nil, fields["global"] != .null {
            return refuse("global", .mcpBatchGlobalWithFile)
        }
        var outDir: URL?
        switch fields["out_dir"] {
        case nil, .null?: break
        case .string(let text)? where !text.isEmpty: outDir = settings.resolve(text)
        default: return refuse("out_dir", .mcpNotAPath(field: "out_dir"))
        }
        if let outDir, !settings.mayWrite(outDir) {
            return refuse(
                "out_dir", .mcpOutsideRoots(path: outDir.path, roots: settings.rootList), hint: .mcpOutsideRootsHint)
        }
        var concurrency = 4
        switch fields["concurrency"] {
        case nil, .null?: break
        case .number(let value)? where value == value.rounded() && (1...Double(Self.maxConcurrency)).contains(value):
            concurrency = Int(value)
        default:
            return refuse(
                "concurrency", .mcpWholeNumber(field: "concurrency", low: "1", high: String(Self.maxConcurrency)))
        }
        var flags: [String: Bool] = [:]
        for name in ["force", "fail_fast"] {
            switch fields[name] {
            case nil, .null?: break
            case .bool(let value)?: flags[name] = value
            default: return refuse(name, .mcpNotBool(field: name))
            }
        }
        var provider: String?
        switch fields["provider"] {
        case nil, .null?: break
        case .string(let text)?: provider = text
        default: return refuse("provider", .mcpNotString(field: "provider"))
        }
        let connection: ConnectionOptions
        do {
            connection = try settings.connection(provider)
        } catch {
            return .failure(error, wording: wording)
        }

        let base = source?.deletingLastPathComponent() ?? settings.workingFolder
        let output = (outDir ?? source?.deletingLastPathComponent() ?? settings.defaultFolder).standardizedFileURL
        let (file, parseProblems) = BatchFileParser.parse(data)
        var plannerSettings = BatchPlanner.Settings(
            baseDirectory: base, outputDirectory: output, defaultModel: settings.defaultModel,
            endpoint: connection.endpoint, timeout: connection.timeout, force: flags["force"] ?? false,
            allowOutside: settings.allowOutside,
            previous: source.map { BatchManifest.previousRecords(of: $0.path, in: output) } ?? [:])
        plannerSettings.provider = connection.provider
        let plan = BatchPlanner.plan(file, settings: plannerSettings)
        let problems = (parseProblems + plan.problems + settings.outsideProblems(plan)).sorted {
            ($0.index ?? 0, $0.line ?? 0) < ($1.index ?? 0, $1.line ?? 0)
        }
        guard problems.isEmpty else { return .refused(problems, wording: wording, single: false) }
        do throws(ImageAPIError) {
            try BaseURLCheck.validate(connection.baseURL, allowInsecureHTTP: connection.allowInsecureHTTP)
        } catch {
            return .failure(error, wording: wording)
        }
        if !plan.jobsToRun.isEmpty, !connection.makeClient().hasAPIKey {
            return .failure(MCPKey.missing(for: connection.provider), wording: wording)
        }
        var lock: BatchLock?
        if let source {
            do throws(ImageAPIError) {
                let results = output.appendingPathComponent(BatchManifest.fileName(forBatchFile: source.path))
                lock = try BatchLock.acquire(at: BatchLock.url(forResults: results))
            } catch {
                return .failure(error, wording: wording)
            }
        }
        defer { lock?.release() }

        let width = min(concurrency, slots.limit, max(plan.jobsToRun.count, 1))
        if await !slots.isFree(width) { progress.phase(.mcpPhaseQueued) }
        do {
            try await slots.acquire(width)
        } catch {
            return .failure(ImageClientCancellation.error, wording: wording)
        }
        let counter = BatchCounter(total: plan.jobs.count)
        progress.phase(.mcpPhaseBatch(done: "0", total: String(plan.jobs.count), running: "0"))
        progress.startTicking()
        let runner = BatchRunner(
            options: .init(
                concurrency: width, failFast: flags["fail_fast"] ?? false, waitScale: connection.retryDelayScale),
            makeClient: { connection.makeClient() })
        let startedAt = Date()
        let report = await runner.run(plan.jobs) { event in
            if let message = counter.note(event) { progress.phase(message) }
        }
        progress.stop()
        await slots.release(width)
        var manifestURL: URL?
        var manifestError: ImageAPIError?
        if let source {
            let manifest = BatchManifest(
                report: report, plan: plan, batchFile: source.path, concurrency: width, startedAt: startedAt)
            do throws(ImageAPIError) {
                manifestURL = try manifest.write(into: output)
            } catch {
                manifestError = error
            }
        }
        return finished(report, manifest: manifestURL, manifestError: manifestError)
    }

    private func refuse(_ field: String?, _ message: Message, hint: Message? = nil) -> ToolOutcome {
        .refused(
            [BatchProblem(field: field, error: ImageAPIError(.invalidArgument, message, hint: hint))],
            wording: settings.wording, single: true)
    }

    private func finished(_ report: BatchReport, manifest: URL?, manifestError: ImageAPIError?) -> ToolOutcome {
        let wording = settings.wording
        let english = Wording(language: .en, spelling: wording.spelling)
        var links: [JSONValue] = []
        var saved: [String] = []
        let jobs: [JSONValue] = report.outcomes.map { outcome in
            var fields: [String: JSONValue] = [
                "index": .number(Double(outcome.job.item.index)), "status": .string(outcome.status.rawValue),
                "path": outcome.path.map { .string($0.path) } ?? .null,
                "request_id": outcome.result?.requestID.map(JSONValue.string) ?? .null,
                "size": outcome.result?.files.first.flatMap(ToolOutcome.deliveredSize).map(JSONValue.string) ?? .null,
            ]
            if let path = outcome.path {
                fields["uri"] = .string(path.absoluteString)
                if outcome.status == .ok { saved.append(path.path) }
                links.append(ToolOutcome.link(to: path, bytes: outcome.result?.files.first?.byteCount))
            }
            if let error = outcome.error, outcome.status != .ok {
                let words: [String: JSONValue] = [
                    "code": .string(error.code.rawValue), "message": .string(english.message(of: error)),
                    "hint": english.hint(of: error).map(JSONValue.string) ?? .null,
                ]
                fields["error"] = .object(words.merging(JSONReport.errorFacts(of: error)) { words, _ in words })
            }
            return .object(fields)
        }
        let cost = report.cost
        let summary: [String: JSONValue] = Dictionary(
            uniqueKeysWithValues: BatchOutcome.Status.allCases.map { ($0.rawValue, .number(Double(report.count($0)))) }
        ).merging(["total": .number(Double(report.outcomes.count))]) { first, _ in first }
        let failed = report.count(.failed) + report.count(.notRun) + report.count(.cancelled)
        var structured: [String: JSONValue] = [
            "ok": .bool(failed == 0 && manifestError == nil), "summary": .object(summary), "jobs": .array(jobs),
            "cost_usd": JSONReport.dollars(cost), "cost_is_estimate": .bool(cost.isPartial),
            "elapsed_s": .number((report.elapsed * 10).rounded() / 10),
            "manifest_path": manifest.map { .string($0.path) } ?? .null,
        ]
        if let manifestError {
            structured["error"] = .object([
                "code": .string(manifestError.code.rawValue), "message": .string(english.message(of: manifestError)),
                "hint": english.hint(of: manifestError).map(JSONValue.string) ?? .null,
            ])
        }
        let line = wording.text(
            .mcpBatchLine(
                total: String(report.outcomes.count), ok: String(report.count(.ok)),
                skipped: String(report.count(.skipped)), failed: String(failed), cost: wording.cost(cost) ?? "$0",
                manifest: manifest?.path ?? "-"))
        var content = [ToolOutcome.text(line)]
        if let firstFailure = report.outcomes.first(where: { $0.status == .failed })?.error {
            content.append(ToolOutcome.text(ToolOutcome.errorLine(firstFailure, wording: wording)))
        }
        content += links
        return ToolOutcome(
            structured: .object(structured), content: content, isError: failed > 0 || manifestError != nil,
            savedPaths: saved)
    }
}

/// Counts a batch's jobs as they start and end, for its progress line.
final class BatchCounter: Sendable {
    private struct Counts {
        var running = 0
        var done = 0
    }

    private let total: Int
    private let counts = Locked(Counts())

    init(total: Int) {
        self.total = total
    }

    /// The progress line an event brings, or nil when it changes nothing worth saying.
    func note(_ event: BatchEvent) -> Message? {
        let counts = counts.withLock { counts -> Counts? in
            switch event {
            case .started: counts.running += 1
            case .finished(let outcome):
                if outcome.status != .skipped { counts.running = max(0, counts.running - 1) }
                counts.done += 1
            case .requeued: counts.running = max(0, counts.running - 1)
            default: return nil
            }
            return counts
        }
        guard let counts else { return nil }
        return .mcpPhaseBatch(done: String(counts.done), total: String(total), running: String(counts.running))
    }
}
