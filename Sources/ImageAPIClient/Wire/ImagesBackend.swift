import Foundation

/// Builds requests for models reached through the OpenAI Images API (gpt-image-2, gpt-image-2-vip).
///
/// Text to image is `POST {base}/images/generations` with a JSON body; with input images it is
/// `POST {base}/images/edits` as multipart/form-data, one `image[]` part per file in the given order, each
/// with its real MIME type. Only the options the user gave are sent, because models reject fields they do
/// not know (gpt-image-2 answers 400 to `response_format`).
enum ImagesBackend {
    static func request(for planned: PlannedJob, context: RequestContext) throws(ImageAPIError) -> HTTPRequest {
        if planned.inputs.isEmpty {
            var json = JSONObjectWriter()
            json.add("model", planned.model)
            json.add("prompt", planned.prompt)
            for (option, value) in planned.parameters.fields {
                json.addRaw(option.rawValue, value.jsonText)
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
        for (option, value) in planned.parameters.fields {
            try file.write(multipart.field(option.rawValue, value.wireText))
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
}
