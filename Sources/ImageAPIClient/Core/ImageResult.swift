import Foundation

/// What a finished job produced, with the facts a person, an agent or a script may want to report.
public struct ImageResult: Sendable {
    /// The saved images (one today; a list so that models returning several need no new type).
    public let files: [SavedImage]
    /// The model used.
    public let model: String
    /// The API used.
    public let endpoint: Endpoint
    /// Generate, edit or fuse.
    public let mode: ImageMode
    /// Seconds from sending the request to having the image saved.
    public let elapsed: Double
    /// How many HTTP attempts were made.
    public let attempts: Int
    /// The gateway's request id, when it sent one.
    public let requestID: String?
    /// The `usage` object exactly as the API returned it.
    public let usage: JSONValue?
    /// The URL the image was downloaded from, when it came as a URL (it expires in about 24 hours).
    public let sourceURL: String?
    /// The prompt as sent.
    public let promptSent: String
    /// Things done on the user's behalf while saving (a rename to avoid overwriting, a changed extension).
    public let notes: [Diagnostic]
    /// Partial images saved on the way (`--keep-partials`), in arrival order; not results, so a front end
    /// that prints paths for scripts can leave them out.
    public internal(set) var partialFiles: [SavedImage] = []
    /// How many images the gateway billed for this request: every image of its reply, including any beyond
    /// the ten saved or any that could not be fetched, so a cost priced per image counts them all.
    public internal(set) var billedImages = 1
    /// The requests of a `-n` run sent one per image, each with its own usage, request id and time; empty for a
    /// run of one request (this result is then its own only part).
    public internal(set) var parts: [ImageResult] = []
    /// The requests of a `-n` run that failed while others saved images.
    public internal(set) var failures: [ImageAPIError] = []
}

/// One image on disk.
public struct SavedImage: Sendable, Equatable {
    /// Its absolute path.
    public let path: URL
    /// Its size in bytes.
    public let byteCount: Int
    /// Its width in pixels, read from the file header (nil when the header could not be read).
    public let width: Int?
    /// Its height in pixels, read from the file header.
    public let height: Int?
    /// What its bytes are.
    public let format: ImageFormat
    /// The prompt the model actually used, when a text model rewrote it (Responses API `revised_prompt`).
    public internal(set) var revisedPrompt: String? = nil
    /// The sidecar `NAME.EXT.json` holding its provenance, when that went beside the image rather than in it.
    public internal(set) var sidecar: URL? = nil
}

/// Progress the library reports while a job runs, so a front end can show what is happening.
public enum ImageEvent: Sendable, Equatable {
    /// The request is being sent to this URL.
    case sending(url: String)
    /// The reply pointed at an image URL, which is being downloaded now.
    case downloading(url: String)
    /// The image is being written to disk.
    case saving
    /// An attempt failed in a way worth retrying; the client waits `notice.delay` seconds and sends it again.
    case retrying(RetryNotice)
    /// A partial image arrived while streaming (and was saved, with `--keep-partials`).
    case partialImage(PartialImageNotice)
    /// A finished image arrived on a stream that may bring several (Responses API); `number` counts from 1.
    case imageReceived(number: Int)
}

/// A partial image that arrived while streaming, for a progress line such as "partial image 2/3".
public struct PartialImageNotice: Sendable, Equatable {
    /// Which image it belongs to, from 1 (the Responses API can make several in one request).
    public let imageNumber: Int
    /// Which partial image of that image it is, from 1.
    public let index: Int
    /// How many were asked for (`--partial-images`), when given.
    public let expected: Int?
    /// Where it was saved, with `--keep-partials`.
    public let savedTo: URL?

    /// Creates a notice.
    public init(imageNumber: Int, index: Int, expected: Int?, savedTo: URL?) {
        self.imageNumber = imageNumber
        self.index = index
        self.expected = expected
        self.savedTo = savedTo
    }
}
