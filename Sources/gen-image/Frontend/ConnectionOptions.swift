import Foundation
import ImageAPIClient

/// The flags and environment every command that talks to the gateway reads the same way: provider, key, base
/// URL, endpoint, timeout, retries, plain-http permission, `--quiet` and the progress interval.
///
/// One place, so `gen-image -p …` and `gen-image batch` can never disagree about what `--retries 3` or a bad
/// `GEN_IMAGE_BASE_URL` means.
struct ConnectionOptions {
    /// `--provider` or `GEN_IMAGE_PROVIDER`: the gateway whose base URL, key variable and model are defaults.
    var provider: Provider
    var apiKey: String?
    var baseURL: URL
    var endpoint: Endpoint?
    var timeout: Double?
    /// `--max-time`: seconds for the whole run, retries and waits included.
    var maxTime: Double?
    /// The longest `--timeout`: a day. Longer is surely a typo, and unbounded values once trapped on conversion.
    static let maxTimeout = 86_400.0

    /// The shortest `--timeout` and `--max-time`: a second. Less cannot carry a request anywhere, and only
    /// fails (and may bill) after sending.
    static let minTimeout = 1.0

    /// A number of seconds from `text`: finite, from `minTimeout` to `maxTimeout`, or a usage error naming
    /// `option` (nothing a user types can reach a conversion that traps).
    private static func seconds(_ text: String, option: String, hint: Message, tooLong: Message) throws(UsageError)
        -> Double
    {
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value > 0, value.isFinite else {
            throw UsageError(Message.usageInvalidValue(value: text, option: option), hint: hint)
        }
        guard value >= minTimeout else {
            throw UsageError(
                Message.usageInvalidValue(value: text, option: option),
                hint: Message.usageSecondsTooShortHint(option: option))
        }
        guard value <= maxTimeout else {
            throw UsageError(
                Message.usageInvalidValue(value: text, option: option),
                hint: tooLong)
        }
        return value
    }

    var retryPolicy: RetryPolicy
    /// `GEN_IMAGE_RETRY_DELAY_SCALE`, a testing hook that scales every wait; batch paces 429s with it too.
    var retryDelayScale: Double = 1
    var allowInsecureHTTP: Bool
    var quiet: Bool
    var progressInterval: Double?

