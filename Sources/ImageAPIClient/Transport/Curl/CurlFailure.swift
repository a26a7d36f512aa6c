import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// libcurl's result codes in the terms the rest of the client already understands: `URLError`s with libcurl's
/// own words as the description, and `ImageAPIError`s for what URLError has no code for (a proxy that wants
/// credentials, a proxy that cannot be reached).
enum CurlFailure {
    static func error(
        code: Int, detail: String, connectStatus: Int, url: URL, peerNames: () -> String = { "" }
    ) -> any Error {
        let place = url.port.map { "\(url.host ?? ""):\($0)" } ?? (url.host ?? url.absoluteString)
        if code == 51 || code == 60, let mismatch = TLSNameMismatch(detail: detail, certificate: peerNames()) {
            return mismatch.error(host: url.host ?? "", place: place)
        }
        if connectStatus == 407 {
            return ImageAPIError(
                .networkError, Message.transportProxyAuth(place: place),
                hint: Message.transportProxyAuthHint)
        }
        let urlCode: URLError.Code
        switch code {
        case 1, 3: urlCode = .unsupportedURL
        case 5, 97:
            return ImageAPIError(
                .networkError, Message.transportProxy(place: place, detail: detail),
                hint: Message.transportProxyHint)
        case 6: urlCode = .cannotFindHost
        case 7: urlCode = .cannotConnectToHost
        case 8, 61: urlCode = .cannotParseResponse
        case 28: urlCode = .timedOut
        case 52, 55, 56: urlCode = .networkConnectionLost
        case 51, 60, 77, 83: urlCode = .serverCertificateUntrusted
        case 35, 53, 54, 58, 59, 64, 66, 80, 82, 90, 91, 98: urlCode = .secureConnectionFailed
        default: urlCode = .unknown
        }
        return URLError(
            urlCode, userInfo: [NSLocalizedDescriptionKey: detail, NSURLErrorFailingURLErrorKey: url])
    }
}

/// The certificate authorities to trust beyond the system's: OpenSSL's own variables, which libcurl itself
/// ignores, so a company CA works the way other tools on the machine already do.
enum CurlTrust {
    /// `SSL_CERT_FILE`, else `CURL_CA_BUNDLE`: a PEM bundle used instead of the system's.
    static func caFile(_ environment: [String: String]) -> String? {
        for name in ["SSL_CERT_FILE", "CURL_CA_BUNDLE"] {
            if let value = environment[name], !value.isEmpty { return value }
        }
        return nil
    }

    /// `SSL_CERT_DIR`: a directory of hashed certificates (`c_rehash`).
    static func caDirectory(_ environment: [String: String]) -> String? {
        environment["SSL_CERT_DIR"].flatMap { $0.isEmpty ? nil : $0 }
    }
}
