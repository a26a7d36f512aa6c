import Foundation

/// Turns a parsed `BatchFile` into planned jobs, checking every item exactly as a single run would (through
/// `JobPlanner`), and decides where each image goes and whether it is already there.
///
/// Nothing is sent and no key is needed, so a file with one bad item costs nothing: every problem is reported
/// with its item and field, and nothing runs.
public enum BatchPlanner {
    /// What the command line adds to the file.
    public struct Settings: Sendable {
        /// The batch file's folder (the current folder for stdin): relative `filename` and `input_images`
        /// paths are resolved against it, so a batch runs the same from any working folder.
        public var baseDirectory: URL
        /// Where images of items without `filename` go (`--out-dir`), and where the manifest is written.
        public var outputDirectory: URL
        /// The model for items that name none (from `-m`, else `GEN_IMAGE_MODEL`, else automatic).
        public var defaultModel: ModelChoice
        /// The API to use instead of each model's own (`--endpoint`).
        public var endpoint: Endpoint?
        /// The whole-request deadline per job (`--timeout`); nil uses each model's default.
        public var timeout: Double?
        /// Run jobs whose output already exists (`--force`); the writer then saves under a new name.
        public var force: Bool
        /// The gateway whose model rows are in force (`--provider`).
        public var provider: Provider = .apiyi
        /// `--metadata` when given: where every item's provenance goes, over the file's `metadata` fields.
        public var metadata: MetadataMode?
        /// Let items write outside the batch file's folder and `outputDirectory` (`--allow-outside`). Off by
        /// default: batch files are often written by an agent or handed over, and `"../../x.png"`, `/etc/…` or
        /// `~/…` must not write wherever they point.
        public var allowOutside: Bool
        /// What the last run of this batch recorded per target (`BatchManifest.previousRecords`): which image
        /// each request made, so an edited item is not silently skipped.
        public var previous: [String: BatchManifest.PreviousRecord]

        /// Creates settings.
        public init(
            baseDirectory: URL, outputDirectory: URL? = nil, defaultModel: ModelChoice = .automatic(preferred: nil),
            endpoint: Endpoint? = nil, timeout: Double? = nil, force: Bool = false, allowOutside: Bool = false,
            previous: [String: BatchManifest.PreviousRecord] = [:]
        ) {
            self.allowOutside = allowOutside
            self.previous = previous
            self.baseDirectory = baseDirectory.standardizedFileURL
            self.outputDirectory = (outputDirectory ?? baseDirectory).standardizedFileURL
            self.defaultModel = defaultModel
            self.endpoint = endpoint
            self.timeout = timeout
            self.force = force
        }
    }

