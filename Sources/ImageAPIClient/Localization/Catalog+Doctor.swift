/// Texts of `gen-image doctor`: the checks' names, what each found, and the low-level network probes.
extension Catalog {
    static let doctor: [String: Entry] = [
        "doctor.name.key": Entry(en: "key", zh: "密钥"),
        "doctor.name.base_url": Entry(en: "base URL", zh: "基础 URL"),
        "doctor.name.proxy": Entry(en: "proxy", zh: "代理"),
        "doctor.name.dns": Entry(en: "DNS", zh: "DNS"),
        "doctor.name.connection": Entry(en: "connection", zh: "连接"),
        "doctor.name.gateway": Entry(en: "gateway", zh: "网关"),
        "doctor.line.ok": Entry(en: "ok    {name}: {detail}", zh: "正常  {name}：{detail}"),
        "doctor.line.fail": Entry(en: "fail  {name}: {detail}", zh: "失败  {name}：{detail}"),
        "doctor.key.missing": Entry(en: "{variable} is not set", zh: "未设置 {variable}"),
        "doctor.key.missing.fix": Entry(
            en: "get a key at {page}, then export {variable}=\"sk-…\"",
            zh: "在 {page} 获取密钥，然后 export {variable}=\"sk-…\""),
        "doctor.key.found": Entry(en: "{key} (from {source})", zh: "{key}（来自 {source}）"),
        "doctor.proxy.invalid": Entry(en: "{setting} is not a URL", zh: "{setting} 不是 URL"),
        "doctor.proxy.invalid.fix": Entry(
            en: "set {variable} to http://host:port, or unset it", zh: "请把 {variable} 设为 http://host:port，或取消设置"),
        "doctor.proxy.used": Entry(en: "{setting} is used for {host}", zh: "{host} 使用 {setting}"),
        "doctor.proxy.none": Entry(en: "none set; connecting directly", zh: "未设置；直接连接"),
        "doctor.proxy.bypassed": Entry(
            en: "{host} is reached directly ({variable} does not apply)", zh: "直接连接 {host}（{variable} 不适用）"),
        "doctor.connection.made": Entry(en: "{place} in {milliseconds} ms", zh: "{place}，用时 {milliseconds} ms"),
        "doctor.gateway.bad_url": Entry(en: "cannot build {url}/models", zh: "无法构造 {url}/models"),
        "doctor.gateway.refused.tls": Entry(
            en: "TLS and HTTP work, but the gateway refused the key (HTTP {status})",
            zh: "TLS 和 HTTP 正常，但网关拒绝了密钥（HTTP {status}）"),
        "doctor.gateway.refused.http": Entry(
            en: "HTTP works, but the gateway refused the key (HTTP {status})", zh: "HTTP 正常，但网关拒绝了密钥（HTTP {status}）"),
        "doctor.gateway.refused.fix": Entry(en: "check the key; get a new one at {page}", zh: "请检查密钥；可在 {page} 获取新密钥"),
        "doctor.gateway.answered.tls": Entry(
            en: "TLS and HTTP work: GET /models answered HTTP {status}",
            zh: "TLS 和 HTTP 正常：GET /models 返回 HTTP {status}"),
        "doctor.gateway.answered.http": Entry(
            en: "HTTP works: GET /models answered HTTP {status}", zh: "HTTP 正常：GET /models 返回 HTTP {status}"),
        "doctor.gateway.timeout": Entry(en: "no answer from {host} within {limit}", zh: "{limit} 内没有收到 {host} 的应答"),
        "doctor.gateway.timeout.fix": Entry(
            en: "check the proxy and firewall; the gateway may be down", zh: "请检查代理和防火墙；网关可能已宕机"),
        "probe.resolve": Entry(en: "could not resolve {host}: {reason}", zh: "无法解析 {host}：{reason}"),
        "probe.resolve.hint": Entry(
            en: "check the host name and your DNS; behind a proxy, set https_proxy",
            zh: "请检查主机名和 DNS；如果在代理之后，请设置 https_proxy"),
        "probe.connect": Entry(en: "could not connect to {place}: {reason}", zh: "无法连接到 {place}：{reason}"),
        "probe.connect.hint": Entry(
            en: "check the address and port, a firewall, or the proxy settings", zh: "请检查地址和端口、防火墙或代理设置"),
        "probe.no_address": Entry(en: "no address", zh: "没有可用的地址"),
        "probe.no_answer": Entry(en: "no answer within {limit}", zh: "{limit} 内无应答"),
    ]
}
