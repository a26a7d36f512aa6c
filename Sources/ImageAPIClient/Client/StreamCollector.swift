import Foundation

/// Everything a stream has told the client so far: which images it is making, their partial and final
/// images, revised prompts, text, usage, and whether the closing event came.
///
/// Only what the end needs is kept: each image's final bytes and, on the Responses API, its latest partial
/// image (VibeAPI delivers the image only that way); base64 text is dropped as soon as it is decoded.
/// Shared between the task reading the stream and the code that saves afterwards, hence the lock.
final class StreamCollector: @unchecked Sendable {
    /// Where a partial image falls: in which image, which partial of it, and which of all partials.
    struct PartialPlace {
        let imageNumber: Int
        let index: Int
        let serial: Int
    }

    /// One image ready to save.
    struct Image {
        let data: Data
        let revisedPrompt: String?
    }

    private let lock = NSLock()
    private var order: [String] = []
    private var finals: [String: Data] = [:]
    private var lastPartials: [String: Data] = [:]
    private var revisedPrompts: [String: String] = [:]
    private var partialCounts: [String: Int] = [:]
    private var partialTotal = 0
    private var saved: [SavedImage] = []
    private var savingNotes: [Diagnostic] = []
    private var text = ""
    private var closingUsage: JSONValue?
    private var closed = false
    private var events = 0
    private var source: String?
    private var downloading: String?
    private var gotAnswer = false
    private var requestIDValue: String?

    /// Records that the gateway answered 2xx: from here on the request is being billed.
    func answered() { lock.withLock { gotAnswer = true } }

    /// Counts an event of any kind (for messages about where a stream broke).
    func countEvent() { lock.withLock { events += 1 } }

    /// Records a partial image of `key`; `keep` holds its bytes as the image's stand-in final.
    func notePartial(key: String, index: Int?, keep: Data?) -> PartialPlace {
        lock.withLock {
            if !order.contains(key) { order.append(key) }
            let count = (partialCounts[key] ?? 0) + 1
            partialCounts[key] = count
            partialTotal += 1
            if let keep { lastPartials[key] = keep }
            let number = (order.firstIndex(of: key) ?? 0) + 1
            return PartialPlace(imageNumber: number, index: (index.map { $0 + 1 }) ?? count, serial: partialTotal)
        }
    }

    /// Records a finished image; returns its number when it is new and has bytes.
    func noteFinal(key: String, data: Data?, revisedPrompt: String?) -> Int? {
        lock.withLock {
            if !order.contains(key) { order.append(key) }
            if let revisedPrompt, !revisedPrompt.isEmpty { revisedPrompts[key] = revisedPrompt }
            guard let data, finals[key] == nil else { return nil }
            finals[key] = data
            lastPartials[key] = nil  // the stand-in is no longer needed
            return finals.count
        }
    }

    /// Records the closing event and any images only it carried.
    func close(usage: JSONValue?, fallbackImages: [FinalImage]) {
        for image in fallbackImages {
            _ = noteFinal(key: image.key, data: image.data, revisedPrompt: image.revisedPrompt)
        }
        lock.withLock {
            closingUsage = usage
            closed = true
        }
    }

    /// Records an image that came whole, outside any stream (a gateway that ignored `stream: true`).
    func wholeReply(_ data: Data, usage: JSONValue?, sourceURL: String?) {
        _ = noteFinal(key: ImagesStreamDecoder.key, data: data, revisedPrompt: nil)
        lock.withLock {
            closingUsage = usage
            closed = true
            source = sourceURL
        }
    }

    /// Records that the whole reply's image is being downloaded from `url`.
    func startDownload(_ url: String) { lock.withLock { downloading = url } }

    /// Keeps up to 2,000 characters of text the model wrote, for the "answered with text" error.
    func addText(_ more: String) {
        lock.withLock {
            guard text.count < 2_000 else { return }
            text += (text.isEmpty ? "" : "\n") + more
        }
    }

    /// Records a warning about an image, reported with the partial images' notes.
    func addNote(_ note: Diagnostic) {
        lock.withLock { savingNotes.append(note) }
    }

    /// Records a partial image saved with `--keep-partials`.
    func savedPartial(_ image: SavedImage, notes: [Diagnostic]) {
        lock.withLock {
            saved.append(image)
            savingNotes += notes
        }
    }

    /// The images to save, in the order the stream first mentioned them: each call's final image, or (when
    /// `includingPartials`, i.e. the stream closed properly) its latest partial image when no final event
    /// carried one, which is how VibeAPI delivers images.
    func images(includingPartials: Bool) -> [Image] {
        lock.withLock {
            order.compactMap { key in
                (finals[key] ?? (includingPartials ? lastPartials[key] : nil)).map {
                    Image(data: $0, revisedPrompt: revisedPrompts[key])
                }
            }
        }
    }

    /// Calls whose final bytes are already in hand.
    var knownImages: Set<String> { lock.withLock { Set(finals.keys) } }
    /// Whether the gateway answered 2xx.
    var hasAnswer: Bool { lock.withLock { gotAnswer } }
    /// Whether the closing event (or a whole reply) came.
    var isClosed: Bool { lock.withLock { closed } }
    /// Partial images received.
    var partialCount: Int { lock.withLock { partialTotal } }
    /// Events received.
    var eventCount: Int { lock.withLock { events } }
    /// Partial images saved, in order.
    var savedPartials: [SavedImage] { lock.withLock { saved } }
    /// Notes from saving partial images (renames).
    var partialNotes: [Diagnostic] { lock.withLock { savingNotes } }
    /// Text the model wrote, trimmed.
    var modelText: String { lock.withLock { text.trimmingCharacters(in: .whitespacesAndNewlines) } }
    /// The usage the closing event reported.
    var usage: JSONValue? { lock.withLock { closingUsage } }
    /// The link being downloaded when the deadline passed, if any.
    var downloadURL: String? { lock.withLock { downloading } }
    /// The link a whole reply's image was downloaded from.
    var sourceURL: String? { lock.withLock { source } }
    /// The gateway's request id.
    var requestID: String? {
        get { lock.withLock { requestIDValue } }
        set { lock.withLock { requestIDValue = newValue } }
    }
}
