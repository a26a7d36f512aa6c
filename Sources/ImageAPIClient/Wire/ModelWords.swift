import Foundation

/// What a model said instead of drawing: a refusal (`refused`, its words shown) or a reply that describes or
/// asks (`no_image_in_reply`), with what to do about each.
///
/// A refusal is recognised by how models word one ("I can't create that image", "我无法生成这张图片"); anything
/// else is a reply that talked instead of drew, where an explicit request (`生成图片：…`) usually helps.
enum ModelWords {
    /// The most characters of a refusal shown: enough for the reason, never a page.
    static let refusalLimit = 300
    /// The most characters of any other text reply shown.
    static let replyLimit = 600

    /// Phrases that mark a refusal, lowercased.
    static let refusalMarkers = [
        "i can't", "i can’t", "i cannot", "i can not", "i'm unable", "i’m unable", "i am unable", "i won't",
        "i won’t", "i will not", "i'm not able", "i’m not able", "i am not able", "not allowed to",
        "unable to create", "unable to generate", "can't assist", "can't help with", "content policy",
        "usage policies", "violates",
        // Chinese refusals name the speaker or the act ("我无法", "无法生成"), so that a description that merely
        // uses the words (无法形容的美) is not taken for one.
        "我无法", "我不能", "无法生成", "无法创建", "无法绘制", "无法制作", "无法提供", "无法为你", "无法为您", "无法帮",
        "不能生成", "不能为你", "不能为您", "不能帮", "违反", "内容政策", "使用政策", "不允许生成", "拒绝生成",
    ]

    /// Whether `text` reads as the model declining the request.
    static func isRefusal(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return refusalMarkers.contains { lowered.contains($0) }
    }

    /// The error for a reply that held only `text` (already known not to be empty).
    static func error(for text: String, httpStatus: Int?, requestID: String?, streamed: Bool) -> ImageAPIError {
        let shown = cleaned(text)
        if isRefusal(shown) {
            return ImageAPIError(
                .refused, Message.replyRefused(text: GatewayText.capped(shown, limit: refusalLimit)),
                hint: Message.replyRefusedHint, httpStatus: httpStatus, requestID: requestID)
        }
        return ImageAPIError(
            .noImageInReply, Message.replyTextInstead(text: GatewayText.capped(shown, limit: replyLimit)),
            hint: streamed ? Message.streamTextInsteadHint : Message.replyTextInsteadHint,
            httpStatus: httpStatus, requestID: requestID)
    }

    /// The text on one line: line breaks and tabs become spaces, every other control character (escape
    /// sequences that would move a terminal's cursor or change its colours) goes, runs of spaces become one.
    static func cleaned(_ text: String) -> String {
        var out = ""
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            let isControl =
                scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
            if scalar == "\n" || scalar == "\r" || scalar == "\t" || scalar == " " {
                if !lastWasSpace && !out.isEmpty { out.unicodeScalars.append(" ") }
                lastWasSpace = true
            } else if isControl {
                continue
            } else {
                out.unicodeScalars.append(scalar)
                lastWasSpace = false
            }
        }
        return out.trimmingCharacters(in: .whitespaces)
    }

    /// Words of a prompt that already ask for an image explicitly, so the hint to add them would be noise.
    static let explicitRequests = ["生成图片", "生成一张", "generate an image", "create an image", "draw an image"]

    /// The error with its hint fitted to the prompt that was sent: a reply that described instead of drew is
    /// told to start the prompt with `生成图片：` only when the prompt does not already.
    static func fitted(_ error: ImageAPIError, prompt: String) -> ImageAPIError {
        guard error.code == .noImageInReply,
            error.hintText == Message.replyTextInsteadHint || error.hintText == Message.streamTextInsteadHint
        else { return error }
        let lowered = prompt.lowercased()
        guard explicitRequests.contains(where: { lowered.contains($0) }) else { return error }
        return error.withHint(Message.replyDescribedHint)
    }
}
