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
            return ImageAPIError(.cancelled, "the request was cancelled")
        }
        guard let urlError = error as? URLError else {
            return ImageAPIError(
                .networkError, "request to \(place) failed: \(error.localizedDescription)",
                hint: "check your network and try again")
        }
        switch urlError.code {
        case .cancelled:
            return ImageAPIError(.cancelled, "the request was cancelled")
        case .timedOut:
            return ImageAPIError(
                .timeout, "no response from \(place) within \(Seconds.text(timeout))",
                hint: timeoutHint)
        case .cannotConnectToHost:
            return ImageAPIError(
                .networkError, "could not connect to \(place)",
                hint: "check --base-url and your network or proxy settings (https_proxy, NO_PROXY)")
        case .cannotFindHost, .dnsLookupFailed:
            return ImageAPIError(
                .networkError, "could not resolve \(host)",
                hint: "check the host name in --base-url and your DNS or proxy settings")
        case .networkConnectionLost:
            return ImageAPIError(
                .networkError, "the connection to \(place) was lost before the reply was complete",
                hint: "try again; if it keeps happening, a proxy may be cutting long requests")
        case .notConnectedToInternet:
            return ImageAPIError(.networkError, "no network connection", hint: "check your network and try again")
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected:
            return ImageAPIError(
                .networkError, "could not make a secure (TLS) connection to \(place)",
                hint: "check the system's certificates and any proxy that intercepts TLS")
        case .badServerResponse, .cannotParseResponse:
            return ImageAPIError(
                .badResponse, "\(place) sent a reply that is not valid HTTP",
                hint: "check --base-url; a proxy may be in the way")
        case .unsupportedURL, .badURL:
            return ImageAPIError(.invalidArgument, "unsupported URL: \(url.absoluteString)", hint: "check --base-url")
        default:
            let detail = urlError.localizedDescription
            if detail.contains("transfer closed") || detail.contains("Recv failure")
                || detail.contains("Connection reset")
            {
                return ImageAPIError(
                    .networkError, "the reply from \(place) was cut off before it was complete (\(detail))",
                    hint: "try again; the gateway or a proxy dropped the connection")
            }
            let readable = detail.contains("NSURLErrorDomain") ? "network error \(urlError.code.rawValue)" : detail
            return ImageAPIError(
                .networkError, "request to \(place) failed: \(readable)", hint: "check your network and try again")
        }
    }

    /// What to do after a timeout: the gateway bills a request it finished even if we stopped waiting.
    static let timeoutHint =
        "the gateway may still finish (and bill) this image; raise --timeout (e.g. --timeout 600) "
        + "or try again later"

    /// A non-2xx reply in words: status, the API's message and code, the request id.
    static func http(_ response: HTTPResponse) -> ImageAPIError {
        let status = response.status
        let parsed = APIErrorBody.parse(response.body)
        var message = "the gateway answered HTTP \(status)"
        if let text = parsed?.message, !text.isEmpty {
            message += ": \(text)"
        } else if let snippet = BodySnippet.text(response.body) {
            message += ": \(snippet)"
        }
        let apiCode = parsed?.code
        let lowered = (parsed?.message ?? "").lowercased() + " " + (apiCode ?? "").lowercased()
        let code: ImageAPIError.Code
        let hint: String
        if parsed?.message?.contains("没有按照预期生成图片") == true || lowered.contains("safety")
            || lowered.contains("moderation") || lowered.contains("content_policy")
            || lowered.contains("content policy")
        {
            code = .contentBlocked
            hint = "the model refused this prompt or image; change the prompt (retrying it unchanged will not help)"
        } else {
            switch status {
            case 401:
                code = .authFailed
                hint = "check the key in APIYI_API_KEY or -k; keys are at https://api.apiyi.com"
            case 403:
                code = .forbidden
                hint = "this key may not use this model; check the model name and your key's token group"
            case 429:
                code = .rateLimited
                hint = "the gateway is busy or your quota is used up; wait a minute and retry, or check your balance"
            case 404:
                code = .httpError
                hint = "check --base-url (it usually ends in /v1) and the model name"
            case 413:
                code = .httpError
                hint = "the request is too large; use smaller input images (at most 10 MB each is recommended)"
            case 400:
                code = .httpError
                hint =
                    apiCode == "unknown_parameter"
                    ? "this model rejected a parameter; drop the flag named above or choose another model with -m"
                    : "the gateway rejected the request; check the flags and the input images"
            case 500...599:
                code = .httpError
                hint = "the gateway or its upstream failed; try again in a minute"
            default:
                code = .httpError
                hint = "see the gateway's message above"
            }
        }
        return ImageAPIError(
            code, message, hint: hint, httpStatus: status, requestID: response.requestID, apiCode: apiCode)
    }
}

/// The OpenAI error body `{"error":{"message","type","param","code"}}`, read tolerantly: gateways add fields
/// (`localized_message`, a top-level `status_code`), send `code` as a number, or send `error` as a string.
struct APIErrorBody {
    let message: String?
    let code: String?
    let type: String?

    static func parse(_ data: Data) -> APIErrorBody? {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: data) else { return nil }
        func text(_ value: JSONValue?) -> String? {
            switch value {
            case .string(let text): text
            case .number(let number): number == number.rounded() ? String(Int64(number)) : String(number)
            default: nil
            }
        }
        switch value["error"] {
        case .object:
            let error = value["error"]
            return APIErrorBody(
                message: text(error?["message"]), code: text(error?["code"]), type: text(error?["type"]))
        case .string(let message):
            return APIErrorBody(message: message, code: text(value["code"]), type: nil)
        default:
            if let message = text(value["message"]) ?? text(value["detail"]) {
                return APIErrorBody(message: message, code: text(value["code"]), type: nil)
            }
            return nil
        }
    }
}

/// A few readable lines from a body that is not JSON (an HTML error page from a proxy, say).
enum BodySnippet {
    static func text(_ data: Data, maxLines: Int = 4, maxLineLength: Int = 160) -> String? {
        guard !data.isEmpty else { return nil }
        var text = String(decoding: data.prefix(16_384), as: UTF8.self)
        if text.contains("<") {
            text = text.replacingOccurrences(
                of: "<(script|style)[^>]*>[\\s\\S]*?</\\1>", with: " ",
                options: [.regularExpression, .caseInsensitive])
            text = text.replacingOccurrences(of: "<[^>]*>", with: "\n", options: .regularExpression)
        }
        let lines = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        guard !lines.isEmpty else { return nil }
        var kept: [String] = []
        for line in lines where !kept.contains(line) {
            kept.append(line.count > maxLineLength ? String(line.prefix(maxLineLength)) + "…" : line)
            if kept.count == maxLines { break }
        }
        return kept.joined(separator: " | ")
    }
}

/// Seconds as a person reads them: `300 s`, `0.5 s`.
enum Seconds {
    static func text(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? "\(Int(seconds)) s" : "\((seconds * 10).rounded() / 10) s"
    }
}
