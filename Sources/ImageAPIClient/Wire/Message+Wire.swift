import Foundation

/// The texts that `Wire/` shows a person, in English and Simplified Chinese side by side.
///
/// One constructor per text: its parameters are the values it shows, so a wrong name or value is
/// a compile error. Values are never translated; `Message` parameters render in the same language.
extension Message {
    // MARK: - libcurl, proxies and certificates

    static var transportProxyAuthHint: Message {
        Message(
            en: "put the proxy's user and password in the proxy variable "
                + "(https_proxy=http://user:password@host:port) or add the gateway's host to NO_PROXY if it "
                + "needs no proxy",
            zh: "请在代理变量中写入代理的用户名和密码（https_proxy=http://user:password@host:port），若网关无需代理，请把其主机加入 NO_PROXY")
    }

    static func transportTlsUntrusted(place: String, detail: String) -> Message {
        Message(
            en: "the certificate of \(place) is not signed by an authority this machine trusts: \(detail)",
            zh: "\(place) 的证书不是由本机信任的证书颁发机构签发的：\(detail)")
    }

    static var transportTlsUntrustedHint: Message {
        Message(
            en: "if your company's proxy or gateway uses its own CA, point SSL_CERT_FILE at a PEM bundle that "
                + "includes it (or SSL_CERT_DIR at a hashed directory) and run again; never turn verification off",
            zh: "如果公司代理或网关使用自有 CA，请将 SSL_CERT_FILE 指向包含该 CA 的 PEM 证书包（或将 SSL_CERT_DIR 指向已哈希的目录）后重新运行；切勿关闭证书验证")
    }

    // MARK: - A newcomer's first mistakes

    static var transportHintQuota: Message {
        Message(
            en: "the account's balance or quota is used up; retrying will not help until it is topped up (APIYI: "
                + "https://api.apiyi.com, console → 充值; OpenAI: "
                + "https://platform.openai.com/settings/organization/billing)",
            zh: "账户余额或额度已用完；充值前重试没有用（APIYI：https://api.apiyi.com 控制台 → "
                + "充值；OpenAI：https://platform.openai.com/settings/organization/billing）")
    }

    // MARK: - Saving images

    static func outputTemporaryCreate(folder: String) -> Message {
        Message(en: "could not create a temporary file in \(folder)", zh: "无法在 \(folder) 中创建临时文件")
    }

    static var outputTemporaryCreateHint: Message {
        Message(en: "check free space, or point TMPDIR at a writable folder", zh: "请检查剩余空间，或把 TMPDIR 指向可写的文件夹")
    }

    static func outputTemporaryWrite(detail: String) -> Message {
        Message(en: "could not write a temporary file: \(detail)", zh: "无法写入临时文件：\(detail)")
    }

    // MARK: - Providers and data URIs

    static func replyDataUriInvalid(field: String, uri: String) -> Message {
        Message(
            en: "the reply's \(field) holds a data URI whose payload is not valid base64 (\(uri))",
            zh: "响应的 \(field) 中的 data URI 内容不是有效的 base64（\(uri)）")
    }

    static func replyDataUriMismatch(field: String, type: String, actual: String, ext: String) -> Message {
        Message(
            en: "the reply's \(field) claims \(type) but holds \(actual) bytes; saved as .\(ext)",
            zh: "响应的 \(field) 声称是 \(type)，实际是 \(actual) 数据；已保存为 .\(ext)")
    }

    static func replyDataUriNotBase64(field: String, uri: String) -> Message {
        Message(
            en: "the reply's \(field) holds a data URI that is not base64 (\(uri))",
            zh: "响应的 \(field) 中的 data URI 不是 base64 编码（\(uri)）")
    }

    static func replyDataUriNotImage(field: String, type: String, size: String) -> Message {
        Message(
            en: "the reply's \(field) holds a data URI claiming \(type) whose \(size) are not a PNG, JPEG or "
                + "WebP image",
            zh: "响应的 \(field) 中的 data URI 声称是 \(type)，但其 \(size) 内容不是 PNG、JPEG 或 WebP 图片")
    }

