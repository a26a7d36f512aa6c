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
        /// Which failures are sent again, how often, and how long to wait in between.
        public var retryPolicy: RetryPolicy
        /// Whether the key may be sent over plain http to a host other than this machine.
        public var allowInsecureHTTP: Bool
        /// The gateway's row, used to name the right key variable when the key is missing.
        public var provider: Provider

        /// Creates a configuration.
        public init(
            baseURL: URL,
            apiKey: String?,
            userAgent: String = "gen-image/\(GenImageVersion.current)",
            transport: HTTPTransport = .standard(),
            multipartBoundary: @escaping @Sendable () -> String = {
                "gen-image-" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            },
            retryPolicy: RetryPolicy = RetryPolicy(),
            allowInsecureHTTP: Bool = false,
            provider: Provider = .apiyi
        ) {
            self.baseURL = baseURL
            self.apiKey = apiKey
            self.userAgent = userAgent
            self.transport = transport
            self.multipartBoundary = multipartBoundary
            self.retryPolicy = retryPolicy
            self.allowInsecureHTTP = allowInsecureHTTP
            self.provider = provider
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
    /// - Throws: `ImageAPIError` with a usage code (`invalid_argument`, `unsupported_option`, `input_*`),
    ///   including a base URL unfit to receive the key (see `BaseURLCheck`).
    public func plan(_ job: ImageJob) throws(ImageAPIError) -> PlannedJob {
        try BaseURLCheck.validate(configuration.baseURL, allowInsecureHTTP: configuration.allowInsecureHTTP)
        return try JobPlanner.plan(job, provider: configuration.provider)
    }

    /// Plans and runs a job.
    public func generate(
        _ job: ImageJob,
        events: @escaping @Sendable (ImageEvent) -> Void = { _ in }
    ) async throws(ImageAPIError) -> ImageResult {
        try await run(try plan(job), events: events)
    }

    /// Sends a planned job (again, when a failure is worth retrying), fetches the image if the reply points at
    /// one, and saves it without ever overwriting a file or leaving half of one.
    ///
    /// Cancelling the calling task stops the transfer, removes every temporary file and throws `cancelled`.
    ///
    /// - Throws: `ImageAPIError`; `auth_missing` when there is no key, before anything is sent. The key never
    ///   appears in a thrown error or a reported event.
    public func run(
        _ planned: PlannedJob,
        events: @escaping @Sendable (ImageEvent) -> Void = { _ in }
    ) async throws(ImageAPIError) -> ImageResult {
        // A key with a line break would put a header of its own into the request: refused, never trimmed.
        if let key = configuration.apiKey { try KeyCheck.validate(key) }
        guard let key = configuration.apiKey?.trimmingCharacters(in: .whitespacesAndNewlines), !key.isEmpty else {
            throw ImageAPIError.missingKey(for: configuration.provider)
        }
        try BaseURLCheck.validate(configuration.baseURL, allowInsecureHTTP: configuration.allowInsecureHTTP)
        let redactedEvents: @Sendable (ImageEvent) -> Void = { event in
            if case .retrying(let notice) = event {
                events(
                    .retrying(
                        RetryNotice(
                            attempt: notice.attempt, maxAttempts: notice.maxAttempts,
                            error: notice.error.redacting(key).redactingBase64(), delay: notice.delay,
                            delayFromRetryAfter: notice.delayFromRetryAfter)))
            } else {
                events(event)
            }
        }
        // The folders are made now, before anything is sent, so a path that cannot be made costs nothing; the
        // free space is checked again, since a batch item may start long after it was planned.
        let created = try JobPlanner.about(.filename) { () throws(ImageAPIError) in
            try OutputPreflight.prepare(planned.output, largest: OutputSpace.bound(for: planned))
        }
        do {
            return try await perform(planned, key: key, events: redactedEvents)
        } catch {
            // No image where asked: the folders made for it go too (only while empty).
            OutputPreflight.removeCreated(created)
            throw ModelWords.fitted(error, prompt: planned.prompt).redacting(key).redactingBase64()
        }
    }

    private func perform(
        _ planned: PlannedJob, key: String, events: @escaping @Sendable (ImageEvent) -> Void
    ) async throws(ImageAPIError) -> ImageResult {
        if planned.stream {
            return try await runStreaming(planned, apiKey: key, events: events)
        }
        let temporaryFiles = TemporaryFiles()
        defer { temporaryFiles.removeAll() }
        let request = try makeRequest(planned, key: key, temporaryFiles: temporaryFiles)

        let started = ContinuousClock.now
        let (fetched, attempt) = try await configuration.retryPolicy.run(
            events: events, cancelled: { Self.cancelled(attempts: $0) }
        ) { _ throws(AttemptFailure) in
            try await self.attempt(
                request, planned: planned, key: key, temporaryFiles: temporaryFiles, events: events)
        }

        guard let facts = ImageInspector.inspect(fetched.data) else {
            throw ImageAPIError(
                .badResponse, Message.replyImageNotImage, hint: Message.replyNotImageHint,
                requestID: fetched.response.requestID, sourceURL: fetched.sourceURL, attempts: attempt)
        }
        // Several images in one reply were all billed: each is saved, as `<name>-1`, `<name>-2`, ….
        let extra =
            fetched.imageCount > 1
            ? planned.backend.additionalImages(in: fetched.response) : (payloads: [], beyondCap: 0)
        let naming =
            extra.payloads.isEmpty && planned.variantName == nil
            ? nil : StreamNaming(for: planned, prompt: planned.userPrompt)
        let count = 1 + extra.payloads.count
        events(.saving)
        let writer = ImageWriter(temporaryFiles: temporaryFiles)
        let stamp = ProvenanceMaker.stamp(
            planned, provider: configuration.provider, requestID: fetched.response.requestID, usage: fetched.usage,
            billedImages: fetched.imageCount, key: key)
        let outcome: ImageWriter.Outcome
        do {
            outcome = try writer.write(
                fetched.data, format: facts.format, prompt: planned.userPrompt,
                target: naming?.final(1, of: count, format: facts.format) ?? planned.output, stamp: stamp)
        } catch {
            // Billed but not savable where asked (disk full, folder gone): keep it in the recovery folder.
            var failure = error.after(attempts: attempt).filling(sourceURL: fetched.sourceURL)
                .billed(images: fetched.imageCount, usage: fetched.usage)
            if let kept = RecoveryFolder.keepAnywhere(
                fetched.data, format: facts.format, prompt: planned.userPrompt, temporaryFiles: temporaryFiles,
                stamp: stamp)
            {
                failure = failure.recovered(at: kept.path).appendingHint(Message.outputRecovered(path: kept.path))
                if RecoveryFolder.isMemoryBacked(kept) {
                    failure = failure.appendingHint(Message.outputRecoveredInMemory)
                }
            } else {
                failure = failure.declaredLost(link: fetched.sourceURL)
            }
            // The reply's other images were billed too: each is saved or kept in the same way, and said.
            if let naming {
                let more = await saveAdditional(
                    extra.payloads, naming: naming, count: count, prompt: planned.userPrompt, writer: writer,
                    timeout: planned.timeout, stamp: stamp)
                for file in more.files where !more.notes.contains(where: { $0.message.contains(file.path.path) }) {
                    failure = failure.appendingHint(Message.outputSavedOther(path: file.path.path))
                }
                for note in more.notes { failure = failure.appendingHint(note.text) }
            }
            throw failure
        }
        var saved = SavedImage(
            path: outcome.url, byteCount: outcome.byteCount, width: facts.width, height: facts.height,
            format: facts.format)
        saved.sidecar = outcome.sidecar
        var files = [saved]
        var notes = outcome.notes
        if let naming {
            let more = await saveAdditional(
                extra.payloads, naming: naming, count: count, prompt: planned.userPrompt, writer: writer,
                timeout: planned.timeout, stamp: stamp)
            files += more.files
            notes += more.notes
        }
        if extra.beyondCap > 0 {
            notes.append(
                Diagnostic(
                    .warning, code: "images_beyond_cap",
                    Message.replySeveralBeyond(
                        total: String(fetched.imageCount), max: String(ReplyParser.maxImagesPerReply),
                        rest: String(extra.beyondCap))))
        }
        for file in files { notes += DeliveryCheck.diagnostics(planned, image: file) }
        let elapsed = ContinuousClock.now - started
        var result = ImageResult(
            files: files, model: planned.model, endpoint: planned.endpoint, mode: planned.mode,
            elapsed: Seconds.of(elapsed),
            attempts: attempt, requestID: fetched.response.requestID, usage: fetched.usage,
            sourceURL: fetched.sourceURL, promptSent: planned.prompt, notes: fetched.notes + notes)
        result.billedImages = fetched.imageCount
        return result
    }

    /// The request `run` would send: the plan's backend describes it and `BodyWriter` writes it; its body may
    /// live in a file tracked by `temporaryFiles`.
    func makeRequest(
        _ planned: PlannedJob, key: String, temporaryFiles: TemporaryFiles
    ) throws(ImageAPIError) -> HTTPRequest {
        let description = planned.backend.request(for: planned, boundary: configuration.multipartBoundary)
        let request = try BodyWriter.request(
            description, context: requestContext(planned, key: key), temporaryFiles: temporaryFiles)
        // No cap on the whole: a reply's images go to disk as they arrive, each capped by `ReplyScanner`, an
        // error reply is capped as it is read, and a stream is capped event by event by `StreamReader`.
        return request
    }

    /// Where requests go and the headers every one carries.
    func requestContext(_ planned: PlannedJob, key: String) -> RequestContext {
        RequestContext(
            baseURL: configuration.baseURL,
            headers: [
                (name: "Authorization", value: "Bearer \(key)"),
                (name: "Accept", value: planned.stream ? "text/event-stream" : "application/json"),
                (name: "User-Agent", value: configuration.userAgent),
            ])
    }

    /// Sends the request once under the deadline, and downloads the image if the reply points at one.
    private func attempt(
        _ request: HTTPRequest, planned: PlannedJob, key: String, temporaryFiles: TemporaryFiles,
        events: @escaping @Sendable (ImageEvent) -> Void
    ) async throws(AttemptFailure) -> FetchedImage {
        let transport = configuration.transport
        let downloader = ImageDownloader(transport: transport, userAgent: configuration.userAgent)
        let phase = PhaseTracker()
        do {
            return try await withDeadline(seconds: planned.timeout) {
                events(.sending(url: request.url.absoluteString))
                var response = try await receive(request, planned: planned, temporaryFiles: temporaryFiles)
                // The key is masked in the bytes before anything reads, cuts or quotes them.
                response.body = Redaction.scrub(response.body, secret: key)
                guard (200..<300).contains(response.status) else { throw Self.httpFailure(response) }
                phase.answered()
                let reply = try planned.backend.decodeReply(response)
                switch reply.payload {
                case .inline(let data):
                    return FetchedImage(
                        data: data, response: response, usage: reply.usage, sourceURL: nil, notes: reply.notes,
                        imageCount: reply.imageCount)
                case .remote(let url):
                    phase.downloading(url)
                    events(.downloading(url: url))
                    let data = try await downloader.fetch(url)
                    return FetchedImage(
                        data: data, response: response, usage: reply.usage, sourceURL: url, notes: reply.notes,
                        imageCount: reply.imageCount)
                }
            }
        } catch let failure as AttemptFailure {
            throw failure
        } catch let error as ImageAPIError {
            throw AttemptFailure(error: error, retry: .never)
        } catch is DeadlineExceeded {
            if Task.isCancelled { throw AttemptFailure(error: Self.cancelled(attempts: nil), retry: .never) }
            let timeout = phase.deadlinePassed()
            let error = timeoutError(planned, url: request.url, downloading: timeout.downloading)
            throw AttemptFailure(error: error, retry: timeout.answered ? .never : .timedOutAfterSending)
        } catch {
            if Task.isCancelled { throw AttemptFailure(error: Self.cancelled(attempts: nil), retry: .never) }
            throw AttemptFailure(
                error: FailureDescriber.network(error, url: request.url, timeout: planned.timeout), retry: .never)
        }
    }

    /// A non-2xx reply; 429 and the 5xx a gateway uses for a passing overload are worth another try, a
    /// content block dressed as a 5xx is not.
    static func httpFailure(_ response: HTTPResponse) -> AttemptFailure {
        let error = FailureDescriber.http(response)
        let transient = [429, 500, 502, 503, 504].contains(response.status) && error.code != .contentBlocked
        guard transient else { return AttemptFailure(error: error, retry: .never) }
        let retryAfter = response.headers["retry-after"].flatMap { RetryAfter.seconds($0) }
        return AttemptFailure(error: error, retry: .transient(retryAfter: retryAfter))
    }

    /// A transport error; only failures to connect at all happen before the request is sent (and billed).
    static func transportFailure(_ error: any Error, url: URL, timeout: Double) -> AttemptFailure {
        let described = FailureDescriber.network(error, url: url, timeout: timeout)
        guard let urlError = error as? URLError else { return AttemptFailure(error: described, retry: .never) }
        switch urlError.code {
        case .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet,
            .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot:
            return AttemptFailure(error: described, retry: .transient(retryAfter: nil))
        case .timedOut:
            return AttemptFailure(error: described, retry: .timedOutAfterSending)
        default:
            return AttemptFailure(error: described, retry: .never)
        }
    }

    static func cancelled(attempts: Int?) -> ImageAPIError {
        ImageAPIError(
            .cancelled, Message.transportCancelled, hint: Message.transportCancelledHint, attempts: attempts)
    }

    private func timeoutError(_ planned: PlannedJob, url: URL, downloading: String?) -> ImageAPIError {
        let limit = planned.timeout
        if let downloading {
            return ImageAPIError(
                .timeout, Message.downloadTimeout(limit: limit), hint: Message.downloadByHandTimeout,
                sourceURL: downloading)
        }
        return ImageAPIError(
            .timeout, Message.transportNoImage(host: url.host ?? url.absoluteString, limit: limit),
            remedy: .raiseDeadline)
    }
}
