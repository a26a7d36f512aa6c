import Foundation

/// How one gateway's copy of a model differs from the model's own row in `ModelCatalog`.
///
/// The same model accepts different parameters at different gateways: APIYI answers 400 to gpt-image-2 with
/// `response_format`, VibeAPI documents it (and answers a data URI in `url`), VibeAPI refuses a transparent
/// background and silently ignores `n`. A provider row narrows or widens the model's row;
/// `ModelCatalog.spec(named:at:)` applies it, so every check, `--help`, `doctor` and the README read one table.
struct ProviderModelRow: Sendable {
    /// `Provider.id`.
    let provider: String
    /// `ModelSpec.name`.
    let model: String
    /// False when the gateway does not serve the model at all.
    var offered: Bool = true
    /// Replaces the row's `response_format` values (empty: the gateway rejects the field).
    var responseFormats: [String]?
    /// Values the gateway refuses although the model's row lists them, each with the gateway's own reason.
    var refusals: [ValueRefusal] = []
    /// Parameters the gateway documents as silently ignored (gen-image never sends them).
    var ignored: [IgnoredParameter] = []
    /// What the gateway does differently with an accepted option (VibeAPI's `url` is a data URI).
    var optionNotes: [ImageOption: Message] = [:]
    /// Where the seed that says so can be read.
    var source: String = ""
}

/// A value a gateway refuses for one option, with its own reason and what to do instead.
public struct ValueRefusal: Sendable, Equatable {
    /// The option.
    public let option: ImageOption
    /// The refused value, lowercased.
    public let value: String
    /// The gateway's reason, in the user's language.
    public let reason: Message
    /// What to do instead.
    public let hint: Message
}

/// A parameter a gateway accepts and ignores; shown by `doctor`, `--help` and the README.
public struct IgnoredParameter: Sendable, Equatable {
    /// The parameter's name in the request (`n`).
    public let name: String
    /// What the gateway does instead.
    public let note: Message
}

extension ProviderModelRow {
    /// Every provider row: what the seeds say differs from the model rows. A model with no row here is served
    /// as its own row says.
    static let all: [ProviderModelRow] = [
        // Seed 004 (VibeAPI's gpt-image-2 page): response_format b64_json | url, url holding a data URI;
        // no transparent background; n silently ignored; only gpt-image-2 (and gpt-5.5 on /responses).
        ProviderModelRow(
            provider: "vibeapi", model: "gpt-image-2", responseFormats: ["b64_json", "url"],
            refusals: [vibeTransparent], ignored: [vibeN],
            optionNotes: [.responseFormat: Message.providerVibeapiUrlIsDataUri], source: "seed 004"),
        ProviderModelRow(
            provider: "vibeapi", model: "gpt-5.5", refusals: [vibeTransparent],
            ignored: [IgnoredParameter(name: "n", note: Message.providerVibeapiResponsesN)],
            source: "seed 004"),
        ProviderModelRow(provider: "vibeapi", model: "gpt-image-2-all", offered: false, source: "seed 004"),
        ProviderModelRow(provider: "vibeapi", model: "gpt-image-2-vip", offered: false, source: "seed 004"),
        // gpt-image-2-all and gpt-image-2-vip are APIYI's own models (seeds 000, 002, 003).
        ProviderModelRow(provider: "openai", model: "gpt-image-2-all", offered: false, source: "seeds 000, 002"),
        ProviderModelRow(provider: "openai", model: "gpt-image-2-vip", offered: false, source: "seeds 002, 003"),
    ]

    static let vibeTransparent = ValueRefusal(
        option: .background, value: "transparent", reason: Message.providerVibeapiTransparent,
        hint: Message.providerVibeapiTransparentHint)

    static let vibeN = IgnoredParameter(name: "n", note: Message.providerVibeapiImagesN)

    /// The row for `model` at `provider`, or nil when the gateway serves the model as its row says.
    static func row(for model: String, at provider: Provider) -> ProviderModelRow? {
        all.first { $0.provider == provider.id && $0.model == model }
    }
}

extension ModelCatalog {
    /// The models `provider` serves, each with the provider's row applied, in `--help` order.
    public static func models(at provider: Provider) -> [ModelSpec] {
        models.compactMap { spec(named: $0.name, at: provider) }
    }

    /// The row in force for `name` at `provider`: the model's row narrowed or widened by the provider's;
    /// nil when the model is unknown or the provider does not serve it.
    public static func spec(named name: String, at provider: Provider) -> ModelSpec? {
        guard let base = spec(named: name) else { return nil }
        guard let row = ProviderModelRow.row(for: name, at: provider) else { return base.at(provider) }
        guard row.offered else { return nil }
        return base.applying(row, provider: provider)
    }

    /// Whether `provider` serves `name` (unknown names are the caller's business).
    public static func isOffered(_ name: String, at provider: Provider) -> Bool {
        ProviderModelRow.row(for: name, at: provider)?.offered ?? true
    }

    /// The providers that serve `name`.
    public static func providers(serving name: String) -> [Provider] {
        Provider.all.filter { isOffered(name, at: $0) }
    }
}

extension ModelSpec {
    /// The same row marked as the one in force at `provider`.
    func at(_ provider: Provider) -> ModelSpec {
        var copy = self
        copy.providerID = provider.id
        return copy
    }

    /// This row with `row`'s differences applied.
    func applying(_ row: ProviderModelRow, provider: Provider) -> ModelSpec {
        var copy = self
        copy.providerID = provider.id
        if let formats = row.responseFormats { copy.responseFormats = formats }
        copy.refusals = row.refusals
        copy.ignoredParameters = row.ignored
        copy.optionNotes = row.optionNotes
        return copy
    }

    /// The refusal for `value` of `option`, when the gateway in force refuses it.
    func refusal(of option: ImageOption, value: String?) -> ValueRefusal? {
        guard let value = value?.lowercased() else { return nil }
        return refusals.first { $0.option == option && $0.value == value }
    }
}
