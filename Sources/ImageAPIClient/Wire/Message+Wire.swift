import Foundation

/// The texts that `Wire/` shows a person, in English and Simplified Chinese side by side.
///
/// One constructor per text: its parameters are the values it shows, so a wrong name or value is
/// a compile error. Values are never translated; `Message` parameters render in the same language.
extension Message {
    // MARK: - libcurl, proxies and certificates

    static var transportProxyAuthHint: Message {
        Message(.transportProxyAuthHint)
    }

    static func transportTlsUntrusted(place: String, detail: String) -> Message {
        Message(.transportTlsUntrusted, .value("place", place), .value("detail", detail))
    }

    static var transportTlsUntrustedHint: Message {
        Message(.transportTlsUntrustedHint)
    }

    // MARK: - A newcomer's first mistakes

    static var transportHintQuota: Message {
        Message(.transportHintQuota)
    }

    // MARK: - Saving images

    static func outputTemporaryCreate(folder: String) -> Message {
        Message(.outputTemporaryCreate, .value("folder", folder))
    }

    static var outputTemporaryCreateHint: Message {
        Message(.outputTemporaryCreateHint)
    }

    static func outputTemporaryWrite(detail: String) -> Message {
        Message(.outputTemporaryWrite, .value("detail", detail))
    }

    // MARK: - Providers and data URIs

    static func replyDataUriInvalid(field: String, uri: String) -> Message {
        Message(.replyDataUriInvalid, .value("field", field), .value("uri", uri))
    }

    static func replyDataUriMismatch(field: String, type: String, actual: String, ext: String) -> Message {
        Message(
            .replyDataUriMismatch,
            .value("field", field),
            .value("type", type),
            .value("actual", actual),
            .value("ext", ext))
    }

    static func replyDataUriNotBase64(field: String, uri: String) -> Message {
        Message(.replyDataUriNotBase64, .value("field", field), .value("uri", uri))
    }

    static func replyDataUriNotImage(field: String, type: String, size: String) -> Message {
        Message(.replyDataUriNotImage, .value("field", field), .value("type", type), .value("size", size))
    }

    // MARK: - Streamed replies

    static func streamCompletedEmpty(type: String) -> Message {
        Message(.streamCompletedEmpty, .value("type", type))
    }

    static var streamFailureFailed: Message {
        Message(.streamFailureFailed)
    }

    static func streamFailureFailedSaid(message: Message) -> Message {
        Message(.streamFailureFailedSaid, .message("message", message))
    }

    static var streamFailureIncomplete: Message {
        Message(.streamFailureIncomplete)
    }

    static var streamFailureIncompleteHint: Message {
        Message(.streamFailureIncompleteHint)
    }

    static func streamFailureIncompleteReason(reason: Message) -> Message {
        Message(.streamFailureIncompleteReason, .message("reason", reason))
    }

    static var streamFailureReported: Message {
        Message(.streamFailureReported)
    }

    static func streamFailureReportedSaid(message: Message) -> Message {
        Message(.streamFailureReportedSaid, .message("message", message))
    }

    static func streamInvalidBase64(what: Message) -> Message {
        Message(.streamInvalidBase64, .message("what", what))
    }

    static func streamReplyTooLarge(place: String, limit: String) -> Message {
        Message(.streamReplyTooLarge, .value("place", place), .value("limit", limit))
    }

    static var streamReplyTooLargeHint: Message {
        Message(.streamReplyTooLargeHint)
    }

    static var streamWhatFinalImage: Message {
        Message(.streamWhatFinalImage)
    }

    static var streamWhatImage: Message {
        Message(.streamWhatImage)
    }

    static var streamWhatPartial: Message {
        Message(.streamWhatPartial)
    }

    static var streamWhatPartialImage: Message {
        Message(.streamWhatPartialImage)
    }

    // MARK: - Transport and gateway replies

    static var replyB64Invalid: Message {
        Message(.replyB64Invalid)
    }

    static var replyDamagedHint: Message {
        Message(.replyDamagedHint)
    }

    static func replyDataUrlInvalid(type: String) -> Message {
        Message(.replyDataUrlInvalid, .value("type", type))
    }

    static func replyImageUndecodable(number: String, total: String) -> Message {
        Message(.replyImageUndecodable, .value("number", number), .value("total", total))
    }

    static var replyEmptyData: Message {
        Message(.replyEmptyData)
    }

    static func replyError(message: Message) -> Message {
        Message(.replyError, .message("message", message))
    }

    static var replyNoPayload: Message {
        Message(.replyNoPayload)
    }

    static var replyNotImageHint: Message {
        Message(.replyNotImageHint)
    }

    static func replyNotJson(body: String) -> Message {
        Message(.replyNotJson, .value("body", body))
    }

    static var replyNotJsonEmpty: Message {
        Message(.replyNotJsonEmpty)
    }

    static var replyNotJsonHint: Message {
        Message(.replyNotJsonHint)
    }

    static var replyNothing: Message {
        Message(.replyNothing)
    }

