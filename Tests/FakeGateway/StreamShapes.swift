import Foundation

/// Event streams in the two dialects the gateway speaks, with the field names of OpenAI's schemas:
/// the Images API (`image_generation.*` / `image_edit.*` with `b64_json`, `partial_image_index`, `usage`) and
/// the Responses API (`response.image_generation_call.partial_image` with `partial_image_b64`,
/// `response.output_item.done` with `result` and `revised_prompt`, `response.completed` with `usage`).
public enum StreamShapes {
    /// A small distinct PNG for partial image `index`, so tests can tell partials and finals apart by bytes.
    public static func partialImage(_ index: Int) -> Data {
        TestImages.png(width: 8 * (index + 1), height: 6 * (index + 1))
    }

    /// An Images API stream: one `<kind>.partial_image` event per partial, then `<kind>.completed` with the
    /// final image and usage; `kind` is `image_generation` or `image_edit`. Keepalive comments go between
    /// events when asked.
    public static func images(
        kind: String = "image_generation", partials: [Data], final: Data, keepalives: Bool = false,
        lineEnding: String = "\n"
    ) -> SSEBody {
        var body = SSEBody(lineEnding: lineEnding)
        for (index, partial) in partials.enumerated() {
            if keepalives { body.comment() }
            body.event("\(kind).partial_image", json: imagesPartial(kind: kind, index: index, image: partial))
        }
        if keepalives { body.comment() }
        body.event("\(kind).completed", json: imagesCompleted(kind: kind, image: final))
        return body
    }

    /// The data of an Images API partial image event.
    public static func imagesPartial(kind: String, index: Int, image: Data) -> [String: Any] {
        [
            "type": "\(kind).partial_image", "b64_json": image.base64EncodedString(), "created_at": GatewayShapes.now,
            "size": "1024x1024", "quality": "medium", "background": "opaque", "output_format": "png",
            "partial_image_index": index,
        ]
    }

    /// The data of an Images API completed event.
    public static func imagesCompleted(kind: String, image: Data) -> [String: Any] {
        [
            "type": "\(kind).completed", "b64_json": image.base64EncodedString(), "created_at": GatewayShapes.now,
            "size": "1024x1024", "quality": "medium", "background": "opaque", "output_format": "png",
            "usage": GatewayShapes.imageUsage,
        ]
    }

    /// One image the Responses API stream delivers: its partial images, its final `result` (nil imitates
    /// VibeAPI, which carries the image only in the partial image event) and its revised prompt.
    public struct ResponsesImage: Sendable {
        /// The tool call's id.
        public var id: String
        /// Partial images, in order.
        public var partials: [Data]
        /// The final image, sent as the item's `result`.
        public var result: Data?
        /// The prompt the text model used.
        public var revisedPrompt: String?

        /// Describes one image call.
        public init(id: String, partials: [Data] = [], result: Data?, revisedPrompt: String? = nil) {
            self.id = id
            self.partials = partials
            self.result = result
            self.revisedPrompt = revisedPrompt
        }
    }

    /// A Responses API stream as VibeAPI documents it: `response.created`, `response.in_progress`, then per
    /// image `response.output_item.added`, `…in_progress`, `…generating`, a keepalive (when asked), the partial
    /// images and `response.output_item.done`; then `response.completed` with usage (unless `completed` is
    /// false). `text` adds an assistant message.
    public static func responses(
        images: [ResponsesImage], text: String? = nil, keepalives: Bool = false, completed: Bool = true,
        model: String = "gpt-5.5"
    ) -> SSEBody {
        var body = SSEBody()
        var sequence = 0
        func emit(_ type: String, _ fields: [String: Any]) {
            var object = fields
            object["type"] = type
            object["sequence_number"] = sequence
            sequence += 1
            body.event(type, json: object)
        }
        emit("response.created", ["response": responseObject(status: "in_progress", model: model, output: [])])
        emit("response.in_progress", ["response": responseObject(status: "in_progress", model: model, output: [])])
        var output: [[String: Any]] = []
        for (position, image) in images.enumerated() {
            let started: [String: Any] = ["type": "image_generation_call", "id": image.id, "status": "in_progress"]
            emit("response.output_item.added", ["output_index": position, "item": started])
            emit("response.image_generation_call.in_progress", ["output_index": position, "item_id": image.id])
            emit("response.image_generation_call.generating", ["output_index": position, "item_id": image.id])
            if keepalives {
                body.comment()
                emit("keepalive", [:])
            }
            for (index, partial) in image.partials.enumerated() {
                emit(
                    "response.image_generation_call.partial_image",
                    [
                        "output_index": position, "item_id": image.id, "partial_image_index": index,
                        "partial_image_b64": partial.base64EncodedString(),
                    ])
            }
            var done: [String: Any] = [
                "type": "image_generation_call", "id": image.id, "status": "completed",
                "result": image.result.map { $0.base64EncodedString() } ?? NSNull(),
                "output_format": "png", "size": "1024x1024", "quality": "medium", "background": "opaque",
            ]
            if let revised = image.revisedPrompt { done["revised_prompt"] = revised }
            emit("response.output_item.done", ["output_index": position, "item": done])
            output.append(done)
        }
        if let text {
            let message: [String: Any] = [
                "type": "message", "id": "msg_1", "status": "completed", "role": "assistant",
                "content": [["type": "output_text", "text": text, "annotations": [Any]()]],
            ]
            emit("response.output_item.done", ["output_index": images.count, "item": message])
            output.append(message)
        }
        if completed {
            emit("response.completed", ["response": responseObject(status: "completed", model: model, output: output)])
        }
        return body
    }

    /// The `response` object of lifecycle events.
    static func responseObject(status: String, model: String, output: [[String: Any]]) -> [String: Any] {
        var object: [String: Any] = [
            "id": "resp_fake", "object": "response", "created_at": GatewayShapes.now, "status": status,
            "model": model, "output": output,
        ]
        if status == "completed" {
            object["usage"] = [
                "input_tokens": 1_200, "output_tokens": 470, "total_tokens": 1_670,
                "input_tokens_details": ["cached_tokens": 0], "output_tokens_details": ["reasoning_tokens": 0],
            ]
            object["tool_usage"] = ["image_gen": ["output_tokens": 196]]
        }
        return object
    }

    /// The Responses API `error` event.
    public static func responsesError(code: String?, message: String) -> [String: Any] {
        ["type": "error", "code": code ?? NSNull(), "message": message, "param": NSNull(), "sequence_number": 3]
    }
}
