import Foundation

/// The texts that `Diagnostics/` shows a person, in English and Simplified Chinese side by side.
///
/// One constructor per text: its parameters are the values it shows, so a wrong name or value is
/// a compile error. Values are never translated; `Message` parameters render in the same language.
extension Message {
    // MARK: - libcurl, proxies and certificates

    static var doctorGatewayProxyAuth: Message {
        Message(
            en: "the proxy answered HTTP 407: it wants credentials before it forwards anything",
            zh: "代理返回 HTTP 407：转发任何请求前都需要身份凭据")
    }

    // MARK: - gen-image doctor

    static func doctorConnectionMade(place: String, milliseconds: String) -> Message {
        Message(en: "\(place) in \(milliseconds) ms", zh: "\(place)，用时 \(milliseconds) ms")
    }

    static func doctorGatewayAnsweredHttp(status: String) -> Message {
        Message(en: "HTTP works: GET /models answered HTTP \(status)", zh: "HTTP 正常：GET /models 返回 HTTP \(status)")
    }

    static func doctorGatewayAnsweredTls(status: String) -> Message {
        Message(
            en: "TLS and HTTP work: GET /models answered HTTP \(status)",
            zh: "TLS 和 HTTP 正常：GET /models 返回 HTTP \(status)")
    }

    static func doctorGatewayBadUrl(url: String) -> Message {
        Message(en: "cannot build \(url)/models", zh: "无法构造 \(url)/models")
    }

    static func doctorGatewayRefusedFix(page: String) -> Message {
        Message(en: "check the key; get a new one at \(page)", zh: "请检查密钥；可在 \(page) 获取新密钥")
    }

    static func doctorGatewayRefusedHttp(status: String) -> Message {
        Message(
            en: "HTTP works, but the gateway refused the key (HTTP \(status))",
            zh: "HTTP 正常，但网关拒绝了密钥（HTTP \(status)）")
    }

    static func doctorGatewayRefusedTls(status: String) -> Message {
        Message(
            en: "TLS and HTTP work, but the gateway refused the key (HTTP \(status))",
            zh: "TLS 和 HTTP 正常，但网关拒绝了密钥（HTTP \(status)）")
    }

    static func doctorGatewayTimeout(host: String, limit: Double) -> Message {
        Message(
            en: "no answer from \(host) within \(Seconds.text(limit))",
            zh: "\(Seconds.chinese(limit))内没有收到 \(host) 的应答")
    }

    static var doctorGatewayTimeoutFix: Message {
        Message(en: "check the proxy and firewall; the gateway may be down", zh: "请检查代理和防火墙；网关可能已宕机")
    }

    static func doctorKeyFound(key: String, source: String) -> Message {
        Message(en: "\(key) (from \(source))", zh: "\(key)（来自 \(source)）")
    }

    static func doctorKeyMissing(variable: String) -> Message {
        Message(en: "\(variable) is not set", zh: "未设置 \(variable)")
    }

    static func doctorKeyMissingFix(page: String, variable: String) -> Message {
        Message(
            en: "get a key at \(page), then export \(variable)=\"sk-…\"",
            zh: "在 \(page) 获取密钥，然后 export \(variable)=\"sk-…\"")
    }

    static var doctorNameBaseUrl: Message {
        Message(en: "base URL", zh: "基础 URL")
    }

    static var doctorNameConnection: Message {
        Message(en: "connection", zh: "连接")
    }

    static var doctorNameDns: Message {
        Message(en: "DNS", zh: "DNS")
    }

    static var doctorNameGateway: Message {
        Message(en: "gateway", zh: "网关")
    }

    static var doctorNameKey: Message {
        Message(en: "key", zh: "密钥")
    }

    static var doctorNameProxy: Message {
        Message(en: "proxy", zh: "代理")
    }

    static func doctorProxyBypassed(host: String, variable: String) -> Message {
        Message(en: "\(host) is reached directly (\(variable) does not apply)", zh: "直接连接 \(host)（\(variable) 不适用）")
    }

    static func doctorProxyInvalid(setting: String) -> Message {
        Message(en: "\(setting) is not a URL", zh: "\(setting) 不是 URL")
    }

    static func doctorProxyInvalidFix(variable: String) -> Message {
        Message(en: "set \(variable) to http://host:port, or unset it", zh: "请把 \(variable) 设为 http://host:port，或取消设置")
    }

    static var doctorProxyNone: Message {
        Message(en: "none set; connecting directly", zh: "未设置；直接连接")
    }

    static func doctorProxyUsed(setting: String, host: String) -> Message {
        Message(en: "\(setting) is used for \(host)", zh: "\(host) 使用 \(setting)")
    }

    static func probeConnect(place: String, reason: Message) -> Message {
        Message(en: "could not connect to \(place): \(reason)", zh: "无法连接到 \(place)：\(reason)")
    }

    static var probeConnectHint: Message {
        Message(en: "check the address and port, a firewall, or the proxy settings", zh: "请检查地址和端口、防火墙或代理设置")
    }

    static var probeNoAddress: Message {
        Message(en: "no address", zh: "没有可用的地址")
    }

    static func probeNoAnswer(limit: Double) -> Message {
        Message(en: "no answer within \(Seconds.text(limit))", zh: "\(Seconds.chinese(limit))内无应答")
    }

    static func probeResolve(host: String, reason: String) -> Message {
        Message(en: "could not resolve \(host): \(reason)", zh: "无法解析 \(host)：\(reason)")
    }

    static var probeResolveHint: Message {
        Message(
            en: "check the host name and your DNS; behind a proxy, set https_proxy",
            zh: "请检查主机名和 DNS；如果在代理之后，请设置 https_proxy")
    }

    // MARK: - Cut texts and bounded numbers

    static func doctorGatewayNotApi(status: String) -> Message {
        Message(
            en: "the base URL answered HTTP \(status): a server is there, but not the API",
            zh: "基础 URL 返回 HTTP \(status)：那里有服务器，但不是 API")
    }
}
