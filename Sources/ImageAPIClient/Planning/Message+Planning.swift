import Foundation

/// The texts that `Planning/` shows a person, in English and Simplified Chinese side by side.
///
/// One constructor per text: its parameters are the values it shows, so a wrong name or value is
/// a compile error. Values are never translated; `Message` parameters render in the same language.
extension Message {
    // MARK: - Request parameters

    static func parameterIntegerInvalid(flag: Message, value: String) -> Message {
        Message(en: "invalid \(flag) \(value)", zh: "无效的 \(flag) \(value)")
    }

    static func parameterTextEmpty(flag: Message) -> Message {
        Message(en: "\(flag) is empty", zh: "\(flag) 为空")
    }

    static func parameterTextEmptyHint(flag: Message) -> Message {
        Message(en: "give \(flag) some text, or drop it", zh: "为 \(flag) 提供文本，或去掉它")
    }

    static func parameterWithValue(flag: Message, value: String) -> Message {
        Message(en: "\(flag) \(value)", zh: "\(flag) \(value)")
    }

    // MARK: - Planning

    static func aspectImpossible(model: String, ratio: String) -> Message {
        Message(en: "\(model) cannot make the ratio \(ratio)", zh: "\(model) 无法生成比例 \(ratio)")
    }

    static func aspectImpossibleHint(max: String) -> Message {
        Message(en: "its ratios go up to \(max):1 either way", zh: "它的比例横竖最多为 \(max):1")
    }

    static func aspectNoPhrase(model: String, ratio: String) -> Message {
        Message(en: "\(model) has no phrase for the ratio \(ratio)", zh: "\(model) 没有对应比例 \(ratio) 的短语")
    }

    static func aspectNoSize(model: String, ratio: String) -> Message {
        Message(en: "\(model) has no size of ratio \(ratio)", zh: "\(model) 没有比例为 \(ratio) 的尺寸")
    }

    static func aspectNoSizeHint(ratios: String) -> Message {
        Message(
            en: "its ratios: \(ratios); or use \(setting: "model") gpt-image-2 for any ratio up to 3:1",
            zh: "它支持的比例：\(ratios)；或用 \(setting: "model") gpt-image-2 获得不超过 3:1 的任意比例")
    }

    static func aspectNoTier(model: String, resolution: String, ratio: String) -> Message {
        Message(
            en: "\(model) has no \(resolution) size of ratio \(ratio)",
            zh: "\(model) 没有比例为 \(ratio) 的 \(resolution) 尺寸")
    }

    static func aspectNoTierHint(ratio: String, sizes: String) -> Message {
        Message(en: "its \(ratio) sizes: \(sizes)", zh: "它的 \(ratio) 尺寸：\(sizes)")
    }

    static func aspectRatios(ratios: String) -> Message {
        Message(en: "its ratios: \(ratios)", zh: "它支持的比例：\(ratios)")
    }

    static func aspectResolutionIgnored(model: String, resolution: String) -> Message {
        Message(
            en: "\(model) makes images of about 1.5K whatever the resolution; use \(setting: "model") "
                + "gpt-image-2 or \(setting: "model") gpt-image-2-vip for \(resolution)",
            zh: "无论分辨率如何，\(model) 生成的图片都约为 1.5K；要 \(resolution) 请用 \(setting: "model") gpt-image-2 或 "
                + "\(setting: "model") gpt-image-2-vip")
    }

    static func aspectSizeConflict(size: Message) -> Message {
        Message(
            en: "\(setting: "aspect") and \(size) both set the size",
            zh: "\(setting: "aspect") 和 \(size) 都在设置尺寸")
    }

    static func aspectSizeConflictHint(ratio: String) -> Message {
        Message(
            en: "give one: \(setting: "aspect") \(ratio) for the same shape on every model, or \(setting: "size")"
                + " for exact pixels",
            zh: "只给其中一个：\(setting: "aspect") \(ratio) 在所有模型上得到同样的比例，或用 \(setting: "size") 指定精确像素")
    }