    /// Reads and checks the options; every problem is a usage error, found before anything is sent.
    init(_ parsed: ParsedArguments, environment: [String: String]) throws(UsageError) {
        if let text = parsed.value(.endpoint) {
            guard let value = Endpoint(rawValue: text.lowercased()) else {
                throw UsageError(
                    Message.usageInvalidValue(value: text, option: "--endpoint"),
                    hint: Message.usageEndpointHint)
            }
            endpoint = value
        }

        let providerName =
            parsed.value(.provider) ?? environment["GEN_IMAGE_PROVIDER"].flatMap { $0.isEmpty ? nil : $0 }
        provider = Provider.apiyi
        if let providerName {
            guard let known = Provider.named(providerName) else {
                let source = parsed.has(.provider) ? "--provider" : "GEN_IMAGE_PROVIDER"
                throw UsageError(
                    Message.usageUnknownProvider(provider: providerName, source: source),
                    hint: Message.usageUnknownProviderHint(providers: Provider.all.map(\.id).joined(separator: ", ")))
            }
            provider = known
        }

        if let text = parsed.value(.timeout) {
            timeout = try Self.seconds(
                text, option: "--timeout", hint: Message.usageTimeoutHint,
                tooLong: Message.usageTimeoutTooLongHint(max: String(Int(Self.maxTimeout))))
        }
        if let text = parsed.value(.maxTime) {
            maxTime = try Self.seconds(
                text, option: "--max-time", hint: Message.usageMaxTimeHint,
                tooLong: Message.usageMaxTimeTooLongHint(max: String(Int(Self.maxTimeout))))
        }

        let baseText =
            parsed.value(.baseURL) ?? environment["GEN_IMAGE_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? provider.baseURL.absoluteString
        if let problem = KeyCheck.problem(in: baseText) {
            throw UsageError(
                Message.baseUrlBadCharacter(
                    source: parsed.has(.baseURL) ? "--base-url" : "GEN_IMAGE_BASE_URL", character: problem.character,
                    position: String(problem.position)),
                hint: Message.keyLineEndingHint)
        }
        guard let base = BaseURLCheck.parse(baseText) else {
            let source = parsed.has(.baseURL) ? "--base-url" : "GEN_IMAGE_BASE_URL"
            let shown = baseText.contains("@") ? "…@" + (baseText.split(separator: "@").last ?? "") : baseText
            throw UsageError(
                Message.usageInvalidBaseUrl(source: source, url: shown),
                hint: Message.usageInvalidBaseUrlHint)
        }
        baseURL = base

        var retries = 2
        if let text = parsed.value(.retries) {
            guard let value = Int(text.trimmingCharacters(in: .whitespaces)), (0...10).contains(value) else {
                throw UsageError(
                    Message.usageInvalidValue(value: text, option: "--retries"),
                    hint: Message.parameterWholeNumber(low: "0", high: "10"))
            }
            retries = value
        }
        // A testing hook: scales every wait between attempts (0.001 makes a 4 s backoff take 4 ms).
        let scale = try Self.environmentNumber(environment, EnvironmentBound.retryDelayScale) ?? 1
        retryDelayScale = scale
        retryPolicy = RetryPolicy(
            maxRetries: retries, retryOnTimeout: parsed.has(.retryOnTimeout),
            sleep: { seconds in try await Task.sleep(nanoseconds: UInt64(max(seconds * scale, 0) * 1_000_000_000)) })
        allowInsecureHTTP = parsed.has(.allowInsecureHTTP)

        if let text = parsed.value(.lang), Language(rawValue: text.lowercased()) == nil {
            throw UsageError(
                Message.usageInvalidValue(value: text, option: "--lang"), hint: Message.usageLangHint)
        }
        apiKey = parsed.value(.apiKey) ?? environment[provider.keyVariable]
        // A key with a line break would add a header line of its own: exit 2 before anything is sent, never
        // trimmed silently, and the key never shown.
        if let key = apiKey, let problem = KeyCheck.problem(in: key) {
            throw UsageError(
                Message.keyBadCharacter(
                    source: parsed.has(.apiKey) ? "--api-key" : provider.keyVariable, character: problem.character,
                    position: String(problem.position)),
                hint: Message.keyLineEndingHint)
        }
        quiet = parsed.has(.quiet)
        progressInterval = try Self.environmentNumber(environment, EnvironmentBound.progressInterval)
    }

    /// The number environment variable `bound` names, checked as a flag's value is: nil when unset or empty,
    /// else finite and within the bound, or a usage error naming the variable (an unbounded interval once
    /// trapped on conversion, and a tiny one flooded stderr).
    static func environmentNumber(_ environment: [String: String], _ bound: EnvironmentBound) throws(UsageError)
        -> Double?
    {
        guard let text = environment[bound.name], !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            return nil
        }
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite,
            bound.range.contains(value)
        else {
            throw UsageError(
                Message.usageInvalidValue(value: text, option: bound.name),
                hint: Message.usageEnvironmentRangeHint(
                    variable: bound.name, low: bound.range.lowerBound.formatted, high: bound.range.upperBound.formatted)
            )
        }
        return value
    }

    /// A client with these options; each call makes a new one with its own connection pool.
    func makeClient() -> ImageClient {
        ImageClient(
            configuration: .init(
                baseURL: baseURL, apiKey: apiKey, retryPolicy: retryPolicy, allowInsecureHTTP: allowInsecureHTTP,
                provider: provider))
    }
}

/// A number read from the environment, and the values it may take.
struct EnvironmentBound: Sendable {
    let name: String
    let range: ClosedRange<Double>

    /// Seconds between progress updates: at least a tenth of a second (faster floods stderr), at most an hour.
    static let progressInterval = EnvironmentBound(name: "GEN_IMAGE_PROGRESS_INTERVAL", range: 0.1...3_600)
    /// The factor on every wait between attempts: 0 (no waits) to 100.
    static let retryDelayScale = EnvironmentBound(name: "GEN_IMAGE_RETRY_DELAY_SCALE", range: 0...100)

    /// Every number gen-image reads from the environment.
    static let all = [progressInterval, retryDelayScale]
}

extension Double {
    /// The number as a person writes it: `0.1`, `3600`.
    fileprivate var formatted: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
