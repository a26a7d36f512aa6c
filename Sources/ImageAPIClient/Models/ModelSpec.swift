import Foundation

/// Everything gen-image knows about one model: one row of `ModelCatalog`.
///
/// Every check and every routing decision reads a `ModelSpec`, so supporting a new model means adding a row,
/// not touching the backends.
public struct ModelSpec: Sendable {
    /// The model id sent in the request.
    public let name: String
    /// The API shape the model is served through by default.
    public let endpoint: Endpoint
    /// How `size` is checked; `.notAccepted` when the model takes no size.
    public let sizeRule: SizeRule
    /// Accepted `quality` values; empty when the model takes no quality.
    public let qualities: [String]
    /// Accepted `output_format` values; empty when the model takes no format.
    public let outputFormats: [String]
    /// Whether `output_compression` may be sent (only with a JPEG or WebP format).
    public let acceptsCompression: Bool
    /// Accepted `response_format` values; empty when the model always answers in one way and rejects the field.
    /// A provider's row may replace them (`ProviderModelRow`).
    public internal(set) var responseFormats: [String]
    /// At most this many input images.
    public let maxInputImages: Int
    /// Input images above this many bytes are refused before upload.
    public let maxInputBytes: Int
    /// Input images above this many bytes draw a warning (the gateway recommends staying under it).
    public let recommendedInputBytes: Int
    /// The whole-request deadline used when the caller sets none.
    public let timeout: TimeoutPolicy
    /// How long a person should expect to wait, shown before the request.
    public let expectedWait: ExpectedWait
    /// What one image costs, for estimates.
    public let price: Price
    /// Per-token prices, for models billed by tokens: a finished job's cost is worked out from its `usage`.
    public let tokenRates: TokenRates?
    /// What to do instead, per option the model rejects; shown as the error's hint.
    public let alternatives: [ImageOption: Message]
    /// False for a model gen-image does not know; then nothing is filtered and values are sent as given.
    public let isKnown: Bool
    /// Accepted `moderation` values; empty when the model takes no moderation level.
    public let moderations: [String]
    /// Accepted `background` values; empty when the model takes no background setting.
    public let backgrounds: [String]
    /// The output formats a transparent background needs (JPEG has no alpha channel); empty means unchecked.
    public let transparentFormats: [String]
    /// Whether the model can stream (server-sent events) and how many partial images it sends at most.
    public let streaming: StreamSupport
    /// Masks (`--mask`) of this many bytes or more are refused; nil when the model takes no mask.
    public let maxMaskBytes: Int?
    /// Accepted `action` values of the image tool; empty unless the row drives a tool (Responses API).
    public let actions: [String]
    /// For a text model on the Responses API, the image model its `image_generation` tool uses; nil for image
    /// models. The row's size, quality, format and moderation columns are that image model's, because the
    /// tool, not the text model, makes the image.
    public let imageToolModel: String?
    /// The `instructions` sent when the user gives none; non-nil exactly for rows that send instructions
    /// (VibeAPI's Responses endpoint answers 400 without them).
    public let defaultInstructions: String?
    /// Request parameters the model takes that no other column decides: a parameter whose rule reads
    /// `\.[takes: .name]` is accepted where its row lists it, so a new parameter needs no new column.
    public let alsoTakes: Set<ImageOption>
    /// The provider whose row is in force (`ModelCatalog.spec(named:at:)`); nil for the model's own row.
    public internal(set) var providerID: String?
    /// Values the provider's gateway refuses although the model's row lists them, with its reasons.
    public internal(set) var refusals: [ValueRefusal] = []
    /// Parameters the provider's gateway documents as silently ignored.
    public internal(set) var ignoredParameters: [IgnoredParameter] = []
    /// What the provider's gateway does differently with an accepted option, per option.
    public internal(set) var optionNotes: [ImageOption: Message] = [:]

    /// Creates a row; see `ModelCatalog` for the real ones.
    public init(
        name: String,
        endpoint: Endpoint,
        sizeRule: SizeRule,
        qualities: [String],
        outputFormats: [String],
        acceptsCompression: Bool,
        responseFormats: [String],
        maxInputImages: Int = 5,
        maxInputBytes: Int = 50_000_000,
        recommendedInputBytes: Int = 10_000_000,
        timeout: TimeoutPolicy,
        expectedWait: ExpectedWait,
        price: Price,
        tokenRates: TokenRates? = nil,
        alternatives: [ImageOption: Message] = [:],
        isKnown: Bool = true,
        moderations: [String] = [],
        backgrounds: [String] = [],
        transparentFormats: [String] = [],
        streaming: StreamSupport = .none,
        maxMaskBytes: Int? = nil,
        actions: [String] = [],
        imageToolModel: String? = nil,
        defaultInstructions: String? = nil,
        alsoTakes: Set<ImageOption> = []
    ) {
        self.name = name
        self.endpoint = endpoint
        self.sizeRule = sizeRule
        self.qualities = qualities
        self.outputFormats = outputFormats
        self.acceptsCompression = acceptsCompression
        self.responseFormats = responseFormats
        self.maxInputImages = maxInputImages
        self.maxInputBytes = maxInputBytes
        self.recommendedInputBytes = recommendedInputBytes
        self.timeout = timeout
        self.expectedWait = expectedWait
        self.price = price
        self.tokenRates = tokenRates
        self.alternatives = alternatives
        self.isKnown = isKnown
        self.moderations = moderations
        self.backgrounds = backgrounds
        self.transparentFormats = transparentFormats
        self.streaming = streaming
        self.maxMaskBytes = maxMaskBytes
        self.actions = actions
        self.imageToolModel = imageToolModel
        self.defaultInstructions = defaultInstructions
        self.alsoTakes = alsoTakes
    }

