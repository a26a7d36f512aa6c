/// Texts of the planner: the prompt, the model, sizes, `--aspect` and the options issue 6 added.
extension Catalog {
    static let planner: [String: Entry] = [
        "planner.prompt.empty": Entry(en: "the prompt is empty", zh: "提示词为空"),
        "planner.prompt.empty.hint": Entry(
            en: "pass the prompt with {@prompt} \"…\" (or {@prompt} - to read stdin)",
            zh: "用 {@prompt} \"…\" 传入提示词（或用 {@prompt} - 从标准输入读取）"),
        "planner.timeout.invalid": Entry(en: "the timeout must be a positive number of seconds", zh: "超时时间必须是正的秒数"),
        "planner.model.switched": Entry(
            en:
                "using {chosen} because {flag} was given and {default} does not take it (pass {model_flag} to choose the "
                + "model yourself)",
            zh: "改用 {chosen}：给出了 {flag}，而 {default} 不接受它（用 {model_flag} 可自行选择模型）"),
        "planner.model.empty": Entry(en: "the model name is empty", zh: "模型名称为空"),
        "planner.model.empty.hint": Entry(en: "pass {@model} with a model id", zh: "用 {@model} 传入模型 ID"),
        "planner.model.unknown": Entry(
            en: "unknown model '{model}' (from {source})", zh: "未知模型 '{model}'（来自 {source}）"),
        "planner.model.unknown.hint": Entry(
            en: "known models: {models}; to use another model the gateway offers, add {@endpoint} chat (chat "
                + "completions) or {@endpoint} images (Images API)",
            zh: "已知模型：{models}；要使用网关提供的其他模型，请加上 {@endpoint} chat（Chat Completions）或 {@endpoint} images（Images API）"),
        "planner.choice.quality": Entry(en: "quality", zh: "质量"),
        "planner.choice.output_format": Entry(en: "output format", zh: "输出格式"),
        "planner.choice.moderation": Entry(en: "moderation level", zh: "审核级别"),
        "planner.choice.background": Entry(en: "background", zh: "背景"),
        "planner.choice.action": Entry(en: "action", zh: "动作"),
        "planner.choice.invalid": Entry(en: "invalid {name} '{value}' for {model}", zh: "{model} 不支持该{name}：'{value}'"),
        "planner.one_of": Entry(en: "use one of: {values}", zh: "请使用以下之一：{values}"),
        "planner.compression.format": Entry(
            en: "{flag} applies only to JPEG and WebP output", zh: "{flag} 只适用于 JPEG 和 WebP 输出"),
        "planner.compression.format.hint": Entry(
            en: "add {format} jpeg or {format} webp, or drop {flag}", zh: "加上 {format} jpeg 或 {format} webp，或去掉 {flag}"),
        "planner.option.unsupported": Entry(en: "{model} does not accept {flag}", zh: "{model} 不接受 {flag}"),
        "planner.option.unsupported.drop": Entry(
            en: "drop {flag}, or choose another model with {model_flag}", zh: "去掉 {flag}，或用 {model_flag} 选择其他模型"),
        "planner.option.unsupported.takers": Entry(
            en: "drop {flag}, or use a model that takes it: {models}", zh: "去掉 {flag}，或使用接受它的模型：{models}"),
        "planner.size.invalid": Entry(en: "invalid size '{size}'", zh: "无效的尺寸 '{size}'"),
        "planner.size.invalid.hint": Entry(
            en: "use WxH such as 1536x1024, or auto", zh: "请使用 WxH 形式（如 1536x1024）或 auto"),
        "planner.size.rule": Entry(
            en: "size {size} is not valid for {model}: {problem}", zh: "尺寸 {size} 对 {model} 无效：{problem}"),
        "planner.size.rule.hint": Entry(
            en: "try {flag} {size}; {model} takes {rules}", zh: "试试 {flag} {size}；{model} 接受 {rules}"),
        "planner.size.preset": Entry(
            en: "size {size} is not one of {model}'s {count} sizes", zh: "尺寸 {size} 不在 {model} 的 {count} 种尺寸之中"),
        "planner.size.preset.hint": Entry(
            en: "{ratio} sizes: {sizes}; or auto (or use {@model} gpt-image-2 for any size)",
            zh: "{ratio} 的尺寸：{sizes}；或 auto（任意尺寸请用 {@model} gpt-image-2）"),
        "size.rule.max_edge": Entry(en: "the longest edge must be at most {max} pixels", zh: "最长边不得超过 {max} 像素"),
        "size.rule.multiple": Entry(en: "both edges must be multiples of {multiple}", zh: "两条边都必须是 {multiple} 的倍数"),
        "size.rule.ratio": Entry(
            en: "the long edge may be at most {ratio} times the short edge", zh: "长边最多为短边的 {ratio} 倍"),
        "size.rule.min_pixels": Entry(
            en: "it must have at least {min} pixels (it has {pixels})", zh: "像素数至少为 {min}（实际为 {pixels}）"),
        "size.rule.max_pixels": Entry(
            en: "it may have at most {max} pixels (it has {pixels})", zh: "像素数最多为 {max}（实际为 {pixels}）"),
        "size.rule.summary": Entry(
            en: "auto, or WxH with both edges multiples of {multiple}, the longest edge at most {max}, a ratio within "
                + "{ratio}:1 and {min}–{max_pixels} pixels",
            zh: "auto，或 WxH：两条边都是 {multiple} 的倍数，最长边不超过 {max}，比例在 {ratio}:1 以内，像素数在 {min}–{max_pixels} 之间"),
        "aspect.size_conflict": Entry(
            en: "{@aspect} and {size} both set the size", zh: "{@aspect} 和 {size} 都在设置尺寸"),
        "aspect.size_conflict.hint": Entry(
            en: "give one: {@aspect} {ratio} for the same shape on every model, or {@size} for exact pixels",
            zh: "只给其中一个：{@aspect} {ratio} 在所有模型上得到同样的比例，或用 {@size} 指定精确像素"),
        "aspect.no_phrase": Entry(en: "{model} has no phrase for the ratio {ratio}", zh: "{model} 没有对应比例 {ratio} 的短语"),
        "aspect.ratios": Entry(en: "its ratios: {ratios}", zh: "它支持的比例：{ratios}"),
        "aspect.resolution_ignored": Entry(
            en:
                "{model} makes images of about 1.5K whatever the resolution; use {@model} gpt-image-2 or {@model} gpt-image-2-vip "
                + "for {resolution}",
            zh: "无论分辨率如何，{model} 生成的图片都约为 1.5K；要 {resolution} 请用 {@model} gpt-image-2 或 {@model} gpt-image-2-vip"),
        "aspect.no_size": Entry(en: "{model} has no size of ratio {ratio}", zh: "{model} 没有比例为 {ratio} 的尺寸"),
        "aspect.no_size.hint": Entry(
            en: "its ratios: {ratios}; or use {@model} gpt-image-2 for any ratio up to 3:1",
            zh: "它支持的比例：{ratios}；或用 {@model} gpt-image-2 获得不超过 3:1 的任意比例"),
        "aspect.no_tier": Entry(
            en: "{model} has no {resolution} size of ratio {ratio}", zh: "{model} 没有比例为 {ratio} 的 {resolution} 尺寸"),
        "aspect.no_tier.hint": Entry(en: "its {ratio} sizes: {sizes}", zh: "它的 {ratio} 尺寸：{sizes}"),
        "aspect.impossible": Entry(en: "{model} cannot make the ratio {ratio}", zh: "{model} 无法生成比例 {ratio}"),
        "aspect.impossible.hint": Entry(en: "its ratios go up to {max}:1 either way", zh: "它的比例横竖最多为 {max}:1"),
        "aspect.unknown_model": Entry(
            en: "{@aspect} needs a model gen-image knows; {model} is sent as given",
            zh: "{@aspect} 需要 gen-image 已知的模型；{model} 会按原样发送"),
        "aspect.unknown_model.hint": Entry(
            en: "use {@size} WxH with this model, or one of: {models}", zh: "对这个模型请用 {@size} WxH，或改用以下之一：{models}"),
        "feature.text_model.image_model": Entry(
            en:
                "with {@endpoint} responses, {@model} names the text model that drives the image tool; {model} is an image "
                + "model",
            zh: "使用 {@endpoint} responses 时，{@model} 指定驱动图片工具的文本模型；{model} 是图片模型"),
        "feature.text_model.image_model.hint": Entry(
            en:
                "drop {@model} to use {default} (its image tool uses {tool}), or drop {@endpoint} responses to call {model} "
                + "directly",
            zh: "去掉 {@model} 以使用 {default}（其图片工具使用 {tool}），或去掉 {@endpoint} responses 直接调用 {model}"),
        "feature.text_model.endpoint": Entry(
            en: "{model} is a text model; it makes images only through {@endpoint} responses",
            zh: "{model} 是文本模型，只能通过 {@endpoint} responses 生成图片"),
        "feature.text_model.endpoint.hint": Entry(
            en: "use {@endpoint} responses, or pick an image model with {@model} (e.g. {@model} gpt-image-2)",
            zh: "请使用 {@endpoint} responses，或用 {@model} 选择图片模型（如 {@model} gpt-image-2）"),
        "feature.transparent.format": Entry(
            en: "a transparent background needs PNG or WebP output, not {format}",
            zh: "透明背景需要 PNG 或 WebP 输出，而不是 {format}"),
        "feature.transparent.format.hint": Entry(
            en: "use {options}, or drop {flag} transparent", zh: "请使用 {options}，或去掉 {flag} transparent"),
        "feature.partial_images.stream": Entry(
            en: "{flag} needs {stream}", zh: "{flag} 需要 {stream}"),
        "feature.partial_images.stream.hint": Entry(
            en: "add {stream}, or drop {flag}", zh: "加上 {stream}，或去掉 {flag}"),
        "feature.keep_partials.stream": Entry(
            en: "{@keep_partials} needs {@stream}", zh: "{@keep_partials} 需要 {@stream}"),
        "feature.keep_partials.stream.hint": Entry(
            en: "add {@stream} {@partial_images} 1-3, or drop {@keep_partials}",
            zh: "加上 {@stream} {@partial_images} 1-3，或去掉 {@keep_partials}"),
        "feature.keep_partials.count": Entry(
            en: "{@keep_partials} needs {@partial_images} 1 to 3", zh: "{@keep_partials} 需要 {@partial_images} 为 1 到 3"),
        "feature.keep_partials.count.hint": Entry(
            en: "with no {@partial_images} (or 0) the gateway sends no partial image to keep",
            zh: "没有 {@partial_images}（或为 0）时，网关不会发送可保留的部分图"),
        "feature.action.edit": Entry(en: "{flag} edit needs an image to edit", zh: "{flag} edit 需要一张要编辑的图片"),
        "feature.action.edit.hint": Entry(
            en: "pass it with {inputs}, or use {flag} generate or auto",
            zh: "用 {inputs} 传入图片，或使用 {flag} generate 或 auto"),
        "feature.mask.no_image": Entry(en: "{flag} needs the image to edit", zh: "{flag} 需要要编辑的图片"),
        "feature.mask.no_image.hint": Entry(
            en: "pass the image with {inputs}; the mask marks the region of the first {inputs} image to change",
            zh: "用 {inputs} 传入图片；遮罩标出第一张 {inputs} 图片中要修改的区域"),
        "model.alternative.all.size": Entry(
            en: "put the ratio at the start of the prompt, e.g. \"横版 16:9, …\" or \"竖版 9:16, …\", or use {@model} "
                + "gpt-image-2 (any size) or {@model} gpt-image-2-vip (30 preset sizes)",
            zh:
                "把比例写在提示词开头，例如 \"横版 16:9, …\" 或 \"竖版 9:16, …\"，或使用 {@model} gpt-image-2（任意尺寸）或 {@model} gpt-image-2-vip（30 种预设尺寸）"
        ),
        "model.alternative.no_quality": Entry(
            en: "{model} has no quality setting; use {@model} gpt-image-2 for {@quality}",
            zh: "{model} 没有质量设置；要用 {@quality} 请选 {@model} gpt-image-2"),
        "model.alternative.png_only.format": Entry(
            en: "{model} always answers in PNG; use {@model} gpt-image-2 for {@output_format}",
            zh: "{model} 总是返回 PNG；要用 {@output_format} 请选 {@model} gpt-image-2"),
        "model.alternative.png_only.compression": Entry(
            en:
                "{model} always answers in PNG; use {@model} gpt-image-2 with {@output_format} jpeg|webp for {@output_compression}",
            zh: "{model} 总是返回 PNG；要用 {@output_compression} 请选 {@model} gpt-image-2 并加上 {@output_format} jpeg|webp"),
        "model.alternative.gpt_image_2.response_format": Entry(
            en:
                "at this gateway gpt-image-2 always returns base64 and rejects response_format; drop {@response_format} (gen-image "
                + "saves the file either way)",
            zh: "在这个网关上 gpt-image-2 总是返回 base64，并拒绝 response_format；请去掉 {@response_format}（两种方式 gen-image 都会保存文件）"),
        "model.alternative.responses.response_format": Entry(
            en: "the Responses API always streams base64; drop {@response_format} (the file is saved either way)",
            zh: "Responses API 总是以流式返回 base64；请去掉 {@response_format}（两种方式都会保存文件）"),
        "model.alternative.responses.mask": Entry(
            en: "{@mask} works on the Images API; use {@model} gpt-image-2 without {@endpoint} responses",
            zh: "{@mask} 只能用于 Images API；请使用 {@model} gpt-image-2，且不加 {@endpoint} responses"),
        "model.alternative.vip.quality": Entry(
            en:
                "gpt-image-2-vip has no quality setting; pick a 1K/2K/4K size with {@size}, or use {@model} gpt-image-2",
            zh: "gpt-image-2-vip 没有质量设置；用 {@size} 选择 1K/2K/4K 尺寸，或使用 {@model} gpt-image-2"),
        "model.wait.high_quality": Entry(en: "longer at high quality and 2K/4K", zh: "高质量或 2K/4K 时更久"),
        "model.wait.several_images": Entry(
            en: "longer for several images or {@quality} high", zh: "多张图片或 {@quality} high 时更久"),
    ]
}
