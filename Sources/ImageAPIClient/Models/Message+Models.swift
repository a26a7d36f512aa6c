import Foundation

/// The texts that `Models/` shows a person, in English and Simplified Chinese side by side.
///
/// One constructor per text: its parameters are the values it shows, so a wrong name or value is
/// a compile error. Values are never translated; `Message` parameters render in the same language.
extension Message {
    // MARK: - Request parameters

    static var plannerChoiceResponseFormat: Message {
        Message(en: "response format", zh: "响应格式")
    }

    // MARK: - Planning

    static var modelAlternativeAllSize: Message {
        Message(
            en: "put the ratio at the start of the prompt, e.g. \"横版 16:9, …\" or \"竖版 9:16, …\", or use "
                + "\(setting: "model") gpt-image-2 (any size) or \(setting: "model") gpt-image-2-vip (30 preset "
                + "sizes)",
            zh: "把比例写在提示词开头，例如 \"横版 16:9, …\" 或 \"竖版 9:16, …\"，或使用 \(setting: "model") gpt-image-2（任意尺寸）或 "
                + "\(setting: "model") gpt-image-2-vip（30 种预设尺寸）")
    }

    static var modelAlternativeGptImage2ResponseFormat: Message {
        Message(
            en: "at this gateway gpt-image-2 always returns base64 and rejects response_format; drop "
                + "\(setting: "response_format") (gen-image saves the file either way)",
            zh: "在这个网关上 gpt-image-2 总是返回 base64，并拒绝 response_format；请去掉 \(setting: "response_format")（两种方式 "
                + "gen-image 都会保存文件）")
    }

    static func modelAlternativeNoQuality(model: String) -> Message {
        Message(
            en: "\(model) has no quality setting; use \(setting: "model") gpt-image-2 for \(setting: "quality")",
            zh: "\(model) 没有质量设置；要用 \(setting: "quality") 请选 \(setting: "model") gpt-image-2")
    }

    static func modelAlternativePngOnlyCompression(model: String) -> Message {
        Message(
            en: "\(model) always answers in PNG; use \(setting: "model") gpt-image-2 with "
                + "\(setting: "output_format") jpeg|webp for \(setting: "output_compression")",
            zh: "\(model) 总是返回 PNG；要用 \(setting: "output_compression") 请选 \(setting: "model") gpt-image-2 并加上 "
                + "\(setting: "output_format") jpeg|webp")
    }

    static func modelAlternativePngOnlyFormat(model: String) -> Message {
        Message(
            en: "\(model) always answers in PNG; use \(setting: "model") gpt-image-2 for "
                + "\(setting: "output_format")",
            zh: "\(model) 总是返回 PNG；要用 \(setting: "output_format") 请选 \(setting: "model") gpt-image-2")
    }

    static var modelAlternativeResponsesMask: Message {
        Message(
            en: "\(setting: "mask") works on the Images API; use \(setting: "model") gpt-image-2 without "
                + "\(setting: "endpoint") responses",
            zh: "\(setting: "mask") 只能用于 Images API；请使用 \(setting: "model") gpt-image-2，且不加 "
                + "\(setting: "endpoint") responses")
    }

    static var modelAlternativeResponsesResponseFormat: Message {
        Message(
            en: "the Responses API always streams base64; drop \(setting: "response_format") (the file is saved "
                + "either way)",
            zh: "Responses API 总是以流式返回 base64；请去掉 \(setting: "response_format")（两种方式都会保存文件）")
    }

    static var modelAlternativeVipQuality: Message {
        Message(
            en: "gpt-image-2-vip has no quality setting; pick a 1K/2K/4K size with \(setting: "size"), or use "
                + "\(setting: "model") gpt-image-2",
            zh: "gpt-image-2-vip 没有质量设置；用 \(setting: "size") 选择 1K/2K/4K 尺寸，或使用 \(setting: "model") gpt-image-2")
    }

    static var modelWaitHighQuality: Message {
        Message(en: "longer at high quality and 2K/4K", zh: "高质量或 2K/4K 时更久")
    }

    static var modelWaitSeveralImages: Message {
        Message(
            en: "longer for several images or \(setting: "quality") high",
            zh: "多张图片或 \(setting: "quality") high 时更久")
    }

    static var plannerChoiceAction: Message {
        Message(en: "action", zh: "动作")
    }

    static var plannerChoiceBackground: Message {
        Message(en: "background", zh: "背景")
    }

    static var plannerChoiceModeration: Message {
        Message(en: "moderation level", zh: "审核级别")
    }

    static var plannerChoiceOutputFormat: Message {
        Message(en: "output format", zh: "输出格式")
    }

    static var plannerChoiceQuality: Message {
        Message(en: "quality", zh: "质量")
    }