    // MARK: - Streamed replies

    static func streamCompletedEmpty(type: String) -> Message {
        Message(en: "the stream's \(type) event held no image (empty b64_json)", zh: "流的 \(type) 事件中没有图片（b64_json 为空）")
    }

    static var streamFailureFailed: Message {
        Message(en: "the response failed", zh: "响应失败")
    }

    static func streamFailureFailedSaid(message: Message) -> Message {
        Message(en: "the response failed: \(message)", zh: "响应失败：\(message)")
    }

    static var streamFailureIncomplete: Message {
        Message(en: "the response is incomplete", zh: "响应不完整")
    }

    static var streamFailureIncompleteHint: Message {
        Message(
            en: "the model stopped before making the image; try again, or simplify the request",
            zh: "模型在生成图片之前就停止了；请重试，或简化请求")
    }

    static func streamFailureIncompleteReason(reason: Message) -> Message {
        Message(en: "the response is incomplete: stopped early (\(reason))", zh: "响应不完整：提前停止（\(reason)）")
    }

    static var streamFailureReported: Message {
        Message(en: "the stream reported an error", zh: "流报告了错误")
    }

    static func streamFailureReportedSaid(message: Message) -> Message {
        Message(en: "the stream reported an error: \(message)", zh: "流报告了错误：\(message)")
    }

    static func streamInvalidBase64(what: Message) -> Message {
        Message(en: "the stream's \(what) is not valid base64", zh: "流中的\(what)不是有效的 base64")
    }

    static func streamReplyTooLarge(place: String, limit: String) -> Message {
        Message(en: "the reply from \(place) is larger than \(limit)", zh: "来自 \(place) 的响应超过 \(limit)")
    }

    static var streamReplyTooLargeHint: Message {
        Message(
            en: "check \(setting: "base_url"); this does not look like an image reply",
            zh: "请检查 \(setting: "base_url")；这不像图片响应")
    }

    static var streamWhatFinalImage: Message {
        Message(en: "final image", zh: "最终图片")
    }

    static var streamWhatImage: Message {
        Message(en: "image", zh: "图片")
    }

    static var streamWhatPartial: Message {
        Message(en: "partial", zh: "部分图")
    }

    static var streamWhatPartialImage: Message {
        Message(en: "partial image", zh: "部分图")
    }

    // MARK: - Transport and gateway replies

    static var replyB64Invalid: Message {
        Message(en: "the reply's b64_json is not valid base64", zh: "响应中的 b64_json 不是有效的 base64")
    }

    static var replyDamagedHint: Message {
        Message(en: "try again; the gateway sent a damaged image", zh: "请重试；网关发送的图片已损坏")
    }

    static func replyDataUrlInvalid(type: String) -> Message {
        Message(en: "the reply's \(type) data URL is not valid base64", zh: "响应中的 \(type) data URL 不是有效的 base64")
    }

    static func replyImageUndecodable(number: String, total: String) -> Message {
        Message(
            en: "image \(number) of \(total) could not be decoded; it may still be billed",
            zh: "第 \(number) 张图片（共 \(total) 张）无法解码；它仍可能被计费")
    }

    static var replyEmptyData: Message {
        Message(en: "the reply held no image (an empty data array)", zh: "响应中没有图片（data 数组为空）")
    }

    static func replyError(message: Message) -> Message {
        Message(en: "the gateway reported an error: \(message)", zh: "网关报告错误：\(message)")
    }

    static var replyNoPayload: Message {
        Message(en: "the reply's data[0] has neither b64_json nor url", zh: "响应的 data[0] 既没有 b64_json 也没有 url")
    }

    static var replyNotImageHint: Message {
        Message(en: "try again; the gateway sent something that is not an image", zh: "请重试；网关发送的内容不是图片")
    }