    /// Plans every item of `file`; the plan can run only when its `problems` are empty.
    public static func plan(_ file: BatchFile, settings: Settings) -> BatchPlan {
        var problems: [BatchProblem] = []
        var jobs: [BatchJob] = []
        jobs.reserveCapacity(file.items.count)
        var claimed: [String: Int] = [:]
        let width = max(3, String(file.items.count).count)
        let allowedFolders = [settings.baseDirectory, settings.outputDirectory].map(PathConfinement.resolve)
        for item in file.items {
            let merged = file.global.overridden(by: item.settings)
            // `size` and `aspect` each decide the shape, so the hint goes only in front of items with neither.
            let prompt =
                merged.options[.size] == nil && merged.aspect == nil
                ? SizeHint.apply(merged.sizeHint, to: item.prompt) : item.prompt
            let aspect: AspectRequest?
            do {
                aspect = try aspectRequest(merged)
            } catch {
                problems.append(problem(error, item: item, global: file.global))
                continue
            }
            let model: ModelChoice = merged.model.map { .explicit($0) } ?? settings.defaultModel
            let inputs = item.inputImages.map { resolve($0, against: settings.baseDirectory).path }
            let target: URL
            var automatic = false
            if let filename = item.filename, !isFolder(filename, base: settings.baseDirectory) {
                target = resolve(filename, against: settings.baseDirectory)
            } else {
                let folder = item.filename.map { resolve($0, against: settings.baseDirectory) }
                target = automaticTarget(
                    for: item, outputFormat: merged.options[.outputFormat], in: folder ?? settings.outputDirectory,
                    width: width)
                automatic = true
            }
            var options = ImageOptions()
            for (option, value) in merged.options.values {
                if case .file = option.rule {
                    options[option] = resolve(value, against: settings.baseDirectory).path
                } else {
                    options[option] = value
                }
            }
            var job = ImageJob(
                prompt: prompt, inputImages: inputs, model: model, endpoint: settings.endpoint,
                options: options, output: .file(target), timeout: settings.timeout, aspect: aspect)
            if let mode = settings.metadata {
                job.metadata = mode
            } else if let text = merged.metadata {
                guard let mode = MetadataMode(rawValue: text.lowercased()) else {
                    let error = ImageAPIError(
                        .invalidArgument, Message.usageInvalidValue(value: text, option: "metadata"),
                        setting: .metadata, remedy: .useValues(MetadataMode.allCases.map(\.rawValue)))
                    problems.append(problem(error, item: item, global: file.global))
                    continue
                }
                job.metadata = mode
            }
            let planned: PlannedJob
            do {
                planned = try JobPlanner.plan(job, provider: settings.provider, checkingSpace: false)
            } catch {
                problems.append(problem(error, item: item, global: file.global))
                continue
            }
            if !settings.allowOutside,
                !PathConfinement.isInside(target, resolvedFolders: allowedFolders)
            {
                problems.append(
                    BatchProblem(
                        index: item.index, line: item.line, field: "filename",
                        error: ImageAPIError(
                            .invalidArgument,
                            Message.batchPathOutside(
                                path: target.path, folder: settings.baseDirectory.path,
                                outDir: settings.outputDirectory.path),
                            hint: Message.batchPathOutsideHint)))
                continue
            }
            let key = OutputNames.stem(of: target).path
            if let earlier = claimed[key] {
                problems.append(
                    BatchProblem(
                        index: item.index, line: item.line, field: "filename",
                        error: ImageAPIError(
                            .invalidArgument,
                            Message.batchDuplicateTarget(item: String(earlier), name: target.lastPathComponent),
                            hint: Message.batchDuplicateTargetHint)))
                continue
            }
            claimed[key] = item.index
            // The image the last run recorded for this target (it may have been saved beside it), else any
            // image under the target's name.
            let record = settings.previous[target.path]
            let recordedPath = record?.path.map { URL(fileURLWithPath: $0) }.flatMap { url in
                FileManager.default.fileExists(atPath: url.path) ? url : nil
            }
            let existing = recordedPath ?? OutputNames.existing(for: target)
            var batchJob = BatchJob(
                item: item, planned: planned, target: target, automaticName: automatic, existing: existing,
                force: settings.force)
            batchJob.fingerprint = RequestFingerprint.of(planned)
            batchJob.recordedFingerprint = existing == nil ? nil : record?.fingerprint
            // Room on the disk is needed only by the items that will run.
            if batchJob.willRun {
                do {
                    try JobPlanner.about(.filename) { () throws(ImageAPIError) in
                        try OutputPreflight.check(planned.output, largest: OutputSpace.bound(for: planned))
                    }
                } catch {
                    problems.append(problem(error, item: item, global: file.global))
                    continue
                }
            }
            // The earlier run's own record of the image it saved is kept when the item is skipped: its path,
            // request id, usage and cost stay in the results file instead of a bare "skipped".
            if !batchJob.willRun, let recordedPath, existing == recordedPath, let earlier = record?.job,
                earlier.status == BatchOutcome.Status.ok.rawValue
            {
                batchJob.earlierRecord = earlier
            }
            jobs.append(batchJob)
        }
        return BatchPlan(file: file, jobs: jobs, problems: problems, settings: settings)
    }

    /// The item's `aspect` and `resolution` as a single run reads `--aspect` and `--resolution`.
    static func aspectRequest(_ settings: BatchSettings) throws(ImageAPIError) -> AspectRequest? {
        var request: AspectRequest?
        if let text = settings.aspect {
            guard let ratio = AspectRatio(parsing: text) else {
                throw ImageAPIError(
                    .invalidArgument, Message.usageInvalidValue(value: text, option: "aspect"),
                    setting: .aspect, remedy: .advice(Message.usageAspectHint))
            }
            request = AspectRequest(ratio: ratio)
        }
        if let text = settings.resolution {
            guard let resolution = Resolution(rawValue: text.lowercased()) else {
                throw ImageAPIError(
                    .invalidArgument, Message.usageInvalidValue(value: text, option: "resolution"),
                    setting: .resolution, remedy: .advice(Message.usageResolutionHint))
            }
            guard request != nil else {
                throw ImageAPIError(
                    .invalidArgument, Message.usageResolutionNeedsAspect, setting: .resolution,
                    remedy: .advice(Message.usageResolutionNeedsAspectHint))
            }
            request?.resolution = resolution
            request?.resolutionGiven = true
        }
        return request
    }

    /// `<index>-<slug>.<ext>`: a name that is the same on every run, so a re-run can tell the image is done.
    static func automaticTarget(for item: BatchItem, outputFormat: String?, in folder: URL, width: Int) -> URL {
        let number = String(item.index)
        let padded = String(repeating: "0", count: max(0, width - number.count)) + number
        let format: ImageFormat
        switch outputFormat?.lowercased() {
        case "jpeg", "jpg": format = .jpeg
        case "webp": format = .webp
        default: format = .png
        }
        return folder.appendingPathComponent("\(padded)-\(FileNamer.slug(for: item.prompt)).\(format.fileExtension)")
    }

