import Foundation

/// The texts that `Transport/` shows a person, in English and Simplified Chinese side by side.
///
/// One constructor per text: its parameters are the values it shows, so a wrong name or value is
/// a compile error. Values are never translated; `Message` parameters render in the same language.
extension Message {
    // MARK: - libcurl, proxies and certificates

    static func transportLibcurlMissing(reason: String) -> Message {
        Message(
            en: "gen-image needs libcurl to reach the network, and it could not be loaded: \(reason)",
            zh: "gen-image 需要 libcurl 才能联网，但无法加载：\(reason)")
    }

    static var transportLibcurlMissingHint: Message {
        Message(
            en: "install libcurl (Debian/Ubuntu: sudo apt-get install libcurl4; Fedora/RHEL: sudo dnf install "
                + "libcurl; Alpine: apk add libcurl) and run the command again",
            zh: "请安装 libcurl（Debian/Ubuntu：sudo apt-get install libcurl4；Fedora/RHEL：sudo dnf install "
                + "libcurl；Alpine：apk add libcurl）后重新运行")
    }

    static func transportProxy(place: String, detail: String) -> Message {
        Message(en: "could not reach \(place) through the proxy: \(detail)", zh: "无法通过代理访问 \(place)：\(detail)")
    }

    static var transportProxyHint: Message {
        Message(
            en: "check the proxy variables (https_proxy, http_proxy, NO_PROXY)",
            zh: "请检查代理变量（https_proxy、http_proxy、NO_PROXY）")
    }

    static func transportProxyAuth(place: String) -> Message {
        Message(
            en: "the proxy refused to forward the request to \(place): it wants credentials (HTTP 407)",
            zh: "代理拒绝转发发往 \(place) 的请求：需要身份凭据（HTTP 407）")
    }

    // MARK: - Transport and gateway replies

    static func baseUrlCredentials(host: String) -> Message {
        Message(en: "the base URL contains a user name or password (…@\(host))", zh: "基础 URL 中含有用户名或密码（…@\(host)）")
    }

    static var baseUrlCredentialsHint: Message {
        Message(
            en: "remove it from the URL and pass the key with \(setting: "api_key", short: false) or APIYI_API_KEY",
            zh: "请从 URL 中删除它，并用 \(setting: "api_key", short: false) 或 APIYI_API_KEY 传入密钥")
    }

    static var baseUrlNotHttp: Message {
        Message(en: "the base URL must be an http(s) URL with a host", zh: "基础 URL 必须是带主机名的 http(s) URL")
    }

    static var baseUrlNotHttpHint: Message {
        Message(en: "use a URL such as https://api.apiyi.com/v1", zh: "请使用类似 https://api.apiyi.com/v1 的 URL")
    }

    static func baseUrlPlainHttp(host: String) -> Message {
        Message(en: "refusing to send the API key over plain http to \(host)", zh: "拒绝通过明文 http 向 \(host) 发送 API 密钥")
    }

    static func baseUrlPlainHttpHint(url: String) -> Message {
        Message(
            en: "use \(url), or pass \(setting: "allow_insecure_http") if you trust the network",
            zh: "请使用 \(url)；如果信任该网络，可加上 \(setting: "allow_insecure_http")")
    }

    static func downloadBadUrl(url: String) -> Message {
        Message(en: "the reply's image link is not a valid URL: \(url)", zh: "响应中的图片链接不是有效的 URL：\(url)")
    }

    static var downloadByHand: Message {
        Message(
            en: "the link stays valid for about 24 hours; try again, or fetch it by hand",
            zh: "链接约 24 小时内有效；请重试，或手动下载")
    }

    static func downloadFailed(reason: Message) -> Message {
        Message(en: "downloading the image failed: \(reason)", zh: "下载图片失败：\(reason)")
    }

    static func downloadHttp(status: String, host: String) -> Message {
        Message(en: "downloading the image failed: HTTP \(status) from \(host)", zh: "下载图片失败：\(host) 返回 HTTP \(status)")
    }

    static var downloadNoLocation: Message {
        Message(en: "the image link redirected without a usable Location", zh: "图片链接重定向时没有可用的 Location")
    }

    static var downloadNotImage: Message {
        Message(
            en: "the image link served something that is not a PNG, JPEG or WebP image",
            zh: "图片链接返回的内容不是 PNG、JPEG 或 WebP 图片")
    }

    static func downloadNotImageTyped(type: String) -> Message {
        Message(
            en: "the image link served something that is not a PNG, JPEG or WebP image (\(type))",
            zh: "图片链接返回的内容不是 PNG、JPEG 或 WebP 图片（\(type)）")
    }

    static func downloadRedirects(max: String) -> Message {
        Message(en: "the image link redirected more than \(max) times", zh: "图片链接重定向超过 \(max) 次")
    }

    static func downloadScheme(scheme: String) -> Message {
        Message(en: "refusing to download the image over \(scheme)", zh: "拒绝通过 \(scheme) 下载图片")
    }

