import Foundation

/// The texts that `Transport/` shows a person, in English and Simplified Chinese side by side.
///
/// One constructor per text: its parameters are the values it shows, so a wrong name or value is
/// a compile error. Values are never translated; `Message` parameters render in the same language.
extension Message {
    // MARK: - libcurl, proxies and certificates

    static func transportLibcurlMissing(reason: String) -> Message {
        Message(.transportLibcurlMissing, .value("reason", reason))
    }

    static var transportLibcurlMissingHint: Message {
        Message(.transportLibcurlMissingHint)
    }

    static func transportProxy(place: String, detail: String) -> Message {
        Message(.transportProxy, .value("place", place), .value("detail", detail))
    }

    static var transportProxyHint: Message {
        Message(.transportProxyHint)
    }

    static func transportProxyAuth(place: String) -> Message {
        Message(.transportProxyAuth, .value("place", place))
    }

    // MARK: - Transport and gateway replies

    static func baseUrlCredentials(host: String) -> Message {
        Message(.baseUrlCredentials, .value("host", host))
    }

    static var baseUrlCredentialsHint: Message {
        Message(.baseUrlCredentialsHint)
    }

    static var baseUrlNotHttp: Message {
        Message(.baseUrlNotHttp)
    }

    static var baseUrlNotHttpHint: Message {
        Message(.baseUrlNotHttpHint)
    }

    static func baseUrlPlainHttp(host: String) -> Message {
        Message(.baseUrlPlainHttp, .value("host", host))
    }

    static func baseUrlPlainHttpHint(url: String) -> Message {
        Message(.baseUrlPlainHttpHint, .value("url", url))
    }

    static func downloadBadUrl(url: String) -> Message {
        Message(.downloadBadUrl, .value("url", url))
    }

    static var downloadByHand: Message {
        Message(.downloadByHand)
    }

    static func downloadFailed(reason: Message) -> Message {
        Message(.downloadFailed, .message("reason", reason))
    }

    static func downloadHttp(status: String, host: String) -> Message {
        Message(.downloadHttp, .value("status", status), .value("host", host))
    }

    static var downloadNoLocation: Message {
        Message(.downloadNoLocation)
    }

    static var downloadNotImage: Message {
        Message(.downloadNotImage)
    }

    static func downloadNotImageTyped(type: String) -> Message {
        Message(.downloadNotImageTyped, .value("type", type))
    }

    static func downloadRedirects(max: String) -> Message {
        Message(.downloadRedirects, .value("max", max))
    }

    static func downloadScheme(scheme: String) -> Message {
        Message(.downloadScheme, .value("scheme", scheme))
    }

    static var downloadSchemeHint: Message {
        Message(.downloadSchemeHint)
    }

    static func downloadSchemeRedirected(scheme: String, url: String) -> Message {
        Message(.downloadSchemeRedirected, .value("scheme", scheme), .value("url", url))
    }

    static var downloadSchemeUnknown: Message {
        Message(.downloadSchemeUnknown)
    }

    static func downloadSchemeUnknownRedirected(url: String) -> Message {
        Message(.downloadSchemeUnknownRedirected, .value("url", url))
    }

    static func downloadTooLarge(limit: String) -> Message {
        Message(.downloadTooLarge, .value("limit", limit))
    }

    static var downloadTooLargeHint: Message {
        Message(.downloadTooLargeHint)
    }

    // MARK: - Cut texts and bounded numbers

    static func baseUrlQuery(url: String) -> Message {
        Message(.baseUrlQuery, .value("url", url))
    }

    static var baseUrlQueryHint: Message {
        Message(.baseUrlQueryHint)
    }

    // MARK: - Characters a key or base URL cannot hold

    static var keyCarriageReturn: Message {
        Message(.keyCarriageReturn)
    }

    static var keyLineFeed: Message {
        Message(.keyLineFeed)
    }

    static var keyTab: Message {
        Message(.keyTab)
    }

    static func keyControl(code: String) -> Message {
        Message(.keyControl, .value("code", code))
    }

    static func keyNonASCII(code: String) -> Message {
        Message(.keyNonASCII, .value("code", code))
    }

    /// The key from `source` (a variable, `-k`) holds `character`; the key itself is never shown.
    package static func keyBadCharacter(source: String, character: Message, position: String) -> Message {
        Message(
            .keyBadCharacter,
            .value("source", source),
            .message("character", character),
            .value("position", position))
    }

    /// The base URL from `source` holds `character`.
    package static func baseUrlBadCharacter(source: String, character: Message, position: String) -> Message {
        Message(
            .baseUrlBadCharacter,
            .value("source", source),
            .message("character", character),
            .value("position", position))
    }

    /// Why a key or URL may end in an invisible character, and how to remove it.
    package static var keyLineEndingHint: Message {
        Message(.keyLineEndingHint)
    }

    static func baseUrlClearTextProxy(host: String, proxy: String, variable: String) -> Message {
        Message(.baseUrlClearTextProxy, .value("host", host), .value("proxy", proxy), .value("variable", variable))
    }

    static func baseUrlClearTextProxyHint(host: String) -> Message {
        Message(.baseUrlClearTextProxyHint, .value("host", host))
    }
}