    static func aspectUnknownModel(model: String) -> Message {
        Message(
            en: "\(setting: "aspect") needs a model gen-image knows; \(model) is sent as given",
            zh: "\(setting: "aspect") 需要 gen-image 已知的模型；\(model) 会按原样发送")
    }

    static func aspectUnknownModelHint(models: String) -> Message {
        Message(
            en: "use \(setting: "size") WxH with this model, or one of: \(models)",
            zh: "对这个模型请用 \(setting: "size") WxH，或改用以下之一：\(models)")
    }

    static func featureActionEdit(flag: Message) -> Message {
        Message(en: "\(flag) edit needs an image to edit", zh: "\(flag) edit 需要一张要编辑的图片")
    }

    static func featureActionEditHint(inputs: Message, flag: Message) -> Message {
        Message(
            en: "pass it with \(inputs), or use \(flag) generate or auto",
            zh: "用 \(inputs) 传入图片，或使用 \(flag) generate 或 auto")
    }

    static var featureKeepPartialsCount: Message {
        Message(
            en: "\(setting: "keep_partials") needs \(setting: "partial_images") 1 to 3",
            zh: "\(setting: "keep_partials") 需要 \(setting: "partial_images") 为 1 到 3")
    }

    static var featureKeepPartialsCountHint: Message {
        Message(
            en: "with no \(setting: "partial_images") (or 0) the gateway sends no partial image to keep",
            zh: "没有 \(setting: "partial_images")（或为 0）时，网关不会发送可保留的部分图")
    }

    static var featureKeepPartialsStream: Message {
        Message(
            en: "\(setting: "keep_partials") needs \(setting: "stream")",
            zh: "\(setting: "keep_partials") 需要 \(setting: "stream")")
    }

    static var featureKeepPartialsStreamHint: Message {
        Message(
            en: "add \(setting: "stream") \(setting: "partial_images") 1-3, or drop \(setting: "keep_partials")",
            zh: "加上 \(setting: "stream") \(setting: "partial_images") 1-3，或去掉 \(setting: "keep_partials")")
    }

    static func featureMaskNoImage(flag: Message) -> Message {
        Message(en: "\(flag) needs the image to edit", zh: "\(flag) 需要要编辑的图片")
    }

    static func featureMaskNoImageHint(inputs: Message) -> Message {
        Message(
            en: "pass the image with \(inputs); the mask marks the region of the first \(inputs) image to change",
            zh: "用 \(inputs) 传入图片；遮罩标出第一张 \(inputs) 图片中要修改的区域")
    }

    static func featurePartialImagesStream(flag: Message, stream: Message) -> Message {
        Message(en: "\(flag) needs \(stream)", zh: "\(flag) 需要 \(stream)")
    }

    static func featurePartialImagesStreamHint(stream: Message, flag: Message) -> Message {
        Message(en: "add \(stream), or drop \(flag)", zh: "加上 \(stream)，或去掉 \(flag)")
    }

    static func featureTextModelEndpoint(model: String) -> Message {
        Message(
            en: "\(model) is a text model; it makes images only through \(setting: "endpoint") responses",
            zh: "\(model) 是文本模型，只能通过 \(setting: "endpoint") responses 生成图片")
    }

    static var featureTextModelEndpointHint: Message {
        Message(
            en: "use \(setting: "endpoint") responses, or pick an image model with \(setting: "model") (e.g. "
                + "\(setting: "model") gpt-image-2)",
            zh: "请使用 \(setting: "endpoint") responses，或用 \(setting: "model") 选择图片模型（如 \(setting: "model") "
                + "gpt-image-2）")
    }

    static func featureTextModelImageModel(model: String) -> Message {
        Message(
            en: "with \(setting: "endpoint") responses, \(setting: "model") names the text model that drives the "
                + "image tool; \(model) is an image model",
            zh: "使用 \(setting: "endpoint") responses 时，\(setting: "model") 指定驱动图片工具的文本模型；\(model) 是图片模型")
    }

    static func featureTextModelImageModelHint(default defaultValue: String, tool: String, model: String) -> Message {
        Message(
            en: "drop \(setting: "model") to use \(defaultValue) (its image tool uses \(tool)), or drop "
                + "\(setting: "endpoint") responses to call \(model) directly",
            zh: "去掉 \(setting: "model") 以使用 \(defaultValue)（其图片工具使用 \(tool)），或去掉 \(setting: "endpoint") "
                + "responses 直接调用 \(model)")
    }

