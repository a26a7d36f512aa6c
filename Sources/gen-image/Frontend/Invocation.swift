import Foundation
import ImageAPIClient

/// Everything one run needs, read from the parsed flags and the environment, with every value checked.
struct Invocation {
    var job: ImageJob
    var apiKey: String?
    var baseURL: URL
    var provider: Provider
    var quiet: Bool
    var dryRun: Bool
    var json: Bool
    var progressInterval: Double?
    var retryPolicy: RetryPolicy
    var allowInsecureHTTP: Bool

    /// Builds the run from flags and environment; `readStdin` supplies the prompt for `-p -`.
    init(
        _ parsed: ParsedArguments,
        environment: [String: String],
        currentDirectory: URL,
        readStdin: () -> Data
    ) throws(UsageError) {
        guard let rawPrompt = parsed.value(.prompt) else {
            throw UsageError(
                message: "missing -p/--prompt", hint: "e.g. gen-image -p \"一只可爱的橘猫在草地上玩耍\" -f cat.png")
        }
        var prompt = rawPrompt
        if rawPrompt == "-" {
            guard let text = String(data: readStdin(), encoding: .utf8) else {
                throw UsageError(message: "the prompt on stdin is not valid UTF-8")
            }
            prompt = text
            while prompt.hasSuffix("\n") || prompt.hasSuffix("\r\n") || prompt.hasSuffix("\r") {
                prompt.removeLast()
            }
        }

        var options = ImageOptions()
        options.size = parsed.value(.size)
        options.quality = parsed.value(.quality)
        options.outputFormat = parsed.value(.outputFormat)
        options.responseFormat = parsed.value(.responseFormat)
        if let text = parsed.value(.outputCompression) {
            guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
                throw UsageError(
                    message: "invalid value '\(text)' for -c/--output-compression",
                    hint: "use a whole number from 0 to 100")
            }
            options.outputCompression = value
        }

        var aspect: AspectRequest?
        if let text = parsed.value(.aspect) {
            guard let ratio = AspectRatio(parsing: text) else {
                throw UsageError(
                    message: "invalid value '\(text)' for --aspect", hint: "use W:H such as 16:9, 9:16 or 1:1")
            }
            aspect = AspectRequest(ratio: ratio)
        }
        if let text = parsed.value(.resolution) {
            guard let resolution = Resolution(rawValue: text.lowercased()) else {
                throw UsageError(message: "invalid value '\(text)' for --resolution", hint: "use 1k, 2k or 4k")
            }
            guard aspect != nil else {
                throw UsageError(
                    message: "--resolution needs --aspect", hint: "e.g. --aspect 16:9 --resolution 2k, or -s WxH")
            }
            aspect?.resolution = resolution
            aspect?.resolutionGiven = true
        }

        options.moderation = parsed.value(.moderation)
        options.background = parsed.value(.background)
        options.action = parsed.value(.action)
        if let text = parsed.value(.partialImages) {
            guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
                throw UsageError(
                    message: "invalid value '\(text)' for --partial-images", hint: "use a whole number from 0 to 3")
            }
            options.partialImages = value
        }

        let connection = try ConnectionOptions(parsed, environment: environment)
        let provider = connection.provider

        let model: ModelChoice
        if let name = parsed.value(.model) {
            model = .explicit(name)
        } else {
            let preferred = environment["GEN_IMAGE_MODEL"].flatMap { $0.isEmpty ? nil : $0 }
            model = .automatic(preferred: preferred ?? (provider == .apiyi ? nil : provider.defaultModel))
        }

        var output = OutputTarget.automatic(directory: currentDirectory)
        if let path = parsed.value(.filename) {
            guard !path.isEmpty else {
                throw UsageError(message: "-f/--filename is empty", hint: "pass a file name such as cat.png")
            }
            let expanded = (path as NSString).expandingTildeInPath
            let url = URL(fileURLWithPath: expanded, relativeTo: currentDirectory).standardizedFileURL
            output = path.hasSuffix("/") ? .automatic(directory: url) : .file(url)
        }

        job = ImageJob(
            prompt: prompt, inputImages: parsed.list(.inputImage), model: model, endpoint: connection.endpoint,
            options: options, output: output, timeout: connection.timeout, aspect: aspect,
            mask: parsed.value(.mask), stream: parsed.has(.stream), keepPartials: parsed.has(.keepPartials),
            instructions: parsed.value(.instructions))
        apiKey = connection.apiKey
        self.provider = provider
        baseURL = connection.baseURL
        quiet = connection.quiet
        dryRun = parsed.has(.dryRun)
        json = parsed.has(.json)
        progressInterval = connection.progressInterval
        retryPolicy = connection.retryPolicy
        allowInsecureHTTP = connection.allowInsecureHTTP
    }
}
