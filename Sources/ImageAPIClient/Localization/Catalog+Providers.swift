/// Texts of issue 13: data URIs in replies and what each provider's gateway accepts.
extension Catalog {
    static let providers: [String: Entry] = [
        "reply.data_uri.not_base64": Entry(
            en: "the reply's {field} holds a data URI that is not base64 ({uri})",
            zh: "响应的 {field} 中的 data URI 不是 base64 编码（{uri}）"),
        "reply.data_uri.invalid": Entry(
            en: "the reply's {field} holds a data URI whose payload is not valid base64 ({uri})",
            zh: "响应的 {field} 中的 data URI 内容不是有效的 base64（{uri}）"),
        "reply.data_uri.not_image": Entry(
            en: "the reply's {field} holds a data URI claiming {type} whose {size} are not a PNG, JPEG or WebP image",
            zh: "响应的 {field} 中的 data URI 声称是 {type}，但其 {size} 内容不是 PNG、JPEG 或 WebP 图片"),
        "reply.data_uri.mismatch": Entry(
            en: "the reply's {field} claims {type} but holds {actual} bytes; saved as .{ext}",
            zh: "响应的 {field} 声称是 {type}，实际是 {actual} 数据；已保存为 .{ext}"),
        "provider.model.not_offered": Entry(
            en: "{provider} does not offer {model}; it offers {models}",
            zh: "{provider} 不提供 {model}；它提供 {models}"),
        "provider.model.not_offered.hint": Entry(
            en: "use {@provider} {providers} for {model}, or {@model} one of {models}",
            zh: "如需 {model}，请用 {@provider} {providers}；或用 {@model} 选择 {models} 之一"),
        "provider.option.elsewhere": Entry(
            en: "{model} accepts {flag} at {providers} ({@provider} {provider})",
            zh: "{model} 在 {providers} 接受 {flag}（{@provider} {provider}）"),
        "provider.vibeapi.transparent": Entry(
            en: "VibeAPI's gpt-image-2 does not support a transparent background "
                + "(VibeAPI: \"requests with background: transparent are not supported\")",
            zh: "VibeAPI 的 gpt-image-2 不支持透明背景（VibeAPI：“不支持 background: \"transparent\" 的请求”）"),
        "provider.vibeapi.transparent.hint": Entry(
            en: "use {@background} opaque or auto, or {@provider} openai for a transparent PNG or WebP",
            zh: "请使用 {@background} opaque 或 auto；如需透明 PNG 或 WebP，请用 {@provider} openai"),
        "provider.vibeapi.images_n": Entry(
            en: "silently ignored, always one image per request (gen-image sends one request per image)",
            zh: "会被静默忽略，每次请求总是只返回 1 张图（gen-image 每张图发一次请求）"),
        "provider.vibeapi.responses_n": Entry(
            en: "not available; ask for several images in the prompt",
            zh: "不可用；如需多张图，请在提示词中说明"),
        "option.tool_model": Entry(
            en: "The model named inside the Responses image tool (--endpoint responses). Default: none is sent, "
                + "as VibeAPI documents; the gateway runs gpt-image-2.",
            zh: "写进 Responses 图像工具的模型（--endpoint responses）。默认不发送，与 VibeAPI 文档一致；"
                + "网关使用 gpt-image-2。"),
        "feature.tool_model.endpoint": Entry(
            en: "{@tool_model} only applies to the Responses API's image tool",
            zh: "{@tool_model} 只适用于 Responses API 的图像工具"),
        "feature.tool_model.endpoint.hint": Entry(
            en: "add {@endpoint} responses, or drop {@tool_model} (use {@model} to pick the image model)",
            zh: "请加上 {@endpoint} responses，或去掉 {@tool_model}（用 {@model} 选择图像模型）"),
        "feature.tool_model.empty": Entry(en: "{@tool_model} is empty", zh: "{@tool_model} 为空"),
        "feature.tool_model.empty.hint": Entry(
            en: "name a model (e.g. {@tool_model} gpt-image-2) or drop {@tool_model}",
            zh: "请写上模型名（例如 {@tool_model} gpt-image-2），或去掉 {@tool_model}"),
        "provider.cell.not_offered": Entry(en: "not offered", zh: "不提供"),
        "provider.cell.refused": Entry(en: "refused", zh: "拒绝"),
        "provider.cell.accepted": Entry(en: "accepted{values}", zh: "接受{values}"),
        "provider.cell.with_note": Entry(en: "{accepted} ({note})", zh: "{accepted}（{note}）"),
        "provider.vibeapi.url_is_data_uri": Entry(en: "url answers a data URI", zh: "url 返回 data URI"),
        "provider.cell.with_refusal": Entry(
            en: "{accepted}; {value} not supported", zh: "{accepted}；不支持 {value}"),
        "provider.fact": Entry(en: "{flag} {cell}", zh: "{flag} {cell}"),
        "provider.fact.refusal": Entry(en: "{value} refused: {reason}", zh: "拒绝 {value}：{reason}"),
        "provider.fact.ignored": Entry(en: "{name} {note}", zh: "{name} {note}"),
        "provider.fact.only_here": Entry(en: "offered by this provider only", zh: "仅此网关提供"),
        "provider.fact.same": Entry(en: "as the model table says", zh: "与模型表一致"),
        "provider.line": Entry(en: "{model} at {provider}: {facts}", zh: "{model} 在 {provider}：{facts}"),
        "provider.line.not_offered": Entry(
            en: "not offered at {provider}: {models}", zh: "{provider} 不提供：{models}"),
        "provider.join": Entry(en: "{first}; {rest}", zh: "{first}；{rest}"),
        "help.providers.intro": Entry(
            en: "What differs between providers (--provider), from the same table every check reads:",
            zh: "各网关（--provider）之间的差别，来自所有检查共用的同一张表："),
        "doctor.line.model": Entry(en: "info  model: {line}", zh: "信息  模型：{line}"),
    ]
}
