/// Texts of streamed replies: partial images, failures reported inside a stream, streams cut short.
extension Catalog {
    static let streaming: [String: Entry] = [
        "stream.partials.one": Entry(en: "{count} partial image", zh: "{count} 张部分图"),
        "stream.partials.many": Entry(en: "{count} partial images", zh: "{count} 张部分图"),
        "stream.cut_mid_event": Entry(
            en: "the stream from {place} was cut off in the middle of an event", zh: "来自 {place} 的流在事件中途被截断"),
        "stream.timeout.partials": Entry(
            en: "the final image from {place} did not arrive within {limit} ({partials} came)",
            zh: "来自 {place} 的最终图片没有在 {limit} 内送达（已收到 {partials}）"),
        "stream.event_too_large": Entry(
            en: "an event in the stream from {place} is larger than {limit}", zh: "来自 {place} 的流中有事件超过 {limit}"),
        "stream.event_too_large.hint": Entry(
            en: "check {@base_url}; this does not look like an image stream", zh: "请检查 {@base_url}；这不像图片流"),
        "stream.reply_too_large": Entry(
            en: "the reply from {place} is larger than {limit}", zh: "来自 {place} 的响应超过 {limit}"),
        "stream.reply_too_large.hint": Entry(
            en: "check {@base_url}; this does not look like an image reply", zh: "请检查 {@base_url}；这不像图片响应"),
        "stream.broke.one": Entry(
            en: "{message}; the stream broke after {count} event", zh: "{message}；流在 {count} 个事件后中断"),
        "stream.broke.many": Entry(
            en: "{message}; the stream broke after {count} events", zh: "{message}；流在 {count} 个事件后中断"),
        "stream.kept.one": Entry(en: "the {count} partial image is kept", zh: "已保留 {count} 张部分图"),
        "stream.kept.many": Entry(en: "the {count} partial images are kept", zh: "已保留 {count} 张部分图"),
        "stream.ended.no_event": Entry(
            en: "the stream from {place} ended before any event", zh: "来自 {place} 的流在收到任何事件前就结束了"),
        "stream.ended.unfinished": Entry(
            en: "the stream from {place} ended before the image was finished", zh: "来自 {place} 的流在图片完成前就结束了"),
        "stream.ended.unfinished.partials": Entry(
            en: "the stream from {place} ended before the image was finished ({partials} came)",
            zh: "来自 {place} 的流在图片完成前就结束了（已收到 {partials}）"),
        "stream.ended.hint": Entry(
            en: "try again; the gateway or a proxy may have closed the connection early", zh: "请重试；网关或代理可能提前关闭了连接"),
        "stream.text_instead.hint": Entry(
            en: "make the request explicit (e.g. \"Generate an image of …\"); this reply may still be billed",
            zh: "请把请求说得更明确（例如 \"Generate an image of …\"）；这次回复仍可能计费"),
        "stream.no_image": Entry(en: "the stream finished without an image", zh: "流已结束，但没有图片"),
        "stream.not_image": Entry(
            en: "the stream's image is not a PNG, JPEG or WebP image", zh: "流中的图片不是 PNG、JPEG 或 WebP 图片"),
        "stream.not_image.numbered": Entry(
            en: "the stream's image {number} is not a PNG, JPEG or WebP image",
            zh: "流中的第 {number} 张图片不是 PNG、JPEG 或 WebP 图片"),
        "stream.cancelled.kept.one": Entry(
            en: "only the {count} partial image asked for is kept; a request the gateway had already received may "
                + "still be billed",
            zh: "只保留了要求保留的 {count} 张部分图；网关已收到的请求仍可能计费"),
        "stream.cancelled.kept.many": Entry(
            en: "only the {count} partial images asked for are kept; a request the gateway had already received may "
                + "still be billed",
            zh: "只保留了要求保留的 {count} 张部分图；网关已收到的请求仍可能计费"),
        "stream.unfinished.one": Entry(
            en: "the stream ended without its closing event; saved the {count} finished image it delivered",
            zh: "流没有发送结束事件就结束了；已保存它送达的 {count} 张完成的图片"),
        "stream.unfinished.many": Entry(
            en: "the stream ended without its closing event; saved the {count} finished images it delivered",
            zh: "流没有发送结束事件就结束了；已保存它送达的 {count} 张完成的图片"),
        "stream.invalid_base64": Entry(en: "the stream's {what} is not valid base64", zh: "流中的{what}不是有效的 base64"),
        "stream.what.partial": Entry(en: "partial", zh: "部分图"),
        "stream.what.final_image": Entry(en: "final image", zh: "最终图片"),
        "stream.what.image": Entry(en: "image", zh: "图片"),
        "stream.what.partial_image": Entry(en: "partial image", zh: "部分图"),
        "stream.completed_empty": Entry(
            en: "the stream's {type} event held no image (empty b64_json)", zh: "流的 {type} 事件中没有图片（b64_json 为空）"),
        "stream.failure.reported": Entry(en: "the stream reported an error", zh: "流报告了错误"),
        "stream.failure.reported.said": Entry(en: "the stream reported an error: {message}", zh: "流报告了错误：{message}"),
        "stream.failure.failed": Entry(en: "the response failed", zh: "响应失败"),
        "stream.failure.failed.said": Entry(en: "the response failed: {message}", zh: "响应失败：{message}"),
        "stream.failure.incomplete": Entry(en: "the response is incomplete", zh: "响应不完整"),
        "stream.failure.incomplete.reason": Entry(
            en: "the response is incomplete: stopped early ({reason})", zh: "响应不完整：提前停止（{reason}）"),
        "stream.failure.incomplete.hint": Entry(
            en: "the model stopped before making the image; try again, or simplify the request",
            zh: "模型在生成图片之前就停止了；请重试，或简化请求"),
    ]
}
