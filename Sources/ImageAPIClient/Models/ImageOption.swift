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

    /// The command-line flag that sets this option, used in messages so an agent can fix its command line.
    public var flag: String {
        switch self {
        case .size: "-s/--size"
        case .quality: "-q/--quality"
        case .outputFormat: "-o/--output-format"
        case .outputCompression: "-c/--output-compression"
        case .responseFormat: "-r/--response-format"
        }
    }
}
