/// Whether a model can send its image as server-sent events, with low-detail previews on the way.
///
/// The Images API streams only when asked (`stream: true`); VibeAPI's Responses endpoint works only streamed.
/// The table says which, so `--stream` on a model that cannot stream is refused before anything is sent.
public enum StreamSupport: Sendable, Equatable {
    /// Replies come whole; `--stream` is refused.
    case none
    /// Streams when `--stream` is given, with up to this many partial images.
    case optional(maxPartialImages: Int)
    /// Always streams (the Responses API), with up to this many partial images.
    case always(maxPartialImages: Int)

    /// The most partial images the model sends, or nil when it does not stream.
    public var maxPartialImages: Int? {
        switch self {
        case .none: nil
        case .optional(let count), .always(let count): count
        }
    }
}