    static func replyNotJson(body: String) -> Message {
        Message(en: "the reply is not the JSON gen-image expects: \(body)", zh: "响应不是 gen-image 预期的 JSON：\(body)")
    }

    static var replyNotJsonEmpty: Message {
        Message(
            en: "the reply is not the JSON gen-image expects (the body was empty)",
            zh: "响应不是 gen-image 预期的 JSON（响应体为空）")
    }

    static var replyNotJsonHint: Message {
        Message(
            en: "check \(setting: "base_url") points at an OpenAI-compatible gateway; a proxy may be in the way",
            zh: "请确认 \(setting: "base_url") 指向兼容 OpenAI 的网关；可能有代理从中干扰")
    }

    static var replyNothing: Message {
        Message(en: "the reply held no image and no text", zh: "响应中既没有图片也没有文字")
    }

    static var replyRefusingHint: Message {
        Message(
            en: "try again; if it keeps happening, the model may be refusing this prompt",
            zh: "请重试；如果反复出现，可能是模型拒绝了这个提示词")
    }

    static var replyRephraseHint: Message {
        Message(en: "try again; if it keeps happening, rephrase the prompt", zh: "请重试；如果反复出现，请换一种说法描述提示词")
    }

    static func replyTextInstead(text: Message) -> Message {
        Message(en: "the model answered with text instead of an image: \(text)", zh: "模型用文字而不是图片作答：\(text)")
    }

    static var replyTextInsteadHint: Message {
        Message(
            en: "make the request explicit, e.g. start the prompt with \"生成图片：\" or \"Generate an image:\"; no "
                + "image came back, so no cost is counted",
            zh: "请把请求说得更明确，例如以 \"生成图片：\" 或 \"Generate an image:\" 开头；没有返回图片，因此不计费用")
    }

    static var replyDescribedHint: Message {
        Message(
            en: "the prompt already asks for an image: describe the picture itself (what is in it, its style), "
                + "not a question or a task; no image came back, so no cost is counted",
            zh: "提示词已经明确要求生成图片：请直接描述画面本身（内容、风格），不要写成提问或任务；没有返回图片，因此不计费用")
    }

    static func replyRefused(text: Message) -> Message {
        Message(en: "the model refused: \(text)", zh: "模型拒绝了这个请求：\(text)")
    }

    static var replyRefusedHint: Message {
        Message(
            en: "sending the same prompt again will be refused again: tell the user what the model said and ask how "
                + "to change the request; no image came back, so no cost is counted",
            zh: "原样重发仍会被拒绝：请把模型的原话告诉用户，并询问如何修改请求；没有返回图片，因此不计费用")
    }

    static var replyUnknownShape: Message {
        Message(en: "the reply has neither data nor choices", zh: "响应既没有 data 也没有 choices")
    }

    static var replyUnknownShapeHint: Message {
        Message(
            en: "check \(setting: "base_url") and \(setting: "endpoint"): this does not look like an image API "
                + "reply",
            zh: "请检查 \(setting: "base_url") 和 \(setting: "endpoint")：这不像图片 API 的响应")
    }

    static func transportBadUrl(url: String) -> Message {
        Message(en: "unsupported URL: \(url)", zh: "不支持的 URL：\(url)")
    }

    static var transportCancelled: Message {
        Message(en: "the request was cancelled", zh: "请求已取消")
    }

    static var transportCheckNetwork: Message {
        Message(en: "check your network and try again", zh: "请检查网络后重试")
    }

    static func transportConnect(place: String) -> Message {
        Message(en: "could not connect to \(place)", zh: "无法连接到 \(place)")
    }

    static var transportConnectHint: Message {
        Message(
            en: "check \(setting: "base_url") and your network or proxy settings (https_proxy, NO_PROXY)",
            zh: "请检查 \(setting: "base_url") 以及网络或代理设置（https_proxy、NO_PROXY）")
    }

