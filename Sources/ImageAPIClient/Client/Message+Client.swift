import Foundation

/// The texts that `Client/` shows a person, in English and Simplified Chinese side by side.
///
/// One constructor per text: its parameters are the values it shows, so a wrong name or value is
/// a compile error. Values are never translated; `Message` parameters render in the same language.
extension Message {
    // MARK: - Streamed replies

    static func streamBrokeMany(message: Message, count: String) -> Message {
        Message(en: "\(message); the stream broke after \(count) events", zh: "\(message)；流在 \(count) 个事件后中断")
    }

    static func streamBrokeOne(message: Message, count: String) -> Message {
        Message(en: "\(message); the stream broke after \(count) event", zh: "\(message)；流在 \(count) 个事件后中断")
    }

    static func streamCancelledKeptMany(count: String) -> Message {
        Message(
            en: "only the \(count) partial images asked for are kept; a request the gateway had already received "
                + "may still be billed",
            zh: "只保留了要求保留的 \(count) 张部分图；网关已收到的请求仍可能计费")
    }

    static func streamCancelledKeptOne(count: String) -> Message {
        Message(
            en: "only the \(count) partial image asked for is kept; a request the gateway had already received "
                + "may still be billed",
            zh: "只保留了要求保留的 \(count) 张部分图；网关已收到的请求仍可能计费")
    }

    static func streamCutMidEvent(place: String) -> Message {
        Message(en: "the stream from \(place) was cut off in the middle of an event", zh: "来自 \(place) 的流在事件中途被截断")
    }

    static var streamEndedHint: Message {
        Message(en: "try again; the gateway or a proxy may have closed the connection early", zh: "请重试；网关或代理可能提前关闭了连接")
    }

    static func streamEndedNoEvent(place: String) -> Message {
        Message(en: "the stream from \(place) ended before any event", zh: "来自 \(place) 的流在收到任何事件前就结束了")
    }

    static func streamEndedUnfinished(place: String) -> Message {
        Message(en: "the stream from \(place) ended before the image was finished", zh: "来自 \(place) 的流在图片完成前就结束了")
    }

    static func streamEndedUnfinishedPartials(place: String, partials: Message) -> Message {
        Message(
            en: "the stream from \(place) ended before the image was finished (\(partials) came)",
            zh: "来自 \(place) 的流在图片完成前就结束了（已收到 \(partials)）")
    }

    static func streamEventTooLarge(place: String, limit: String) -> Message {
        Message(en: "an event in the stream from \(place) is larger than \(limit)", zh: "来自 \(place) 的流中有事件超过 \(limit)")
    }

    static var streamEventTooLargeHint: Message {
        Message(
            en: "check \(setting: "base_url"); this does not look like an image stream",
            zh: "请检查 \(setting: "base_url")；这不像图片流")
    }

    static func streamKeptMany(count: String) -> Message {
        Message(en: "the \(count) partial images are kept", zh: "已保留 \(count) 张部分图")
    }

    static func streamKeptOne(count: String) -> Message {
        Message(en: "the \(count) partial image is kept", zh: "已保留 \(count) 张部分图")
    }

    static var streamNoImage: Message {
        Message(en: "the stream finished without an image", zh: "流已结束，但没有图片")
    }

    static var streamNotImage: Message {
        Message(en: "the stream's image is not a PNG, JPEG or WebP image", zh: "流中的图片不是 PNG、JPEG 或 WebP 图片")
    }

    static func streamNotImageNumbered(number: String) -> Message {
        Message(
            en: "the stream's image \(number) is not a PNG, JPEG or WebP image",
            zh: "流中的第 \(number) 张图片不是 PNG、JPEG 或 WebP 图片")
    }

    static func streamPartialsMany(count: String) -> Message {
        Message(en: "\(count) partial images", zh: "\(count) 张部分图")
    }

    static func streamPartialsOne(count: String) -> Message {
        Message(en: "\(count) partial image", zh: "\(count) 张部分图")
    }

    static var streamTextInsteadHint: Message {
        Message(
            en: "make the request explicit (e.g. \"Generate an image of …\"); no image came back, so no cost is "
                + "counted",
            zh: "请把请求说得更明确（例如 \"Generate an image of …\"）；没有返回图片，因此不计费用")
    }

    static func streamTimeoutPartials(place: String, limit: Double, partials: Message) -> Message {
        Message(
            en: "the final image from \(place) did not arrive within \(Seconds.text(limit)) (\(partials) came)",
            zh: "来自 \(place) 的最终图片没有在 \(Seconds.chinese(limit))内送达（已收到 \(partials)）")
    }

    static func streamUnfinishedMany(count: String) -> Message {
        Message(
            en: "the stream ended without its closing event; saved the \(count) finished images it delivered",
            zh: "流没有发送结束事件就结束了；已保存它送达的 \(count) 张完成的图片")
    }

