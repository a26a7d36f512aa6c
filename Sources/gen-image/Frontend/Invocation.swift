import Foundation
import ImageAPIClient

/// Everything one run needs, read from the parsed flags and the environment, with every value checked.
struct Invocation {
    var job: ImageJob
    /// Provider, key, base URL, retries…: read the same way as by every other command.
    var connection: ConnectionOptions
    var dryRun: Bool
    var json: Bool

    var apiKey: String? { connection.apiKey }
    var baseURL: URL { connection.baseURL }
    var provider: Provider { connection.provider }
    var quiet: Bool { connection.quiet }

    /// Builds the run from flags and environment; `readStdin` supplies the prompt for `-p -`, at most
    /// `ImageJob.maxPromptBytes + 1` bytes (see `StandardInput.prompt`).
    init(
        _ parsed: ParsedArguments,
        environment: [String: String],
        currentDirectory: URL,
        readStdin: () -> Data
    ) throws(UsageError) {
        guard let rawPrompt = parsed.value(.prompt) else {
            throw UsageError(Message.usageMissingPrompt, hint: Message.usageMissingPromptHint)
        }
        var prompt = rawPrompt
        if rawPrompt == "-" {
            // Read no further than the longest prompt can be: a 300 MB stdin costs 128 KB, not 300 MB.
            let data = readStdin()
            guard data.count <= ImageJob.maxPromptBytes else {
                throw UsageError(Message.plannerPromptStdinTooLong, hint: Message.plannerPromptTooLongHint)
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw UsageError(Message.usageStdinNotUtf8)
            }
            prompt = text
            while prompt.hasSuffix("\n") || prompt.hasSuffix("\r\n") || prompt.hasSuffix("\r") {
                prompt.removeLast()
            }
        }

        // Each row that fills a request parameter, read by the parameter's rule; the planner checks the values.
        var options = ImageOptions()
        for row in OptionTable.all {
            guard let option = row.parameter, parsed.has(row.key) else { continue }
            let text = parsed.value(row.key) ?? "true"
            if case .integer(let range, _, _) = option.rule, Int(text.trimmingCharacters(in: .whitespaces)) == nil {
                throw UsageError(
                    Message.usageInvalidValue(value: text, option: row.displayName),
                    hint: Message.parameterWholeNumber(low: String(range.lowerBound), high: String(range.upperBound)))
            }
            options[option] = text
        }

        var aspect: AspectRequest?
        if let text = parsed.value(.aspect) {
            guard let ratio = AspectRatio(parsing: text) else {
                throw UsageError(
                    Message.usageInvalidValue(value: text, option: "--aspect"),
                    hint: Message.usageAspectHint)
            }
            aspect = AspectRequest(ratio: ratio)
        }
        if let text = parsed.value(.resolution) {
            guard let resolution = Resolution(rawValue: text.lowercased()) else {
                throw UsageError(
                    Message.usageInvalidValue(value: text, option: "--resolution"),
                    hint: Message.usageResolutionHint)
            }
            guard aspect != nil else {
                throw UsageError(
                    Message.usageResolutionNeedsAspect, hint: Message.usageResolutionNeedsAspectHint)
            }
            aspect?.resolution = resolution
            aspect?.resolutionGiven = true
        }

        let connection = try ConnectionOptions(parsed, environment: environment)

        let model: ModelChoice
        if let name = parsed.value(.model) {
            model = .explicit(name)
        } else {
            let preferred = environment["GEN_IMAGE_MODEL"].flatMap { $0.isEmpty ? nil : $0 }
            model = .automatic(preferred: preferred)
        }

        var output = OutputTarget.automatic(directory: currentDirectory)
        if let path = parsed.value(.filename) {
            guard !path.isEmpty else {
                throw UsageError(Message.usageFilenameEmpty, hint: Message.usageFilenameEmptyHint)
            }
            let expanded = (path as NSString).expandingTildeInPath
            let url = URL(fileURLWithPath: expanded, relativeTo: currentDirectory).standardizedFileURL
            output = path.hasSuffix("/") ? .automatic(directory: url) : .file(url)
        }

        job = ImageJob(
            prompt: prompt, inputImages: parsed.list(.inputImage), model: model, endpoint: connection.endpoint,
            options: options, output: output, timeout: connection.timeout, aspect: aspect,
            keepPartials: parsed.has(.keepPartials))
        job.toolModel = parsed.value(.toolModel)
        job.metadata = try Self.metadataMode(parsed)
        self.connection = connection
        dryRun = parsed.has(.dryRun)
        json = parsed.has(.json)
    }
}

extension Invocation {
    /// `--metadata embed|sidecar|none`, with `--no-metadata` as `none`; `embed` when neither is given.
    static func metadataMode(_ parsed: ParsedArguments) throws(UsageError) -> MetadataMode {
        var mode = MetadataMode.embed
        if let text = parsed.value(.metadata) {
            guard let chosen = MetadataMode(rawValue: text.lowercased().trimmingCharacters(in: .whitespaces)) else {
                throw UsageError(
                    Message.usageInvalidValue(value: text, option: "--metadata"),
                    hint: Message.usageMetadataHint)
            }
            mode = chosen
        }
        if parsed.has(.noMetadata) {
            guard mode == .embed && !parsed.has(.metadata) || mode == .none else {
                throw UsageError(Message.usageMetadataConflict(value: mode.rawValue))
            }
            mode = .none
        }
        return mode
    }
}