    static func transportCutOff(place: String, detail: String) -> Message {
        Message(
            en: "the reply from \(place) was cut off before it was complete (\(detail))",
            zh: "来自 \(place) 的响应在完成前被截断（\(detail)）")
    }

    static var transportCutOffHint: Message {
        Message(en: "try again; the gateway or a proxy dropped the connection", zh: "请重试；网关或代理断开了连接")
    }

    static func transportFailed(place: String, detail: String) -> Message {
        Message(en: "request to \(place) failed: \(detail)", zh: "请求 \(place) 失败：\(detail)")
    }

    static func transportFailedCode(place: String, code: String) -> Message {
        Message(en: "request to \(place) failed: network error \(code)", zh: "请求 \(place) 失败：网络错误 \(code)")
    }

    static var transportHint400: Message {
        Message(en: "the gateway rejected the request; check the flags and the input images", zh: "网关拒绝了请求；请检查选项和输入图片")
    }

    static var transportHint400Parameter: Message {
        Message(
            en: "this model rejected a parameter; drop the flag named above or choose another model with "
                + "\(setting: "model")",
            zh: "该模型拒绝了某个参数；请去掉上面提到的选项，或用 \(setting: "model") 选择其他模型")
    }

    static var transportHint401: Message {
        Message(
            en: "check the key in APIYI_API_KEY or \(setting: "api_key"); keys are at https://api.apiyi.com",
            zh: "请检查 APIYI_API_KEY 或 \(setting: "api_key") 中的密钥；密钥可在 https://api.apiyi.com 获取")
    }

    static var transportHint403: Message {
        Message(
            en: "this key may not use this model; check the model name and your key's token group",
            zh: "这个密钥可能无权使用该模型；请检查模型名称和密钥所属的令牌分组")
    }

    static var transportHint404: Message {
        Message(
            en: "check \(setting: "base_url") (it usually ends in /v1) and the model name",
            zh: "请检查 \(setting: "base_url")（通常以 /v1 结尾）和模型名称")
    }

    static var transportHint413: Message {
        Message(
            en: "the request is too large; use smaller input images (at most 10 MB each is recommended)",
            zh: "请求过大；请使用更小的输入图片（建议每张不超过 10 MB）")
    }

    static var transportHint429: Message {
        Message(
            en: "the gateway is busy or your quota is used up; wait a minute and retry, or check your balance",
            zh: "网关繁忙或额度已用完；请等一分钟后重试，或检查余额")
    }

    static var transportHint5xx: Message {
        Message(en: "the gateway or its upstream failed; try again in a minute", zh: "网关或其上游出错；请一分钟后重试")
    }

    static var transportHintContentBlocked: Message {
        Message(
            en: "the model refused this prompt or image; change the prompt (retrying it unchanged will not help)",
            zh: "模型拒绝了这个提示词或图片；请修改提示词（原样重试没有用）")
    }

    static var transportHintOther: Message {
        Message(en: "see the gateway's message above", zh: "请查看上面网关返回的信息")
    }

    static func transportHttp(status: String) -> Message {
        Message(en: "the gateway answered HTTP \(status)", zh: "网关返回 HTTP \(status)")
    }

    static func transportHttpSaid(status: String, message: Message) -> Message {
        Message(en: "the gateway answered HTTP \(status): \(message)", zh: "网关返回 HTTP \(status)：\(message)")
    }

    static func transportLost(place: String) -> Message {
        Message(en: "the connection to \(place) was lost before the reply was complete", zh: "与 \(place) 的连接在响应完成前断开")
    }

    static var transportLostHint: Message {
        Message(
            en: "try again; if it keeps happening, a proxy may be cutting long requests",
            zh: "请重试；如果反复出现，可能是代理切断了耗时较长的请求")
    }

    static func transportNotHttp(place: String) -> Message {
        Message(en: "\(place) sent a reply that is not valid HTTP", zh: "\(place) 返回的不是有效的 HTTP 响应")
    }

