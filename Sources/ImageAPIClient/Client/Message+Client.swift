import Foundation

/// The texts that `Client/` shows a person, in English and Simplified Chinese side by side.
///
/// One constructor per text: its parameters are the values it shows, so a wrong name or value is
/// a compile error. Values are never translated; `Message` parameters render in the same language.
extension Message {
    // MARK: - Streamed replies

    static func streamBroke(message: Message, count: Int) -> Message {
        Message(.streamBroke, .message("message", message), .count("count", count))
    }

    static func streamCancelledKept(count: Int) -> Message {
        Message(.streamCancelledKept, .count("count", count))
    }

    static func streamCutMidEvent(place: String) -> Message {
        Message(.streamCutMidEvent, .value("place", place))
    }

    static var streamEndedHint: Message {
        Message(.streamEndedHint)
    }

    static func streamEndedNoEvent(place: String) -> Message {
        Message(.streamEndedNoEvent, .value("place", place))
    }

    static func streamEndedUnfinished(place: String) -> Message {
        Message(.streamEndedUnfinished, .value("place", place))
    }

    static func streamEndedUnfinishedPartials(place: String, partials: Message) -> Message {
        Message(.streamEndedUnfinishedPartials, .value("place", place), .message("partials", partials))
    }

    static func streamEventTooLarge(place: String, limit: String) -> Message {
        Message(.streamEventTooLarge, .value("place", place), .value("limit", limit))
    }

    static var streamEventTooLargeHint: Message {
        Message(.streamEventTooLargeHint)
    }

    static func streamKept(count: Int) -> Message {
        Message(.streamKept, .count("count", count))
    }

    static var streamNoImage: Message {
        Message(.streamNoImage)
    }

    static var streamNotImage: Message {
        Message(.streamNotImage)
    }

    static func streamNotImageNumbered(number: String) -> Message {
        Message(.streamNotImageNumbered, .value("number", number))
    }

    static func streamPartials(count: Int) -> Message {
        Message(.streamPartials, .count("count", count))
    }

    static var streamTextInsteadHint: Message {
        Message(.streamTextInsteadHint)
    }

    static func streamTimeoutPartials(place: String, limit: Double, partials: Message) -> Message {
        Message(
            .streamTimeoutPartials,
            .value("place", place),
            .seconds("limit", limit),
            .message("partials", partials))
    }

    static func streamUnfinished(count: Int) -> Message {
        Message(.streamUnfinished, .count("count", count))
    }

    // MARK: - Transport and gateway replies

    static var downloadByHandTimeout: Message {
        Message(.downloadByHandTimeout)
    }

    static func downloadTimeout(limit: Double) -> Message {
        Message(.downloadTimeout, .seconds("limit", limit))
    }

    static var replyImageNotImage: Message {
        Message(.replyImageNotImage)
    }

    static var transportCancelledHint: Message {
        Message(.transportCancelledHint)
    }

    static func transportNoImage(host: String, limit: Double) -> Message {
        Message(.transportNoImage, .value("host", host), .seconds("limit", limit))
    }

    // MARK: - Cut texts and bounded numbers

    static func outputRecovered(path: String) -> Message {
        Message(.outputRecovered, .value("path", path))
    }

    static var outputRecoveredInMemory: Message {
        Message(.outputRecoveredInMemory)
    }

    static func outputLost(reason: Message) -> Message {
        Message(.outputLost, .message("reason", reason))
    }

    static func outputLostLink(link: String) -> Message {
        Message(.outputLostLink, .value("link", link))
    }

    static var outputLostHint: Message {
        Message(.outputLostHint)
    }

    static func outputLostNumbered(number: String, link: String?) -> Message {
        guard let link else { return outputLostNumberedNoLink(number: number) }
        return outputLostNumberedWithLink(number: number, link: link)
    }

    static func outputLostNumberedNoLink(number: String) -> Message {
        Message(.outputLostNumberedNoLink, .value("number", number))
    }

    static func outputLostNumberedWithLink(number: String, link: String) -> Message {
        Message(.outputLostNumberedWithLink, .value("number", number), .value("link", link))
    }

    static func outputSavedOther(path: String) -> Message {
        Message(.outputSavedOther, .value("path", path))
    }

    static func replySeveralBeyond(total: String, max: String, rest: String) -> Message {
        Message(.replySeveralBeyond, .value("total", total), .value("max", max), .value("rest", rest))
    }

    static func replySeveralFailed(number: String, link: String) -> Message {
        Message(.replySeveralFailed, .value("number", number), .value("link", link))
    }

    static func streamPartialNotSaved(number: String, message: Message) -> Message {
        Message(.streamPartialNotSaved, .value("number", number), .message("message", message))
    }
}

/// What came back, checked against what was asked (`DeliveryCheck`).
extension Message {
    static func deliveredMismatch(asked: String, got: String, name: String) -> Message {
        Message(.deliveredMismatch, .value("name", name), .value("asked", asked), .value("got", got))
    }

    static func deliveredEditShape(got: String, input: String, inputSize: String, aspect: String) -> Message {
        Message(
            .deliveredEditShape,
            .value("got", got),
            .value("input", input),
            .value("inputSize", inputSize),
            .value("aspect", aspect))
    }
}
