import Foundation

/// Turns any `RequestDescription` into the request to send: the URL, the shared headers plus the body's
/// `Content-Type`, and the body's bytes.
///
/// A body that names no file stays in memory; one that does is written to a temporary file piece by piece,
/// each input image copied (or base64-encoded) in chunks by `BodyFile`, so uploading five 10 MB images never
/// holds any of them, or their base64, in memory whole.
enum BodyWriter {
    /// The request for `description`; a body file is tracked by `temporaryFiles`, so it is removed however the
    /// job ends.
    static func request(
        _ description: RequestDescription, context: RequestContext, temporaryFiles: TemporaryFiles
    ) throws(ImageAPIError) -> HTTPRequest {
        var headers = context.headers
        headers.append((name: "Content-Type", value: description.contentType))
        var segments = Segments()
        switch description.body {
        case .json(let value): segments.add(value)
        case .multipart(let boundary, let parts): segments.add(parts, writer: MultipartWriter(boundary: boundary))
        }
        let body: HTTPRequest.Body
        let list = segments.finished
        if list.count <= 1, case .text(let text)? = list.first ?? .text("") {
            body = .data(Data(text.utf8))
        } else {
            let file = try BodyFile(temporaryFiles: temporaryFiles)
            for segment in list {
                switch segment {
                case .text(let text): try file.write(text)
                case .file(let url, let base64): try file.append(contentsOf: url, base64: base64)
                }
            }
            try file.close()
            body = .file(file.url)
        }
        return HTTPRequest(
            method: description.method, url: context.endpointURL(description.path), headers: headers, body: body)
    }

    /// The body as runs of text and files to copy, adjacent text joined.
    private struct Segments {
        enum Segment {
            case text(String)
            case file(URL, base64: Bool)
        }

        private var list: [Segment] = []
        private var pending = ""

        /// The segments in order.
        var finished: [Segment] { pending.isEmpty ? list : list + [.text(pending)] }

        mutating func text(_ more: String) {
            pending += more
        }

        mutating func file(_ url: URL, base64: Bool) {
            if !pending.isEmpty { list.append(.text(pending)) }
            pending = ""
            list.append(.file(url, base64: base64))
        }

        /// Compact JSON, members in order, strings escaped by `JSONWriter.quote`.
        mutating func add(_ value: BodyJSON) {
            switch value {
            case .string(let string):
                text(JSONWriter.quote(string))
            case .raw(let json):
                text(json)
            case .object(let members):
                text("{")
                for (index, member) in members.enumerated() {
                    text((index == 0 ? "" : ",") + JSONWriter.quote(member.key) + ":")
                    add(member.value)
                }
                text("}")
            case .array(let items):
                text("[")
                for (index, item) in items.enumerated() {
                    if index > 0 { text(",") }
                    add(item)
                }
                text("]")
            case .dataURL(let mimeType, let file):
                text("\"data:\(mimeType);base64,")
                self.file(file, base64: true)
                text("\"")
            }
        }

        /// Each part, then the closing delimiter.
        mutating func add(_ parts: [FormPart], writer: MultipartWriter) {
            for part in parts {
                switch part.content {
                case .text(let value):
                    text(writer.field(part.name, value))
                case .file(let url, let filename, let contentType):
                    text(writer.fileHeader(part.name, filename: filename, contentType: contentType))
                    file(url, base64: false)
                    text("\r\n")
                }
            }
            text(writer.closing)
        }
    }
}
