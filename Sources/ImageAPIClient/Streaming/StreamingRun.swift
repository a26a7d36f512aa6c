import Foundation

extension ImageClient {
    /// Runs a streamed job: sends it, reads the events as they come (partial images reported and, with
    /// `--keep-partials`, saved), then saves every finished image.
    ///
    /// The deadline bounds the whole stream, not just the wait for its first byte. Finished images are saved
    /// only once the stream has ended well, so a failure leaves nothing behind but the partial images the
    /// user asked to keep. A gateway that ignores `stream: true` and answers in one JSON reply still works.
    func runStreaming(
        _ planned: PlannedJob, apiKey: String, events: @escaping @Sendable (ImageEvent) -> Void
    ) async throws(ImageAPIError) -> ImageResult {
        let temporaryFiles = TemporaryFiles()
        defer { temporaryFiles.removeAll() }
        let context = RequestContext(
            baseURL: configuration.baseURL,
            headers: [
                (name: "Authorization", value: "Bearer \(apiKey)"),
                (name: "Accept", value: "text/event-stream"),
                (name: "User-Agent", value: configuration.userAgent),
            ],
            temporaryFiles: temporaryFiles,
            multipartBoundary: configuration.multipartBoundary)
        let request: HTTPRequest
        switch planned.endpoint {
        case .responses: request = try ResponsesBackend.request(for: planned, context: context)
        case .images: request = try ImagesBackend.request(for: planned, context: context)
        case .chat:
            throw ImageAPIError(
                .unsupportedOption, "\(planned.model) does not accept --stream on the chat endpoint",
                hint: "drop --stream, or use --endpoint images")
        }
        let started = ContinuousClock.now
        let collector = StreamCollector()
        let reader = StreamReader(
            planned: planned, request: request, transport: configuration.transport,
            userAgent: configuration.userAgent,
            naming: StreamNaming(target: planned.job.output, prompt: planned.prompt),
            temporaryFiles: temporaryFiles, collector: collector, events: events)
        do {
            try await withDeadline(seconds: planned.timeout) { try await reader.read() }
        } catch {
            throw StreamReader.describe(error, planned: planned, url: request.url, collector: collector)
        }
        let images = try StreamReader.finishedImages(planned: planned, url: request.url, collector: collector)
        events(.saving)
        let saved = try StreamReader.save(
            images, planned: planned, naming: reader.naming, temporaryFiles: temporaryFiles)
        let elapsed = ContinuousClock.now - started
        var notes = collector.partialNotes + saved.notes
        if !collector.isClosed {
            notes.append(
                Diagnostic(
                    .warning, code: "stream_unfinished",
                    "the stream ended without its closing event; saved the \(images.count) finished "
                        + (images.count == 1 ? "image" : "images") + " it delivered"))
        }
        var result = ImageResult(
            files: saved.files, model: planned.model, endpoint: planned.endpoint, mode: planned.mode,
            elapsed: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
            attempts: 1, requestID: collector.requestID, usage: collector.usage, sourceURL: collector.sourceURL,
            promptSent: planned.prompt, notes: notes)
        result.partialFiles = collector.savedPartials
        return result
    }
}
