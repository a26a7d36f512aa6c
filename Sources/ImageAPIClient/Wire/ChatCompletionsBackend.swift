import Foundation

/// Builds requests for models reached through `POST {base}/chat/completions` (gpt-image-2-all).
///
/// Without images the message content is the prompt string, exactly as the skill scripts send it. With
/// images it is a text part followed by one `image_url` part per file, each a data URL carrying the file's
/// real MIME type (the scripts label everything `image/png`, which misleads the gateway about JPEGs).
/// `-r b64_json` becomes `response_format: {type: b64_json}`; other options, where the model takes them, go
/// top-level.
enum ChatCompletionsBackend {
    static func request(for planned: PlannedJob, context: RequestContext) throws(ImageAPIError) -> HTTPRequest {
        let url = context.endpointURL("chat/completions")
        var headers = context.headers
        headers.append((name: "Content-Type", value: "application/json"))
        let model = JSONObjectWriter.quote(planned.model)
        let prompt = JSONObjectWriter.quote(planned.prompt)
        // Options other than response_format go top-level (gpt-image-2-vip's chat route reads `size` there;
        // gpt-image-2-all takes none, which the planner has already enforced). `-r url` is the chat default
        // and is not sent, as the skill script does not send it.
        var trailer = ""
        for (option, value) in planned.parameters.fields where option != .responseFormat {
            trailer += ",\(JSONObjectWriter.quote(option.rawValue)):\(value.jsonText)"
        }
        if planned.parameters[.responseFormat]?.text == "b64_json" {
            trailer += ",\"response_format\":{\"type\":\"b64_json\"}"
        }
        let open = "{\"model\":\(model),\"messages\":[{\"role\":\"user\",\"content\":"
        if planned.inputs.isEmpty {
            let body = open + prompt + "}]" + trailer + "}"
            return HTTPRequest(method: "POST", url: url, headers: headers, body: .data(Data(body.utf8)))
        }
        let file = try BodyFile(temporaryFiles: context.temporaryFiles)
        try file.write(open + "[{\"type\":\"text\",\"text\":\(prompt)}")
        for input in planned.inputs {
            try file.write(",{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:\(input.format.mimeType);base64,")
            try file.append(contentsOf: input.url, base64: true)
            try file.write("\"}}")
        }
        try file.write("]}]" + trailer + "}")
        try file.close()
        return HTTPRequest(method: "POST", url: url, headers: headers, body: .file(file.url))
    }
}
