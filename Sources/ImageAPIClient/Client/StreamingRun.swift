import Foundation

extension ImageClient {
    /// Runs a streamed job: sends it, reads the events as they come (partial images reported and, with
    /// `--keep-partials`, saved), then saves every finished image.
    ///
    /// The deadline bounds the whole stream, not just the wait for its first byte. Finished images are saved
    /// only once the stream has ended well, so a failure leaves nothing behind but the partial images the
    /// user asked to keep. A gateway that ignores `stream: true` and answers in one JSON reply still works.
    /// Failures before the stream starts are retried under the client's `RetryPolicy`.
    func runStreaming(
        _ planned: PlannedJob, apiKey: String, events: @escaping @Sendable (ImageEvent) -> Void
    ) async throws(ImageAPIError) -> ImageResult {
        let temporaryFiles = TemporaryFiles()
        defer { temporaryFiles.removeAll() }
        // The same builder as a whole reply and `--dry-run`: it asks for `text/event-stream` when streaming.
        let request = try makeRequest(planned, key: apiKey, temporaryFiles: temporaryFiles)
        let started = ContinuousClock.now
        let naming = StreamNaming(for: planned, prompt: planned.prompt)
        var collector = StreamCollector()
        // Only failures before the stream starts (no connection, an overloaded gateway's 429 or 5xx) are sent
        // again, under the same policy as whole replies; once events flow the request is being billed.
        let attempt: Int
        (_, attempt) = try await configuration.retryPolicy.run(
            events: events,
            cancelled: { attempts in
                let cancelled = ImageClient.cancelled(attempts: attempts)
                let kept = collector.savedPartials.count
                guard kept > 0 else { return cancelled }
                return cancelled.withHint(Message.streamCancelledKept(count: kept))
            }
        ) { _ throws(AttemptFailure) in
            collector = StreamCollector()
            let reader = StreamReader(
                planned: planned, request: request, transport: configuration.transport,
                userAgent: configuration.userAgent, naming: naming, temporaryFiles: temporaryFiles,
                collector: collector, events: events)
            do {
                try await withDeadline(seconds: planned.timeout) { try await reader.read() }
            } catch {
                throw StreamReader.attemptFailure(error, planned: planned, url: request.url, collector: collector)
            }
        }
        var images: [StreamCollector.Image] = []
        let saved: (files: [SavedImage], notes: [Diagnostic])
        do {
            images = try StreamReader.finishedImages(planned: planned, url: request.url, collector: collector)
            events(.saving)
            let stamp = ProvenanceMaker.stamp(
                planned, provider: configuration.provider, requestID: collector.requestID, usage: collector.usage,
                billedImages: images.count, key: apiKey)
            saved = try StreamReader.save(
                images, planned: planned, naming: naming, temporaryFiles: temporaryFiles, stamp: stamp)
        } catch {
            let failure = error.after(attempts: attempt)
            guard !images.isEmpty else { throw failure }
            // Billed, and kept aside or lost: the cost and the link stay known, as for a whole reply.
            throw failure.billed(
                images: collector.images(includingPartials: collector.isClosed).count, usage: collector.usage
            ).filling(sourceURL: collector.sourceURL)
        }
        let elapsed = ContinuousClock.now - started
        var notes = collector.partialNotes + saved.notes
        for file in saved.files { notes += DeliveryCheck.diagnostics(planned, image: file) }
        if !collector.isClosed {
            notes.append(
                Diagnostic(
                    .warning, code: "stream_unfinished", Message.streamUnfinished(count: images.count)))
        }
        var result = ImageResult(
            files: saved.files, model: planned.model, endpoint: planned.endpoint, mode: planned.mode,
            elapsed: Seconds.of(elapsed),
            attempts: attempt, requestID: collector.requestID, usage: collector.usage, sourceURL: collector.sourceURL,
            promptSent: planned.prompt, notes: notes)
        result.partialFiles = collector.savedPartials
        result.billedImages = images.count
        return result
    }
}
