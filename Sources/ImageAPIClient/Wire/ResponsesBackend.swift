import Foundation

/// Builds requests for the Responses API, where a text model drives the `image_generation` tool.
///
/// `POST {base}/responses` with `model` (the text model), `instructions` (VibeAPI answers 400 without them),
/// `input` as a list holding one user message whose content is an `input_text` with the prompt, exactly as
/// given, and one `input_image` data URL per input image (real MIME types), `stream: true` (the only mode
/// VibeAPI serves), and `tools: [{type: image_generation, …}]` carrying the image options. The tool carries
/// no `model`, exactly as VibeAPI documents (its gateway runs gpt-image-2, whose rules the table checks),
/// unless the user names one with `--tool-model`. The body goes through a file, because the base64 of five
/// large inputs should not sit in memory.
enum ResponsesBackend {
    static func request(for planned: PlannedJob, context: RequestContext) throws(ImageAPIError) -> HTTPRequest {
        var headers = context.headers
        headers.append((name: "Content-Type", value: "application/json"))
        let file = try BodyFile(temporaryFiles: context.temporaryFiles)
        var head = JSONObjectWriter()
        head.add("model", planned.model)
        head.add("instructions", planned.instructions ?? planned.spec.defaultInstructions ?? "")
        let opening = String(head.text.dropLast())
        try file.write(opening + ",\"input\":[{\"role\":\"user\",\"content\":[")
        try file.write("{\"type\":\"input_text\",\"text\":\(JSONObjectWriter.quote(planned.prompt))}")
        for input in planned.inputs {
            try file.write(",{\"type\":\"input_image\",\"image_url\":\"data:\(input.format.mimeType);base64,")
            try file.append(contentsOf: input.url, base64: true)
            try file.write("\"}")
        }
        try file.write("]}],\"stream\":true,\"tools\":[\(tool(planned))]}")
        try file.close()
        return HTTPRequest(
            method: "POST", url: context.endpointURL("responses"), headers: headers, body: .file(file.url))
    }

    /// The `image_generation` tool object: the model only when the user named one, then only the options given.
    static func tool(_ planned: PlannedJob) -> String {
        var tool = JSONObjectWriter()
        tool.add("type", "image_generation")
        if let model = planned.toolModel { tool.add("model", model) }
        // `stream` belongs to the request, not to the tool.
        for (option, value) in planned.parameters.fields where option != .stream {
            tool.addRaw(option.rawValue, value.jsonText)
        }
        return tool.text
    }
}
