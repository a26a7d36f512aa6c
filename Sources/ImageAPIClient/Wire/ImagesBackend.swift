import Foundation

/// Requests and replies of the OpenAI Images API, through which gpt-image-2 and gpt-image-2-vip are reached.
///
/// Text to image is `POST {base}/images/generations` with a JSON body; with input images it is
/// `POST {base}/images/edits` as multipart/form-data, one `image[]` part per file in the given order, each
/// with its real MIME type. Only the options the user gave are sent, because models reject fields they do
/// not know (gpt-image-2 answers 400 to `response_format`).
struct ImagesBackend: APIShape {
    func request(for planned: PlannedJob, boundary: () -> String) -> RequestDescription {
        let fields = Self.fields(planned)
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

    /// The parameters declared as sent on the Images API, with `stream: true` before `partial_images` when the
    /// job streams (the Images API streams only when asked, so partial images without it are not sent).
    static func fields(_ planned: PlannedJob) -> [OptionField] {
        let listed = OptionField.parameterFields(of: planned, on: .images)
        let options = listed.filter { $0.option != .partialImages }
        guard planned.stream else { return options }
        return options + [OptionField(option: .stream, text: "true", isNumber: true)]
            + listed.filter { $0.option == .partialImages }
    }
}
