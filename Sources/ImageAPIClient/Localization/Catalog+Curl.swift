/// Texts of the libcurl transport, proxies and trust: a missing libcurl, a proxy that wants credentials or
/// can't be reached, a certificate from an authority the machine doesn't trust.
extension Catalog {
    static let curl: [String: Entry] = [
        "transport.libcurl_missing": Entry(
            en: "gen-image needs libcurl to reach the network, and it could not be loaded: {reason}",
            zh: "gen-image 需要 libcurl 才能联网，但无法加载：{reason}"),
        "transport.libcurl_missing.hint": Entry(
            en: "install libcurl (Debian/Ubuntu: sudo apt-get install libcurl4; Fedora/RHEL: sudo dnf install "
                + "libcurl; Alpine: apk add libcurl) and run the command again",
            zh: "请安装 libcurl（Debian/Ubuntu：sudo apt-get install libcurl4；Fedora/RHEL：sudo dnf install libcurl；"
                + "Alpine：apk add libcurl）后重新运行"),
        "transport.proxy_auth": Entry(
            en: "the proxy refused to forward the request to {place}: it wants credentials (HTTP 407)",
            zh: "代理拒绝转发发往 {place} 的请求：需要身份凭据（HTTP 407）"),
        "transport.proxy_auth.hint": Entry(
            en: "put the proxy's user and password in the proxy variable (https_proxy=http://user:password@host:port) "
                + "or add the gateway's host to NO_PROXY if it needs no proxy",
            zh: "请在代理变量中写入代理的用户名和密码（https_proxy=http://user:password@host:port），"
                + "若网关无需代理，请把其主机加入 NO_PROXY"),
        "doctor.gateway.proxy_auth": Entry(
            en: "the proxy answered HTTP 407: it wants credentials before it forwards anything",
            zh: "代理返回 HTTP 407：转发任何请求前都需要身份凭据"),
        "transport.proxy": Entry(
            en: "could not reach {place} through the proxy: {detail}", zh: "无法通过代理访问 {place}：{detail}"),
        "transport.proxy.hint": Entry(
            en: "check the proxy variables (https_proxy, http_proxy, NO_PROXY)",
            zh: "请检查代理变量（https_proxy、http_proxy、NO_PROXY）"),
        "transport.tls.untrusted": Entry(
            en: "the certificate of {place} is not signed by an authority this machine trusts: {detail}",
            zh: "{place} 的证书不是由本机信任的证书颁发机构签发的：{detail}"),
        "transport.tls.untrusted.hint": Entry(
            en: "if your company's proxy or gateway uses its own CA, point SSL_CERT_FILE at a PEM bundle that "
                + "includes it (or SSL_CERT_DIR at a hashed directory) and run again; never turn verification off",
            zh: "如果公司代理或网关使用自有 CA，请将 SSL_CERT_FILE 指向包含该 CA 的 PEM 证书包"
                + "（或将 SSL_CERT_DIR 指向已哈希的目录）后重新运行；切勿关闭证书验证"),
    ]
}
