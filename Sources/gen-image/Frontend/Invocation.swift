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

        var endpoint: Endpoint?
        if let text = parsed.value(.endpoint) {
            guard let value = Endpoint(rawValue: text.lowercased()) else {
                throw UsageError(message: "invalid value '\(text)' for --endpoint", hint: "use chat or images")
            }
            endpoint = value
        }

        let providerName =
            parsed.value(.provider) ?? environment["GEN_IMAGE_PROVIDER"].flatMap { $0.isEmpty ? nil : $0 }
        var provider = Provider.apiyi
        if let providerName {
            guard let known = Provider.named(providerName) else {
                let source = parsed.has(.provider) ? "--provider" : "GEN_IMAGE_PROVIDER"
                throw UsageError(
                    message: "unknown provider '\(providerName)' in \(source)",
                    hint: "use one of: " + Provider.all.map(\.id).joined(separator: ", ")
                        + "; any other gateway works with --base-url")
            }
            provider = known
        }

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

        var timeout: Double?
        if let text = parsed.value(.timeout) {
            guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value > 0, value.isFinite else {
                throw UsageError(
                    message: "invalid value '\(text)' for --timeout",
                    hint: "use a number of seconds, e.g. --timeout 600")
            }
            timeout = value
        }

        let baseText =
            parsed.value(.baseURL) ?? environment["GEN_IMAGE_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? provider.baseURL.absoluteString
        guard let base = URL(string: baseText), let scheme = base.scheme?.lowercased(),
            scheme == "https" || scheme == "http", base.host != nil
        else {
            let source = parsed.has(.baseURL) ? "--base-url" : "GEN_IMAGE_BASE_URL"
            let shown = baseText.contains("@") ? "…@" + (baseText.split(separator: "@").last ?? "") : baseText
            throw UsageError(
                message: "invalid \(source) '\(shown)'", hint: "use an http(s) URL such as https://api.apiyi.com/v1")
        }

        var retries = 2
        if let text = parsed.value(.retries) {
            guard let value = Int(text.trimmingCharacters(in: .whitespaces)), (0...10).contains(value) else {
                throw UsageError(
                    message: "invalid value '\(text)' for --retries", hint: "use a whole number from 0 to 10")
            }
            retries = value
        }
        // A testing hook: scales every wait between attempts (0.001 makes a 4 s backoff take 4 ms).
        let scale = environment["GEN_IMAGE_RETRY_DELAY_SCALE"].flatMap(Double.init).flatMap { $0 >= 0 ? $0 : nil } ?? 1
        retryPolicy = RetryPolicy(
            maxRetries: retries, retryOnTimeout: parsed.has(.retryOnTimeout),
            sleep: { seconds in try await Task.sleep(nanoseconds: UInt64(max(seconds * scale, 0) * 1_000_000_000)) })
        allowInsecureHTTP = parsed.has(.allowInsecureHTTP)

        job = ImageJob(
            prompt: prompt, inputImages: parsed.list(.inputImage), model: model, endpoint: endpoint,
            options: options, output: output, timeout: timeout, aspect: aspect)
        apiKey = parsed.value(.apiKey) ?? environment[provider.keyVariable]
        self.provider = provider
        baseURL = base
        quiet = parsed.has(.quiet)
        dryRun = parsed.has(.dryRun)
        progressInterval = environment["GEN_IMAGE_PROGRESS_INTERVAL"].flatMap(Double.init).flatMap { $0 > 0 ? $0 : nil }
    }
}