    /// Whether the model takes this option at all, read from the column its `rule` names.
    public func accepts(_ option: ImageOption) -> Bool {
        // Even a model gen-image does not know has the columns set from its endpoint (a chat reply cannot
        // stream images, only the Responses API takes instructions); the others are open on it.
        if !isKnown, option.isOpenOnUnknownModels { return true }
        switch option.rule {
        case .choice(let column, _): return !self[keyPath: column].isEmpty
        case .size:
            if case .notAccepted = sizeRule { return false }
            return true
        case .integer(_, let accepted, _), .flag(let accepted), .file(let accepted), .text(let accepted):
            return self[keyPath: accepted]
        }
    }

    /// Whether the model can stream at all.
    public var streams: Bool { streaming != .none }
    /// Whether a stream of it carries partial images.
    public var sendsPartialImages: Bool { (streaming.maxPartialImages ?? 0) > 0 }
    /// Whether `n` images can be asked for: every model can, by one request or by several.
    public var makesSeveral: Bool { true }
    /// Whether one request can carry `n` on the Images API (not where the gateway in force ignores the field).
    public var takesCountField: Bool {
        !ignoredParameters.contains { $0.name == ImageOption.count.rawValue }
    }
    /// Whether it takes a mask.
    public var takesMask: Bool { maxMaskBytes != nil }
    /// Whether it takes instructions for the model that drives the image tool.
    public var takesInstructions: Bool { defaultInstructions != nil }
    /// Whether the row lists `option` in `alsoTakes`; `\.[takes: option]` is the column a parameter's rule reads.
    public subscript(takes option: ImageOption) -> Bool { alsoTakes.contains(option) }
}

/// The default whole-request deadline for a model, in seconds.
public struct TimeoutPolicy: Sendable, Equatable {
    /// Used for every request unless a rule below applies.
    public let standard: Double
    /// Used when `quality` is `high` (gpt-image-2 at high quality can take ten minutes).
    public let highQuality: Double

    /// Creates a policy; `highQuality` defaults to `standard`.
    public init(standard: Double, highQuality: Double? = nil) {
        self.standard = standard
        self.highQuality = highQuality ?? standard
    }

    /// The deadline for a request with this quality.
    public func seconds(quality: String?) -> Double {
        quality == "high" ? highQuality : standard
    }
}

/// The usual wait, in seconds, so the front end can set a person's expectations before a long request.
public struct ExpectedWait: Sendable, Equatable {
    /// The usual shortest wait.
    public let low: Int
    /// The usual longest wait.
    public let high: Int
    /// When the wait can run longer than `high`, as a catalog message.
    public let longerWhenText: Message?

    /// When the wait can run longer than `high` (e.g. "longer at high quality and 2K/4K"), in English.
    public var longerWhen: String? { longerWhenText?.text(in: .en) }

    /// Creates an expectation.
    public init(low: Int, high: Int, longerWhen: Message? = nil) {
        self.low = low
        self.high = high
        self.longerWhenText = longerWhen
    }

    /// `longerWhen` in `language`.
    public func longerWhen(in language: Language) -> String? {
        longerWhenText?.text(in: language)
    }
}

/// How a model is billed, for cost estimates.
public enum Price: Sendable, Equatable {
    /// A flat price per image in US dollars, whatever the size.
    case perImage(Double)
    /// Billed by tokens; the per-image figures are the published estimates at 1024x1024 (low, medium, high).
    case perToken(low: Double, medium: Double, high: Double)
    /// Unknown (a model gen-image does not know).
    case unknown

    /// An estimate in US dollars for one image at this quality, or nil when unknown.
    public func estimate(quality: String?) -> Double? {
        switch self {
        case .perImage(let dollars): dollars
        case .perToken(let low, let medium, let high):
            switch quality {
            case "low": low
            case "high": high
            default: medium
            }
        case .unknown: nil
        }
    }
}
