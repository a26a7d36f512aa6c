import Foundation

extension ImageClient {
    /// Runs a job asking for `-n` images: one request carrying `n` where the plan says it can
    /// (`PlannedJob.countPerRequest`), otherwise `imageCount` requests at once, each saving `NAME-<k>`, paced by
    /// the batch's handling of 429 (`BatchRunner`: a refused request waits for a slot and the gateway's
    /// `Retry-After`, and fewer go at once).
    ///
    /// Every image saved is in the result, in number order; a request that failed while others saved becomes
    /// a warning (`image_failed`) and is kept in `failures`. Only when none saved is the first failure thrown.
    public func runAll(
        _ planned: PlannedJob, waitScale: Double = 1,
        events: @escaping @Sendable (ImageEvent) -> Void = { _ in }
    ) async throws(ImageAPIError) -> ImageResult {
        let count = planned.imageCount
        guard count > 1, planned.countPerRequest == 1 else { return try await run(planned, events: events) }
        let naming = StreamNaming(target: planned.output, prompt: planned.userPrompt)
        let jobs = (1...count).map { number in
            var copy = planned
            copy.variantName = naming.variant(number)
            let target = naming.directory.appendingPathComponent(naming.variant(number).stem)
            return BatchJob(
                item: BatchItem(index: number, line: 0, prompt: planned.userPrompt), planned: copy, target: target,
                automaticName: false, existing: nil, force: false)
        }
        let runner = BatchRunner(
            options: .init(concurrency: count, waitScale: waitScale), makeClient: { self })
        let report = await runner.run(jobs) { event in
            if case .progress(_, let progress) = event { events(progress) }
        }
        let results = report.outcomes.compactMap(\.result)
        let failures = report.outcomes.compactMap { outcome -> ImageAPIError? in
            outcome.status == .ok ? nil : outcome.error
        }
        let saved = results.flatMap(\.files)
        if report.cancelled || saved.isEmpty {
            var error = failures.first { $0.code != .cancelled } ?? failures.first ?? Self.cancelled(attempts: nil)
            if report.cancelled { error = failures.first { $0.code == .cancelled } ?? Self.cancelled(attempts: nil) }
            for file in saved { error = error.appendingHint(Message.outputSavedOther(path: file.path.path)) }
            // Images saved before the cancellation were billed, and cost what they cost.
            let billed = results.reduce(0) { $0 + $1.billedImages } + (error.billedImages ?? 0)
            if billed > 0 { error = error.billed(images: billed, usage: error.usage) }
            throw error
        }
        var notes = results.flatMap(\.notes)
        for outcome in report.outcomes where outcome.status != .ok {
            guard let error = outcome.error else { continue }
            notes.append(
                Diagnostic(
                    .warning, code: "image_failed",
                    Message.severalImageFailed(
                        number: String(outcome.job.item.index), count: String(count), code: error.code.rawValue,
                        message: error.text)))
        }
        var result = ImageResult(
            files: saved, model: planned.model, endpoint: planned.endpoint, mode: planned.mode,
            elapsed: report.elapsed, attempts: results.reduce(0) { $0 + $1.attempts },
            requestID: results.first?.requestID, usage: nil, sourceURL: nil, promptSent: planned.prompt,
            notes: notes)
        result.billedImages = results.reduce(0) { $0 + $1.billedImages }
        result.parts = results
        result.failures = failures
        return result
    }
}

extension Message {
    static func severalImageFailed(number: String, count: String, code: String, message: Message) -> Message {
        Message(
            .severalImageFailed,
            .value("number", number),
            .value("count", count),
            .value("code", code),
            .message("message", message))
    }

    /// An item of a batch file is one image.
    static var batchFieldCount: Message {
        Message(.batchFieldCount)
    }
}