    static var downloadSchemeHint: Message {
        Message(
            en: "fetch it by hand if you trust the link (it expires in about 24 hours)",
            zh: "如果信任该链接，请手动下载（链接约 24 小时后失效）")
    }

    static func downloadSchemeRedirected(scheme: String, url: String) -> Message {
        Message(
            en: "refusing to download the image over \(scheme) (redirected to \(url))",
            zh: "拒绝通过 \(scheme) 下载图片（已重定向到 \(url)）")
    }

    static var downloadSchemeUnknown: Message {
        Message(en: "refusing to download the image over an unknown scheme", zh: "拒绝通过未知协议下载图片")
    }

    static func downloadSchemeUnknownRedirected(url: String) -> Message {
        Message(
            en: "refusing to download the image over an unknown scheme (redirected to \(url))",
            zh: "拒绝通过未知协议下载图片（已重定向到 \(url)）")
    }

    static func downloadTooLarge(limit: String) -> Message {
        Message(en: "the image link served more than \(limit); stopped reading", zh: "图片链接返回的内容超过 \(limit)；已停止读取")
    }

    static var downloadTooLargeHint: Message {
        Message(
            en: "this is not an image the gateway made; fetch it by hand only if you trust it",
            zh: "这不是网关生成的图片；只有在信任它时才手动下载")
    }

    // MARK: - Cut texts and bounded numbers

    static func baseUrlQuery(url: String) -> Message {
        Message(
            en: "the base URL \(url) has a query (?…) or a fragment (#…); the API path cannot follow it",
            zh: "基础 URL \(url) 带有查询（?…）或片段（#…）；API 路径无法接在其后")
    }

    static var baseUrlQueryHint: Message {
        Message(
            en: "give only scheme, host and path in \(setting: "base_url") (e.g. https://api.apiyi.com/v1); the "
                + "key goes in \(setting: "api_key", short: false) or the key variable",
            zh: "\(setting: "base_url") 只写协议、主机和路径（如 https://api.apiyi.com/v1）；密钥请用 "
                + "\(setting: "api_key", short: false) 或密钥环境变量")
    }

    // MARK: - Characters a key or base URL cannot hold

    static var keyCarriageReturn: Message {
        Message(en: "a carriage return (CR)", zh: "回车符（CR）")
    }

    static var keyLineFeed: Message {
        Message(en: "a line feed (LF)", zh: "换行符（LF）")
    }

    static var keyTab: Message {
        Message(en: "a tab", zh: "制表符")
    }

    static func keyControl(code: String) -> Message {
        Message(en: "the control character \(code)", zh: "控制字符 \(code)")
    }

    static func keyNonASCII(code: String) -> Message {
        Message(en: "the non-ASCII character \(code)", zh: "非 ASCII 字符 \(code)")
    }

    /// The key from `source` (a variable, `-k`) holds `character`; the key itself is never shown.
    public static func keyBadCharacter(source: String, character: Message, position: String) -> Message {
        Message(
            en: "the API key from \(source) contains \(character) at character \(position); nothing was sent",
            zh: "来自 \(source) 的 API 密钥在第 \(position) 个字符处含有\(character)；未发送任何请求")
    }

    /// The base URL from `source` holds `character`.
    public static func baseUrlBadCharacter(source: String, character: Message, position: String) -> Message {
        Message(
            en: "the base URL from \(source) contains \(character) at character \(position); nothing was sent",
            zh: "来自 \(source) 的 base URL 在第 \(position) 个字符处含有\(character)；未发送任何请求")
    }

    /// Why a key or URL may end in an invisible character, and how to remove it.
    public static var keyLineEndingHint: Message {
        Message(
            en: "a value read from a file saved with Windows line endings (a .env file, say) ends in an invisible "
                + "carriage return: save the file with Unix line endings (dos2unix .env), or strip it with "
                + "tr -d '\\r', then set the value again",
            zh: "从以 Windows 换行符保存的文件（例如 .env）读取的值末尾带有看不见的回车符：请把文件改存为 Unix 换行符"
                + "（dos2unix .env），或用 tr -d '\\r' 去掉它，然后重新设置")
    }

    static func baseUrlClearTextProxy(host: String, proxy: String, variable: String) -> Message {
        Message(
            en: "refusing to send the API key over plain http to \(host) through the proxy \(proxy) (from "
                + "\(variable)): the proxy would read it in clear text",
            zh: "拒绝经由代理 \(proxy)（来自 \(variable)）以明文 http 向 \(host) 发送 API 密钥：代理可读到明文密钥")
    }

    static func baseUrlClearTextProxyHint(host: String) -> Message {
        Message(
            en: "add \(host) to NO_PROXY (e.g. NO_PROXY=\(host)), use https, or pass \(setting: "allow_insecure_http") "
                + "if you trust the proxy",
            zh: "请把 \(host) 加入 NO_PROXY（例如 NO_PROXY=\(host)）、改用 https，或在信任该代理时加上 "
                + "\(setting: "allow_insecure_http")")
    }
}
