import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Turns transport failures and error replies into `ImageAPIError`s a person can act on.
///
/// Nobody can act on "error -1001"; everybody can act on "no response from api.apiyi.com within 300 s".
/// HTML pages from proxies become a few readable lines rather than a JSON decoding failure.
enum FailureDescriber {
    /// A transport error (connection refused, DNS, TLS, reset…) in words.
    static func network(_ error: any Error, url: URL, timeout: Double) -> ImageAPIError {
        let host = url.host ?? url.absoluteString
        let place = url.port.map { "\(host):\($0)" } ?? host
        if error is CancellationError {
            return ImageAPIError(.cancelled, Message.transportCancelled)
        }
        if let described = error as? ImageAPIError { return described }
        if let tooLarge = error as? ResponseTooLarge {
            return ImageAPIError(
                .badResponse,
                Message.streamReplyTooLarge(place: place, limit: ByteCount.text(tooLarge.limit)),
                hint: Message.streamReplyTooLargeHint)
        }
        guard let urlError = error as? URLError else {
            return ImageAPIError(
                .networkError, Message.transportFailed(place: place, detail: error.localizedDescription),
                hint: Message.transportCheckNetwork)
        }
        switch urlError.code {
        case .cancelled:
            return ImageAPIError(.cancelled, Message.transportCancelled)
        case .timedOut:
            return ImageAPIError(
                .timeout, Message.transportTimeout(place: place, limit: timeout),
                remedy: .raiseDeadline)
        case .cannotConnectToHost:
            return ImageAPIError(
                .networkError, Message.transportConnect(place: place),
                hint: Message.transportConnectHint)
        case .cannotFindHost, .dnsLookupFailed:
            return ImageAPIError(
                .networkError, Message.transportResolve(host: host), hint: Message.transportResolveHint)
        case .networkConnectionLost:
            return ImageAPIError(
                .networkError, Message.transportLost(place: place), hint: Message.transportLostHint)
        case .notConnectedToInternet:
            return ImageAPIError(
                .networkError, Message.transportOffline, hint: Message.transportCheckNetwork)
        case .serverCertificateUntrusted, .serverCertificateHasUnknownRoot:
            if let mismatch = TLSNameMismatch(detail: urlError.localizedDescription) {
                return mismatch.error(host: host, place: place)
            }
            return ImageAPIError(
                .networkError,
                Message.transportTlsUntrusted(place: place, detail: urlError.localizedDescription),
                hint: Message.transportTlsUntrustedHint)
        case .secureConnectionFailed, .serverCertificateHasBadDate, .serverCertificateNotYetValid,
            .clientCertificateRejected:
            return ImageAPIError(
                .networkError, Message.transportTls(place: place), hint: Message.transportTlsHint)
        case .badServerResponse, .cannotParseResponse:
            return ImageAPIError(
                .badResponse, Message.transportNotHttp(place: place),
                hint: Message.transportNotHttpHint)
        case .unsupportedURL, .badURL:
            return ImageAPIError(
                .invalidArgument, Message.transportBadUrl(url: url.absoluteString),
                remedy: .checkBaseURL)
        default:
            let detail = urlError.localizedDescription
            if detail.contains("transfer closed") || detail.contains("Recv failure")
                || detail.contains("Connection reset")
            {
                return ImageAPIError(
                    .networkError, Message.transportCutOff(place: place, detail: detail),
                    hint: Message.transportCutOffHint)
            }
            let readable =
                detail.contains("NSURLErrorDomain")
                ? Message.transportFailedCode(place: place, code: String(urlError.code.rawValue))
                : Message.transportFailed(place: place, detail: detail)
            return ImageAPIError(.networkError, readable, hint: Message.transportCheckNetwork)
        }
    }

