import Foundation

/// Which proxy libcurl will use for a URL, read from the environment the way libcurl reads it.
///
/// On Linux, FoundationNetworking ignores its own proxy settings and libcurl takes proxies from the
/// environment: `http_proxy` (lower case only), `https_proxy` or `HTTPS_PROXY`, then `all_proxy` or
/// `ALL_PROXY`, minus hosts in `no_proxy` / `NO_PROXY`. `doctor` says which applies, because a proxy that
/// silently catches (or misses) the gateway is a common cause of failures.
enum ProxySettings {
    /// The variables libcurl reads, in the order `doctor` lists them.
    static let variables = [
        "https_proxy", "HTTPS_PROXY", "http_proxy", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY",
    ]

    /// The proxy variable and value that apply to `url`, or nil for a direct connection.
    static func proxy(for url: URL, environment: [String: String]) -> (variable: String, value: String)? {
        guard let found = candidate(for: url, environment: environment) else { return nil }
        if isBypassed(url.host ?? "", environment: environment) { return nil }
        return found
    }

    /// The proxy variable and value set for `url`'s scheme, whatever `NO_PROXY` says.
    static func candidate(for url: URL, environment: [String: String]) -> (variable: String, value: String)? {
        let scheme = url.scheme?.lowercased() ?? ""
        let candidates =
            scheme == "https"
            ? ["https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"] : ["http_proxy", "all_proxy", "ALL_PROXY"]
        guard let variable = candidates.first(where: { !(environment[$0] ?? "").isEmpty }),
            let value = environment[variable]
        else { return nil }
        return (variable, value)
    }

    /// Whether `host` is listed in `no_proxy` / `NO_PROXY`, by libcurl's rules (7.86 and later): `*` matches
    /// everything; a name matches exactly or as a domain suffix (a leading dot is ignored); an IPv4 address
    /// matches only an equal address or a CIDR range (`127.0.0.0/8`), never a suffix such as `.0.0.1`.
    static func isBypassed(_ host: String, environment: [String: String]) -> Bool {
        let list = environment["no_proxy"] ?? environment["NO_PROXY"] ?? ""
        let host = host.lowercased()
        let address = ipv4(host)
        for raw in list.split(separator: ",") {
            var entry = raw.trimmingCharacters(in: .whitespaces).lowercased()
            if entry == "*" { return true }
            if let address {
                let parts = entry.split(separator: "/", maxSplits: 1)
                guard let network = parts.first.flatMap({ ipv4(String($0)) }) else { continue }
                let bits = parts.count == 2 ? Int(parts[1]) ?? -1 : 32
                guard (0...32).contains(bits) else { continue }
                let mask: UInt32 = bits == 0 ? 0 : ~UInt32(0) << UInt32(32 - bits)
                if address & mask == network & mask { return true }
                continue
            }
            if entry.hasPrefix(".") { entry.removeFirst() }
            guard !entry.isEmpty else { continue }
            if host == entry || host.hasSuffix("." + entry) { return true }
        }
        return false
    }

    /// A dotted IPv4 address as a number, or nil.
    private static func ipv4(_ text: String) -> UInt32? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var value: UInt32 = 0
        for part in parts {
            guard let byte = UInt8(part) else { return nil }
            value = value << 8 | UInt32(byte)
        }
        return value
    }

    /// A proxy URL with any password hidden: `http://user:…@proxy:8080`.
    static func masked(_ value: String) -> String {
        guard let at = value.lastIndex(of: "@"), let scheme = value.range(of: "://"), scheme.upperBound < at else {
            return value
        }
        let credentials = value[scheme.upperBound..<at]
        let user = credentials.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
        return String(value[..<scheme.upperBound]) + user + ":…" + String(value[at...])
    }
}
