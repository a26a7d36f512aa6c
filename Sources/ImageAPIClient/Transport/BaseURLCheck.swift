import Foundation

/// The rules a base URL must pass before any key is sent to it.
///
/// The key travels in every request's `Authorization` header, so it must not cross a network in clear text
/// (plain http is allowed only to this machine, or when the caller says so), and it must not sit in the URL
/// itself, where shells, logs and proxies keep it.
package enum BaseURLCheck {
    /// The URL `text` names when it is an http(s) URL with a host, else nil: the syntax every front end checks
    /// before `validate` decides whether the key may go there.
    package static func parse(_ text: String) -> URL? {
        guard let url = URL(string: text), isHTTP(url), !(url.host ?? "").isEmpty else { return nil }
        return url
    }

    private static func isHTTP(_ url: URL) -> Bool {
        let scheme = url.scheme?.lowercased() ?? ""
        return scheme == "https" || scheme == "http"
    }

    /// Throws `invalid_argument` when `url` is unfit to receive the key; the message never repeats a secret.
    ///
    /// Plain http to this machine is allowed only when no proxy off this machine stands in between (a proxy
    /// would read the key in clear text); `environment` holds the proxy variables, as libcurl reads them.
    package static func validate(
        _ url: URL, allowInsecureHTTP: Bool, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ImageAPIError) {
        let scheme = url.scheme?.lowercased() ?? ""
        let host = url.host ?? ""
        guard isHTTP(url), !host.isEmpty else {
            throw ImageAPIError(
                .invalidArgument, Message.baseUrlNotHttp, hint: Message.baseUrlNotHttpHint)
        }
        if url.user != nil || url.password != nil {
            throw ImageAPIError(
                .invalidArgument, Message.baseUrlCredentials(host: host),
                hint: Message.baseUrlCredentialsHint)
        }
        // A query or fragment would swallow the route (`…/v1?key=x/images/generations`) and may hold a secret,
        // so neither is repeated.
        if url.query != nil || url.fragment != nil {
            throw ImageAPIError(
                .invalidArgument, Message.baseUrlQuery(url: "\(scheme)://\(host)\(url.path)"),
                hint: Message.baseUrlQueryHint)
        }
        if scheme == "http", !allowInsecureHTTP, !isLoopback(host) {
            throw ImageAPIError(
                .invalidArgument, Message.baseUrlPlainHttp(host: host),
                hint: Message.baseUrlPlainHttpHint(url: "https://\(host)\(url.path)"))
        }
        if scheme == "http", !allowInsecureHTTP, let proxy = ProxySettings.proxy(for: url, environment: environment),
            !proxyKeepsItPrivate(proxy.value)
        {
            throw ImageAPIError(
                .invalidArgument,
                Message.baseUrlClearTextProxy(
                    host: host, proxy: ProxySettings.masked(proxy.value), variable: proxy.variable),
                hint: Message.baseUrlClearTextProxyHint(host: host))
        }
    }

    /// Whether a plain-http request through `proxy` stays on this machine. A proxy elsewhere reads the request,
    /// key included, even when it is itself reached over TLS.
    static func proxyKeepsItPrivate(_ proxy: String) -> Bool {
        let text = proxy.contains("://") ? proxy : "http://" + proxy
        guard let url = URL(string: text) else { return false }
        return isLoopback(url.host ?? "")
    }

    /// Whether `host` names this machine (`localhost`, `127.x.x.x`, `::1`), where plain http stays local.
    package static func isLoopback(_ host: String) -> Bool {
        let host = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if host == "localhost" || host == "::1" { return true }
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets.first == "127"
            && octets.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCII) && UInt8($0) != nil }
    }
}
