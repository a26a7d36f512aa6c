import Foundation

/// JSON bodies in the shapes the APIYI gateway returns, shared by `FakeResponse` helpers and the default
/// behaviour so both stay in step with the real service.
enum GatewayShapes {
    /// Token counts the gateway reports for an image-model chat completion.
    /// Computed rather than stored because `[String: Any]` is not `Sendable`.
    static var chatUsage: [String: Any] {
        ["prompt_tokens": 24, "completion_tokens": 818, "total_tokens": 842]
    }

    /// Token counts the gateway reports for /v1/images/* replies.
    static var imageUsage: [String: Any] {
        [
            "input_tokens": 30,
            "output_tokens": 196,
            "total_tokens": 226,
            "input_tokens_details": ["text_tokens": 30, "image_tokens": 0],
        ]
    }

    /// Seconds since 1970, as the `created` field carries.
    static var now: Int {
        Int(Date().timeIntervalSince1970)
    }

    /// A chat.completion object whose only choice carries `content` from the assistant.
    static func chatCompletion(content: String, model: String) -> [String: Any] {
        let identifier = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let message: [String: Any] = ["role": "assistant", "content": content]
        let choice: [String: Any] = ["index": 0, "message": message, "finish_reason": "stop"]
        return [
            "id": "chatcmpl-\(identifier)",
            "object": "chat.completion",
            "created": now,
            "model": model,
            "choices": [choice],
            "usage": chatUsage,
        ]
    }

    /// An images reply with a single `data` item (`url` or `b64_json`).
    static func images(item: [String: Any], includeUsage: Bool) -> [String: Any] {
        var reply: [String: Any] = ["created": now, "data": [item]]
        if includeUsage {
            reply["usage"] = imageUsage
        }
        return reply
    }
}
