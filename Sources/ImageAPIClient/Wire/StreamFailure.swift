import Foundation

/// Turns a failure reported inside a stream (an `error` event, `response.failed`, `response.incomplete`)
/// into an `ImageAPIError` with the same codes and hints as an HTTP error reply, so a person or an agent
/// reacts the same way whichever way the gateway chose to fail.
enum StreamFailure {
    /// Where the failure was reported, which decides how the message begins.
    enum Source {
        /// An `error` event, or an error body where a stream was expected.
        case stream
        /// `response.failed`.
        case failed
        /// `response.incomplete`; the gateway's text is the reason it stopped.
        case incomplete
    }

    /// The error for a gateway message and code.
    static func reported(message: String?, code: String?, source: Source = .stream) -> ImageAPIError {
        let text = message?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let lowered = (text + " " + (code ?? "")).lowercased()
        let full: Message
        switch (source, text.isEmpty) {
        case (.stream, true): full = Message.streamFailureReported
        case (.stream, false):
            full = Message.streamFailureReportedSaid(message: GatewayText.capped(text))
        case (.failed, true): full = Message.streamFailureFailed
        case (.failed, false):
            full = Message.streamFailureFailedSaid(message: GatewayText.capped(text))
        case (.incomplete, _):
            // The reason is a code such as `content_filter`, shown exactly as sent.
            full =
                message.map { Message.streamFailureIncompleteReason(reason: GatewayText.capped($0)) }
                ?? Message.streamFailureIncomplete
        }
        if text.contains("没有按照预期生成图片") || lowered.contains("safety") || lowered.contains("moderation")
            || lowered.contains("content_policy") || lowered.contains("content policy")
            || lowered.contains("content_filter")
        {
            return ImageAPIError(
                .contentBlocked, full, hint: Message.transportHintContentBlocked, apiCode: code)
        }
        if lowered.contains("rate_limit") || lowered.contains("quota") {
            return ImageAPIError(.rateLimited, full, hint: Message.transportHint429, apiCode: code)
        }
        if lowered.contains("invalid") || lowered.contains("unsupported") || lowered.contains("too_large")
            || lowered.contains("too_small")
        {
            return ImageAPIError(.httpError, full, hint: Message.transportHint400, apiCode: code)
        }
        return ImageAPIError(.httpError, full, hint: Message.transportHint5xx, apiCode: code)
    }

    /// An `error` event's payload in any of the shapes seen: `{"type":"error","code","message"}` (Responses
    /// API), `{"error":{"message","code"}}` (OpenAI error body), or plain text.
    static func fromErrorEvent(_ payload: Data) -> ImageAPIError {
        if let body = APIErrorBody.parse(payload) {
            let failure = reported(message: body.message, code: body.code)
            guard let param = body.param else { return failure }
            let remedy = failure.code == .httpError ? FailureDescriber.remedy(for: param, 400, body.code) : nil
            return failure.naming(gatewayParam: param, remedy: remedy)
        }
        let text = BodySnippet.text(payload)
        return reported(message: text, code: nil)
    }

    /// `response.failed`: the response's `error` object.
    static func failedResponse(_ response: JSONValue?) -> ImageAPIError {
        let error = response?["error"]
        return reported(
            message: error?["message"]?.stringValue, code: error?["code"]?.stringValue, source: .failed)
    }

    /// `response.incomplete`: the reason, e.g. `content_filter` or `max_output_tokens`.
    static func incompleteResponse(_ response: JSONValue?) -> ImageAPIError {
        let reason = response?["incomplete_details"]?["reason"]?.stringValue
        let failure = reported(message: reason, code: reason, source: .incomplete)
        return failure.code == .httpError ? failure.withHint(Message.streamFailureIncompleteHint) : failure
    }
}
