import Foundation

/// The request a job would send, made readable: what `--dry-run` shows.
///
/// It is built by the same backend code as a real run, so it cannot drift from what is sent; then the key is
/// masked and every long base64 payload is replaced by its length, so a preview of a five-image edit is a
/// screenful rather than 70 MB.
public struct RequestPreview: Sendable {
    /// `POST`.
    public let method: String
    /// The full URL.
    public let url: String
    /// Header fields in order, the key masked.
    public let headers: [(name: String, value: String)]
    /// The body as JSON with base64 shortened, or nil for a multipart body.
    public let json: JSONValue?
    /// The parts of a multipart body, in order.
    public let parts: [Part]

    /// One multipart part: a field with its text, or a file with its size and type.
    public struct Part: Sendable, Equatable {
        /// The field name (`prompt`, `image[]`…).
        public let name: String
        /// The text of a field, or nil for a file.
        public let value: String?
        /// The file name of a file part.
        public let filename: String?
        /// The declared type of a file part.
        public let contentType: String?
        /// The size of a file part's bytes.
        public let byteCount: Int
    }
}

extension ImageClient {
    /// Builds the request `run` would send for `planned` and describes it, sending nothing. Works without a key
    /// (the header then says which variable is missing).
    public func preview(_ planned: PlannedJob) throws(ImageAPIError) -> RequestPreview {
        let key = configuration.apiKey?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let temporaryFiles = TemporaryFiles()
        defer { temporaryFiles.removeAll() }
        let request = try makeRequest(planned, key: key.isEmpty ? "\u{0}" : key, temporaryFiles: temporaryFiles)
        let shownKey = key.isEmpty ? "<\(configuration.provider.keyVariable) not set>" : Redaction.mask(key)
        let headers = request.headers.map { header in
            header.name == "Authorization" ? (name: header.name, value: "Bearer \(shownKey)") : header
        }
        let body: Data
        do {
            switch request.body {
            case .none: body = Data()
            case .data(let data): body = data
            case .file(let url): body = try Data(contentsOf: url, options: .alwaysMapped)
            }
        } catch {
            throw ImageAPIError(.ioError, Message("output.request_body", ["detail": error.localizedDescription]))
        }
        let contentType = request.headers.first { $0.name == "Content-Type" }?.value ?? ""
        if let boundary = MultipartPreview.boundary(in: contentType) {
            return RequestPreview(
                method: request.method, url: request.url.absoluteString, headers: headers, json: nil,
                parts: MultipartPreview.parts(of: body, boundary: boundary))
        }
        let json = (try? JSONDecoder().decode(JSONValue.self, from: body)).map(Self.shortened)
        return RequestPreview(
            method: request.method, url: request.url.absoluteString, headers: headers, json: json, parts: [])
    }

    /// Replaces data URLs' payloads and other long base64 strings with `<base64, N characters>`.
    static func shortened(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text) where text.hasPrefix("data:") && text.contains(";base64,"):
            guard let comma = text.firstIndex(of: ",") else { return value }
            let payload = text.distance(from: comma, to: text.endIndex) - 1
            return .string(String(text[...comma]) + "<base64, \(payload) characters>")
        case .string(let text) where text.count > 200:
            let base64 = text.unicodeScalars.allSatisfy {
                CharacterSet.alphanumerics.contains($0) || "+/=-_\n\r".unicodeScalars.contains($0)
            }
            return base64 ? .string("<base64, \(text.count) characters>") : value
        case .array(let items):
            return .array(items.map(shortened))
        case .object(let fields):
            return .object(fields.mapValues(shortened))
        default:
            return value
        }
    }
}

/// Reads a multipart body back into parts for the preview.
enum MultipartPreview {
    static func boundary(in contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/form-data"),
            let range = contentType.range(of: "boundary=")
        else { return nil }
        return String(contentType[range.upperBound...]).trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
    }

    static func parts(of body: Data, boundary: String) -> [RequestPreview.Part] {
        let delimiter = Array("--\(boundary)".utf8)
        var parts: [RequestPreview.Part] = []
        var cursor = body.startIndex
        guard let first = ByteSearch.firstRange(of: delimiter, in: body, from: cursor) else { return [] }
        cursor = first.upperBound
        while let next = ByteSearch.firstRange(of: delimiter, in: body, from: cursor) {
            let chunk = body[cursor..<next.lowerBound]
            cursor = next.upperBound
            guard let split = ByteSearch.firstRange(of: Array("\r\n\r\n".utf8), in: chunk) else { continue }
            let head = String(decoding: chunk[chunk.startIndex..<split.lowerBound], as: UTF8.self)
            var content = chunk[split.upperBound..<chunk.endIndex]
            if content.suffix(2) == Data("\r\n".utf8) { content = content.dropLast(2) }
            func parameter(_ name: String) -> String? {
                guard let range = head.range(of: "\(name)=\"") else { return nil }
                let rest = head[range.upperBound...]
                return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
            }
            let type = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-type:") }
                .map { $0.dropFirst("content-type:".count).trimmingCharacters(in: .whitespaces) }
            let filename = parameter("filename")
            parts.append(
                RequestPreview.Part(
                    name: parameter("name") ?? "",
                    value: filename == nil ? String(decoding: content, as: UTF8.self) : nil,
                    filename: filename, contentType: type, byteCount: content.count))
        }
        return parts
    }
}
