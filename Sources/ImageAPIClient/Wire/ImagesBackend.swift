import Foundation

/// Requests and replies of the OpenAI Images API, through which gpt-image-2 and gpt-image-2-vip are reached.
///
/// Text to image is `POST {base}/images/generations` with a JSON body; with input images it is
/// `POST {base}/images/edits` as multipart/form-data, one `image[]` part per file in the given order, each
/// with its real MIME type. Only the options the user gave are sent, because models reject fields they do
/// not know (gpt-image-2 answers 400 to `response_format`).
struct ImagesBackend: APIShape {
    func request(for planned: PlannedJob, boundary: () -> String) -> RequestDescription {
        let fields = Self.optionFields(planned) + Self.streamFields(planned)
        if planned.inputs.isEmpty {
            let members = [("model", planned.model), ("prompt", planned.prompt)].map {
                (key: $0, value: BodyJSON.string($1))
            }
            return RequestDescription(
                method: "POST", path: "images/generations",
                body: .json(.object(members + fields.map { (key: $0.name, value: $0.bodyJSON) })))
        }
        var parts = [FormPart.field("model", planned.model), .field("prompt", planned.prompt)]
        parts += fields.map { .field($0.name, $0.text) }
        parts += planned.inputs.map { .file("image[]", $0.url, contentType: $0.format.mimeType) }
        if let mask = planned.mask { parts.append(.file("mask", mask.url, contentType: "image/png")) }
        return RequestDescription(
            method: "POST", path: "images/edits", body: .multipart(boundary: boundary(), parts: parts))
    }

    /// Both reply shapes are read whatever the endpoint (see `ReplyParser`).
    func decodeReply(_ response: HTTPResponse) throws(ImageAPIError) -> ReplyParser.Reply {
        try ReplyParser.parse(response)
    }

    func additionalImages(in response: HTTPResponse) -> (payloads: [ReplyParser.Payload], beyondCap: Int) {
        ReplyParser.additionalImages(in: response.body)
    }

    func decodeEvent(_ event: SSEEvent, knownImages: Set<String>, decodePartials: Bool) throws(ImageAPIError)
        -> [StreamUpdate]
    {
        try ImagesStreamDecoder.decode(event, decodePartials: decodePartials)
    }

    func decodeUnstreamedReply(_ response: HTTPResponse) throws(ImageAPIError) -> UnstreamedReply {
        .reply(try ReplyParser.parse(response))
    }

    /// One image per stream, whose final event carries it.
    var partialMayBeTheImage: Bool { false }
    var announcesEachImage: Bool { false }

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

    /// The value in a described JSON body.
    var bodyJSON: BodyJSON { isNumber ? .raw(text) : .string(text) }
}
