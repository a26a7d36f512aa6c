import Foundation

/// The request a job would send, made readable: what `--dry-run` shows.
///
/// It is the description the plan's backend gives for a real run, so it cannot drift from what is sent; the
/// key is masked and every long base64 payload is replaced by its length, so a preview of a five-image edit
/// is a screenful rather than 70 MB. Nothing is written: input images are only measured.
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
    /// Describes the request `run` would send for `planned`, sending and writing nothing. Works without a key
    /// (the header then says which variable is missing).
    public func preview(_ planned: PlannedJob) throws(ImageAPIError) -> RequestPreview {
        let key = configuration.apiKey?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let description = planned.backend.request(for: planned, boundary: configuration.multipartBoundary)
        let context = requestContext(planned, key: key)
        let shownKey = key.isEmpty ? "<\(configuration.provider.keyVariable) not set>" : Redaction.mask(key)
        var headers = context.headers.map { header in
            header.name == "Authorization" ? (name: header.name, value: "Bearer \(shownKey)") : header
        }
        headers.append((name: "Content-Type", value: description.contentType))
        let url = context.endpointURL(description.path).absoluteString
        switch description.body {
        case .json(let value):
            return RequestPreview(
                method: description.method, url: url, headers: headers, json: try Self.previewed(value), parts: [])
        case .multipart(_, let parts):
            var shown: [RequestPreview.Part] = []
            for part in parts {
                switch part.content {
                case .text(let value):
                    shown.append(
                        RequestPreview.Part(
                            name: MultipartWriter.escape(part.name), value: value, filename: nil, contentType: nil,
                            byteCount: value.utf8.count))
                case .file(let file, let filename, let contentType):
                    shown.append(
                        RequestPreview.Part(
                            name: MultipartWriter.escape(part.name), value: nil,
                            filename: MultipartWriter.escape(filename), contentType: contentType,
                            byteCount: try Self.size(of: file)))
                }
            }
            return RequestPreview(method: description.method, url: url, headers: headers, json: nil, parts: shown)
        }
    }

    /// A described JSON body as the preview shows it: data URLs reduced to their type and length, other long
    /// base64 strings to their length.
    private static func previewed(_ value: BodyJSON) throws(ImageAPIError) -> JSONValue {
        switch value {
        case .string(let text):
            return shortened(.string(text))
        case .raw(let json):
            return (try? JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))) ?? .string(json)
        case .object(let members):
            var fields: [String: JSONValue] = [:]
            for member in members { fields[member.key] = try previewed(member.value) }
            return .object(fields)
        case .array(let items):
            var shown: [JSONValue] = []
            for item in items { shown.append(try previewed(item)) }
            return .array(shown)
        case .dataURL(let mimeType, let file):
            let characters = (try size(of: file) + 2) / 3 * 4
            return .string("data:\(mimeType);base64,<base64, \(characters) characters>")
        }
    }

    /// The size of an input file, which a real run would read whole.
    private static func size(of file: URL) throws(ImageAPIError) -> Int {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: file.path),
            let size = attributes[.size] as? Int
        else {
            throw ImageAPIError(
                .ioError, Message.inputUnreadable(path: file.path), hint: Message.inputPermissions)
        }
        return size
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