    /// The problem for a planning error, placed at the setting the error names (marked when `global` set it).
    static func problem(_ error: ImageAPIError, item: BatchItem, global: BatchSettings) -> BatchProblem {
        let field = error.setting.map(\.rawValue).map { field in
            !item.settings.sets(field) && global.sets(field) ? "\(field) (from global)" : field
        }
        return BatchProblem(index: item.index, line: item.line, field: field, error: error)
    }

    /// A path from the file, with `~` expanded, made absolute against `base`.
    static func resolve(_ path: String, against base: URL) -> URL {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded).standardizedFileURL }
        return base.appendingPathComponent(expanded).standardizedFileURL
    }

    private static func isFolder(_ path: String, base: URL) -> Bool {
        if path.hasSuffix("/") { return true }
        var isDirectory: ObjCBool = false
        let url = resolve(path, against: base)
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

/// A checked batch: its jobs in file order, or the problems that stop it from running.
public struct BatchPlan: Sendable {
    /// The file as read.
    public let file: BatchFile
    /// One job per item, in file order (empty for items with problems).
    public let jobs: [BatchJob]
    /// Everything wrong with the file; nothing may run unless this is empty.
    public let problems: [BatchProblem]
    /// The settings it was planned with.
    public let settings: BatchPlanner.Settings

    /// The jobs that will send a request.
    public var jobsToRun: [BatchJob] { jobs.filter(\.willRun) }

    /// An estimate for the jobs that will run, from the catalog's per-image prices; `unpriced` counts jobs on
    /// models whose price gen-image does not know.
    public var estimatedCost: (dollars: Double, unpriced: Int) {
        var dollars = 0.0
        var unpriced = 0
        for job in jobsToRun {
            if let cost = job.planned.estimatedCost { dollars += cost } else { unpriced += 1 }
        }
        return (dollars, unpriced)
    }
}

/// One item, planned: what will be sent, where the image goes, and whether it is already there.
public struct BatchJob: Sendable {
    /// The item as written.
    public let item: BatchItem
    /// The checked job, with the prompt as it will be sent (size hint included) and the output target.
    public let planned: PlannedJob
    /// Where the image is saved (its extension may still change to follow the bytes).
    public let target: URL
    /// True when the item had no `filename` and `target` is the deterministic `<index>-<slug>.<ext>`.
    public let automaticName: Bool
    /// An image already saved for this item on an earlier run (same name, any image extension).
    public let existing: URL?
    /// Whether `--force` asked to run it even so.
    public let force: Bool
    /// `RequestFingerprint` of this item's request now.
    public var fingerprint = ""
    /// The fingerprint the last run recorded for `existing`, when it recorded one.
    public var recordedFingerprint: String?
    /// The earlier run's record of `existing`, for a job that is skipped because that run made its image; the
    /// results file keeps it (marked `kept`) rather than replacing it with a bare `skipped`.
    public var earlierRecord: BatchManifest.Job?

    /// Creates a job.
    public init(item: BatchItem, planned: PlannedJob, target: URL, automaticName: Bool, existing: URL?, force: Bool) {
        self.item = item
        self.planned = planned
        self.target = target
        self.automaticName = automaticName
        self.existing = existing
        self.force = force
    }

    /// True when `existing` was made for a different request: the item was edited since (its prompt, options,
    /// model or input images). Such an item runs again, and its new image is saved beside the old one.
    public var changedSinceExisting: Bool {
        existing != nil && recordedFingerprint != nil && recordedFingerprint != fingerprint
    }

    /// False when the output exists for this same request (or with no record of its request) and `--force`
    /// was not given: the job is skipped and nothing is spent.
    public var willRun: Bool { existing == nil || force || changedSinceExisting }
}

/// How output names are compared across runs: the writer may change an extension to follow the bytes
/// (`cat.png` saved as `cat.jpg`), so a name counts as taken whatever image extension it ended up with.
enum OutputNames {
    /// Extensions the writer replaces rather than appends to.
    static let replacedExtensions =
        ImageFormat.allCases.flatMap(\.acceptedExtensions) + ["gif", "bmp", "tif", "tiff", "heic"]

    /// `target` without an image extension: `out/cat.png` → `out/cat`; `out/cat.v2` stays as it is.
    static func stem(of target: URL) -> URL {
        replacedExtensions.contains(target.pathExtension.lowercased()) ? target.deletingPathExtension() : target
    }

    /// An image the writer could have saved for `target` on an earlier run, if one exists.
    static func existing(for target: URL) -> URL? {
        let stem = stem(of: target)
        let candidates =
            [target] + ImageFormat.allCases.flatMap(\.acceptedExtensions).map { stem.appendingPathExtension($0) }
        for candidate in candidates {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
                !isDirectory.boolValue,
                ImageFormat.allCases.flatMap(\.acceptedExtensions).contains(candidate.pathExtension.lowercased())
            {
                return candidate
            }
        }
        return nil
    }
}