    static var transportNotHttpHint: Message {
        Message(
            en: "check \(setting: "base_url"); a proxy may be in the way",
            zh: "请检查 \(setting: "base_url")；可能有代理从中干扰")
    }

    static var transportOffline: Message {
        Message(en: "no network connection", zh: "没有网络连接")
    }

    static func transportResolve(host: String) -> Message {
        Message(en: "could not resolve \(host)", zh: "无法解析 \(host)")
    }

    static var transportResolveHint: Message {
        Message(
            en: "check the host name in \(setting: "base_url") and your DNS or proxy settings",
            zh: "请检查 \(setting: "base_url") 中的主机名以及 DNS 或代理设置")
    }

    static func transportTimeout(place: String, limit: Double) -> Message {
        Message(
            en: "no response from \(place) within \(Seconds.text(limit))",
            zh: "\(place) 在 \(Seconds.chinese(limit))内没有响应")
    }

    static func transportTls(place: String) -> Message {
        Message(en: "could not make a secure (TLS) connection to \(place)", zh: "无法与 \(place) 建立安全（TLS）连接")
    }

    static var transportTlsHint: Message {
        Message(en: "check the system's certificates and any proxy that intercepts TLS", zh: "请检查系统证书，以及任何拦截 TLS 的代理")
    }

    // MARK: - Cut texts and bounded numbers

    static func gatewayTextCut(text: String, count: String) -> Message {
        Message(en: "\(text)… (\(count) more characters not shown)", zh: "\(text)……（另有 \(count) 个字符未显示）")
    }

    static func replyChatSeveral(total: String, rest: String, links: String) -> Message {
        Message(
            en: "the reply linked \(total) different images; the first was saved, the other \(rest) were not: "
                + "\(links)",
            zh: "响应中链接了 \(total) 张不同的图片；已保存第一张，其余 \(rest) 张未保存：\(links)")
    }

    static func transportRedirect(status: String, host: String) -> Message {
        Message(
            en: "the gateway answered with a redirect (HTTP \(status)) to \(host); gen-image follows no redirect "
                + "from the API, so that the key never goes along",
            zh: "网关返回了重定向（HTTP \(status)），指向 \(host)；gen-image 不跟随 API 的重定向，以免密钥被一并发送")
    }

    static var transportRedirectHint: Message {
        Message(
            en: "check \(setting: "base_url") (or GEN_IMAGE_BASE_URL): use the API's own address, e.g. "
                + "https://api.apiyi.com/v1",
            zh: "请检查 \(setting: "base_url")（或 GEN_IMAGE_BASE_URL）：使用 API 本身的地址，例如 https://api.apiyi.com/v1")
    }

    static func transportRedirectNowhere(status: String) -> Message {
        Message(
            en: "the gateway answered with a redirect (HTTP \(status)) without saying where to",
            zh: "网关返回了重定向（HTTP \(status)），但没有给出目标地址")
    }

    // MARK: - A certificate for another host

    static func transportTlsNameMismatch(place: String, host: String, names: String) -> Message {
        Message(
            en: "the certificate of \(place) is for \(names), not for \(host): a host-name mismatch",
            zh: "\(place) 的证书签发给 \(names)，而不是 \(host)：主机名不匹配")
    }

    static func transportTlsNameMismatchUnnamed(place: String, host: String) -> Message {
        Message(
            en: "the certificate of \(place) does not name \(host): a host-name mismatch",
            zh: "\(place) 的证书中没有 \(host) 这个名称：主机名不匹配")
    }

    static func transportTlsNameMismatchHint(host: String) -> Message {
        Message(
            en: "use a base URL with a host name the certificate names, or ask whoever runs the gateway for a "
                + "certificate that names \(host); trusting another authority cannot fix this, and never turn "
                + "verification off",
            zh: "请使用证书中列出的主机名作为 base URL，或请网关的运营方提供包含 \(host) 的证书；信任其他证书颁发机构无法解决此问题，切勿关闭证书验证")
    }
}
