import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `<batch-file-stem>.results.json` (`batch-results.json` for stdin): a record of every job of a batch run,
/// written in the `--out-dir` folder.
///
/// An agent that ran a long batch, or comes back after a crash, reads this instead of parsing stderr: each
/// job's status, path, error code and message, attempts, time and token usage. Keys are snake_case, like the
/// batch file's own.
public struct BatchManifest: Codable, Sendable, Equatable {
    /// Always "gen-image": how a later run recognises a manifest it may replace.
    public var tool: String
    /// gen-image's version.
    public var version: String
    /// The batch file's absolute path, or "-" for stdin.
    public var batchFile: String
    /// The file's `description`.
    public var description: String?
    /// `template` or `json_lines`.
    public var layout: String
    /// When the run started and ended, ISO 8601 in UTC.
    public var startedAt: String
    /// When the run ended.
    public var finishedAt: String
    /// Seconds the run took.
    public var elapsed: Double
    /// The `-j` asked for.
    public var concurrency: Int
    /// Whether the run was cancelled (Ctrl-C or SIGTERM).
    public var cancelled: Bool
    /// Why no new jobs were started before the end: `fail_fast` or `key_refused`; nil otherwise.
    public var stoppedEarly: String?
    /// Counts and cost.
    public var summary: Summary
    /// One record per item, in file order.
    public var jobs: [Job]

    /// Counts per status and the estimated cost of what was made in this run.
    public struct Summary: Codable, Sendable, Equatable {
        /// Items in the file.
        public var total: Int
        /// Images saved in this run.
        public var ok: Int
        /// Items whose output already existed, so nothing was sent for them: `kept` of them with the record of
        /// the run that made the image, the others found without one.
        public var skipped: Int
        /// Items done by an earlier run whose record is kept (status `ok`, `kept: true`).
        public var kept: Int = 0
        /// What the kept items' images cost when they were made, as their records say.
        public var keptCost: Double = 0
        /// Items that failed.
        public var failed: Int
        /// Items in flight when the run was cancelled.
        public var cancelled: Int
        /// Items never started.
        public var notRun: Int
        /// US dollars for the images saved in this run.
        public var estimatedCost: Double
        /// True when some images' cost was guessed or unknown.
        public var costIsPartial: Bool

        enum CodingKeys: String, CodingKey {
            case total, ok, skipped, kept, failed, cancelled
            case notRun = "not_run"
            case estimatedCost = "estimated_cost_usd"
            case costIsPartial = "cost_is_partial"
            case keptCost = "kept_cost_usd"
        }

        /// Reads a summary, also one written before `kept` existed.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            total = try container.decode(Int.self, forKey: .total)
            ok = try container.decode(Int.self, forKey: .ok)
            skipped = try container.decode(Int.self, forKey: .skipped)
            kept = try container.decodeIfPresent(Int.self, forKey: .kept) ?? 0
            keptCost = try container.decodeIfPresent(Double.self, forKey: .keptCost) ?? 0
            failed = try container.decode(Int.self, forKey: .failed)
            cancelled = try container.decode(Int.self, forKey: .cancelled)
            notRun = try container.decode(Int.self, forKey: .notRun)
            estimatedCost = try container.decode(Double.self, forKey: .estimatedCost)
            costIsPartial = try container.decode(Bool.self, forKey: .costIsPartial)
        }

