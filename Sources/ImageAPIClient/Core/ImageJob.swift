import Foundation

/// One image to make: the prompt, the input images, the model and its options, and where to save the result.
///
/// A job holds what the user asked for, unvalidated; `ImageClient.plan(_:)` turns it into a `PlannedJob`
/// or says what is wrong with it, before anything is sent.
public struct ImageJob: Sendable {
    /// The prompt, sent exactly as given: the skill guides insist the user's words are never rewritten.
    public var prompt: String
    /// Paths of 0 to 5 input images, in the order the prompt refers to them ("image 1", "image 2", …).
    public var inputImages: [String]
    /// Which model to use.
    public var model: ModelChoice
    /// The API shape to use instead of the model's own (required for models gen-image does not know).
    public var endpoint: Endpoint?
    /// The optional request parameters; only those set are sent.
    public var options: ImageOptions
    /// Where the image is saved.
    public var output: OutputTarget
    /// The whole-request deadline in seconds; nil uses the model's default from `ModelCatalog`.
    public var timeout: Double?
    /// A shape asked for the same way on every model (`--aspect`); the planner turns it into a size or a phrase.
    public var aspect: AspectRequest?
    /// A PNG with an alpha channel whose transparent pixels mark where the first input image may change
    /// (Images API edits); checked for format, alpha, pixel size and byte size before sending.
    public var mask: String?
    /// Ask for server-sent events, so partial images can be shown (or kept) while the final one is made.
    public var stream: Bool
    /// Save each partial image as `<name>.partial-<n>.<ext>`; without it partials only report progress.
    public var keepPartials: Bool
    /// The system text for the model that drives the image tool (Responses API); nil sends the table's default.
    public var instructions: String?
    /// The `model` put inside the Responses API's `image_generation` tool; nil sends none, as VibeAPI's
    /// documented requests do (the gateway picks its image model). Only when the user names one.
    public var toolModel: String?

    /// Creates a job.
    public init(
        prompt: String,
        inputImages: [String] = [],
        model: ModelChoice = .automatic(preferred: nil),
        endpoint: Endpoint? = nil,
        options: ImageOptions = ImageOptions(),
        output: OutputTarget = .automatic(directory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)),
        timeout: Double? = nil,
        aspect: AspectRequest? = nil,
        mask: String? = nil,
        stream: Bool = false,
        keepPartials: Bool = false,
        instructions: String? = nil
    ) {
        self.prompt = prompt
        self.inputImages = inputImages
        self.model = model
        self.endpoint = endpoint
        self.options = options
        self.output = output
        self.timeout = timeout
        self.aspect = aspect
        self.mask = mask
        self.stream = stream
        self.keepPartials = keepPartials
        self.instructions = instructions
    }

    /// Every option given, the request parameters first, then the job-level ones the table also decides on.
    var givenOptions: [ImageOption] {
        var list = options.given
        if mask != nil { list.append(.mask) }
        if stream { list.append(.stream) }
        if instructions != nil { list.append(.instructions) }
        return list
    }
}

/// How the model was chosen, because an explicit choice is checked strictly while a default may adapt.
public enum ModelChoice: Sendable, Equatable {
    /// The user named the model (`-m`); options it does not accept are errors.
    case explicit(String)
    /// No `-m`: use `preferred` (from `GEN_IMAGE_MODEL`) or the provider's `defaultModel`, but switch to
    /// `ModelCatalog.defaultSizedModel` when options that model does not accept (size, quality, format,
    /// compression) were given, so every command line in both skill guides works unchanged.
    case automatic(preferred: String?)
}

/// The optional request parameters, as the user typed them; `nil` means "not given, not sent".
public struct ImageOptions: Sendable, Equatable {
    /// `auto` or `WxH` (any of `x`, `X`, `×`).
    public var size: String?
    /// `auto|low|medium|high`.
    public var quality: String?
    /// `png|jpeg|webp`.
    public var outputFormat: String?
    /// 0–100, JPEG and WebP only.
    public var outputCompression: Int?
    /// `url|b64_json`.
    public var responseFormat: String?
    /// `auto|low`: how strictly the gateway filters content.
    public var moderation: String?
    /// `auto|opaque|transparent`; transparent needs PNG or WebP output.
    public var background: String?
    /// 0–3 partial images while streaming.
    public var partialImages: Int?
    /// `auto|generate|edit`: forces the Responses API image tool to make a new image or edit an input.
    public var action: String?

    /// Creates options; everything defaults to "not given".
    public init(
        size: String? = nil,
        quality: String? = nil,
        outputFormat: String? = nil,
        outputCompression: Int? = nil,
        responseFormat: String? = nil,
        moderation: String? = nil,
        background: String? = nil,
        partialImages: Int? = nil,
        action: String? = nil
    ) {
        self.size = size
        self.quality = quality
        self.outputFormat = outputFormat
        self.outputCompression = outputCompression
        self.responseFormat = responseFormat
        self.moderation = moderation
        self.background = background
        self.partialImages = partialImages
        self.action = action
    }

    /// The options that were given, in flag order.
    public var given: [ImageOption] {
        var list: [ImageOption] = []
        if size != nil { list.append(.size) }
        if quality != nil { list.append(.quality) }
        if outputFormat != nil { list.append(.outputFormat) }
        if outputCompression != nil { list.append(.outputCompression) }
        if responseFormat != nil { list.append(.responseFormat) }
        if moderation != nil { list.append(.moderation) }
        if background != nil { list.append(.background) }
        if partialImages != nil { list.append(.partialImages) }
        if action != nil { list.append(.action) }
        return list
    }
}

/// Where a finished image goes.
public enum OutputTarget: Sendable, Equatable {
    /// A new name `YYYY-MM-DD-HH-MM-SS-<slug>-<random>.<ext>` in this folder (the skill scripts' rule).
    case automatic(directory: URL)
    /// This path; never overwritten (an existing file makes the name `<stem>-<timestamp>.<ext>`), and the
    /// extension follows the bytes received.
    case file(URL)
}