    /// A non-2xx reply in words: status, the API's message and code, the request id.
    static func http(_ response: HTTPResponse) -> ImageAPIError {
        let status = response.status
        if (300..<400).contains(status) { return redirect(response) }
        let parsed = APIErrorBody.parse(response.body)
        let said: Message?
        if let text = parsed?.message, !text.isEmpty {
            said = GatewayText.capped(text)
        } else {
            said = BodySnippet.text(response.body).map(Message.verbatim)
        }
        let message =
            said.map { Message.transportHttpSaid(status: String(status), message: $0) }
            ?? Message.transportHttp(status: String(status))
        let apiCode = parsed?.code
        let lowered = (parsed?.message ?? "").lowercased() + " " + (apiCode ?? "").lowercased()
        let code: ImageAPIError.Code
        let hint: Message
        if parsed?.message?.contains("没有按照预期生成图片") == true || lowered.contains("safety")
            || lowered.contains("moderation") || lowered.contains("content_policy")
            || lowered.contains("content policy")
        {
            code = .contentBlocked
            hint = Message.transportHintContentBlocked
        } else if isQuotaExhausted(lowered) || parsed?.message?.contains("额度不足") == true
            || parsed?.message?.contains("余额不足") == true
        {
            // Some gateways say it with HTTP 200 or 403; the fix is the same: top up, retrying won't help.
            code = status == 429 ? .rateLimited : .httpError
            hint = Message.transportHintQuota
        } else {
            switch status {
            case 401:
                code = .authFailed
                hint = Message.transportHint401
            case 403:
                code = .forbidden
                hint = Message.transportHint403
            case 429:
                code = .rateLimited
                hint = Message.transportHint429
            case 404:
                code = .httpError
                hint = Message.transportHint404
            case 413:
                code = .httpError
                hint = Message.transportHint413
            case 407:
                code = .networkError
                hint = Message.transportProxyAuthHint
            case 400:
                code = .httpError
                hint =
                    apiCode == "unknown_parameter"
                    ? Message.transportHint400Parameter : Message.transportHint400
            case 500...599:
                code = .httpError
                hint = Message.transportHint5xx
            default:
                code = .httpError
                hint = Message.transportHintOther
            }
        }
        let failure = ImageAPIError(
            code, message, hint: hint, httpStatus: status, requestID: response.requestID, apiCode: apiCode)
        guard let param = parsed?.param else { return failure }
        let remedy = code == .httpError ? remedy(for: param, status, apiCode) : nil
        return failure.naming(gatewayParam: param, remedy: remedy)
    }

    /// What to do about a request the gateway rejected naming `param`: drop a parameter this model does not
    /// take, or check the value of the setting it names; nil (keep the general hint) when it names nothing
    /// gen-image sets, or when the status is not the request's fault.
    static func remedy(for param: String, _ status: Int, _ apiCode: String?) -> Remedy? {
        guard (400..<500).contains(status), let setting = Setting(gatewayParam: param) else { return nil }
        if apiCode == "unknown_parameter", let option = setting.option { return .dropOrChooseModel(option) }
        return .checkSetting(setting)
    }
}

/// Whether an error's message or code says the balance is used up: OpenAI's `insufficient_quota`, new-api's
/// `insufficient_user_quota`, "insufficient balance".
func isQuotaExhausted(_ lowered: String) -> Bool {
    lowered.contains("insufficient_quota") || lowered.contains("insufficient_user_quota")
        || lowered.contains("insufficient balance") || lowered.contains("insufficient_balance")
}

extension FailureDescriber {
    /// A redirect from the API, which gen-image never follows (the key would go along): where it points, by host
    /// only (a query may hold a key or a token), and what to fix.
    static func redirect(_ response: HTTPResponse) -> ImageAPIError {
        let status = String(response.status)
        let target = response.headers["location"].flatMap { URL(string: $0) }
        let message =
            target?.host.map { host in
                let place = target?.port.map { "\(host):\($0)" } ?? host
                return Message.transportRedirect(status: status, host: place)
            } ?? Message.transportRedirectNowhere(status: status)
        return ImageAPIError(
            .httpError, message, hint: Message.transportRedirectHint, httpStatus: response.status,
            requestID: response.requestID)
    }
}