    static var replyRefusingHint: Message {
        Message(.replyRefusingHint)
    }

    static var replyRephraseHint: Message {
        Message(.replyRephraseHint)
    }

    static func replyTextInstead(text: Message) -> Message {
        Message(.replyTextInstead, .message("text", text))
    }

    static var replyTextInsteadHint: Message {
        Message(.replyTextInsteadHint)
    }

    static var replyDescribedHint: Message {
        Message(.replyDescribedHint)
    }

    static func replyRefused(text: Message) -> Message {
        Message(.replyRefused, .message("text", text))
    }

    static var replyRefusedHint: Message {
        Message(.replyRefusedHint)
    }

    static var replyUnknownShape: Message {
        Message(.replyUnknownShape)
    }

    static var replyUnknownShapeHint: Message {
        Message(.replyUnknownShapeHint)
    }

    static func transportBadUrl(url: String) -> Message {
        Message(.transportBadUrl, .value("url", url))
    }

    static var transportCancelled: Message {
        Message(.transportCancelled)
    }

    static var transportCheckNetwork: Message {
        Message(.transportCheckNetwork)
    }

    static func transportConnect(place: String) -> Message {
        Message(.transportConnect, .value("place", place))
    }

    static var transportConnectHint: Message {
        Message(.transportConnectHint)
    }

    static func transportCutOff(place: String, detail: String) -> Message {
        Message(.transportCutOff, .value("place", place), .value("detail", detail))
    }

    static var transportCutOffHint: Message {
        Message(.transportCutOffHint)
    }

    static func transportFailed(place: String, detail: String) -> Message {
        Message(.transportFailed, .value("place", place), .value("detail", detail))
    }

    static func transportFailedCode(place: String, code: String) -> Message {
        Message(.transportFailedCode, .value("place", place), .value("code", code))
    }

    static var transportHint400: Message {
        Message(.transportHint400)
    }

    static var transportHint400Parameter: Message {
        Message(.transportHint400Parameter)
    }

    static var transportHint401: Message {
        Message(.transportHint401)
    }

    static var transportHint403: Message {
        Message(.transportHint403)
    }

    static var transportHint404: Message {
        Message(.transportHint404)
    }

    static var transportHint413: Message {
        Message(.transportHint413)
    }

    static var transportHint429: Message {
        Message(.transportHint429)
    }

    static var transportHint5xx: Message {
        Message(.transportHint5xx)
    }

    static var transportHintContentBlocked: Message {
        Message(.transportHintContentBlocked)
    }

    static var transportHintOther: Message {
        Message(.transportHintOther)
    }

    static func transportHttp(status: String) -> Message {
        Message(.transportHttp, .value("status", status))
    }

    static func transportHttpSaid(status: String, message: Message) -> Message {
        Message(.transportHttpSaid, .value("status", status), .message("message", message))
    }

    static func transportLost(place: String) -> Message {
        Message(.transportLost, .value("place", place))
    }

    static var transportLostHint: Message {
        Message(.transportLostHint)
    }

    static func transportNotHttp(place: String) -> Message {
        Message(.transportNotHttp, .value("place", place))
    }

    static var transportNotHttpHint: Message {
        Message(.transportNotHttpHint)
    }

    static var transportOffline: Message {
        Message(.transportOffline)
    }

    static func transportResolve(host: String) -> Message {
        Message(.transportResolve, .value("host", host))
    }

    static var transportResolveHint: Message {
        Message(.transportResolveHint)
    }

    static func transportTimeout(place: String, limit: Double) -> Message {
        Message(.transportTimeout, .value("place", place), .seconds("limit", limit))
    }

    static func transportTls(place: String) -> Message {
        Message(.transportTls, .value("place", place))
    }

    static var transportTlsHint: Message {
        Message(.transportTlsHint)
    }

    // MARK: - Cut texts and bounded numbers

    static func gatewayTextCut(text: String, count: String) -> Message {
        Message(.gatewayTextCut, .value("text", text), .value("count", count))
    }

    static func replyChatSeveral(total: String, rest: String, links: String) -> Message {
        Message(.replyChatSeveral, .value("total", total), .value("rest", rest), .value("links", links))
    }

    static func transportRedirect(status: String, host: String) -> Message {
        Message(.transportRedirect, .value("status", status), .value("host", host))
    }

    static var transportRedirectHint: Message {
        Message(.transportRedirectHint)
    }

    static func transportRedirectNowhere(status: String) -> Message {
        Message(.transportRedirectNowhere, .value("status", status))
    }

    // MARK: - A certificate for another host

    static func transportTlsNameMismatch(place: String, host: String, names: String) -> Message {
        Message(.transportTlsNameMismatch, .value("place", place), .value("names", names), .value("host", host))
    }

    static func transportTlsNameMismatchUnnamed(place: String, host: String) -> Message {
        Message(.transportTlsNameMismatchUnnamed, .value("place", place), .value("host", host))
    }

    static func transportTlsNameMismatchHint(host: String) -> Message {
        Message(.transportTlsNameMismatchHint, .value("host", host))
    }
}
