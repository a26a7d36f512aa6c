import Foundation

/// Builds requests for models reached through the OpenAI Images API (gpt-image-2, gpt-image-2-vip).
///
/// Text to image is `POST {base}/images/generations` with a JSON body; with input images it is
/// `POST {base}/images/edits` as multipart/form-data, one `image[]` part per file in the given order, each
/// with its real MIME type. Only the options the user gave are sent, because models reject fields they do
/// not know (gpt-image-2 answers 400 to `response_format`).
enum ImagesBackend {
    static func request(for planned: PlannedJob, context: RequestContext) throws(ImageAPIError) -> HTTPRequest {
        let fields = optionFields(planned) + streamFields(planned)
        if planned.inputs.isEmpty {
            var json = JSONObjectWriter()
            json.add("model", planned.model)
            json.add("prompt", planned.prompt)
            for field in fields {
                json.addRaw(field.name, field.json)
            }
            var headers = context.headers
            headers.append((name: "Content-Type", value: "application/json"))
            return HTTPRequest(
                method: "POST", url: context.endpointURL("images/generations"), headers: headers,
                body: .data(json.data))
        }
        let boundary = context.multipartBoundary()
        let file = try BodyFile(temporaryFiles: context.temporaryFiles)
        let multipart = MultipartWriter(boundary: boundary)
        try file.write(multipart.field("model", planned.model))
        try file.write(multipart.field("prompt", planned.prompt))
        for field in fields {
            try file.write(multipart.field(field.name, field.text))
        }
        for input in planned.inputs {
            try file.write(
                multipart.fileHeader(
                    "image[]", filename: input.url.lastPathComponent, contentType: input.format.mimeType))
            try file.append(contentsOf: input.url, base64: false)
            try file.write("\r\n")
        }
        if let mask = planned.mask {
            try file.write(multipart.fileHeader("mask", filename: mask.url.lastPathComponent, contentType: "image/png"))
            try file.append(contentsOf: mask.url, base64: false)
            try file.write("\r\n")
        }
        try file.write(multipart.closing)
        try file.close()
        var headers = context.headers
        headers.append((name: "Content-Type", value: "multipart/form-data; boundary=\(boundary)"))
        return HTTPRequest(
            method: "POST", url: context.endpointURL("images/edits"), headers: headers, body: .file(file.url))
    }

    /// The optional fields to send, in a fixed order, values normalised by the planner.
    static func optionFields(_ planned: PlannedJob) -> [OptionField] {
        let options = planned.options
        var fields: [OptionField] = []
        if let size = options.size { fields.append(OptionField(name: "size", text: size)) }
        if let quality = options.quality { fields.append(OptionField(name: "quality", text: quality)) }
        if let format = options.outputFormat { fields.append(OptionField(name: "output_format", text: format)) }
        if let compression = options.outputCompression {
            fields.append(OptionField(name: "output_compression", text: String(compression), isNumber: true))
        }
        if let responseFormat = options.responseFormat {
            fields.append(OptionField(name: "response_format", text: responseFormat))
        }
        if let moderation = options.moderation { fields.append(OptionField(name: "moderation", text: moderation)) }
        if let background = options.background { fields.append(OptionField(name: "background", text: background)) }
        return fields
    }

    /// `stream: true` and `partial_images`, when the job streams.
    static func streamFields(_ planned: PlannedJob) -> [OptionField] {
        guard planned.stream else { return [] }
        var fields = [OptionField(name: "stream", text: "true", isNumber: true)]
        if let count = planned.options.partialImages {
            fields.append(OptionField(name: "partial_images", text: String(count), isNumber: true))
        }
        return fields
    }
}

/// One optional request field, written as a JSON member or as a multipart text part.
struct OptionField {
    let name: String
    /// The value as text (a multipart part's body).
    let text: String
    /// Numbers and booleans are JSON literals, not strings (`output_compression: 85`, `stream: true`).
    var isNumber = false

    /// The value as JSON.
    var json: String { isNumber ? text : JSONObjectWriter.quote(text) }
}
