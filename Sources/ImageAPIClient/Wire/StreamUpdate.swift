import Foundation

/// What one server-sent event means to the client, whichever of the two dialects (Images API or Responses
/// API) it came in.
enum StreamUpdate: Sendable {
    /// A low-detail preview of image `key` (a tool call id on the Responses API; one key on the Images API).
    /// `index` is the API's 0-based `partial_image_index`; `data` is nil when nobody needs the bytes.
    case partial(key: String, index: Int?, data: Data?)
    /// A finished image; `data` is nil when the event only closed the call (VibeAPI then carries the image
    /// in the partial image event), and the prompt the text model actually used, when it says.
    case final(key: String, data: Data?, revisedPrompt: String?)
    /// Text the model wrote instead of, or beside, an image.
    case text(String)
    /// The stream's closing event: the request succeeded; `fallbackImages` are images found only in it.
    case completed(usage: JSONValue?, fallbackImages: [FinalImage])
    /// An `error` event, or a failed or incomplete response.
    case failed(ImageAPIError)
    /// A warning about an image (a data URI whose claimed type is not its bytes' format).
    case note(Diagnostic)
    /// Anything else: keepalives, lifecycle events, unknown types.
    case ignored
}
