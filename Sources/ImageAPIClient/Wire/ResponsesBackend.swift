import Foundation

/// Requests and stream events of the Responses API, where a text model drives the `image_generation` tool.
///
/// `POST {base}/responses` with `model` (the text model), `instructions` (VibeAPI answers 400 without them),
/// `input` as a list holding one user message whose content is an `input_text` with the prompt, exactly as
/// given, and one `input_image` data URL per input image (real MIME types), `stream: true` (the only mode
/// VibeAPI serves), and `tools: [{type: image_generation, …}]` carrying the image options. The tool carries
/// no `model`, exactly as VibeAPI documents (its gateway runs gpt-image-2, whose rules the table checks),
/// unless the user names one with `--tool-model`. The body goes through a file, because the base64 of five
/// large inputs should not sit in memory.
struct ResponsesBackend: APIShape {
    func request(for planned: PlannedJob, boundary: () -> String) -> RequestDescription {
        var content: [BodyJSON] = [.object([("type", .string("input_text")), ("text", .string(planned.prompt))])]
        for input in planned.inputs {
            content.append(
                .object([
                    ("type", .string("input_image")),
                    ("image_url", .dataURL(mimeType: input.format.mimeType, file: input.url)),
                ]))
        }
        let body = BodyJSON.object([
            ("model", .string(planned.model)),
            ("instructions", .string(planned.instructions ?? planned.spec.defaultInstructions ?? "")),
            ("input", .array([.object([("role", .string("user")), ("content", .array(content))])])),
            ("stream", .raw("true")),
            ("tools", .array([Self.tool(planned)])),
        ])
        return RequestDescription(method: "POST", path: "responses", body: .json(body))
    }

    /// The `image_generation` tool object: the model only when the user named one, then every parameter given
    /// that is declared as sent on the Responses API.
    static func tool(_ planned: PlannedJob) -> BodyJSON {
        var tool: [(key: String, value: BodyJSON)] = [("type", .string("image_generation"))]
        if let model = planned.toolModel { tool.append(("model", .string(model))) }
        for field in OptionField.parameterFields(of: planned, on: .responses) {
            tool.append((field.name, field.bodyJSON))
        }
        return .object(tool)
    }

    func decodeEvent(_ event: SSEEvent, knownImages: Set<String>, decodePartials: Bool) throws(ImageAPIError)
        -> [StreamUpdate]
    {
        try ResponsesStreamDecoder.decode(event, knownImages: knownImages)
    }

    /// A whole response object reads like the closing event's `response`; an error body does not.
    func decodeUnstreamedReply(_ response: HTTPResponse) throws(ImageAPIError) -> UnstreamedReply {
        if let failure = APIErrorBody.parse(response.body), failure.message != nil,
            (try? JSONDecoder().decode(JSONValue.self, from: response.body))?["output"] == nil
        {
            throw StreamFailure.reported(message: failure.message, code: failure.code)
        }
        var wrapped = Data(#"{"type":"response.completed","response":"#.utf8)
        wrapped.append(response.body)
        wrapped.append(Data("}".utf8))
        return .event(SSEEvent(name: nil, data: wrapped))
    }

    /// VibeAPI delivers the image only as its last partial image.
    var partialMayBeTheImage: Bool { true }
    /// A text model may call the tool several times.
    var announcesEachImage: Bool { true }
}
