/// An optional request parameter a model may or may not accept: the one declaration each parameter has.
///
/// Models disagree about these (gpt-image-2 rejects `response_format`; gpt-image-2-all ignores `size` yet bills
/// for it), so every option is checked against the model's row in `ModelCatalog` before anything is sent. The raw
/// value is the field's name in the request body and in a batch file; `rule` says how its value is checked and
/// typed, and everything else (the planner's checks, the request fields, the batch fields, their inheritance and
/// their report, the command-line rows) is derived from these two.
public enum ImageOption: String, Sendable, CaseIterable, Hashable, Codable {
    /// `size`: `WxH` or `auto`.
    case size
    /// `quality`: `auto|low|medium|high`.
    case quality
    /// `output_format`: `png|jpeg|webp`.
    case outputFormat = "output_format"
    /// `output_compression`: 0–100, JPEG and WebP only.
    case outputCompression = "output_compression"
    /// `response_format`: `url|b64_json`.
    case responseFormat = "response_format"
    /// `background`: `auto|opaque|transparent` (transparent only with PNG or WebP output).
    case background
    /// `moderation`: `auto|low`.
    case moderation
    /// `action`: `auto|generate|edit`, forcing the image tool's choice (Responses API).
    case action
    /// `stream`: server-sent events instead of one JSON reply.
    case stream
    /// `partial_images`: 0–3 low-detail previews sent while streaming.
    case partialImages = "partial_images"
    /// `instructions`: the system text for the model that drives the image tool (Responses API).
    case instructions
    /// `mask`: a PNG whose transparent pixels mark the region of the first input image to edit.
    case mask
    /// `n`: how many images (1–10). Sent as the field only where one request can carry it (gpt-image-2 on the
    /// Images API at a gateway that does not ignore it, see `PlannedJob.countPerRequest`); elsewhere gen-image
    /// sends that many requests.
    case count = "n"

    /// Whether the value changes the image (and so the request's fingerprint); false for what only changes how
    /// it travels.
    public var changesImage: Bool {
        switch self {
        case .responseFormat, .stream, .partialImages, .count: false
        default: true
        }
    }

    /// How the parameter's value is checked and what type it has once checked.
    public var rule: OptionRule {
        switch self {
        case .size: .size
        case .quality: .choice(\.qualities, name: Message.plannerChoiceQuality)
        case .outputFormat: .choice(\.outputFormats, name: Message.plannerChoiceOutputFormat)
        case .outputCompression: .integer(0...100, accepted: \.acceptsCompression, limit: nil)
        case .responseFormat: .choice(\.responseFormats, name: Message.plannerChoiceResponseFormat)
        case .moderation: .choice(\.moderations, name: Message.plannerChoiceModeration)
        case .background: .choice(\.backgrounds, name: Message.plannerChoiceBackground)
        case .stream: .flag(accepted: \.streams)
        case .partialImages:
            .integer(0...3, accepted: \.sendsPartialImages, limit: \ModelSpec.streaming.maxPartialImages)
        case .mask: .file(accepted: \.takesMask)
        case .instructions: .text(accepted: \.takesInstructions)
        case .action: .choice(\.actions, name: Message.plannerChoiceAction)
        case .count: .integer(1...10, accepted: \.makesSeveral, limit: nil)
        }
    }

    /// Whether the parameter is a field of the request body (or of the Responses API's image tool), written from
    /// its checked value; false for those that travel as a file (`mask`) or sit beside the tool (`instructions`).
    public var isBodyField: Bool {
        switch rule {
        case .choice, .size, .integer, .flag: true
        case .file, .text: false
        }
    }

    /// Other spellings of a choice's values (`jpg` for `jpeg`).
    var aliases: [String: String] {
        self == .outputFormat ? ["jpg": "jpeg"] : [:]
    }

    /// The values a choice takes on a model gen-image does not know; nil when any value is sent as given.
    var valuesOnUnknownModels: [String]? {
        self == .responseFormat ? ["url", "b64_json"] : nil
    }

    /// The parameters a batch file may set: all but `n`, as an item is one image (several takes of a prompt are
    /// several items, each with its own name, record and place in the results file).
    public static var batchFields: [ImageOption] { allCases.filter { $0 != .count } }

    /// Whether only one item of a batch may set it (a file belongs to that item's input image), not `global`.
    public var isPerItem: Bool {
        if case .file = rule { return true }
        return false
    }

    /// Whether a model gen-image does not know is assumed to take it; false for the parameters its endpoint
    /// decides (a chat reply cannot stream, only the Responses API takes instructions).
    var isOpenOnUnknownModels: Bool {
        switch self {
        case .size, .quality, .outputFormat, .outputCompression, .responseFormat, .count: true
        default: false
        }
    }
}

/// How one parameter's value is checked, read from the model's row.
public enum OptionRule: Sendable {
    /// One of the values in this column of the row (lower-cased); an empty column means not accepted.
    case choice(KeyPath<ModelSpec, [String]> & Sendable, name: Message)
    /// `WxH` or `auto`, checked against the row's `sizeRule`.
    case size
    /// A whole number in this range, accepted where the row says; `limit` is the row's own highest value.
    case integer(
        ClosedRange<Int>, accepted: KeyPath<ModelSpec, Bool> & Sendable, limit: (KeyPath<ModelSpec, Int?> & Sendable)?)
    /// On or off, accepted where the row says.
    case flag(accepted: KeyPath<ModelSpec, Bool> & Sendable)
    /// A file, checked by its bytes, accepted where the row says.
    case file(accepted: KeyPath<ModelSpec, Bool> & Sendable)
    /// Any text that is not blank, accepted where the row says.
    case text(accepted: KeyPath<ModelSpec, Bool> & Sendable)
}
