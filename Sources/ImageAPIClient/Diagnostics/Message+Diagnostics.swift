import Foundation

/// The texts that `Diagnostics/` shows a person, in English and Simplified Chinese side by side.
///
/// One constructor per text: its parameters are the values it shows, so a wrong name or value is
/// a compile error. Values are never translated; `Message` parameters render in the same language.
extension Message {
    // MARK: - libcurl, proxies and certificates

    static var doctorGatewayProxyAuth: Message {
        Message(.doctorGatewayProxyAuth)
    }

    // MARK: - gen-image doctor

    static func doctorConnectionMade(place: String, milliseconds: String) -> Message {
        Message(.doctorConnectionMade, .value("place", place), .value("milliseconds", milliseconds))
    }

    static func doctorGatewayAnsweredHttp(status: String) -> Message {
        Message(.doctorGatewayAnsweredHttp, .value("status", status))
    }

    static func doctorGatewayAnsweredTls(status: String) -> Message {
        Message(.doctorGatewayAnsweredTls, .value("status", status))
    }

    static func doctorGatewayBadUrl(url: String) -> Message {
        Message(.doctorGatewayBadUrl, .value("url", url))
    }

    static func doctorGatewayRefusedFix(page: String) -> Message {
        Message(.doctorGatewayRefusedFix, .value("page", page))
    }

    static func doctorGatewayRefusedHttp(status: String) -> Message {
        Message(.doctorGatewayRefusedHttp, .value("status", status))
    }

    static func doctorGatewayRefusedTls(status: String) -> Message {
        Message(.doctorGatewayRefusedTls, .value("status", status))
    }

    static func doctorGatewayTimeout(host: String, limit: Double) -> Message {
        Message(.doctorGatewayTimeout, .value("host", host), .seconds("limit", limit))
    }

    static var doctorGatewayTimeoutFix: Message {
        Message(.doctorGatewayTimeoutFix)
    }

    static func doctorKeyFound(key: String, source: String) -> Message {
        Message(.doctorKeyFound, .value("key", key), .value("source", source))
    }

    static func doctorKeyMissing(variable: String) -> Message {
        Message(.doctorKeyMissing, .value("variable", variable))
    }

    static func doctorKeyMissingFix(page: String, variable: String) -> Message {
        Message(.doctorKeyMissingFix, .value("page", page), .value("variable", variable))
    }

    static var doctorNameBaseUrl: Message {
        Message(.doctorNameBaseUrl)
    }

    static var doctorNameConnection: Message {
        Message(.doctorNameConnection)
    }

    static var doctorNameDns: Message {
        Message(.doctorNameDns)
    }

    static var doctorNameGateway: Message {
        Message(.doctorNameGateway)
    }

    static var doctorNameKey: Message {
        Message(.doctorNameKey)
    }

    static var doctorNameProxy: Message {
        Message(.doctorNameProxy)
    }

    static func doctorProxyBypassed(host: String, variable: String) -> Message {
        Message(.doctorProxyBypassed, .value("host", host), .value("variable", variable))
    }

    static func doctorProxyInvalid(setting: String) -> Message {
        Message(.doctorProxyInvalid, .value("setting", setting))
    }

    static func doctorProxyInvalidFix(variable: String) -> Message {
        Message(.doctorProxyInvalidFix, .value("variable", variable))
    }

    static var doctorProxyNone: Message {
        Message(.doctorProxyNone)
    }

    static func doctorProxyUsed(setting: String, host: String) -> Message {
        Message(.doctorProxyUsed, .value("setting", setting), .value("host", host))
    }

    static func probeConnect(place: String, reason: Message) -> Message {
        Message(.probeConnect, .value("place", place), .message("reason", reason))
    }

    static var probeConnectHint: Message {
        Message(.probeConnectHint)
    }

    static var probeNoAddress: Message {
        Message(.probeNoAddress)
    }

    static func probeNoAnswer(limit: Double) -> Message {
        Message(.probeNoAnswer, .seconds("limit", limit))
    }

    static func probeResolve(host: String, reason: String) -> Message {
        Message(.probeResolve, .value("host", host), .value("reason", reason))
    }

    static var probeResolveHint: Message {
        Message(.probeResolveHint)
    }

    // MARK: - Cut texts and bounded numbers

    static func doctorGatewayNotApi(status: String) -> Message {
        Message(.doctorGatewayNotApi, .value("status", status))
    }
}
