import Foundation

/// VibeAPI's Images API as seed 004 documents it, for tests of gen-image's VibeAPI rows and reply handling:
/// `response_format` is `b64_json` (default, plain base64) or `url`, and `url` holds a data URI
/// (`data:image/<output_format>;base64,…`), not a link; `background: transparent` is refused with 400;
/// `n` is ignored (one image). Anything else falls through to the default behaviour.
public enum VibeAPIBehaviour {
    /// The reply VibeAPI would give to `request`, or nil for requests it does not imitate. `claimedType`
    /// replaces the data URI's type (to test a claim that contradicts the bytes).
    public static func respond(to request: RecordedRequest, image: Data, claimedType: String? = nil)
        -> FakeResponse?
    {
        guard request.method == "POST",
            request.path == "/v1/images/generations" || request.path == "/v1/images/edits"
        else { return nil }
        let field: (String) -> String?
        if let body = request.jsonBody {
            field = { key in
                if let text = body[key] as? String { return text }
                return (body[key] as? NSNumber).map { "\($0)" }
            }
        } else {
            field = { key in request.formField(key) }
        }
        if field("background") == "transparent" {
            return .error(
                status: 400, message: "gpt-image-2 不支持透明背景 (background: transparent is not supported)",
                code: "invalid_value")
        }
        let format = field("output_format") ?? "png"
        let item: [String: Any]
        switch field("response_format") ?? "b64_json" {
        case "url":
            item = ["url": "data:\(claimedType ?? "image/" + format);base64," + image.base64EncodedString()]
        case "b64_json":
            item = ["b64_json": image.base64EncodedString()]
        default:
            return .error(status: 400, message: "response_format must be b64_json or url", code: "invalid_value")
        }
        return .json(GatewayShapes.images(item: item, includeUsage: true))
    }
}

extension FakeGateway {
    /// Answers the Images API as VibeAPI does (see `VibeAPIBehaviour`) with `defaultImage`; other routes keep
    /// the default behaviour.
    public func imitateVibeAPI(claimedType: String? = nil) {
        setHandler { [weak self] request in
            guard let self else { return FakeResponse(status: 503) }
            return VibeAPIBehaviour.respond(to: request, image: self.defaultImage, claimedType: claimedType)
                ?? self.defaultResponse(to: request)
        }
    }
}