    static func featureTransparentFormat(format: String) -> Message {
        Message(
            en: "a transparent background needs PNG or WebP output, not \(format)",
            zh: "透明背景需要 PNG 或 WebP 输出，而不是 \(format)")
    }

    static func featureTransparentFormatHint(options: Message, flag: Message) -> Message {
        Message(en: "use \(options), or drop \(flag) transparent", zh: "请使用 \(options)，或去掉 \(flag) transparent")
    }

    static func plannerChoiceInvalid(name: Message, value: String, model: String) -> Message {
        Message(en: "invalid \(name) '\(value)' for \(model)", zh: "\(model) 不支持该\(name)：'\(value)'")
    }

    static func plannerCompressionFormat(flag: Message) -> Message {
        Message(en: "\(flag) applies only to JPEG and WebP output", zh: "\(flag) 只适用于 JPEG 和 WebP 输出")
    }

    static func plannerCompressionFormatHint(format: Message, flag: Message) -> Message {
        Message(
            en: "add \(format) jpeg or \(format) webp, or drop \(flag)",
            zh: "加上 \(format) jpeg 或 \(format) webp，或去掉 \(flag)")
    }

    static var plannerModelEmpty: Message {
        Message(en: "the model name is empty", zh: "模型名称为空")
    }

    static var plannerModelEmptyHint: Message {
        Message(
            en: "pass \(setting: "model") with a model id",
            zh: "用 \(setting: "model") 传入模型 ID")
    }

    static func plannerModelSwitched(
        chosen: String, flag: Message, default defaultValue: String, modelFlag: Message
    ) -> Message {
        Message(
            en: "using \(chosen) because \(flag) was given and \(defaultValue) does not take it (pass "
                + "\(modelFlag) to choose the model yourself)",
            zh: "改用 \(chosen)：给出了 \(flag)，而 \(defaultValue) 不接受它（用 \(modelFlag) 可自行选择模型）")
    }

    static func plannerModelUnknown(model: String, source: String) -> Message {
        Message(en: "unknown model '\(model)' (from \(source))", zh: "未知模型 '\(model)'（来自 \(source)）")
    }

    static func plannerModelUnknownHint(models: String) -> Message {
        Message(
            en: "known models: \(models); to use another model the gateway offers, add \(setting: "endpoint") "
                + "chat (chat completions) or \(setting: "endpoint") images (Images API)",
            zh: "已知模型：\(models)；要使用网关提供的其他模型，请加上 \(setting: "endpoint") chat（Chat Completions）或 "
                + "\(setting: "endpoint") images（Images API）")
    }

    static func plannerOptionUnsupported(model: String, flag: Message) -> Message {
        Message(en: "\(model) does not accept \(flag)", zh: "\(model) 不接受 \(flag)")
    }

    static var plannerPromptEmpty: Message {
        Message(en: "the prompt is empty", zh: "提示词为空")
    }

    static var plannerPromptEmptyHint: Message {
        Message(
            en: "pass the prompt with \(setting: "prompt") \"…\" (or \(setting: "prompt") - to read stdin)",
            zh: "用 \(setting: "prompt") \"…\" 传入提示词（或用 \(setting: "prompt") - 从标准输入读取）")
    }

    static func plannerPromptTooLong(length: String, max: String) -> Message {
        Message(
            en: "the prompt has \(length) characters; the gpt-image models take at most \(max); nothing was sent",
            zh: "提示词有 \(length) 个字符；gpt-image 模型最多接受 \(max) 个；未发送任何请求")
    }

    /// What to do about a prompt longer than the model takes.
    public static var plannerPromptTooLongHint: Message {
        Message(
            en: "shorten the prompt and run again",
            zh: "请缩短提示词后重试")
    }

