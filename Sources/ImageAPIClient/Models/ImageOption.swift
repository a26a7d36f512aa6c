/// An optional request parameter a model may or may not accept.
///
/// Models disagree about these (gpt-image-2 rejects `response_format`; gpt-image-2-all ignores `size` yet bills
/// for it), so every option is checked against the model's row in `ModelCatalog` before anything is sent.
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
    /// `moderation`: `auto|low`.
    case moderation
    /// `background`: `auto|opaque|transparent` (transparent only with PNG or WebP output).
    case background
    /// `stream`: server-sent events instead of one JSON reply.
    case stream
    /// `partial_images`: 0–3 low-detail previews sent while streaming.
    case partialImages = "partial_images"
    /// `mask`: a PNG whose transparent pixels mark the region of the first input image to edit.
    case mask
    /// `instructions`: the system text for the model that drives the image tool (Responses API).
    case instructions
    /// `action`: `auto|generate|edit`, forcing the image tool's choice (Responses API).
    case action

    /// The command-line flag that sets this option, used in messages so an agent can fix its command line.
    public var flag: String {
        switch self {
        case .size: "-s/--size"
        case .quality: "-q/--quality"
        case .outputFormat: "-o/--output-format"
        case .outputCompression: "-c/--output-compression"
        case .responseFormat: "-r/--response-format"
        case .moderation: "--moderation"
        case .background: "--background"
        case .stream: "--stream"
        case .partialImages: "--partial-images"
        case .mask: "--mask"
        case .instructions: "--instructions"
        case .action: "--action"
        }
    }
}
