import Foundation

/// Reads one streamed reply event by event into a `StreamCollector`, reporting partial images as they come
/// and saving them when asked; afterwards, turns what was collected into files or into one clear error.
struct StreamReader: Sendable {
    let planned: PlannedJob
    let request: HTTPRequest
    let transport: HTTPTransport
    let userAgent: String
    let naming: StreamNaming
    let temporaryFiles: TemporaryFiles
    let collector: StreamCollector
    let events: @Sendable (ImageEvent) -> Void

    /// Error replies are read up to this many bytes; the message needs only their start.
    static let errorBodyLimit = 1_000_000

    /// Sends the request and reads the reply to its closing event, the end of the body, or a failure.
    func read() async throws {
        events(.sending(url: request.url.absoluteString))
        let response: HTTPStreamResponse
        do {
            response = try await transport.stream(request)
        } catch {
            throw ImageClient.transportFailure(error, url: request.url, timeout: planned.timeout)
        }
        collector.requestID = response.requestID
        guard (200..<300).contains(response.status) else {
            throw ImageClient.httpFailure(
                try await response.collected(limit: Self.errorBodyLimit, truncating: true))
        }
        collector.answered()
        let folders = RecoveryFolder.spoolFolders(output: planned.output.destinationFolder)
        guard response.isEventStream else {
            // The whole reply is scanned as it arrives, its images going to spool files, as a whole reply is.
            let scanner = ReplyScanner(folders: folders, temporaryFiles: temporaryFiles)
            for try await chunk in response.body { try scanner.feed(chunk) }
            try Task.checkCancellation()
            let text = scanner.finish().text
            try await readWhole(HTTPResponse(status: response.status, headers: response.headers, body: text))
            return
        }
        var parser = SSEParser(spooling: SSEParser.Spooling(folders: folders, temporaryFiles: temporaryFiles))
        for try await chunk in response.body {
            var closed = false
            try parser.feed(chunk) { event in
                if !closed, try handle(event) { closed = true }
            }
            if closed { return }
        }
        try Task.checkCancellation()
        if parser.isInsideEvent {
            throw ImageAPIError(
                .networkError, Message.streamCutMidEvent(place: Self.place(request.url)),
                hint: Message.transportCutOffHint, requestID: collector.requestID)
        }
    }

    /// Acts on one event; true when it closed the stream.
    private func handle(_ event: SSEEvent) throws -> Bool {
        collector.countEvent()
        let backend = planned.backend
        let updates = try backend.decodeEvent(
            event, knownImages: collector.knownImages, decodePartials: planned.keepPartials)
        var closed = false
        for update in updates {
            switch update {
            case .partial(let key, let index, let data):
                let place = collector.notePartial(
                    key: key, index: index, keep: backend.partialMayBeTheImage ? data : nil)
                let savedTo = planned.keepPartials ? savePartial(data, serial: place.serial) : nil
                events(
                    .partialImage(
                        PartialImageNotice(
                            imageNumber: place.imageNumber, index: place.index,
                            expected: planned.parameters[.partialImages]?.integer, savedTo: savedTo)))
            case .final(let key, let data, let revisedPrompt):
                let number = collector.noteFinal(key: key, data: data, revisedPrompt: revisedPrompt)
                if let number, backend.announcesEachImage { events(.imageReceived(number: number)) }
            case .text(let text):
                collector.addText(text)
            case .completed(let usage, let fallbackImages):
                collector.close(usage: usage, fallbackImages: fallbackImages)
                closed = true
            case .failed(let error):
                throw error.filling(requestID: collector.requestID)
            case .note(let note):
                collector.addNote(note)
            case .ignored:
                break
            }
        }
        return closed
    }