    /// The prompt on stdin ran past what any prompt may be; the rest was not read.
    public static var plannerPromptStdinTooLong: Message {
        let bytes = ImageJob.maxPromptBytes.grouped
        let max = ImageJob.maxPromptCharacters.grouped
        return Message(
            en: "the prompt on stdin is longer than \(bytes) bytes, more than \(max) characters can take; "
                + "the rest was not read and nothing was sent",
            zh: "stdin 上的提示词超过 \(bytes) 字节，超出 \(max) 个字符的上限；其余部分未读取，未发送任何请求")
    }

    static func plannerSizeInvalid(size: String) -> Message {
        Message(en: "invalid size '\(size)'", zh: "无效的尺寸 '\(size)'")
    }

    static var plannerSizeInvalidHint: Message {
        Message(en: "use WxH such as 1536x1024, or auto", zh: "请使用 WxH 形式（如 1536x1024）或 auto")
    }

    static func plannerSizePreset(size: String, model: String, count: String) -> Message {
        Message(
            en: "size \(size) is not one of \(model)'s \(count) sizes",
            zh: "尺寸 \(size) 不在 \(model) 的 \(count) 种尺寸之中")
    }

    static func plannerSizePresetHint(ratio: String, sizes: String) -> Message {
        Message(
            en: "\(ratio) sizes: \(sizes); or auto (or use \(setting: "model") gpt-image-2 for any size)",
            zh: "\(ratio) 的尺寸：\(sizes)；或 auto（任意尺寸请用 \(setting: "model") gpt-image-2）")
    }

    static func plannerSizeRule(size: String, model: String, problem: Message) -> Message {
        Message(en: "size \(size) is not valid for \(model): \(problem)", zh: "尺寸 \(size) 对 \(model) 无效：\(problem)")
    }

    static func plannerSizeRuleHint(flag: Message, size: String, model: String, rules: Message) -> Message {
        Message(en: "try \(flag) \(size); \(model) takes \(rules)", zh: "试试 \(flag) \(size)；\(model) 接受 \(rules)")
    }

    static var plannerTimeoutInvalid: Message {
        Message(en: "the timeout must be a positive number of seconds", zh: "超时时间必须是正的秒数")
    }

    // MARK: - Providers and data URIs

    static var featureToolModelEmpty: Message {
        Message(
            en: "\(setting: "tool_model") is empty",
            zh: "\(setting: "tool_model") 为空")
    }

    static var featureToolModelEmptyHint: Message {
        Message(
            en: "name a model (e.g. \(setting: "tool_model") gpt-image-2) or drop \(setting: "tool_model")",
            zh: "请写上模型名（例如 \(setting: "tool_model") gpt-image-2），或去掉 \(setting: "tool_model")")
    }

    static var featureToolModelEndpoint: Message {
        Message(
            en: "\(setting: "tool_model") only applies to the Responses API's image tool",
            zh: "\(setting: "tool_model") 只适用于 Responses API 的图像工具")
    }

    static var featureToolModelEndpointHint: Message {
        Message(
            en: "add \(setting: "endpoint") responses, or drop \(setting: "tool_model") (use \(setting: "model") "
                + "to pick the image model)",
            zh: "请加上 \(setting: "endpoint") responses，或去掉 \(setting: "tool_model")（用 \(setting: "model") 选择图像模型）")
    }

    static func providerModelNotOffered(provider: String, model: String, models: String) -> Message {
        Message(
            en: "\(provider) does not offer \(model); it offers \(models)",
            zh: "\(provider) 不提供 \(model)；它提供 \(models)")
    }

    static func providerModelNotOfferedHint(providers: String, model: String, models: String) -> Message {
        Message(
            en: "use \(setting: "provider") \(providers) for \(model), or \(setting: "model") one of \(models)",
            zh: "如需 \(model)，请用 \(setting: "provider") \(providers)；或用 \(setting: "model") 选择 \(models) 之一")
    }

    static func providerOptionElsewhere(
        model: String, flag: Message, providers: String, provider: String
    ) -> Message {
        Message(
            en: "\(model) accepts \(flag) at \(providers) (\(setting: "provider") \(provider))",
            zh: "\(model) 在 \(providers) 接受 \(flag)（\(setting: "provider") \(provider)）")
    }
}
