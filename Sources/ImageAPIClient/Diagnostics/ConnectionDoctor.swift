import Foundation

/// The checks behind `gen-image doctor`: is there a key, is the base URL fit to receive it, which proxy applies,
/// does the host resolve, does a connection open, and does the gateway answer over HTTP(S).
///
/// Each check returns a result rather than printing, so the command renders them (and tests read them).
public struct ConnectionDoctor: Sendable {
    /// One check's outcome.
    public struct Check: Sendable, Equatable {
        /// What was checked: `key`, `base URL`, `proxy`, `DNS`, `connection`, `gateway`.
        public let name: String
        /// Whether it passed.
        public let passed: Bool
        /// What was found.
        public let detail: String
        /// What to do when it failed.
        public let fix: String?
    }

    /// The client configuration to check.
    public let configuration: ImageClient.Configuration
    /// The environment, for the key's source and the proxy variables.
    public let environment: [String: String]
    /// How long the connection and HTTP checks may take each.
    public let timeout: Double

    /// Creates a doctor.
    public init(configuration: ImageClient.Configuration, environment: [String: String], timeout: Double = 10) {
        self.configuration = configuration
        self.environment = environment
        self.timeout = timeout
    }

    /// Runs every check in order; later network checks are skipped (and fail) when an earlier one makes them
    /// meaningless.
    public func run() async -> [Check] {
        var checks: [Check] = []
        let provider = configuration.provider
        let key = configuration.apiKey?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if key.isEmpty {
            checks.append(
                Check(
                    name: "key", passed: false, detail: "\(provider.keyVariable) is not set",
                    fix: "get a key at \(provider.keyPage), then export \(provider.keyVariable)=\"sk-…\""))
        } else {
            let source = environment[provider.keyVariable] == configuration.apiKey ? provider.keyVariable : "-k"
            checks.append(Check(name: "key", passed: true, detail: "\(Redaction.mask(key)) (from \(source))", fix: nil))
        }

        let base = configuration.baseURL
        do throws(ImageAPIError) {
            try BaseURLCheck.validate(base, allowInsecureHTTP: configuration.allowInsecureHTTP)
            checks.append(Check(name: "base URL", passed: true, detail: base.absoluteString, fix: nil))
        } catch {
            checks.append(Check(name: "base URL", passed: false, detail: error.message, fix: error.hint))
            return checks
        }

        let host = base.host ?? ""
        var target = (host: host, port: base.port ?? (base.scheme?.lowercased() == "https" ? 443 : 80))
        if let proxy = ProxySettings.proxy(for: base, environment: environment) {
            let shown = ProxySettings.masked(proxy.value)
            guard let proxyURL = URL(string: proxy.value.contains("://") ? proxy.value : "http://" + proxy.value),
                let proxyHost = proxyURL.host
            else {
                checks.append(
                    Check(
                        name: "proxy", passed: false, detail: "\(proxy.variable)=\(shown) is not a URL",
                        fix: "set \(proxy.variable) to http://host:port, or unset it"))
                return checks
            }
            checks.append(
                Check(name: "proxy", passed: true, detail: "\(proxy.variable)=\(shown) is used for \(host)", fix: nil))
            target = (proxyHost, proxyURL.port ?? 1080)
        } else {
            let set = ProxySettings.variables.filter { !(environment[$0] ?? "").isEmpty }
            let detail =
                set.isEmpty ? "none set; connecting directly" : "\(host) is reached directly (\(set[0]) does not apply)"
            checks.append(Check(name: "proxy", passed: true, detail: detail, fix: nil))
        }

        switch NetworkProbe.resolve(host: target.host) {
        case .success(let addresses):
            let shown = addresses.prefix(3).joined(separator: ", ")
            checks.append(Check(name: "DNS", passed: true, detail: "\(target.host) → \(shown)", fix: nil))
        case .failure(let error):
            checks.append(Check(name: "DNS", passed: false, detail: error.message, fix: error.hint))
            return checks
        }

        switch NetworkProbe.connect(host: target.host, port: target.port, timeout: timeout) {
        case .success(let seconds):
            let milliseconds = Int((seconds * 1000).rounded())
            checks.append(
                Check(
                    name: "connection", passed: true, detail: "\(target.host):\(target.port) in \(milliseconds) ms",
                    fix: nil))
        case .failure(let error):
            checks.append(Check(name: "connection", passed: false, detail: error.message, fix: error.hint))
            return checks
        }

        checks.append(await gatewayCheck(key: key))
        return checks
    }

    /// `GET {base}/models` with the key: any HTTP answer proves TLS and HTTP work; 401/403 says the key is refused.
    private func gatewayCheck(key: String) async -> Check {
        var text = configuration.baseURL.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        guard let url = URL(string: text + "/models") else {
            return Check(name: "gateway", passed: false, detail: "cannot build \(text)/models", fix: nil)
        }
        var headers = [(name: "User-Agent", value: configuration.userAgent)]
        if !key.isEmpty { headers.append((name: "Authorization", value: "Bearer \(key)")) }
        let request = HTTPRequest(method: "GET", url: url, headers: headers, maxResponseBytes: 1_000_000)
        let transport = configuration.transport
        let secure = url.scheme?.lowercased() == "https" ? "TLS and HTTP work" : "HTTP works"
        do {
            let response = try await withDeadline(seconds: timeout) { try await transport.send(request) }
            switch response.status {
            case 401, 403:
                return Check(
                    name: "gateway", passed: false,
                    detail: "\(secure), but the gateway refused the key (HTTP \(response.status))",
                    fix: "check the key; get a new one at \(configuration.provider.keyPage)")
            default:
                return Check(
                    name: "gateway", passed: true, detail: "\(secure): GET /models answered HTTP \(response.status)",
                    fix: nil)
            }
        } catch is DeadlineExceeded {
            return Check(
                name: "gateway", passed: false,
                detail: "no answer from \(url.host ?? text) within \(Seconds.text(timeout))",
                fix: "check the proxy and firewall; the gateway may be down")
        } catch {
            let failure = FailureDescriber.network(error, url: url, timeout: timeout).redacting(key)
            return Check(name: "gateway", passed: false, detail: failure.message, fix: failure.hint)
        }
    }
}