        init(
            total: Int, ok: Int, skipped: Int, kept: Int, keptCost: Double, failed: Int, cancelled: Int, notRun: Int,
            estimatedCost: Double, costIsPartial: Bool
        ) {
            self.total = total
            self.ok = ok
            self.skipped = skipped
            self.kept = kept
            self.keptCost = keptCost
            self.failed = failed
            self.cancelled = cancelled
            self.notRun = notRun
            self.estimatedCost = estimatedCost
            self.costIsPartial = costIsPartial
        }
    }

    /// One item's record.
    public struct Job: Codable, Sendable, Equatable {
        /// The item's position in the file, counting from 1.
        public var index: Int
        /// The line it starts on.
        public var line: Int
        /// `ok`, `skipped`, `failed`, `cancelled` or `not_run`.
        public var status: String
        /// The prompt as written in the file.
        public var prompt: String
        /// The prompt as sent (differs only by a `size_hint` put in front).
        public var promptSent: String
        /// The model.
        public var model: String
        /// The image's absolute path: saved now, or found from an earlier run when skipped.
        public var path: String?
        /// Where the image was meant to go.
        public var target: String
        /// HTTP attempts made.
        public var attempts: Int?
        /// Seconds from start to end, retries included.
        public var elapsed: Double?
        /// The reply's `usage`, as the API sent it.
        public var usage: JSONValue?
        /// The gateway's request id.
        public var requestId: String?
        /// Why it failed or was cancelled.
        public var error: ErrorRecord?
        /// `RequestFingerprint` of the request `path` was made for (nil for an image skipped without a record
        /// of its request), so a later run can tell whether the item was edited since.
        public var fingerprint: String?
        /// What the gateway delivered for a saved image, read from the file: pixel size and format.
        public var delivered: Delivered? = nil
        /// Warnings about the saved image (`delivered_mismatch`, …), as `--json` gives them.
        public var warnings: [Warning]? = nil
        /// The estimated cost of this item's images in the run that made them (nil when nothing was billed).
        public var estimatedCost: Double? = nil
        /// True when this run found the item done and kept the record of the earlier run that made it.
        public var kept: Bool? = nil

        enum CodingKeys: String, CodingKey {
            case index, line, status, prompt, model, path, target, attempts, elapsed, usage, error, fingerprint
            case delivered, warnings, kept
            case promptSent = "prompt_sent"
            case requestId = "request_id"
            case estimatedCost = "estimated_cost_usd"
        }
    }

    /// A saved image's real pixel size and format.
    public struct Delivered: Codable, Sendable, Equatable {
        /// Width in pixels, when the header said.
        public var width: Int?
        /// Height in pixels.
        public var height: Int?
        /// `png`, `jpeg` or `webp`.
        public var format: String
    }

    /// A warning about one item's image.
    public struct Warning: Codable, Sendable, Equatable {
        /// The stable code.
        public var code: String
        /// What it says, in English.
        public var message: String
        /// How much it matters (`warning`), as the terminal colours it.
        public var severity: String? = nil
    }

    /// An earlier run's record of one target.
    public struct PreviousRecord: Sendable, Equatable {
        /// The image it saved or found there.
        public var path: String?
        /// The fingerprint of the request that image was made for, when recorded.
        public var fingerprint: String?
        /// The whole record, kept in the new results file when the item is skipped.
        public var job: Job?

        /// Creates a record.
        public init(path: String?, fingerprint: String?, job: Job? = nil) {
            self.path = path
            self.fingerprint = fingerprint
            self.job = job
        }
    }

    /// An `ImageAPIError`, flattened.
    public struct ErrorRecord: Codable, Sendable, Equatable {
        /// The stable code, e.g. `rate_limited`.
        public var code: String
        /// What went wrong.
        public var message: String
        /// What to do next.
        public var hint: String?
        /// The HTTP status, when there was one.
        public var httpStatus: Int?
        /// The API's own error code.
        public var apiCode: String?
        /// The gateway's request id.
        public var requestId: String?
        /// A link to an image that was made but could not be saved (valid about 24 hours).
        public var imageUrl: String?
        /// Where an image that was billed but could not be saved where asked was kept (`RecoveryFolder`).
        public var recoveredPath: String? = nil
        /// The setting at fault, by its field's name (`size`, `input_images`), when the error is about one.
        public var setting: String? = nil
        /// The model whose row decided the error, when one did.
        public var model: String? = nil
        /// The values that row takes for `setting`, when the error is about a value outside them.
        public var allowed: [String]? = nil
        /// Seconds the gateway asked to wait before trying again, when it named a wait.
        public var retryAfter: Double? = nil
        /// What kind of fix the hint describes (`Remedy.kind`: `use_values`, `check_setting`, `advice`, …).
        public var remedy: String? = nil
        /// The gateway's own `param`, as it wrote it.
        public var apiParam: String? = nil

        /// The record of `error`, in English, settings named by their fields.
        public init(_ error: ImageAPIError) {
            code = error.code.rawValue
            message = error.message
            hint = error.hint
            httpStatus = error.httpStatus
            apiCode = error.apiCode
            requestId = error.requestID
            imageUrl = error.sourceURL
            recoveredPath = error.recoveredPath
            setting = error.setting?.rawValue
            model = error.model
            allowed = error.allowed.isEmpty ? nil : error.allowed
            retryAfter = error.retryAfter
            remedy = error.remedy?.kind
            apiParam = error.apiParam
        }

        enum CodingKeys: String, CodingKey {
            case recoveredPath = "recovered_path"
            case code, message, hint, setting, model, allowed, remedy
            case retryAfter = "retry_after_s"
            case apiParam = "api_param"
            case httpStatus = "http_status"
            case apiCode = "api_code"
            case requestId = "request_id"
            case imageUrl = "image_url"
        }
    }

    enum CodingKeys: String, CodingKey {
        case tool, version, description, layout, elapsed, concurrency, cancelled, summary, jobs
        case batchFile = "batch_file"
        case startedAt = "started_at"
        case finishedAt = "finished_at"
        case stoppedEarly = "stopped_early"
    }

    /// The manifest's name for stdin, which has no name of its own.
    public static let fileName = "batch-results.json"

    /// The manifest's name for `batchFile` (an absolute path, or "-" for stdin): `<stem>.results.json`, so
    /// each batch file in a folder keeps its own record and an agent can tell where it is before the run.
    public static func fileName(forBatchFile batchFile: String) -> String {
        guard batchFile != "-" else { return fileName }
        let name = URL(fileURLWithPath: batchFile).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        return (stem.isEmpty ? name : stem) + ".results.json"
    }

    /// Builds the manifest of a finished (or cancelled) run from a report holding every outcome.
    public init(
        report: BatchReport, plan: BatchPlan, batchFile: String, concurrency: Int, startedAt: Date,
        finishedAt: Date = Date()
    ) {
        self.init(
            summaryOf: report, plan: plan, batchFile: batchFile, concurrency: concurrency, startedAt: startedAt,
            finishedAt: finishedAt)
        jobs = report.outcomes.map(Self.record(for:))
    }

    /// The manifest's header and summary, without the jobs: they come from a `BatchJournal` when it is written
    /// (`write(into:journal:)`), so a batch's memory does not grow with its finished items.
    public init(
        summaryOf report: BatchReport, plan: BatchPlan, batchFile: String, concurrency: Int, startedAt: Date,
        finishedAt: Date = Date()
    ) {
        let stamp = ISO8601DateFormatter()
        tool = "gen-image"
        version = GenImageVersion.current
        self.batchFile = batchFile
        description = plan.file.description
        layout = plan.file.layout.rawValue
        self.startedAt = stamp.string(from: startedAt)
        self.finishedAt = stamp.string(from: finishedAt)
        elapsed = (report.elapsed * 1000).rounded() / 1000
        self.concurrency = concurrency
        cancelled = report.cancelled
        switch report.stopReason {
        case .failFast: stoppedEarly = "fail_fast"
        case .keyRefused: stoppedEarly = "key_refused"
        case .rateLimitedEverything: stoppedEarly = "rate_limited"
        case nil: stoppedEarly = nil
        }
        let cost = report.cost
        summary = Summary(
            total: report.total, ok: report.count(.ok), skipped: report.count(.skipped), kept: report.tally.kept,
            keptCost: Self.dollars(report.tally.keptDollars), failed: report.count(.failed),
            cancelled: report.count(.cancelled), notRun: report.count(.notRun),
            estimatedCost: Self.dollars(cost.dollars), costIsPartial: cost.isPartial)
        jobs = []
    }

    /// US dollars as the manifest writes them: rounded to a hundredth of a cent.
    static func dollars(_ value: Double) -> Double {
        (value * 10_000).rounded() / 10_000
    }

    /// One outcome's record. A job skipped because an earlier run made its image keeps that run's record
    /// (its path, request id, usage and cost), marked `kept`, placed at the item's index and line now.
    public static func record(for outcome: BatchOutcome) -> Job {
        let job = outcome.job
        if outcome.isKept, var earlier = job.earlierRecord {
            earlier.index = job.item.index
            earlier.line = job.item.line
            earlier.path = outcome.path?.path ?? earlier.path
            earlier.kept = true
            return earlier
        }
        var record = Job(
            index: job.item.index, line: job.item.line, status: outcome.status.rawValue, prompt: job.item.prompt,
            promptSent: job.planned.prompt, model: job.planned.model, path: outcome.path?.path,
            target: job.target.path, attempts: outcome.attempts,
            elapsed: outcome.elapsed.map { ($0 * 1000).rounded() / 1000 },
            usage: outcome.result?.usage ?? outcome.error?.usage,
            requestId: outcome.result?.requestID,
            error: outcome.error.map(ErrorRecord.init),
            // The fingerprint belongs to the image on disk: a new one only when this run saved one, so a
            // failed re-run of an edited item cannot pair the old image with the new request.
            fingerprint: outcome.status == .ok ? job.fingerprint : job.recordedFingerprint)
        if let file = outcome.result?.files.first {
            record.delivered = Delivered(width: file.width, height: file.height, format: file.format.rawValue)
            let warnings = outcome.result?.notes.filter { $0.severity == .warning } ?? []
            record.warnings = warnings.map {
                Warning(code: $0.code, message: $0.message, severity: Severity($0.severity).rawValue)
            }
        }
        record.estimatedCost = outcome.cost.flatMap { $0.unpriced > 0 ? nil : dollars($0.dollars) }
        return record
    }

    /// The manifest as pretty-printed JSON with sorted keys.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(self)) ?? Data("{}".utf8)) + Data("\n".utf8)
    }

    /// Writes the manifest into `directory` and returns where it went; with `journal`, its jobs are the
    /// journal's records in file order, copied from disk one at a time.
    ///
    /// Its name is `fileName(forBatchFile:)`. A manifest left by an earlier gen-image run of the same batch
    /// file is replaced atomically (it is this run's own record, brought up to date). Any other file of that
    /// name is never touched: the manifest then goes to `<name>-<timestamp>.json`.
    public func write(into directory: URL, journal: BatchJournal? = nil, now: Date = Date()) throws(ImageAPIError)
        -> URL
    {
        let preferred = directory.appendingPathComponent(Self.fileName(forBatchFile: batchFile))
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw ImageAPIError(.ioError, Message.manifestFolder(folder: directory.path))
        }
        let temporary = directory.appendingPathComponent(".gen-image-\(UUID().uuidString.prefix(12)).tmp")
        defer { try? FileManager.default.removeItem(at: temporary) }
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary.path)
        else {
            throw ImageAPIError(
                .ioError, Message.manifestWrite(folder: directory.path), hint: Message.manifestWriteHint)
        }
        do {
            defer { try? handle.close() }
            try render(journal: journal) { try handle.write(contentsOf: $0) }
            try handle.synchronize()
        } catch {
            throw ImageAPIError(
                .ioError, Message.manifestWrite(folder: directory.path), hint: Message.manifestWriteHint)
        }
        if !FileManager.default.fileExists(atPath: preferred.path) || isOwnManifest(at: preferred) {
            guard rename(temporary.path, preferred.path) == 0 else {
                throw ImageAPIError(
                    .ioError,
                    Message.outputSave(path: preferred.path, detail: String(cString: strerror(errno))))
            }
            return preferred
        }
        let stem = preferred.deletingPathExtension().lastPathComponent
        let stamp = FileNamer.timestamp(now)
        for attempt in 1...1000 {
            let name = attempt == 1 ? "\(stem)-\(stamp).json" : "\(stem)-\(stamp)-\(attempt).json"
            let candidate = directory.appendingPathComponent(name)
            if link(temporary.path, candidate.path) == 0 { return candidate }
            if errno != EEXIST {
                if !FileManager.default.fileExists(atPath: candidate.path), rename(temporary.path, candidate.path) == 0
                {
                    return candidate
                }
            }
        }
        throw ImageAPIError(.ioError, Message.manifestNoFreeName(folder: directory.path))
    }

    /// The manifest's text, handed to `write` piece by piece: pretty-printed with sorted keys, its jobs taken
    /// from `journal` when given (each record read back from disk as it is written out), else from `jobs`.
    public func render(journal: BatchJournal? = nil, to write: (Data) throws -> Void) throws {
        guard let journal else {
            try write(encoded())
            return
        }
        var header = self
        header.jobs = []
        let text = header.encoded()
        // The one `"jobs" : [` of the header (a key inside a string value would have its quotes escaped), and
        // the `]` that closes the empty array.
        let key = Data(#""jobs" : ["#.utf8)
        guard let open = text.range(of: key), let close = text[open.upperBound...].firstIndex(of: UInt8(ascii: "]"))
        else {
            try write(text)
            return
        }
        try write(text[..<open.upperBound])
        var first = true
        try journal.forEachRecord { record in
            try write(Data((first ? "\n" : ",\n").utf8))
            first = false
            try write(Self.indented(record))
        }
        try write(Data((first ? "" : "\n  ").utf8))
        try write(text[close...])
    }

    /// A pretty-printed record placed at the depth of the jobs array (four spaces).
    static func indented(_ record: Data) -> Data {
        var out = Data("    ".utf8)
        out.reserveCapacity(record.count + record.count / 8)
        for byte in record {
            out.append(byte)
            if byte == UInt8(ascii: "\n") { out.append(contentsOf: [0x20, 0x20, 0x20, 0x20]) }
        }
        return out
    }

    /// A record as the journal stores it: pretty-printed with sorted keys, as in the manifest.
    static func encodedRecord(_ job: Job) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(job)) ?? Data("{}".utf8)
    }

    /// What an earlier run recorded for each target of `batchFile`, from its results file in `directory`:
    /// the image's path, the fingerprint of the request it was made for, and the whole record. Empty when
    /// there is no such file.
    public static func previousRecords(of batchFile: String, in directory: URL) -> [String: PreviousRecord] {
        struct Recorded: Decodable {
            let tool: String
            let batchFile: String
            let jobs: [Job]
            enum CodingKeys: String, CodingKey {
                case tool, jobs
                case batchFile = "batch_file"
            }
        }
        let url = directory.appendingPathComponent(fileName(forBatchFile: batchFile))
        guard let data = FileManager.default.contents(atPath: url.path),
            let manifest = try? JSONDecoder().decode(Recorded.self, from: data),
            manifest.tool == "gen-image", manifest.batchFile == batchFile
        else { return [:] }
        var records: [String: PreviousRecord] = [:]
        for job in manifest.jobs {
            records[job.target] = PreviousRecord(path: job.path, fingerprint: job.fingerprint, job: job)
        }
        return records
    }

    /// Whether `url` holds a manifest gen-image wrote for this same batch file.
    ///
    /// A large one is not read whole (that would be the batch's peak of memory, at its very end): gen-image
    /// writes its manifests pretty-printed with sorted keys, so `batch_file` is on the first lines and `tool`
    /// on the last ones, and those are read.
    func isOwnManifest(at url: URL) -> Bool {
        struct Header: Decodable {
            let tool: String
            let batchFile: String
            enum CodingKeys: String, CodingKey {
                case tool
                case batchFile = "batch_file"
            }
        }
        guard let handle = FileHandle(forReadingAtPath: url.path) else { return false }
        defer { try? handle.close() }
        let window = 65_536
        guard let size = try? handle.seekToEnd(), size > UInt64(4 * window) else {
            try? handle.seek(toOffset: 0)
            guard let data = try? handle.readToEnd(),
                let header = try? JSONDecoder().decode(Header.self, from: data)
            else { return false }
            return header.tool == "gen-image" && header.batchFile == batchFile
        }
        try? handle.seek(toOffset: 0)
        let head = String(decoding: (try? handle.read(upToCount: window)) ?? Data(), as: UTF8.self)
        try? handle.seek(toOffset: size - UInt64(window))
        let tail = String(decoding: (try? handle.read(upToCount: window)) ?? Data(), as: UTF8.self)
        guard head.hasPrefix("{\n  \"batch_file\" : "), tail.contains("\n  \"tool\" : \"gen-image\",\n"),
            let line = head.split(separator: "\n", maxSplits: 2).dropFirst().first
        else { return false }
        // `  "batch_file" : "<the path, JSON-escaped>",`: the value decoded as the JSON string it is.
        let value = line.dropFirst(#"  "batch_file" : "#.count).dropLast(line.hasSuffix(",") ? 1 : 0)
        guard let decoded = try? JSONDecoder().decode(String.self, from: Data(value.utf8)) else { return false }
        return decoded == batchFile
    }
}
