/// Texts of the transport: network failures, the gateway's error replies, replies gen-image cannot read, downloads and
/// the base URL.
extension Catalog {
    static let transport: [String: Entry] = [
        "transport.cancelled": Entry(en: "the request was cancelled", zh: "请求已取消"),
        "transport.cancelled.hint": Entry(
            en: "nothing was saved; a request the gateway had already received may still be billed",
            zh: "没有保存任何文件；网关已收到的请求仍可能计费"),
        "transport.failed": Entry(en: "request to {place} failed: {detail}", zh: "请求 {place} 失败：{detail}"),
        "transport.failed.code": Entry(
            en: "request to {place} failed: network error {code}", zh: "请求 {place} 失败：网络错误 {code}"),
        "transport.check_network": Entry(en: "check your network and try again", zh: "请检查网络后重试"),
        "transport.timeout": Entry(en: "no response from {place} within {limit}", zh: "{place} 在 {limit} 内没有响应"),
        "transport.timeout.hint": Entry(
            en: "the gateway may still finish (and bill) this image; raise {@timeout} (e.g. {@timeout} 600) or try "
                + "again later",
            zh: "网关可能仍会完成这张图片（并计费）；请提高 {@timeout}（如 {@timeout} 600）或稍后重试"),
        "transport.no_image": Entry(en: "no image from {host} within {limit}", zh: "{limit} 内没有收到来自 {host} 的图片"),
        "transport.connect": Entry(en: "could not connect to {place}", zh: "无法连接到 {place}"),
        "transport.connect.hint": Entry(
            en: "check {@base_url} and your network or proxy settings (https_proxy, NO_PROXY)",
            zh: "请检查 {@base_url} 以及网络或代理设置（https_proxy、NO_PROXY）"),
        "transport.resolve": Entry(en: "could not resolve {host}", zh: "无法解析 {host}"),
        "transport.resolve.hint": Entry(
            en: "check the host name in {@base_url} and your DNS or proxy settings",
            zh: "请检查 {@base_url} 中的主机名以及 DNS 或代理设置"),
        "transport.lost": Entry(
            en: "the connection to {place} was lost before the reply was complete", zh: "与 {place} 的连接在响应完成前断开"),
        "transport.lost.hint": Entry(
            en: "try again; if it keeps happening, a proxy may be cutting long requests",
            zh: "请重试；如果反复出现，可能是代理切断了耗时较长的请求"),
        "transport.offline": Entry(en: "no network connection", zh: "没有网络连接"),
        "transport.tls": Entry(
            en: "could not make a secure (TLS) connection to {place}", zh: "无法与 {place} 建立安全（TLS）连接"),
        "transport.tls.hint": Entry(
            en: "check the system's certificates and any proxy that intercepts TLS", zh: "请检查系统证书，以及任何拦截 TLS 的代理"),
        "transport.not_http": Entry(en: "{place} sent a reply that is not valid HTTP", zh: "{place} 返回的不是有效的 HTTP 响应"),
        "transport.not_http.hint": Entry(
            en: "check {@base_url}; a proxy may be in the way", zh: "请检查 {@base_url}；可能有代理从中干扰"),
        "transport.bad_url": Entry(en: "unsupported URL: {url}", zh: "不支持的 URL：{url}"),
        "transport.check_base_url": Entry(en: "check {@base_url}", zh: "请检查 {@base_url}"),
        "transport.cut_off": Entry(
            en: "the reply from {place} was cut off before it was complete ({detail})",
            zh: "来自 {place} 的响应在完成前被截断（{detail}）"),
        "transport.cut_off.hint": Entry(
            en: "try again; the gateway or a proxy dropped the connection", zh: "请重试；网关或代理断开了连接"),
        "transport.http": Entry(en: "the gateway answered HTTP {status}", zh: "网关返回 HTTP {status}"),
        "transport.http.said": Entry(
            en: "the gateway answered HTTP {status}: {message}", zh: "网关返回 HTTP {status}：{message}"),
        "transport.hint.content_blocked": Entry(
            en: "the model refused this prompt or image; change the prompt (retrying it unchanged will not help)",
            zh: "模型拒绝了这个提示词或图片；请修改提示词（原样重试没有用）"),
        "transport.hint.401": Entry(
            en: "check the key in APIYI_API_KEY or {@api_key}; keys are at https://api.apiyi.com",
            zh: "请检查 APIYI_API_KEY 或 {@api_key} 中的密钥；密钥可在 https://api.apiyi.com 获取"),
        "transport.hint.403": Entry(
            en: "this key may not use this model; check the model name and your key's token group",
            zh: "这个密钥可能无权使用该模型；请检查模型名称和密钥所属的令牌分组"),
        "transport.hint.429": Entry(
            en: "the gateway is busy or your quota is used up; wait a minute and retry, or check your balance",
            zh: "网关繁忙或额度已用完；请等一分钟后重试，或检查余额"),
        "transport.hint.404": Entry(
            en: "check {@base_url} (it usually ends in /v1) and the model name", zh: "请检查 {@base_url}（通常以 /v1 结尾）和模型名称"),
        "transport.hint.413": Entry(
            en: "the request is too large; use smaller input images (at most 10 MB each is recommended)",
            zh: "请求过大；请使用更小的输入图片（建议每张不超过 10 MB）"),
        "transport.hint.400.parameter": Entry(
            en: "this model rejected a parameter; drop the flag named above or choose another model with {@model}",
            zh: "该模型拒绝了某个参数；请去掉上面提到的选项，或用 {@model} 选择其他模型"),
        "transport.hint.400": Entry(
            en: "the gateway rejected the request; check the flags and the input images", zh: "网关拒绝了请求；请检查选项和输入图片"),
        "transport.hint.5xx": Entry(
            en: "the gateway or its upstream failed; try again in a minute", zh: "网关或其上游出错；请一分钟后重试"),
        "transport.hint.other": Entry(en: "see the gateway's message above", zh: "请查看上面网关返回的信息"),
        "reply.image.not_image": Entry(
            en: "the reply's image is not a PNG, JPEG or WebP image", zh: "响应中的图片不是 PNG、JPEG 或 WebP 图片"),
        "reply.not_image.hint": Entry(
            en: "try again; the gateway sent something that is not an image", zh: "请重试；网关发送的内容不是图片"),
        "reply.not_json": Entry(
            en: "the reply is not the JSON gen-image expects: {body}", zh: "响应不是 gen-image 预期的 JSON：{body}"),
        "reply.not_json.empty": Entry(
            en: "the reply is not the JSON gen-image expects (the body was empty)",
            zh: "响应不是 gen-image 预期的 JSON（响应体为空）"),
        "reply.not_json.hint": Entry(
            en: "check {@base_url} points at an OpenAI-compatible gateway; a proxy may be in the way",
            zh: "请确认 {@base_url} 指向兼容 OpenAI 的网关；可能有代理从中干扰"),
        "reply.error": Entry(en: "the gateway reported an error: {message}", zh: "网关报告错误：{message}"),
        "reply.empty_data": Entry(en: "the reply held no image (an empty data array)", zh: "响应中没有图片（data 数组为空）"),
        "reply.refusing.hint": Entry(
            en: "try again; if it keeps happening, the model may be refusing this prompt",
            zh: "请重试；如果反复出现，可能是模型拒绝了这个提示词"),
        "reply.no_payload": Entry(
            en: "the reply's data[0] has neither b64_json nor url", zh: "响应的 data[0] 既没有 b64_json 也没有 url"),
        "reply.unknown_shape": Entry(en: "the reply has neither data nor choices", zh: "响应既没有 data 也没有 choices"),
        "reply.unknown_shape.hint": Entry(
            en: "check {@base_url} and {@endpoint}: this does not look like an image API reply",
            zh: "请检查 {@base_url} 和 {@endpoint}：这不像图片 API 的响应"),
        "reply.nothing": Entry(en: "the reply held no image and no text", zh: "响应中既没有图片也没有文字"),
        "reply.rephrase.hint": Entry(
            en: "try again; if it keeps happening, rephrase the prompt", zh: "请重试；如果反复出现，请换一种说法描述提示词"),
        "reply.text_instead": Entry(
            en: "the model answered with text instead of an image: {text}", zh: "模型用文字而不是图片作答：{text}"),
        "reply.text_instead.hint": Entry(
            en: "make the request explicit, e.g. start the prompt with \"生成图片：\" or \"Generate an image:\"; this "
                + "reply may still be billed",
            zh: "请把请求说得更明确，例如以 \"生成图片：\" 或 \"Generate an image:\" 开头；这次回复仍可能计费"),
        "reply.data_url.invalid": Entry(
            en: "the reply's {type} data URL is not valid base64", zh: "响应中的 {type} data URL 不是有效的 base64"),
        "reply.b64.invalid": Entry(en: "the reply's b64_json is not valid base64", zh: "响应中的 b64_json 不是有效的 base64"),
        "reply.damaged.hint": Entry(en: "try again; the gateway sent a damaged image", zh: "请重试；网关发送的图片已损坏"),
        "download.bad_url": Entry(
            en: "the reply's image link is not a valid URL: {url}", zh: "响应中的图片链接不是有效的 URL：{url}"),
        "download.redirects": Entry(en: "the image link redirected more than {max} times", zh: "图片链接重定向超过 {max} 次"),
        "download.no_location": Entry(
            en: "the image link redirected without a usable Location", zh: "图片链接重定向时没有可用的 Location"),
        "download.http": Entry(
            en: "downloading the image failed: HTTP {status} from {host}", zh: "下载图片失败：{host} 返回 HTTP {status}"),
        "download.not_image": Entry(
            en: "the image link served something that is not a PNG, JPEG or WebP image",
            zh: "图片链接返回的内容不是 PNG、JPEG 或 WebP 图片"),
        "download.not_image.typed": Entry(
            en: "the image link served something that is not a PNG, JPEG or WebP image ({type})",
            zh: "图片链接返回的内容不是 PNG、JPEG 或 WebP 图片（{type}）"),
        "download.scheme": Entry(en: "refusing to download the image over {scheme}", zh: "拒绝通过 {scheme} 下载图片"),
        "download.scheme.redirected": Entry(
            en: "refusing to download the image over {scheme} (redirected to {url})",
            zh: "拒绝通过 {scheme} 下载图片（已重定向到 {url}）"),
        "download.scheme.unknown": Entry(
            en: "refusing to download the image over an unknown scheme", zh: "拒绝通过未知协议下载图片"),
        "download.scheme.unknown.redirected": Entry(
            en: "refusing to download the image over an unknown scheme (redirected to {url})",
            zh: "拒绝通过未知协议下载图片（已重定向到 {url}）"),
        "download.scheme.hint": Entry(
            en: "fetch it by hand if you trust the link (it expires in about 24 hours)",
            zh: "如果信任该链接，请手动下载（链接约 24 小时后失效）"),
        "download.too_large": Entry(
            en: "the image link served more than {limit}; stopped reading", zh: "图片链接返回的内容超过 {limit}；已停止读取"),
        "download.too_large.hint": Entry(
            en: "this is not an image the gateway made; fetch it by hand only if you trust it",
            zh: "这不是网关生成的图片；只有在信任它时才手动下载"),
        "download.failed": Entry(en: "downloading the image failed: {reason}", zh: "下载图片失败：{reason}"),
        "download.by_hand": Entry(
            en: "the link stays valid for about 24 hours; try again, or fetch it by hand",
            zh: "链接约 24 小时内有效；请重试，或手动下载"),
        "download.by_hand.timeout": Entry(
            en: "the link stays valid for about 24 hours; try again, or fetch it by hand, or raise {@timeout}",
            zh: "链接约 24 小时内有效；请重试、手动下载，或提高 {@timeout}"),
        "download.timeout": Entry(
            en: "the image was ready but its download did not finish within {limit}", zh: "图片已生成，但没有在 {limit} 内下载完成"),
        "base_url.not_http": Entry(
            en: "the base URL must be an http(s) URL with a host", zh: "基础 URL 必须是带主机名的 http(s) URL"),
        "base_url.not_http.hint": Entry(
            en: "use a URL such as https://api.apiyi.com/v1", zh: "请使用类似 https://api.apiyi.com/v1 的 URL"),
        "base_url.credentials": Entry(
            en: "the base URL contains a user name or password (…@{host})", zh: "基础 URL 中含有用户名或密码（…@{host}）"),
        "base_url.credentials.hint": Entry(
            en: "remove it from the URL and pass the key with -k/--api-key or APIYI_API_KEY",
            zh: "请从 URL 中删除它，并用 -k/--api-key 或 APIYI_API_KEY 传入密钥"),
        "base_url.plain_http": Entry(
            en: "refusing to send the API key over plain http to {host}", zh: "拒绝通过明文 http 向 {host} 发送 API 密钥"),
        "base_url.plain_http.hint": Entry(
            en: "use {url}, or pass {@allow_insecure_http} if you trust the network",
            zh: "请使用 {url}；如果信任该网络，可加上 {@allow_insecure_http}"),
    ]
}
