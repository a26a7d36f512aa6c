import Foundation

/// The checks behind `gen-image doctor`: is there a key, is the base URL fit to receive it, which proxy applies,
/// does the host resolve, does a connection open, and does the gateway answer over HTTP(S).
///
/// Each check returns a result rather than printing, so the command renders them (and tests read them).
public struct ConnectionDoctor: Sendable {
    /// One check's outcome.
    public struct Check: Sendable, Equatable {
        /// Whether it passed.
        public let passed: Bool
        /// What was checked: `key`, `base URL`, `proxy`, `DNS`, `connection`, `gateway`.
        public let nameText: Message
        /// What was found.
        public let detailText: Message
        /// What to do when it failed.
        public let fixText: Message?

        /// Creates a check from its messages.
        public init(name: Message, passed: Bool, detail: Message, fix: Message? = nil) {
            self.passed = passed
            nameText = name
            detailText = detail
            fixText = fix
        }

        /// The check's name, in English.
        public var name: String { nameText.text(in: .en) }
        /// What was found, in English, settings by their wire names.
        public var detail: String { detailText.text(in: .en) }
        /// What to do, in English, settings by their wire names.
        public var fix: String? { fixText?.text(in: .en) }

        /// The check's name in `language`.
        public func name(in language: Language) -> String { nameText.text(in: language) }

        /// What was found, in `language`, settings named as `spelling` names them.
        public func detail(in language: Language, spelling: Spelling = .wire) -> String {
            detailText.text(in: language, spelling: spelling)
        }

        /// What to do, in `language`, settings named as `spelling` names them (`--base-url` on a command line).
        public func fix(in language: Language, spelling: Spelling = .wire) -> String? {
            fixText?.text(in: language, spelling: spelling)
        }
    }

