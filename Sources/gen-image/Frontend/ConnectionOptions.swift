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
    var retryPolicy: RetryPolicy
    var allowInsecureHTTP: Bool
    var quiet: Bool
    var progressInterval: Double?

    /// Reads and checks the options; every problem is a usage error, found before anything is sent.
    init(_ parsed: ParsedArguments, environment: [String: String]) throws(UsageError) {
        if let text = parsed.value(.endpoint) {
            guard let value = Endpoint(rawValue: text.lowercased()) else {
                throw UsageError(
                    message: "invalid value '\(text)' for --endpoint", hint: "use chat, images or responses")
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
                    message: "unknown provider '\(providerName)' in \(source)",
                    hint: "use one of: " + Provider.all.map(\.id).joined(separator: ", ")
                        + "; any other gateway works with --base-url")
            }
            provider = known
        }

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
        baseURL = base

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

        if let text = parsed.value(.lang), Language(rawValue: text.lowercased()) == nil {
            throw UsageError(message: "invalid value '\(text)' for --lang", hint: "use en or zh")
        }
        apiKey = parsed.value(.apiKey) ?? environment[provider.keyVariable]
        quiet = parsed.has(.quiet)
        progressInterval = environment["GEN_IMAGE_PROGRESS_INTERVAL"].flatMap(Double.init).flatMap { $0 > 0 ? $0 : nil }
    }

    /// A client with these options; each call makes a new one with its own connection pool.
    func makeClient() -> ImageClient {
        ImageClient(
            configuration: .init(
                baseURL: baseURL, apiKey: apiKey, retryPolicy: retryPolicy, allowInsecureHTTP: allowInsecureHTTP,
                provider: provider))
    }
}
