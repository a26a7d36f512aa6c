import Foundation

/// Requests and replies of `POST {base}/chat/completions`, through which gpt-image-2-all is reached.
///
/// Without images the message content is the prompt string, exactly as the skill scripts send it. With
/// images it is a text part followed by one `image_url` part per file, each a data URL carrying the file's
/// real MIME type (the scripts label everything `image/png`, which misleads the gateway about JPEGs).
/// `-r b64_json` becomes `response_format: {type: b64_json}`; other options, where the model takes them, go
/// top-level. Replies are read in either shape, since gateways mix them (see `ReplyParser`).
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
        var members: [(key: String, value: BodyJSON)] = [
            ("model", .string(planned.model)), ("messages", .array([message])),
        ]
        // Options other than response_format go top-level (gpt-image-2-vip's chat route reads `size` there;
        // gpt-image-2-all takes none, which the planner has already enforced). `-r url` is the chat default
        // and is not sent, as the skill script does not send it. Partial images and the tool's action are not
        // chat parameters.
        let skipped: Set<ImageOption> = [.responseFormat, .partialImages, .action]
        for field in OptionField.parameterFields(of: planned) where !skipped.contains(field.option) {
            members.append((field.name, field.bodyJSON))
        }
        if planned.parameters[.responseFormat]?.text == "b64_json" {
            members.append(("response_format", .object([("type", .string("b64_json"))])))
        }
        return RequestDescription(method: "POST", path: "chat/completions", body: .json(.object(members)))
    }

    /// An `image_url` part whose URL is the file as a data URL.
    private static func imagePart(_ input: InputImage) -> BodyJSON {
        let url = BodyJSON.dataURL(mimeType: input.format.mimeType, file: input.url)
        return .object([("type", .string("image_url")), ("image_url", .object([("url", url)]))])
    }
}
