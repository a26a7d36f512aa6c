import Foundation

/// One image to make: the prompt, the input images, the model and its options, and where to save the result.
///
/// A job holds what the user asked for, unvalidated; `ImageClient.plan(_:)` turns it into a `PlannedJob`
/// or says what is wrong with it, before anything is sent.
public struct ImageJob: Sendable {
    /// The longest prompt, in Unicode scalars (what the API counts as characters): the documented maximum of
    /// the gpt-image models. A longer prompt is refused before anything is sent.
    public static let maxPromptCharacters = 32_000

    /// The most bytes of stdin worth reading for a prompt: `maxPromptCharacters` of the widest UTF-8 (4 bytes
    /// each) and a final CR LF. A front end reads one byte more; if it gets it, the prompt is too long.
    public static let maxPromptBytes = maxPromptCharacters * 4 + 2

    /// The prompt, sent exactly as given: the skill guides insist the user's words are never rewritten.
    public var prompt: String
    /// Paths of 0 to 5 input images, in the order the prompt refers to them ("image 1", "image 2", …).
    public var inputImages: [String]
    /// Which model to use.
    public var model: ModelChoice
    /// The API shape to use instead of the model's own (required for models gen-image does not know).
    public var endpoint: Endpoint?
    /// The optional request parameters, `mask`, `stream` and `instructions` included; only those set are sent.
    public var options: ImageOptions
    /// Where the image is saved.
    public var output: OutputTarget
    /// The whole-request deadline in seconds; nil uses the model's default from `ModelCatalog`.
    public var timeout: Double?
    /// A shape asked for the same way on every model (`--aspect`); the planner turns it into a size or a phrase.
    public var aspect: AspectRequest?
    /// Save each partial image as `<name>.partial-<n>.<ext>`; without it partials only report progress.
    public var keepPartials: Bool
    /// The `model` put inside the Responses API's `image_generation` tool; nil sends none, as VibeAPI's
    /// documented requests do (the gateway picks its image model). Only when the user names one.
    public var toolModel: String?
    /// Where the saved image's provenance goes (`--metadata`): in the file by default.
    public var metadata: MetadataMode = .embed

    /// Creates a job; `mask`, `stream` and `instructions` are shorthands for setting those `options`.
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
        self.keepPartials = keepPartials
        if let mask { self.options[.mask] = mask }
        if stream { self.options[.stream] = "true" }
        if let instructions { self.options[.instructions] = instructions }
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

/// The optional request parameters as the user gave them, by parameter; a parameter not given is not sent.
///
/// Values stay text until `JobPlanner` checks them against the model's row and types them (`ParameterValue`);
/// a flag is on when given (`"true"`), off when absent or `"false"` (so a batch item can turn off `global`'s).
public struct ImageOptions: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    /// The values given.
    public var values: [ImageOption: String]

    /// Creates options; nothing is given by default.
    public init(_ values: [ImageOption: String] = [:]) {
        self.values = values
    }

    /// Creates options from a literal such as `[.size: "2048x1152", .quality: "high"]`.
    public init(dictionaryLiteral elements: (ImageOption, String)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { $1 }))
    }

    /// The value given for `option`, or nil.
    public subscript(option: ImageOption) -> String? {
        get { values[option] }
        set { values[option] = newValue }
    }

    /// The options that were given, in `ImageOption` order; a flag set to `"false"` is not.
    public var given: [ImageOption] {
        ImageOption.allCases.filter { option in
            guard let value = values[option] else { return false }
            if case .flag = option.rule { return value.lowercased() != "false" }
            return true
        }
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