    static func streamUnfinishedOne(count: String) -> Message {
        Message(
            en: "the stream ended without its closing event; saved the \(count) finished image it delivered",
            zh: "流没有发送结束事件就结束了；已保存它送达的 \(count) 张完成的图片")
    }

    // MARK: - Transport and gateway replies

    static var downloadByHandTimeout: Message {
        Message(
            en: "the link stays valid for about 24 hours; try again, or fetch it by hand, or raise "
                + "\(setting: "timeout")",
            zh: "链接约 24 小时内有效；请重试、手动下载，或提高 \(setting: "timeout")")
    }

    static func downloadTimeout(limit: Double) -> Message {
        Message(
            en: "the image was ready but its download did not finish within \(Seconds.text(limit))",
            zh: "图片已生成，但没有在 \(Seconds.chinese(limit))内下载完成")
    }

    static var replyImageNotImage: Message {
        Message(en: "the reply's image is not a PNG, JPEG or WebP image", zh: "响应中的图片不是 PNG、JPEG 或 WebP 图片")
    }

    static var transportCancelledHint: Message {
        Message(
            en: "nothing was saved; a request the gateway had already received may still be billed",
            zh: "没有保存任何文件；网关已收到的请求仍可能计费")
    }

    static func transportNoImage(host: String, limit: Double) -> Message {
        Message(
            en: "no image from \(host) within \(Seconds.text(limit))",
            zh: "\(Seconds.chinese(limit))内没有收到来自 \(host) 的图片")
    }

    // MARK: - Cut texts and bounded numbers

    static func outputRecovered(path: String) -> Message {
        Message(en: "the image was billed and is kept at \(path)", zh: "这张图片已计费，已保存到 \(path)")
    }

    static var outputRecoveredInMemory: Message {
        Message(
            en: "that folder is in memory and is emptied when the machine restarts: move the image now",
            zh: "该文件夹位于内存中，机器重启后会被清空：请立即移走这张图片")
    }

    static func outputLost(reason: Message) -> Message {
        Message(
            en: "the image was billed but is lost: nothing could be written anywhere (\(reason))",
            zh: "这张图片已计费，但已丢失：任何位置都无法写入（\(reason)）")
    }

    static func outputLostLink(link: String) -> Message {
        Message(
            en: "the gateway's link to it may still work for about 24 hours: \(link)",
            zh: "网关给出的链接可能在约 24 小时内仍然有效：\(link)")
    }

    static var outputLostHint: Message {
        Message(
            en: "tried: the output folder, the recovery folder, $XDG_RUNTIME_DIR and /dev/shm; free some space "
                + "(df -h shows which disk is full) before running again",
            zh: "已尝试：输出文件夹、恢复文件夹、$XDG_RUNTIME_DIR 和 /dev/shm；请先腾出磁盘空间（df -h 可查看哪个磁盘已满）再重新运行")
    }

    static func outputLostNumbered(number: String, link: String?) -> Message {
        let tail = link.map { Message(en: " (link: \($0))", zh: "（链接：\($0)）") } ?? Message(en: "", zh: "")
        return Message(
            en: "image \(number) of the reply was billed but is lost: nothing could be written anywhere\(tail)",
            zh: "响应中的第 \(number) 张图片已计费，但已丢失：任何位置都无法写入\(tail)")
    }

    static func outputSavedOther(path: String) -> Message {
        Message(en: "another image of the reply was saved at \(path)", zh: "响应中的另一张图片已保存到 \(path)")
    }

    static func replySeveralBeyond(total: String, max: String, rest: String) -> Message {
        Message(
            en: "the reply held \(total) images; the first \(max) were saved, the other \(rest) were not",
            zh: "响应中有 \(total) 张图片；已保存前 \(max) 张，其余 \(rest) 张未保存")
    }

    static func replySeveralFailed(number: String, link: String) -> Message {
        Message(
            en: "image \(number) of the reply could not be saved (link: \(link))",
            zh: "响应中的第 \(number) 张图片无法保存（链接：\(link)）")
    }

    static func streamPartialNotSaved(number: String, message: Message) -> Message {
        Message(en: "partial image \(number) could not be saved: \(message)", zh: "第 \(number) 张中间图无法保存：\(message)")
    }
}

/// What came back, checked against what was asked (`DeliveryCheck`).
extension Message {
    static func deliveredMismatch(asked: String, got: String, name: String) -> Message {
        Message(
            en: "\(name) is not what was asked: asked \(asked), got \(got) (saved as delivered)",
            zh: "\(name) 与请求不符：请求 \(asked)，实际 \(got)（已按实际结果保存）")
    }

    static func deliveredEditShape(got: String, input: String, inputSize: String, aspect: String) -> Message {
        Message(
            en: "the result is \(got) but \(input) is \(inputSize); add \(setting: "aspect", short: true) \(aspect) "
                + "to keep the input's shape",
            zh: "结果是 \(got)，而 \(input) 是 \(inputSize)；如需保持原图比例，请加 \(setting: "aspect", short: true) \(aspect)")
    }
}
