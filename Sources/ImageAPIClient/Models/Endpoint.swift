/// Which HTTP API shape a model is reached through.
///
/// The gateway serves image models behind very different APIs: chat completions, where the image comes
/// back as Markdown inside the assistant's text, the OpenAI Images API, where it comes back in `data[0]`, and
/// the Responses API, where a text model calls an image tool and the images come back as stream events.
public enum Endpoint: String, Sendable, CaseIterable, Codable {
    /// `POST {base}/chat/completions`, image returned inside `choices[0].message.content`.
    case chat
    /// `POST {base}/images/generations` (JSON) or `POST {base}/images/edits` (multipart), image in `data[0]`.
    case images
    /// `POST {base}/responses`, always streamed: a text model (`-m`, e.g. gpt-5.5) drives the `image_generation`
    /// tool, may rewrite the prompt (`revised_prompt`) and may return several images.
    case responses
}

/// What the request does with its input images; decides the endpoint path and the words on the progress line.
public enum ImageMode: Sendable, Equatable, Codable {
    /// Text to image: no input images.
    case generate
    /// One input image, changed as the prompt says.
    case edit
    /// Several input images combined (their order is meaningful: "image 1", "image 2", …).
    case fuse(count: Int)

    /// The mode implied by a number of input images.
    public init(inputCount: Int) {
        switch inputCount {
        case 0: self = .generate
        case 1: self = .edit
        default: self = .fuse(count: inputCount)
        }
    }
}
