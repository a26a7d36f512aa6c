import Foundation

/// What the gateway answers when nothing is scripted: an imitation of APIYI's routes, auth check and the
/// model-dependent choice between URL and base64 replies, so the client's happy paths work unscripted.
struct GatewayBehaviour: Sendable {
    let store: GatewayStore
    /// "http://127.0.0.1:<port>", prefixed to served-file paths.
    let origin: String

    /// Models that answer /v1/images/* with a URL unless base64 is asked for, and prefix base64 with a data URL.
    static let urlFirstModels: Set<String> = ["gpt-image-2-vip", "gpt-image-2-all"]

    /// Routes one request.
    func respond(to request: RecordedRequest) -> FakeResponse {
        if request.method == "GET", let file = store.file(at: request.path) {
            return .bytes(file.data, contentType: file.contentType)
        }
        if request.method == "GET", request.path == "/v1/models" {
            // The model list, as gateways serve it (what `gen-image doctor` asks for).
            if let refusal = authenticate(request) { return refusal }
            return .json(["object": "list", "data": [["id": "gpt-image-2", "object": "model"]]])
        }
        if request.method == "POST" {
            if let refusal = authenticate(request) {
                return refusal
            }
            switch request.path {
            case "/v1/chat/completions":
                return chat(request)
            case "/v1/images/generations" where StreamingBehaviour.wantsStream(request),
                "/v1/images/edits" where StreamingBehaviour.wantsStream(request):
                return StreamingBehaviour(store: store).images(request)
            case "/v1/responses":
                return StreamingBehaviour(store: store).responses(request)
            case "/v1/images/generations":
                guard let body = request.jsonBody else { return Self.badRequest("We could not parse the JSON body") }
                return images(
                    model: body["model"] as? String, responseFormat: body["response_format"] as? String,
                    count: body["n"] as? Int ?? 1)
            case "/v1/images/edits":
                guard !request.multipartParts.isEmpty else {
                    return Self.badRequest("Expected a multipart/form-data body")
                }
                return images(
                    model: request.formField("model"),
                    responseFormat: request.formField("response_format"),
                    count: request.formField("n").flatMap { Int($0) } ?? 1)
            default:
                break
            }
        }
        return .error(status: 404, message: "Invalid URL (\(request.method) \(request.path))", code: "not_found")
    }

    /// A 401 unless the request carries `Authorization: Bearer <token>` with a token other than "sk-invalid".
    private func authenticate(_ request: RecordedRequest) -> FakeResponse? {
        let value = request.header("Authorization") ?? ""
        let scheme = "bearer "
        let token = value.lowercased().hasPrefix(scheme) ? String(value.dropFirst(scheme.count)).trimmingSpaces() : ""
        guard token.isEmpty || token == "sk-invalid" else { return nil }
        return .error(status: 401, message: "Invalid token", code: "invalid_api_key")
    }

    /// A chat completion whose content is a Markdown image: a served URL, or a data URL when
    /// `response_format.type` is "b64_json".
    private func chat(_ request: RecordedRequest) -> FakeResponse {
        guard let body = request.jsonBody else { return Self.badRequest("We could not parse the JSON body") }
        let model = body["model"] as? String ?? ""
        let format = (body["response_format"] as? [String: Any])?["type"] as? String
        let target: String
        if format == "b64_json" {
            target = "data:image/png;base64," + currentImage().base64EncodedString()
        } else {
            target = serveFreshImage()
        }
        return .json(GatewayShapes.chatCompletion(content: "![image](\(target))\n\n", model: model))
    }

    /// The /v1/images/* reply: URL for "url" (or for URL-first models when unspecified), data-URL base64 for
    /// URL-first models asking for "b64_json", plain base64 otherwise; `n` items when `n` is asked (1 to 10).
    private func images(model: String?, responseFormat: String?, count: Int) -> FakeResponse {
        let urlFirst = Self.urlFirstModels.contains(model ?? "")
        let items = (0..<max(1, min(count, 10))).map { _ -> [String: Any] in
            if responseFormat == "url" || (urlFirst && responseFormat == nil) {
                return ["url": serveFreshImage()]
            }
            let prefix = urlFirst ? "data:image/png;base64," : ""
            return ["b64_json": prefix + currentImage().base64EncodedString()]
        }
        var reply = GatewayShapes.images(item: items[0], includeUsage: true)
        reply["data"] = items
        return .json(reply)
    }

    /// Registers the current default image under a new /files/<uuid>.png path and returns its absolute URL.
    private func serveFreshImage() -> String {
        let path = "/files/\(UUID().uuidString.lowercased()).png"
        store.serve(currentImage(), at: path, contentType: "image/png")
        return origin + path
    }

    private func currentImage() -> Data {
        store.state.withLock { $0.defaultImage }
    }

    private static func badRequest(_ message: String) -> FakeResponse {
        .error(status: 400, message: message, code: "invalid_request")
    }
}
