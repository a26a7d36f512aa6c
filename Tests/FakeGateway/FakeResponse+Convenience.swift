import Foundation

/// Ready-made replies in the gateway's shapes, so tests script realistic answers in one line.
extension FakeResponse {
    /// A JSON reply serialised with JSONSerialization (sorted keys, unescaped slashes, as the gateway sends);
    /// `object` must be a dictionary or array of JSON values.
    public static func json(
        _ object: Any, status: Int = 200,
        headers: [(name: String, value: String)] = []
    ) -> FakeResponse {
        FakeResponse(
            status: status, headers: [("Content-Type", "application/json")] + headers,
            body: JSONBody.encode(object))
    }

    /// A reply whose body is `text` verbatim, for malformed or oddly formatted JSON the serialiser can't produce.
    public static func rawJSON(_ text: String, status: Int = 200) -> FakeResponse {
        FakeResponse(status: status, headers: [("Content-Type", "application/json")], body: Data(text.utf8))
    }

    /// OpenAI-style error body {"error":{"message":…,"type":…,"param":…,"code":…}}, the shape the gateway
    /// uses for auth, validation and rate-limit failures, so error-message extraction can be tested; `param`
    /// names the request field it blames (null when nil).
    public static func error(
        status: Int, message: String, code: String? = nil,
        type: String = "invalid_request_error", param: String? = nil
    ) -> FakeResponse {
        let error: [String: Any] = [
            "message": message,
            "type": type,
            "param": param.map { $0 as Any } ?? NSNull(),
            "code": code.map { $0 as Any } ?? NSNull(),
        ]
        return json(["error": error], status: status)
    }

    /// An HTML page (text/html), imitating a proxy or CDN error page where JSON was expected.
    public static func html(status: Int, _ html: String) -> FakeResponse {
        FakeResponse(status: status, headers: [("Content-Type", "text/html; charset=utf-8")], body: Data(html.utf8))
    }

    /// Chat-completions reply whose choices[0].message.content is `content` (with usage and id fields), the
    /// shape image models behind /v1/chat/completions answer with. `model` is echoed like the gateway does.
    public static func chat(content: String, model: String = "fake-model") -> FakeResponse {
        json(GatewayShapes.chatCompletion(content: content, model: model))
    }

    /// Images reply {"created":…, "data":[{"b64_json": …}], "usage": {...}}; prefix adds "data:image/png;base64,"
    /// as some gateway models do, so both decodings can be tested.
    public static func imagesB64(_ image: Data, dataPrefix: Bool = false) -> FakeResponse {
        let encoded = (dataPrefix ? "data:image/png;base64," : "") + image.base64EncodedString()
        return json(GatewayShapes.images(item: ["b64_json": encoded], includeUsage: true))
    }

    /// One entry of an Images reply holding several.
    public enum ImageItem: Sendable {
        /// `{"b64_json": …}` of an image.
        case image(Data)
        /// `{"b64_json": …}` whose value is not base64 at all, as a broken gateway may send one of several.
        case garbage
        /// `{"url": "data:image/png;base64,…"}` whose payload breaks off into non-base64 bytes.
        case damagedDataURI(Data)
    }

    /// Images reply holding several entries, some of which may not decode, with usage.
    public static func imagesSeveral(_ items: [ImageItem]) -> FakeResponse {
        let entries: [[String: Any]] = items.map { item in
            switch item {
            case .image(let data): ["b64_json": data.base64EncodedString()]
            case .garbage: ["b64_json": String(repeating: "<not base64> ", count: 40)]
            case .damagedDataURI(let data):
                ["url": "data:image/png;base64," + data.base64EncodedString().prefix(300) + "%%%%" + "AAAA"]
            }
        }
        var reply = GatewayShapes.images(item: [:], includeUsage: true)
        reply["data"] = entries
        return json(reply)
    }

    /// Images reply {"created":…, "data":[{"url": url}]}, for download-path tests.
    public static func imagesURL(_ url: String) -> FakeResponse {
        json(GatewayShapes.images(item: ["url": url], includeUsage: false))
    }

    /// Serve raw bytes (e.g. an image download) with the given Content-Type.
    public static func bytes(_ data: Data, contentType: String, status: Int = 200) -> FakeResponse {
        FakeResponse(status: status, headers: [("Content-Type", contentType)], body: data)
    }
}

/// JSON encoding shared by the convenience constructors and the default behaviour.
enum JSONBody {
    /// Serialises a dictionary or array; a non-JSON object is a bug in the test, so it stops loudly.
    static func encode(_ object: Any) -> Data {
        precondition(
            JSONSerialization.isValidJSONObject(object),
            "FakeResponse.json needs a dictionary or array of JSON values, got \(type(of: object))")
        do {
            return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        } catch {
            preconditionFailure("JSONSerialization failed: \(error)")
        }
    }
}