    /// Saves a partial image as `<name>.partial-<n>.<ext>`; a damaged one is skipped, not fatal. One that
    /// cannot be written is a warning, never a reason to stop reading: the final image is still coming, is
    /// billed, and must reach the user (or the recovery folder).
    private func savePartial(_ data: Data?, serial: Int) -> URL? {
        guard let data, let facts = ImageInspector.inspect(data) else { return nil }
        let writer = ImageWriter(temporaryFiles: temporaryFiles)
        let outcome: ImageWriter.Outcome
        do {
            outcome = try writer.write(
                data, format: facts.format, prompt: planned.prompt,
                target: naming.partial(serial, format: facts.format))
        } catch {
            collector.addNote(
                Diagnostic(
                    .warning, code: "partial_not_saved",
                    Message.streamPartialNotSaved(number: String(serial), message: error.text)))
            return nil
        }
        collector.savedPartial(
            SavedImage(
                path: outcome.url, byteCount: ImageSpool.byteCount(of: data), width: facts.width, height: facts.height,
                format: facts.format),
            notes: outcome.notes)
        return outcome.url
    }

    /// A reply that came whole although a stream was asked for.
    private func readWhole(_ response: HTTPResponse) async throws {
        let reply: ReplyParser.Reply
        switch try planned.backend.decodeUnstreamedReply(response) {
        case .event(let event):
            _ = try handle(event)
            return
        case .reply(let whole):
            reply = whole
        }
        switch reply.payload {
        case .inline(let data):
            collector.wholeReply(data, usage: reply.usage, sourceURL: nil)
        case .remote(let url):
            collector.startDownload(url)
            events(.downloading(url: url))
            let data = try await ImageDownloader(transport: transport, userAgent: userAgent).fetch(url)
            collector.wholeReply(data, usage: reply.usage, sourceURL: url)
        }
    }

    /// `host:port`, as messages name the gateway.
    static func place(_ url: URL) -> String {
        let host = url.host ?? url.absoluteString
        return url.port.map { "\(host):\($0)" } ?? host
    }
}

extension StreamReader {
    /// A failed attempt and whether sending it again could help: only when the stream never started.
    static func attemptFailure(_ error: any Error, planned: PlannedJob, url: URL, collector: StreamCollector)
        -> AttemptFailure
    {
        if var failure = error as? AttemptFailure {
            failure.error = failure.error.filling(requestID: collector.requestID)
            return failure
        }
        let described = describe(error, planned: planned, url: url, collector: collector)
        if error is DeadlineExceeded, !Task.isCancelled, !collector.hasAnswer {
            return AttemptFailure(error: described, retry: .timedOutAfterSending)
        }
        return AttemptFailure(error: described, retry: .never)
    }

    /// Any failure while reading, in words; the partial images kept so far are named in the hint.
    static func describe(_ error: any Error, planned: PlannedJob, url: URL, collector: StreamCollector)
        -> ImageAPIError
    {
        var failure: ImageAPIError
        switch error {
        case let error as ImageAPIError:
            failure = error
        case is DeadlineExceeded:
            let limit = planned.timeout
            if let downloading = collector.downloadURL {
                failure = ImageAPIError(
                    .timeout, Message.downloadTimeout(limit: limit), hint: Message.downloadByHandTimeout,
                    sourceURL: downloading)
            } else if collector.partialCount > 0 {
                failure = ImageAPIError(
                    .timeout,
                    Message.streamTimeoutPartials(
                        place: place(url), limit: limit, partials: .streamPartials(count: collector.partialCount)),
                    remedy: .raiseDeadline)
            } else {
                failure = ImageAPIError(
                    .timeout, Message.transportNoImage(host: url.host ?? url.absoluteString, limit: limit),
                    remedy: .raiseDeadline)
            }
        case let error as SSEEventTooLarge:
            failure = ImageAPIError(
                .badResponse,
                Message.streamEventTooLarge(place: place(url), limit: ByteCount.text(error.limit)),
                hint: Message.streamEventTooLargeHint)
        case let error as ResponseTooLarge:
            failure = ImageAPIError(
                .badResponse,
                Message.streamReplyTooLarge(place: place(url), limit: ByteCount.text(error.limit)),
                hint: Message.streamReplyTooLargeHint)
        default:
            failure = FailureDescriber.network(error, url: url, timeout: planned.timeout)
            if failure.code == .networkError, collector.eventCount > 0 {
                failure = failure.withMessage(Message.streamBroke(message: failure.text, count: collector.eventCount))
            }
        }
        failure = failure.filling(requestID: collector.requestID)
        let kept = collector.savedPartials.count
        if kept > 0, failure.code != .cancelled {
            failure = failure.appendingHint(Message.streamKept(count: kept))
        }
        return failure
    }

