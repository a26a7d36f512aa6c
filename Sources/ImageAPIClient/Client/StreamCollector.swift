import Foundation

/// Everything a stream has told the client so far: which images it is making, their partial and final
/// images, revised prompts, text, usage, and whether the closing event came.
///
/// Only what the end needs is kept: each image's final bytes and, on the Responses API, its latest partial
/// image (VibeAPI delivers the image only that way); base64 text is dropped as soon as it is decoded.
/// Shared between the task reading the stream and the code that saves afterwards, hence the lock.
final class StreamCollector: Sendable {
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

    /// Everything gathered so far, only ever touched under its lock.
    private struct State {
        var order: [String] = []
        var finals: [String: Data] = [:]
        var lastPartials: [String: Data] = [:]
        var revisedPrompts: [String: String] = [:]
        var partialCounts: [String: Int] = [:]
        var partialTotal = 0
        var saved: [SavedImage] = []
        var savingNotes: [Diagnostic] = []
        var text = ""
        var closingUsage: JSONValue?
        var closed = false
        var events = 0
        var source: String?
        var downloading: String?
        var gotAnswer = false
        var requestID: String?

        /// Records a finished image; returns its number when it is new and has bytes.
        mutating func noteFinal(key: String, data: Data?, revisedPrompt: String?) -> Int? {
            if !order.contains(key) { order.append(key) }
            if let revisedPrompt, !revisedPrompt.isEmpty { revisedPrompts[key] = revisedPrompt }
            guard let data, finals[key] == nil else { return nil }
            finals[key] = data
            lastPartials[key] = nil  // the stand-in is no longer needed
            return finals.count
        }
    }

    private let state = Locked(State())

    /// Records that the gateway answered 2xx: from here on the request is being billed.
    func answered() { state.update { $0.gotAnswer = true } }

    /// Counts an event of any kind (for messages about where a stream broke).
    func countEvent() { state.update { $0.events += 1 } }

    /// Records a partial image of `key`; `keep` holds its bytes as the image's stand-in final.
    func notePartial(key: String, index: Int?, keep: Data?) -> PartialPlace {
        state.withLock { state in
            if !state.order.contains(key) { state.order.append(key) }
            let count = (state.partialCounts[key] ?? 0) + 1
            state.partialCounts[key] = count
            state.partialTotal += 1
            if let keep { state.lastPartials[key] = keep }
            let number = (state.order.firstIndex(of: key) ?? 0) + 1
            return PartialPlace(
                imageNumber: number, index: (index.map { $0 + 1 }) ?? count, serial: state.partialTotal)
        }
    }

    /// Records a finished image; returns its number when it is new and has bytes.
    func noteFinal(key: String, data: Data?, revisedPrompt: String?) -> Int? {
        state.withLock { $0.noteFinal(key: key, data: data, revisedPrompt: revisedPrompt) }
    }

    /// Records the closing event and any images only it carried.
    func close(usage: JSONValue?, fallbackImages: [FinalImage]) {
        state.update { state in
            for image in fallbackImages {
                _ = state.noteFinal(key: image.key, data: image.data, revisedPrompt: image.revisedPrompt)
            }
            state.closingUsage = usage
            state.closed = true
        }
    }

    /// Records an image that came whole, outside any stream (a gateway that ignored `stream: true`).
    func wholeReply(_ data: Data, usage: JSONValue?, sourceURL: String?) {
        state.update { state in
            _ = state.noteFinal(key: ImagesStreamDecoder.key, data: data, revisedPrompt: nil)
            state.closingUsage = usage
            state.closed = true
            state.source = sourceURL
        }
    }

    /// Records that the whole reply's image is being downloaded from `url`.
    func startDownload(_ url: String) { state.update { $0.downloading = url } }

    /// Keeps up to 2,000 characters of text the model wrote, for the "answered with text" error.
    func addText(_ more: String) {
        state.update { state in
            guard state.text.count < 2_000 else { return }
            state.text += (state.text.isEmpty ? "" : "\n") + more
        }
    }

    /// Records a warning about an image, reported with the partial images' notes.
    func addNote(_ note: Diagnostic) {
        state.update { $0.savingNotes.append(note) }
    }

    /// Records a partial image saved with `--keep-partials`.
    func savedPartial(_ image: SavedImage, notes: [Diagnostic]) {
        state.update { state in
            state.saved.append(image)
            state.savingNotes += notes
        }
    }

    /// The images to save, in the order the stream first mentioned them: each call's final image, or (when
    /// `includingPartials`, i.e. the stream closed properly) its latest partial image when no final event
    /// carried one, which is how VibeAPI delivers images.
    func images(includingPartials: Bool) -> [Image] {
        state.withLock { state in
            state.order.compactMap { key in
                (state.finals[key] ?? (includingPartials ? state.lastPartials[key] : nil)).map {
                    Image(data: $0, revisedPrompt: state.revisedPrompts[key])
                }
            }
        }
    }

    /// Calls whose final bytes are already in hand.
    var knownImages: Set<String> { state.withLock { Set($0.finals.keys) } }
    /// Whether the gateway answered 2xx.
    var hasAnswer: Bool { state.withLock { $0.gotAnswer } }
    /// Whether the closing event (or a whole reply) came.
    var isClosed: Bool { state.withLock { $0.closed } }
    /// Partial images received.
    var partialCount: Int { state.withLock { $0.partialTotal } }
    /// Events received.
    var eventCount: Int { state.withLock { $0.events } }
    /// Partial images saved, in order.
    var savedPartials: [SavedImage] { state.withLock { $0.saved } }
    /// Notes from saving partial images (renames).
    var partialNotes: [Diagnostic] { state.withLock { $0.savingNotes } }
    /// Text the model wrote, trimmed.
    var modelText: String { state.withLock { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) } }
    /// The usage the closing event reported.
    var usage: JSONValue? { state.withLock { $0.closingUsage } }
    /// The link being downloaded when the deadline passed, if any.
    var downloadURL: String? { state.withLock { $0.downloading } }
    /// The link a whole reply's image was downloaded from.
    var sourceURL: String? { state.withLock { $0.source } }
    /// The gateway's request id.
    var requestID: String? {
        get { state.withLock { $0.requestID } }
        set { state.update { $0.requestID = newValue } }
    }
}
