/// An optional request parameter a model may or may not accept: the one declaration each parameter has.
///
/// Models disagree about these (gpt-image-2 rejects `response_format`; gpt-image-2-all ignores `size` yet bills
/// for it), so every option is checked against the model's row in `ModelCatalog` before anything is sent. The raw
/// value is the field's name in the request body and in a batch file; `declaration` states, without a `default:`,
/// how its value is checked and typed, whether it changes the image, whether it may switch the automatic model
/// and which APIs send it. Everything else (the planner's checks, the request fields of each backend, the batch
/// fields, their inheritance and their report, the fingerprint, the command-line rows) is derived from these.
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

    /// Everything decided about the parameter, stated in one place: a new case does not compile until each
    /// decision is made here (no `default:`), and everything else reads these facts.
    var declaration: OptionDeclaration {
        switch self {
        case .size:
            OptionDeclaration(
                .size, changesImage: true, switchesModel: true, openOnUnknownModels: true,
                sentOn: [.chat, .images, .responses])
        case .quality:
            OptionDeclaration(
                .choice(\.qualities, name: Message.plannerChoiceQuality), changesImage: true, switchesModel: true,
                openOnUnknownModels: true, sentOn: [.chat, .images, .responses])
        case .outputFormat:
            OptionDeclaration(
                .choice(\.outputFormats, name: Message.plannerChoiceOutputFormat), changesImage: true,
                switchesModel: true, openOnUnknownModels: true, sentOn: [.chat, .images, .responses])
        case .outputCompression:
            OptionDeclaration(
                .integer(0...100, accepted: \.acceptsCompression, limit: nil), changesImage: true,
                switchesModel: true, openOnUnknownModels: true, sentOn: [.chat, .images, .responses])
        case .responseFormat:
            // The Responses API's image tool always answers in base64 and has no such field.
            OptionDeclaration(
                .choice(\.responseFormats, name: Message.plannerChoiceResponseFormat), changesImage: false,
                switchesModel: false, openOnUnknownModels: true, sentOn: [.chat, .images])
        case .background:
            OptionDeclaration(
                .choice(\.backgrounds, name: Message.plannerChoiceBackground), changesImage: true,
                switchesModel: true, openOnUnknownModels: false, sentOn: [.chat, .images, .responses])
        case .moderation:
            OptionDeclaration(
                .choice(\.moderations, name: Message.plannerChoiceModeration), changesImage: true,
                switchesModel: true, openOnUnknownModels: false, sentOn: [.chat, .images, .responses])
        case .action:
            OptionDeclaration(
                .choice(\.actions, name: Message.plannerChoiceAction), changesImage: true, switchesModel: false,
                openOnUnknownModels: false, sentOn: [.responses])
        case .stream:
            // A chat reply cannot stream; the Responses API always does.
            OptionDeclaration(
                .flag(accepted: \.streams), changesImage: false, switchesModel: true, openOnUnknownModels: false,
                sentOn: [.images, .responses])
        case .partialImages:
            OptionDeclaration(
                .integer(0...3, accepted: \.sendsPartialImages, limit: \ModelSpec.streaming.maxPartialImages),
                changesImage: false, switchesModel: true, openOnUnknownModels: false, sentOn: [.images, .responses])
        case .instructions:
            OptionDeclaration(
                .text(accepted: \.takesInstructions), changesImage: true, switchesModel: false,
                openOnUnknownModels: false, sentOn: [.responses])
        case .mask:
            // A file part of the Images API's edits form.
            OptionDeclaration(
                .file(accepted: \.takesMask), changesImage: true, switchesModel: true, openOnUnknownModels: false,
                sentOn: [.images])
        case .count:
            // Several images are several requests everywhere else (`PlannedJob.countPerRequest`).
            OptionDeclaration(
                .integer(1...10, accepted: \.makesSeveral, limit: nil), changesImage: false, switchesModel: false,
                openOnUnknownModels: true, sentOn: [.images])
        }
    }

    /// How the parameter's value is checked and what type it has once checked.
    public var rule: OptionRule { declaration.rule }

    /// Whether the value changes the image (and so the request's fingerprint); false for what only changes how
    /// it travels.
    public var changesImage: Bool { declaration.changesImage }

    /// Whether giving it without `-m` may move the automatic model choice to the sized model, when the default
    /// model does not take it and the sized model does.
    var switchesModel: Bool { declaration.switchesModel }

    /// Whether a request to `endpoint` carries it; no backend writes a parameter its declaration does not name.
    func isSent(on endpoint: Endpoint) -> Bool { declaration.sentOn.contains(endpoint) }

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
    var isOpenOnUnknownModels: Bool { declaration.openOnUnknownModels }
}

/// The decisions about one parameter, made together in `ImageOption.declaration`.
struct OptionDeclaration: Sendable {
    /// How its value is checked and typed.
    let rule: OptionRule
    /// Whether its value changes the image, and so the request's fingerprint.
    let changesImage: Bool
    /// Whether giving it without `-m` may switch the automatic choice to the sized model.
    let switchesModel: Bool
    /// Whether a model gen-image does not know is assumed to take it.
    let openOnUnknownModels: Bool
    /// The APIs whose requests carry it (opt-in: an API not named never sends it).
    let sentOn: Set<Endpoint>

    init(
        _ rule: OptionRule, changesImage: Bool, switchesModel: Bool, openOnUnknownModels: Bool,
        sentOn: Set<Endpoint>
    ) {
        self.rule = rule
        self.changesImage = changesImage
        self.switchesModel = switchesModel
        self.openOnUnknownModels = openOnUnknownModels
        self.sentOn = sentOn
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
