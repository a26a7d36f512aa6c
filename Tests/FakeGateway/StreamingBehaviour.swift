import Foundation

/// What the gateway answers to streamed requests when nothing is scripted: the Images API's stream when the
/// body asks for `stream: true`, and the Responses API with VibeAPI's rules (instructions required, input as
/// a list, streaming only), so the client's happy paths work unscripted and its request shape is checked.
struct StreamingBehaviour: Sendable {
    let store: GatewayStore

    /// Whether an Images API request asks for a stream (`stream: true` in JSON, `stream=true` in a form).
    static func wantsStream(_ request: RecordedRequest) -> Bool {
        if let body = request.jsonBody { return body["stream"] as? Bool == true }
        return request.formField("stream") == "true"
    }

    /// The Images API stream: `partial_images` partials, then the final default image.
    func images(_ request: RecordedRequest) -> FakeResponse {
        let isEdit = request.path.hasSuffix("/edits")
        let count =
            isEdit ? Int(request.formField("partial_images") ?? "") : request.jsonBody?["partial_images"] as? Int
        let partials = (0..<max(0, min(count ?? 0, 3))).map(StreamShapes.partialImage)
        return .eventStream(
            StreamShapes.images(
                kind: isEdit ? "image_edit" : "image_generation", partials: partials, final: currentImage()))
    }

    /// The Responses API stream: one image call whose revised prompt repeats the prompt after "Revised: ".
    func responses(_ request: RecordedRequest) -> FakeResponse {
        guard let body = request.jsonBody else {
            return .error(status: 400, message: "We could not parse the JSON body", code: "invalid_request")
        }
        guard let instructions = body["instructions"] as? String, !instructions.isEmpty else {
            return .error(status: 400, message: "Instructions are required", code: "invalid_request")
        }
        guard let input = body["input"] as? [[String: Any]] else {
            return .error(status: 400, message: "Input must be a list", code: "invalid_request")
        }
        guard body["stream"] as? Bool == true else {
            return .error(status: 500, message: "Non-streaming responses are not supported", code: "server_error")
        }
        let tool = (body["tools"] as? [[String: Any]])?.first { $0["type"] as? String == "image_generation" }
        let count = tool?["partial_images"] as? Int ?? 0
        let content = input.first?["content"] as? [[String: Any]] ?? []
        let prompt = content.first { $0["type"] as? String == "input_text" }?["text"] as? String ?? ""
        let image = StreamShapes.ResponsesImage(
            id: "ig_1", partials: (0..<max(0, min(count, 3))).map(StreamShapes.partialImage), result: currentImage(),
            revisedPrompt: "Revised: \(prompt)")
        return .eventStream(
            StreamShapes.responses(images: [image], model: body["model"] as? String ?? "gpt-5.5"))
    }

    private func currentImage() -> Data {
        store.state.withLock { $0.defaultImage }
    }
}
