import Foundation

/// Turns a failure reported inside a stream (an `error` event, `response.failed`, `response.incomplete`)
/// into an `ImageAPIError` with the same codes and hints as an HTTP error reply, so a person or an agent
/// reacts the same way whichever way the gateway chose to fail.
enum StreamFailure {
    /// The error for a gateway message and code.
    static func reported(message: String?, code: String?, what: String = "the stream reported an error")
        -> ImageAPIError
    {
        let text = message?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let lowered = (text + " " + (code ?? "")).lowercased()
        let full = text.isEmpty ? what : "\(what): \(text)"
        if text.contains("没有按照预期生成图片") || lowered.contains("safety") || lowered.contains("moderation")
            || lowered.contains("content_policy") || lowered.contains("content policy")
            || lowered.contains("content_filter")
        {
            return ImageAPIError(
                .contentBlocked, full,
                hint: "the model refused this prompt or image; change the prompt (retrying it unchanged will not help)",
                apiCode: code)
        }
        if lowered.contains("rate_limit") || lowered.contains("quota") {
            return ImageAPIError(
                .rateLimited, full,
                hint: "the gateway is busy or your quota is used up; wait a minute and retry, or check your balance",
                apiCode: code)
        }
        if lowered.contains("invalid") || lowered.contains("unsupported") || lowered.contains("too_large")
            || lowered.contains("too_small")
        {
            return ImageAPIError(
                .httpError, full, hint: "the gateway rejected the request; check the flags and the input images",
                apiCode: code)
        }
        return ImageAPIError(
            .httpError, full, hint: "the gateway or its upstream failed; try again in a minute", apiCode: code)
    }

    /// An `error` event's payload in any of the shapes seen: `{"type":"error","code","message"}` (Responses
    /// API), `{"error":{"message","code"}}` (OpenAI error body), or plain text.
    static func fromErrorEvent(_ payload: Data) -> ImageAPIError {
        if let body = APIErrorBody.parse(payload) {
            return reported(message: body.message, code: body.code)
        }
        let text = BodySnippet.text(payload)
        return reported(message: text, code: nil)
    }

    /// `response.failed`: the response's `error` object.
    static func failedResponse(_ response: JSONValue?) -> ImageAPIError {
        let error = response?["error"]
        return reported(
            message: error?["message"]?.stringValue, code: error?["code"]?.stringValue,
            what: "the response failed")
    }

    /// `response.incomplete`: the reason, e.g. `content_filter` or `max_output_tokens`.
    static func incompleteResponse(_ response: JSONValue?) -> ImageAPIError {
        let reason = response?["incomplete_details"]?["reason"]?.stringValue
        var failure = reported(
            message: reason.map { "stopped early (\($0))" }, code: reason, what: "the response is incomplete")
        if failure.code == .httpError {
            failure.hint = "the model stopped before making the image; try again, or simplify the request"
        }
        return failure
    }
}
