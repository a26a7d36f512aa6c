import Foundation

/// Which proxy libcurl will use for a URL, read from the environment the way libcurl reads it.
///
/// On Linux, FoundationNetworking ignores its own proxy settings and libcurl takes proxies from the
/// environment: `http_proxy` (lower case only), `https_proxy` or `HTTPS_PROXY`, then `all_proxy` or
/// `ALL_PROXY`, minus hosts in `no_proxy` / `NO_PROXY`. `doctor` says which applies, because a proxy that
/// silently catches (or misses) the gateway is a common cause of failures.
public enum ProxySettings {
    /// The variables libcurl reads, in the order `doctor` lists them.
    public static let variables = [
        "https_proxy", "HTTPS_PROXY", "http_proxy", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY",
    ]

    /// The proxy variable and value that apply to `url`, or nil for a direct connection.
    public static func proxy(for url: URL, environment: [String: String]) -> (variable: String, value: String)? {
        let scheme = url.scheme?.lowercased() ?? ""
        let candidates =
            scheme == "https"
            ? ["https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"] : ["http_proxy", "all_proxy", "ALL_PROXY"]
        guard let variable = candidates.first(where: { !(environment[$0] ?? "").isEmpty }),
            let value = environment[variable]
        else { return nil }
        if isBypassed(url.host ?? "", environment: environment) { return nil }
        return (variable, value)
    }

    /// Whether `host` is listed in `no_proxy` / `NO_PROXY` (exactly, as a domain suffix, or by `*`).
    public static func isBypassed(_ host: String, environment: [String: String]) -> Bool {
        let list = environment["no_proxy"] ?? environment["NO_PROXY"] ?? ""
        let host = host.lowercased()
        for raw in list.split(separator: ",") {
            var entry = raw.trimmingCharacters(in: .whitespaces).lowercased()
            if entry == "*" { return true }
            if entry.hasPrefix(".") { entry.removeFirst() }
            guard !entry.isEmpty else { continue }
            if host == entry || host.hasSuffix("." + entry) { return true }
        }
        return false
    }

    /// A proxy URL with any password hidden: `http://user:…@proxy:8080`.
    public static func masked(_ value: String) -> String {
        guard let at = value.lastIndex(of: "@"), let scheme = value.range(of: "://"), scheme.upperBound < at else {
            return value
        }
        let credentials = value[scheme.upperBound..<at]
        let user = credentials.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
        return String(value[..<scheme.upperBound]) + user + ":…" + String(value[at...])
    }
}
