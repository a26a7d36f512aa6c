/// Something a user sets, by the name the request body and a batch file give it: a request parameter
/// (`size`), or one of the settings around it (`model`, `input_images`, `base_url`, `out_dir`).
///
/// An error says which setting it is about, and a sentence which setting it names, as this value; the front end
/// spells it (`Spelling`): `-s` on the command line, `"size"` in a batch file. The parameters are `ImageOption`'s
/// cases, declared once there; the rest are listed here.
public enum Setting: Sendable, Hashable, CaseIterable, RawRepresentable, CustomStringConvertible {
    /// A request parameter a model may or may not accept.
    case option(ImageOption)
    /// `model`.
    case model
    /// `prompt`.
    case prompt
    /// `input_images`: the images to edit or fuse (`-i`).
    case inputImages
    /// `filename`: the name of the saved image.
    case filename
    /// `aspect`: an aspect ratio, turned into a size or a prompt prefix.
    case aspect
    /// `resolution`: `1k|2k|4k`, with `aspect`.
    case resolution
    /// `keep_partials`: keep the previews a stream sends.
    case keepPartials
    /// `tool_model`: the text model that drives the image tool (Responses API).
    case toolModel
    /// `metadata`: what is written into the saved image.
    case metadata
    /// `api_key`.
    case apiKey
    /// `provider`: the gateway.
    case provider
    /// `endpoint`: the API the request goes to.
    case endpoint
    /// `base_url`.
    case baseURL
    /// `timeout`: the deadline.
    case timeout
    /// `allow_insecure_http`.
    case allowInsecureHTTP
    /// `out_dir`: where a batch saves its images.
    case outDir
    /// `allow_outside`: let a batch write outside its folder.
    case allowOutside

    /// The settings that are not request parameters, in the order of the cases above.
    static let others: [Setting] = [
        .model, .prompt, .inputImages, .filename, .aspect, .resolution, .keepPartials, .toolModel, .metadata,
        .apiKey, .provider, .endpoint, .baseURL, .timeout, .allowInsecureHTTP, .outDir, .allowOutside,
    ]

    /// Every setting: the request parameters, then the rest.
    public static var allCases: [Setting] { ImageOption.allCases.map(Setting.option) + others }

    /// The name the request body and a batch file give it.
    public var rawValue: String {
        switch self {
        case .option(let option): option.rawValue
        case .model: "model"
        case .prompt: "prompt"
        case .inputImages: "input_images"
        case .filename: "filename"
        case .aspect: "aspect"
        case .resolution: "resolution"
        case .keepPartials: "keep_partials"
        case .toolModel: "tool_model"
        case .metadata: "metadata"
        case .apiKey: "api_key"
        case .provider: "provider"
        case .endpoint: "endpoint"
        case .baseURL: "base_url"
        case .timeout: "timeout"
        case .allowInsecureHTTP: "allow_insecure_http"
        case .outDir: "out_dir"
        case .allowOutside: "allow_outside"
        }
    }

    /// The setting named `rawValue`, or nil when gen-image has none by that name.
    public init?(rawValue: String) {
        if let option = ImageOption(rawValue: rawValue) {
            self = .option(option)
        } else if let other = Self.others.first(where: { $0.rawValue == rawValue }) {
            self = other
        } else {
            return nil
        }
    }

    /// The request parameter, when the setting is one.
    public var option: ImageOption? {
        if case .option(let option) = self { return option }
        return nil
    }

    /// The wire name, as messages and logs show a setting when no front end spells it.
    public var description: String { rawValue }
}

extension Setting {
    /// The setting a gateway's error reply names in its `param` (`size`, `n`, `image[]`, `tools[0].quality`),
    /// or nil when the word names nothing gen-image sets: only what a request carries is looked for, so a
    /// gateway's `timeout` or `provider` is not taken for gen-image's own.
    public init?(gatewayParam word: String) {
        var name = Substring(word.trimmingCharacters(in: .whitespaces).lowercased())
        if let dot = name.lastIndex(of: ".") { name = name[name.index(after: dot)...] }
        if let bracket = name.firstIndex(of: "[") { name = name[..<bracket] }
        switch name {
        case "image", "images", "image_url", "input_image", "input_images": self = .inputImages
        case "model": self = .model
        case "prompt": self = .prompt
        default:
            guard let option = ImageOption(rawValue: String(name)) else { return nil }
            self = .option(option)
        }
    }
}