    /// The images a stream that ended well delivered, each checked to be an image; else the error that says
    /// why there is none.
    static func finishedImages(planned: PlannedJob, url: URL, collector: StreamCollector) throws(ImageAPIError)
        -> [StreamCollector.Image]
    {
        let images = collector.images(includingPartials: collector.isClosed)
        if images.isEmpty {
            let requestID = collector.requestID
            if !collector.isClosed {
                let place = place(url)
                let message =
                    collector.eventCount == 0
                    ? Message.streamEndedNoEvent(place: place)
                    : collector.partialCount > 0
                        ? Message.streamEndedUnfinishedPartials(
                            place: place, partials: .streamPartials(count: collector.partialCount))
                        : Message.streamEndedUnfinished(place: place)
                throw ImageAPIError(
                    .networkError, message, hint: Message.streamEndedHint, requestID: requestID)
            }
            let text = collector.modelText
            if !text.isEmpty {
                throw ModelWords.error(for: text, httpStatus: nil, requestID: requestID, streamed: true)
            }
            throw ImageAPIError(
                .noImageInReply, Message.streamNoImage, hint: Message.replyRephraseHint,
                requestID: requestID)
        }
        for (index, image) in images.enumerated() where ImageInspector.inspect(image.data) == nil {
            throw ImageAPIError(
                .badResponse,
                images.count > 1
                    ? Message.streamNotImageNumbered(number: String(index + 1))
                    : Message.streamNotImage,
                hint: Message.replyNotImageHint, requestID: collector.requestID)
        }
        return images
    }

    /// Saves the finished images under the stream's name. They were billed, so one that cannot be saved
    /// where asked (disk full, folder gone) is kept in the recovery folder, as a whole reply's image is; the
    /// run then fails with the first such error, carrying `recoveredPath` and naming in its hint every image
    /// kept or saved.
    static func save(
        _ images: [StreamCollector.Image], planned: PlannedJob, naming: StreamNaming, temporaryFiles: TemporaryFiles,
        stamp: ProvenanceStamp? = nil
    ) throws(ImageAPIError) -> (files: [SavedImage], notes: [Diagnostic]) {
        let writer = ImageWriter(temporaryFiles: temporaryFiles)
        var files: [SavedImage] = []
        var notes: [Diagnostic] = []
        var failure: ImageAPIError?
        var kept: [URL] = []
        var lost = 0
        for (index, image) in images.enumerated() {
            guard let facts = ImageInspector.inspect(image.data) else { continue }
            do {
                let outcome = try writer.write(
                    image.data, format: facts.format, prompt: planned.prompt,
                    target: naming.final(index + 1, of: images.count, format: facts.format), stamp: stamp)
                var saved = SavedImage(
                    path: outcome.url, byteCount: outcome.byteCount, width: facts.width, height: facts.height,
                    format: facts.format)
                saved.revisedPrompt = image.revisedPrompt
                saved.sidecar = outcome.sidecar
                files.append(saved)
                notes += outcome.notes
            } catch {
                if failure == nil { failure = error }
                if let url = RecoveryFolder.keepAnywhere(
                    image.data, format: facts.format, prompt: planned.prompt, temporaryFiles: temporaryFiles,
                    stamp: stamp)
                {
                    kept.append(url)
                } else {
                    lost += 1
                }
            }
        }
        guard var failure else { return (files, notes) }
        if kept.isEmpty, files.isEmpty { failure = failure.declaredLost(link: nil) }
        failure = failure.recovered(at: kept.first?.path)
        for url in kept { failure = failure.appendingHint(Message.outputRecovered(path: url.path)) }
        for file in files { failure = failure.appendingHint(Message.outputSavedOther(path: file.path.path)) }
        throw failure
    }
}
