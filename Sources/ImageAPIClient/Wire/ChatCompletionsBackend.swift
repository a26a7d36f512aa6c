import Foundation

/// Requests and replies of `POST {base}/chat/completions`, through which gpt-image-2-all is reached.
///
/// Without images the message content is the prompt string, exactly as the skill scripts send it. With
/// images it is a text part followed by one `image_url` part per file, each a data URL carrying the file's
/// real MIME type (the scripts label everything `image/png`, which misleads the gateway about JPEGs).
/// `-r b64_json` becomes `response_format: {type: b64_json}`; the image options the chat route reads go
/// top-level (`ChatBody`). Replies are read in either shape, since gateways mix them (see `ReplyParser`).
struct ChatCompletionsBackend: APIShape {
    func request(for planned: PlannedJob, boundary: () -> String) -> RequestDescription {
        let content: BodyJSON
        if planned.inputs.isEmpty {
            content = .string(planned.prompt)
        } else {
            let text = BodyJSON.object([("type", .string("text")), ("text", .string(planned.prompt))])
            content = .array([text] + planned.inputs.map(Self.imagePart))
        }
        let message = BodyJSON.object([("role", .string("user")), ("content", content)])
        let body = ChatBody(planned, message: message)
        return RequestDescription(method: "POST", path: "chat/completions", body: .json(body.json))
    }

    /// An `image_url` part whose URL is the file as a data URL.
    private static func imagePart(_ input: InputImage) -> BodyJSON {
        let url = BodyJSON.dataURL(mimeType: input.format.mimeType, file: input.url)
        return .object([("type", .string("image_url")), ("image_url", .object([("url", url)]))])
    }
}

/// A chat completion's body, typed: the model, the one user message, the image options the chat route reads
/// top-level and `response_format`, and nothing else, so no parameter can reach the chat body unless it has a
/// member here (`--endpoint chat` with an Images-only parameter cannot put it top-level).
struct ChatBody {
    /// The image options the chat route reads top-level (gpt-image-2-vip's route reads `size`), under the
    /// names the chat endpoint uses; gpt-image-2-all takes none, which the planner has already enforced.
    enum TopLevelField: String, CaseIterable {
        case size
        case quality
        case outputFormat = "output_format"
        case outputCompression = "output_compression"
        case background
        case moderation

        /// The parameter whose checked value fills it.
        var option: ImageOption {
            switch self {
            case .size: .size
            case .quality: .quality
            case .outputFormat: .outputFormat
            case .outputCompression: .outputCompression
            case .background: .background
            case .moderation: .moderation
            }
        }
    }

    /// The model id.
    let model: String
    /// The user's message.
    let message: BodyJSON
    /// The top-level image options given, in this order.
    let fields: [(field: TopLevelField, value: ParameterValue)]
    /// Whether `response_format: {type: b64_json}` is sent; `-r url` is the chat default and is not sent, as
    /// the skill script does not send it.
    let base64: Bool

    /// The body of `planned` with `message`: of its parameters, only those declared as sent on chat that have
    /// a member here.
    init(_ planned: PlannedJob, message: BodyJSON) {
        model = planned.model
        self.message = message
        fields = TopLevelField.allCases.compactMap { field in
            guard field.option.isSent(on: .chat), let value = planned.parameters[field.option] else { return nil }
            return (field, value)
        }
        let format = ImageOption.responseFormat
        base64 = format.isSent(on: .chat) && planned.parameters[format]?.text == "b64_json"
    }

    /// The body as written.
    var json: BodyJSON {
        var members: [(key: String, value: BodyJSON)] = [("model", .string(model)), ("messages", .array([message]))]
        for (field, value) in fields {
            members.append((field.rawValue, value.isJSONLiteral ? .raw(value.wireText) : .string(value.wireText)))
        }
        if base64 { members.append(("response_format", .object([("type", .string("b64_json"))]))) }
        return .object(members)
    }
}
