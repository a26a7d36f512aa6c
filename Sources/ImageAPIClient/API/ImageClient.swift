import Foundation

/// Generates and edits images through an OpenAI-compatible gateway; the library's one entry point.
///
/// It never prints and never exits: it returns an `ImageResult` or throws an `ImageAPIError`, and reports
/// progress through an optional callback, so the same client serves a terminal, an agent and a batch runner.
///
/// ```swift
/// let client = ImageClient(configuration: .init(baseURL: url, apiKey: key))
/// let result = try await client.generate(ImageJob(prompt: "一只可爱的橘猫在草地上玩耍"))
/// let saved = result.files[0].path   // the front end decides how to show it
/// ```
public struct ImageClient: Sendable {
    /// Where to send requests and how.
    public struct Configuration: Sendable {
        /// The API base, e.g. `https://api.apiyi.com/v1`.
        public var baseURL: URL
        /// The bearer token; checked when a job runs, not when it is planned.
        public var apiKey: String?
        /// Sent as `User-Agent` (libcurl's default names neither the tool nor its version).
        public var userAgent: String
        /// The network seam.
        public var transport: HTTPTransport
        /// Makes multipart boundaries; tests fix it to compare bodies byte for byte.
        public var multipartBoundary: @Sendable () -> String

        /// Creates a configuration.
        public init(
            baseURL: URL,
            apiKey: String?,
            userAgent: String = "gen-image/\(GenImageVersion.current)",
            transport: HTTPTransport = .urlSession(),
            multipartBoundary: @escaping @Sendable () -> String = {
                "gen-image-" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            }
        ) {
            self.baseURL = baseURL
            self.apiKey = apiKey
            self.userAgent = userAgent
            self.transport = transport
            self.multipartBoundary = multipartBoundary
        }
    }

    /// The configuration in use.
    public let configuration: Configuration

    /// Whether a non-blank key is configured; a front end can say so before announcing any work.
    public var hasAPIKey: Bool {
        !(configuration.apiKey?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true)
    }

    /// Creates a client.
    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Checks a job and decides everything about it without sending anything or needing a key.
    ///
    /// - Throws: `ImageAPIError` with a usage code (`invalid_argument`, `unsupported_option`, `input_*`).
    public func plan(_ job: ImageJob) throws(ImageAPIError) -> PlannedJob {
        try JobPlanner.plan(job)
    }

    /// Plans and runs a job.
    public func generate(
        _ job: ImageJob,
        events: @escaping @Sendable (ImageEvent) -> Void = { _ in }
    ) async throws(ImageAPIError) -> ImageResult {
        try await run(try plan(job), events: events)
    }

    /// Sends a planned job, fetches the image if the reply points at one, and saves it without ever
    /// overwriting a file or leaving half of one.
    ///
    /// - Throws: `ImageAPIError`; `auth_missing` when there is no key, before anything is sent.
    public func run(
        _ planned: PlannedJob,
        events: @escaping @Sendable (ImageEvent) -> Void = { _ in }
    ) async throws(ImageAPIError) -> ImageResult {
        guard let key = configuration.apiKey?.trimmingCharacters(in: .whitespacesAndNewlines), !key.isEmpty else {
            throw ImageAPIError.noAPIKey
        }
        let temporaryFiles = TemporaryFiles()
        defer { temporaryFiles.removeAll() }
        let context = RequestContext(
            baseURL: configuration.baseURL,
            headers: [
                (name: "Authorization", value: "Bearer \(key)"),
                (name: "Accept", value: "application/json"),
                (name: "User-Agent", value: configuration.userAgent),
            ],
            temporaryFiles: temporaryFiles,
            multipartBoundary: configuration.multipartBoundary)
        let request: HTTPRequest
        switch planned.endpoint {
        case .chat: request = try ChatCompletionsBackend.request(for: planned, context: context)
        case .images: request = try ImagesBackend.request(for: planned, context: context)
        }

        let started = ContinuousClock.now
        let transport = configuration.transport
        let downloader = ImageDownloader(transport: transport, userAgent: configuration.userAgent)
        let phase = PhaseTracker()
        let fetched: Fetched
        do {
            fetched = try await withDeadline(seconds: planned.timeout) {
                events(.sending(url: request.url.absoluteString))
                let response = try await transport.send(request)
                guard (200..<300).contains(response.status) else { throw FailureDescriber.http(response) }
                let reply = try ReplyParser.parse(response)
                switch reply.payload {
                case .inline(let data):
                    return Fetched(data: data, response: response, usage: reply.usage, sourceURL: nil)
                case .remote(let url):
                    phase.downloading(url)
                    events(.downloading(url: url))
                    let data = try await downloader.fetch(url)
                    return Fetched(data: data, response: response, usage: reply.usage, sourceURL: url)
                }
            }
        } catch let error as ImageAPIError {
            throw error
        } catch is DeadlineExceeded {
            throw timeoutError(planned, url: request.url, downloading: phase.url)
        } catch {
            throw FailureDescriber.network(error, url: request.url, timeout: planned.timeout)
        }

        guard let facts = ImageInspector.inspect(fetched.data) else {
            throw ImageAPIError(
                .badResponse, "the reply's image is not a PNG, JPEG or WebP image",
                hint: "try again; the gateway sent something that is not an image",
                requestID: fetched.response.requestID, sourceURL: fetched.sourceURL)
        }
        events(.saving)
        let writer = ImageWriter(temporaryFiles: temporaryFiles)
        let outcome = try writer.write(
            fetched.data, format: facts.format, prompt: planned.prompt, target: planned.job.output)
        let elapsed = ContinuousClock.now - started
        let saved = SavedImage(
            path: outcome.url, byteCount: fetched.data.count, width: facts.width, height: facts.height,
            format: facts.format)
        return ImageResult(
            files: [saved], model: planned.model, endpoint: planned.endpoint, mode: planned.mode,
            elapsed: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
            attempts: 1, requestID: fetched.response.requestID, usage: fetched.usage, sourceURL: fetched.sourceURL,
            promptSent: planned.prompt, notes: outcome.notes)
    }

    private func timeoutError(_ planned: PlannedJob, url: URL, downloading: String?) -> ImageAPIError {
        let limit = Seconds.text(planned.timeout)
        if let downloading {
            return ImageAPIError(
                .timeout, "the image was ready but its download did not finish within \(limit)",
                hint: ImageDownloader.byHandHint + ", or raise --timeout", sourceURL: downloading)
        }
        return ImageAPIError(
            .timeout, "no image from \(url.host ?? url.absoluteString) within \(limit)",
            hint: FailureDescriber.timeoutHint)
    }
}

/// What came back before saving.
private struct Fetched: Sendable {
    let data: Data
    let response: HTTPResponse
    let usage: JSONValue?
    let sourceURL: String?
}

/// Remembers whether the deadline hit while downloading, so the timeout error can say so and keep the URL.
private final class PhaseTracker: @unchecked Sendable {
    private let lock = NSLock()
    private var downloadURL: String?

    func downloading(_ url: String) { lock.withLock { downloadURL = url } }
    var url: String? { lock.withLock { downloadURL } }
}

/// gen-image's version, shared by the library's User-Agent and the command's `--version`.
public enum GenImageVersion {
    /// The version string.
    public static let current = "0.1.0"
}