    static func sizeRuleMaxEdge(max: String) -> Message {
        Message(en: "the longest edge must be at most \(max) pixels", zh: "最长边不得超过 \(max) 像素")
    }

    static func sizeRuleMaxPixels(max: String, pixels: String) -> Message {
        Message(en: "it may have at most \(max) pixels (it has \(pixels))", zh: "像素数最多为 \(max)（实际为 \(pixels)）")
    }

    static func sizeRuleMinPixels(min: String, pixels: String) -> Message {
        Message(en: "it must have at least \(min) pixels (it has \(pixels))", zh: "像素数至少为 \(min)（实际为 \(pixels)）")
    }

    static func sizeRuleMultiple(multiple: String) -> Message {
        Message(en: "both edges must be multiples of \(multiple)", zh: "两条边都必须是 \(multiple) 的倍数")
    }

    static func sizeRuleRatio(ratio: String) -> Message {
        Message(en: "the long edge may be at most \(ratio) times the short edge", zh: "长边最多为短边的 \(ratio) 倍")
    }

    static func sizeRuleSummary(
        multiple: String, max: String, ratio: String, min: String, maxPixels: String
    ) -> Message {
        Message(
            en: "auto, or WxH with both edges multiples of \(multiple), the longest edge at most \(max), a ratio "
                + "within \(ratio):1 and \(min)–\(maxPixels) pixels",
            zh: "auto，或 WxH：两条边都是 \(multiple) 的倍数，最长边不超过 \(max)，比例在 \(ratio):1 以内，像素数在 \(min)–\(maxPixels) 之间")
    }

    // MARK: - Providers and data URIs

    static func providerCellAccepted(values: String) -> Message {
        Message(en: "accepted\(values)", zh: "接受\(values)")
    }

    static var providerCellNotOffered: Message {
        Message(en: "not offered", zh: "不提供")
    }

    static var providerCellRefused: Message {
        Message(en: "refused", zh: "拒绝")
    }

    static func providerCellWithNote(accepted: Message, note: Message) -> Message {
        Message(en: "\(accepted) (\(note))", zh: "\(accepted)（\(note)）")
    }

    static func providerCellWithRefusal(accepted: Message, value: String) -> Message {
        Message(en: "\(accepted); \(value) not supported", zh: "\(accepted)；不支持 \(value)")
    }

    static func providerFact(flag: Message, cell: Message) -> Message {
        Message(en: "\(flag) \(cell)", zh: "\(flag) \(cell)")
    }

    static func providerFactIgnored(name: String, note: Message) -> Message {
        Message(en: "\(name) \(note)", zh: "\(name) \(note)")
    }

    static var providerFactOnlyHere: Message {
        Message(en: "offered by this provider only", zh: "仅此网关提供")
    }

    static func providerFactRefusal(value: String, reason: Message) -> Message {
        Message(en: "\(value) refused: \(reason)", zh: "拒绝 \(value)：\(reason)")
    }

    static var providerFactSame: Message {
        Message(en: "as the model table says", zh: "与模型表一致")
    }

    static func providerJoin(first: Message, rest: Message) -> Message {
        Message(en: "\(first); \(rest)", zh: "\(first)；\(rest)")
    }

    static func providerLine(model: String, provider: String, facts: Message) -> Message {
        Message(en: "\(model) at \(provider): \(facts)", zh: "\(model) 在 \(provider)：\(facts)")
    }

    static func providerLineNotOffered(provider: String, models: String) -> Message {
        Message(en: "not offered at \(provider): \(models)", zh: "\(provider) 不提供：\(models)")
    }

    static var providerVibeapiImagesN: Message {
        Message(
            en: "silently ignored, always one image per request (gen-image sends one request per image)",
            zh: "会被静默忽略，每次请求总是只返回 1 张图（gen-image 每张图发一次请求）")
    }

    static var providerVibeapiResponsesN: Message {
        Message(en: "not available; ask for several images in the prompt", zh: "不可用；如需多张图，请在提示词中说明")
    }

    static var providerVibeapiTransparent: Message {
        Message(
            en: "VibeAPI's gpt-image-2 does not support a transparent background (VibeAPI: \"requests with "
                + "background: transparent are not supported\")",
            zh: "VibeAPI 的 gpt-image-2 不支持透明背景（VibeAPI：“不支持 background: \"transparent\" 的请求”）")
    }

    static var providerVibeapiTransparentHint: Message {
        Message(
            en: "use \(setting: "background") opaque or auto, or \(setting: "provider") openai for a transparent "
                + "PNG or WebP",
            zh: "请使用 \(setting: "background") opaque 或 auto；如需透明 PNG 或 WebP，请用 \(setting: "provider") openai")
    }

    static var providerVibeapiUrlIsDataUri: Message {
        Message(en: "url answers a data URI", zh: "url 返回 data URI")
    }
}