    /// The checks' names.
    private enum Name {
        static let key = Message.doctorNameKey
        static let baseURL = Message.doctorNameBaseUrl
        static let proxy = Message.doctorNameProxy
        static let dns = Message.doctorNameDns
        static let connection = Message.doctorNameConnection
        static let gateway = Message.doctorNameGateway
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
                    name: Name.key, passed: false,
                    detail: Message.doctorKeyMissing(variable: provider.keyVariable),
                    fix: Message.doctorKeyMissingFix(page: provider.keyPage, variable: provider.keyVariable)
                ))
        } else {
            let source = environment[provider.keyVariable] == configuration.apiKey ? provider.keyVariable : "-k"
            checks.append(
                Check(
                    name: Name.key, passed: true,
                    detail: Message.doctorKeyFound(key: Redaction.mask(key), source: source)))
        }

        let base = configuration.baseURL
        do throws(ImageAPIError) {
            try BaseURLCheck.validate(base, allowInsecureHTTP: configuration.allowInsecureHTTP)
            checks.append(Check(name: Name.baseURL, passed: true, detail: .verbatim(base.absoluteString)))
        } catch {
            checks.append(failed(Name.baseURL, error))
            return checks
        }

        let host = base.host ?? ""
        var target = (host: host, port: base.port ?? (base.scheme?.lowercased() == "https" ? 443 : 80))
        // The request through the real transport comes first: where it went decides the proxy verdict.
        let probe = await gatewayCheck(key: key)
        let usedProxy = proxyInUse(probe)
        if usedProxy == false {
            let set = ProxySettings.variables.filter { !(environment[$0] ?? "").isEmpty }
            let detail =
                set.isEmpty
                ? Message.doctorProxyNone
                : Message.doctorProxyBypassed(host: host, variable: set[0])
            checks.append(Check(name: Name.proxy, passed: true, detail: detail))
        } else if let proxy = ProxySettings.proxy(for: base, environment: environment)
            ?? (usedProxy == true ? ProxySettings.candidate(for: base, environment: environment) : nil)
        {
            let setting = "\(proxy.variable)=\(ProxySettings.masked(proxy.value))"
            guard let proxyURL = URL(string: proxy.value.contains("://") ? proxy.value : "http://" + proxy.value),
                let proxyHost = proxyURL.host
            else {
                checks.append(
                    Check(
                        name: Name.proxy, passed: false, detail: Message.doctorProxyInvalid(setting: setting),
                        fix: Message.doctorProxyInvalidFix(variable: proxy.variable)))
                return checks
            }
            checks.append(
                Check(
                    name: Name.proxy, passed: true,
                    detail: Message.doctorProxyUsed(setting: setting, host: host)))
            target = (proxyHost, proxyURL.port ?? 1080)
        } else {
            let set = ProxySettings.variables.filter { !(environment[$0] ?? "").isEmpty }
            let detail =
                set.isEmpty
                ? Message.doctorProxyNone
                : Message.doctorProxyBypassed(host: host, variable: set[0])
            checks.append(Check(name: Name.proxy, passed: true, detail: detail))
        }

        switch NetworkProbe.resolve(host: target.host) {
        case .success(let addresses):
            let shown = addresses.prefix(3).joined(separator: ", ")
            checks.append(Check(name: Name.dns, passed: true, detail: .verbatim("\(target.host) → \(shown)")))
        case .failure(let error):
            checks.append(failed(Name.dns, error))
            return checks
        }

        switch NetworkProbe.connect(host: target.host, port: target.port, timeout: timeout) {
        case .success(let seconds):
            let milliseconds = Int(clamping: Int64(min(max(seconds, 0), 1e9) * 1000))
            checks.append(
                Check(
                    name: Name.connection, passed: true,
                    detail: Message.doctorConnectionMade(
                        place: "\(target.host):\(target.port)", milliseconds: String(milliseconds))))
        case .failure(let error):
            checks.append(failed(Name.connection, error))
            return checks
        }

        checks.append(probe.check)
        return checks
    }

    /// What the gateway request found, and where its connection went.
    private struct Probe {
        let check: Check
        let peer: String?
        let proxyRefused: Bool
    }

    /// Whether the gateway request went through the configured proxy: true when the proxy answered 407 or the
    /// connection went to its address, false when it went elsewhere, nil when the transport cannot tell.
    private func proxyInUse(_ probe: Probe) -> Bool? {
        if probe.proxyRefused { return true }
        guard let peer = probe.peer else { return nil }
        let base = configuration.baseURL
        guard let proxy = ProxySettings.candidate(for: base, environment: environment),
            let url = URL(string: proxy.value.contains("://") ? proxy.value : "http://" + proxy.value),
            let proxyHost = url.host
        else { return false }
        let port = url.port ?? 1080
        guard case .success(let addresses) = NetworkProbe.resolve(host: proxyHost) else { return false }
        return addresses.contains { peer == "\($0):\(port)" || peer == "[\($0)]:\(port)" }
    }

    /// A failed check that says what `error` says.
    private func failed(_ name: Message, _ error: ImageAPIError) -> Check {
        Check(
            name: name, passed: false, detail: error.text,
            fix: error.hintText)
    }

    /// `GET {base}/models` with the key: any HTTP answer proves TLS and HTTP work; 401/403 says the key is refused.
    private func gatewayCheck(key: String) async -> Probe {
        var text = configuration.baseURL.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        guard let url = URL(string: text + "/models") else {
            let check = Check(
                name: Name.gateway, passed: false, detail: Message.doctorGatewayBadUrl(url: text))
            return Probe(check: check, peer: nil, proxyRefused: false)
        }
        var headers = [(name: "User-Agent", value: configuration.userAgent)]
        // A key that could end the header line is never sent (front ends refuse it before asking).
        if !key.isEmpty, KeyCheck.problem(in: key) == nil {
            headers.append((name: "Authorization", value: "Bearer \(key)"))
        }
        let request = HTTPRequest(method: "GET", url: url, headers: headers, maxResponseBytes: 1_000_000)
        let transport = configuration.transport
        let secure = url.scheme?.lowercased() == "https"
        do {
            let response = try await withDeadline(seconds: timeout) { try await transport.send(request) }
            func probe(_ check: Check) -> Probe {
                Probe(check: check, peer: response.peer, proxyRefused: response.status == 407)
            }
            switch response.status {
            case 407:
                return probe(
                    Check(
                        name: Name.gateway, passed: false, detail: Message.doctorGatewayProxyAuth,
                        fix: Message.transportProxyAuthHint))
            case 401, 403:
                return probe(
                    Check(
                        name: Name.gateway, passed: false,
                        detail: secure
                            ? Message.doctorGatewayRefusedTls(status: String(response.status))
                            : Message.doctorGatewayRefusedHttp(status: String(response.status)),
                        fix: Message.doctorGatewayRefusedFix(page: configuration.provider.keyPage)))
            case 404, 300..<400:
                // Not a pass: the base URL reaches a server, but not the API (issue #10).
                return probe(
                    Check(
                        name: Name.gateway, passed: false,
                        detail: Message.doctorGatewayNotApi(status: String(response.status)),
                        fix: Message.transportRedirectHint))
            default:
                return probe(
                    Check(
                        name: Name.gateway, passed: true,
                        detail: secure
                            ? Message.doctorGatewayAnsweredTls(status: String(response.status))
                            : Message.doctorGatewayAnsweredHttp(status: String(response.status))))
            }
        } catch is DeadlineExceeded {
            let check = Check(
                name: Name.gateway, passed: false,
                detail: Message.doctorGatewayTimeout(host: url.host ?? text, limit: timeout),
                fix: Message.doctorGatewayTimeoutFix)
            return Probe(check: check, peer: nil, proxyRefused: false)
        } catch {
            let failure = FailureDescriber.network(error, url: url, timeout: timeout).redacting(key)
            return Probe(
                check: failed(Name.gateway, failure), peer: nil,
                proxyRefused: failure.hintText == Message.transportProxyAuthHint)
        }
    }
}
