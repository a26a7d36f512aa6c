import Foundation

/// Reads a successful reply from either API shape and says where the image is.
///
/// Both shapes are tried whatever the endpoint, because gateways mix them: gpt-image-2-vip on the chat
/// endpoint answers in the Images shape. `b64_json` may or may not carry a `data:` prefix; both are accepted.
/// A link field holding a data URI (VibeAPI's `response_format: url`) is decoded, never fetched, and the type
/// any data URI claims is checked against its bytes (`DataURI`).
enum ReplyParser {
    /// Where the image is.
    enum Payload: Equatable {
        /// The bytes came in the reply.
        case inline(Data)
        /// The reply points at a URL to download now (it expires in about 24 hours).
        case remote(String)
    }

    /// A parsed reply.
    struct Reply {
        let payload: Payload
        let usage: JSONValue?
        /// Warnings about the image (a data URI whose claimed type is not its bytes' format).
        var notes: [Diagnostic] = []
        /// How many images `data` holds (Images API shape); the ones after the first are read by
        /// `additionalImages`.
        var imageCount = 1
    }

    static func parse(_ response: HTTPResponse) throws(ImageAPIError) -> Reply {
        let envelope: Envelope
        do {
            envelope = try JSONDecoder().decode(Envelope.self, from: response.body)
        } catch {
            let message =
                BodySnippet.text(response.body).map { Message.replyNotJson(body: $0) }
                ?? Message.replyNotJsonEmpty
            throw ImageAPIError(
                .badResponse, message, hint: Message.replyNotJsonHint, httpStatus: response.status,
                requestID: response.requestID)
        }
        if let error = envelope.error, envelope.data == nil, envelope.choices == nil {
            let failed = FailureDescriber.http(
                HTTPResponse(status: response.status, headers: response.headers, body: response.body))
            guard failed.code == .httpError else { throw failed }
            let said = error.stringValue.map { GatewayText.capped($0) } ?? failed.text
            throw failed.withMessage(Message.replyError(message: said))
        }
        if let items = envelope.data {
            // Every image of a reply holding several is accounted for: one that does not decode is named,
            // and the first that does is the image, wherever it stands.
            guard items.count > 1 else { return try imagesReply(items, envelope: envelope, response: response) }
            let notes = undecodableNotes(in: response.body)
            var reply: Reply
            do {
                reply = try imagesReply(items, envelope: envelope, response: response)
            } catch {
                guard let payload = firstDecodable(in: response.body) else { throw error }
                reply = Reply(payload: payload, usage: envelope.usage, imageCount: items.count)
            }
            reply.notes += notes
            return reply
        }
        if let choices = envelope.choices {
            var notes: [Diagnostic] = []
            let payload = try chatPayload(choices, response: response, notes: &notes)
            return Reply(payload: payload, usage: envelope.usage, notes: notes)
        }
        throw ImageAPIError(
            .badResponse, Message.replyUnknownShape, hint: Message.replyUnknownShapeHint,
            httpStatus: response.status, requestID: response.requestID)
    }

    /// The image of an Images API reply: its first item's base64, data URI or link.
    private static func imagesReply(_ items: [Item], envelope: Envelope, response: HTTPResponse)
        throws(ImageAPIError) -> Reply
    {
        guard let first = items.first else {
            throw ImageAPIError(
                .badResponse, Message.replyEmptyData, hint: Message.replyRefusingHint,
                httpStatus: response.status, requestID: response.requestID)
        }
        if first.hasBase64 {
            switch RawBase64Field.decodeFirst(in: response.body) {
            case .decoded(let data):
                let notes = try claimCheck(data, body: response.body, response: response)
                return Reply(payload: .inline(data), usage: envelope.usage, notes: notes, imageCount: items.count)
            case .empty:
                break
            case .invalid:
                throw invalidBase64(response)
            case .unavailable:
                switch decodeSlowly(response.body) {
                case .some(.some(let data)):
                    let notes = try claimCheck(data, body: response.body, response: response)
                    return Reply(
                        payload: .inline(data), usage: envelope.usage, notes: notes, imageCount: items.count)
                case .some(.none): throw invalidBase64(response)
                case .none: break
                }
            }
        }
        if let url = first.url, DataURI.isDataURI(url) {
            let decoded = try located(response) { () throws(ImageAPIError) in
                try DataURI.decode(url, field: "data[0].url")
            }
            return Reply(
                payload: .inline(decoded.data), usage: envelope.usage, notes: decoded.note.map { [$0] } ?? [],
                imageCount: items.count)
        }
        if let url = first.url, !url.isEmpty {
            return Reply(payload: .remote(url), usage: envelope.usage, imageCount: items.count)
        }
        throw ImageAPIError(
            .badResponse, Message.replyNoPayload,
            httpStatus: response.status, requestID: response.requestID)
    }

    private static func chatPayload(_ choices: [Choice], response: HTTPResponse, notes: inout [Diagnostic])
        throws(ImageAPIError) -> Payload
    {
        let payload = try firstChatImage(choices, response: response, notes: &notes)
        if let note = otherChatImages(choices.first?.message) { notes.append(note) }
        return payload
    }

    /// A note naming the images a chat reply linked besides the one saved (URLs as given, data URIs only by
    /// type and length), or nil when it linked one image.
    private static func otherChatImages(_ message: ChoiceMessage?) -> Diagnostic? {
        var links = (message?.images ?? []).compactMap(\.url).map(ChatImageExtractor.Link.of)
        var texts: [String] = []
        switch message?.content {
        case .text(let text)?:
            texts.append(text)
        case .parts(let parts)?:
            links += parts.compactMap { $0.image_url?.url }.map(ChatImageExtractor.Link.of)
            texts += parts.compactMap(\.text)
        case nil:
            break
        }
        links += ChatImageExtractor.links(in: texts.joined(separator: "\n"))
        let others = ChatImageExtractor.others(in: links)
        guard !others.isEmpty else { return nil }
        let shownLimit = 10
        // A link is a gateway text: cut, so that a megabyte of URL cannot fill a terminal.
        var shown = others.prefix(shownLimit).map { $0.shown.count > 600 ? $0.shown.prefix(600) + "…" : $0.shown }
        if others.count > shownLimit { shown.append("…") }
        return Diagnostic(
            .warning, code: "other_images_not_saved",
            Message.replyChatSeveral(
                total: String(others.count + 1), rest: String(others.count), links: shown.joined(separator: " · ")))
    }

    private static func firstChatImage(_ choices: [Choice], response: HTTPResponse, notes: inout [Diagnostic])
        throws(ImageAPIError) -> Payload
    {
        let message = choices.first?.message
        if let image = message?.images?.lazy.compactMap(\.url).first {
            if DataURI.isDataURI(image) {
                let decoded = try located(response) { () throws(ImageAPIError) in
                    try DataURI.decode(image, field: "message.images")
                }
                notes += decoded.note.map { [$0] } ?? []
                return .inline(decoded.data)
            }
            return try payload(for: .url(image), text: image, response: response, notes: &notes)
        }
        var texts: [String] = []
        switch message?.content {
        case .text(let text)?:
            texts.append(text)
        case .parts(let parts)?:
            for part in parts {
                if let url = part.image_url?.url {
                    return try payload(
                        for: ChatImageExtractor.extract(from: url) ?? .url(url), text: url,
                        response: response, notes: &notes)
                }
                if let text = part.text { texts.append(text) }
            }
        case nil:
            break
        }
        let text = texts.joined(separator: "\n")
        if let found = ChatImageExtractor.extract(from: text) {
            return try payload(for: found, text: text, response: response, notes: &notes)
        }
        let said = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if said.isEmpty {
            throw ImageAPIError(
                .noImageInReply, Message.replyNothing, hint: Message.replyRephraseHint,
                httpStatus: response.status, requestID: response.requestID)
        }
        throw ModelWords.error(for: said, httpStatus: response.status, requestID: response.requestID, streamed: false)
    }

    private static func payload(
        for found: ChatImageExtractor.Found, text: String, response: HTTPResponse, notes: inout [Diagnostic]
    ) throws(ImageAPIError) -> Payload {
        switch found {
        case .url(let url) where DataURI.isDataURI(url):
            // A data URI of a type the extractor does not take (`data:application/octet-stream;base64,…`).
            let decoded = try located(response) { () throws(ImageAPIError) in
                try DataURI.decode(url, field: "message.content")
            }
            notes += decoded.note.map { [$0] } ?? []
            return .inline(decoded.data)
        case .url(let url): return .remote(url)
        case .inline(let data, let declared):
            let note = try located(response) { () throws(ImageAPIError) in
                try DataURI.check(data, claimedType: declared.lowercased(), field: "message.content")
            }
            notes += note.map { [$0] } ?? []
            return .inline(data)
        case .undecodable(let type):
            throw ImageAPIError(
                .badResponse, Message.replyDataUrlInvalid(type: type), hint: Message.replyDamagedHint,
                httpStatus: response.status, requestID: response.requestID)
        }
    }

    // MARK: - The shapes

    private struct Envelope: Decodable {
        let data: [Item]?
        let choices: [Choice]?
        let usage: JSONValue?
        let error: JSONValue?
    }

    /// `data[i]`; the base64 itself is not decoded here (that would copy a 10 MB string), only noticed.
    private struct Item: Decodable {
        let hasBase64: Bool
        let url: String?

        enum CodingKeys: String, CodingKey { case b64_json, url }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            hasBase64 = container.contains(.b64_json) && !((try? container.decodeNil(forKey: .b64_json)) ?? true)
            url = try container.decodeIfPresent(String.self, forKey: .url)
        }
    }

    /// The general path, for the rare reply whose base64 carries JSON escapes other than `\/`: nil when there
    /// is no (or an empty) value, `.some(nil)` when it is not base64.
    private static func decodeSlowly(_ body: Data) -> Data?? {
        struct Slow: Decodable {
            struct Item: Decodable { let b64_json: String? }
            let data: [Item]
        }
        guard let text = (try? JSONDecoder().decode(Slow.self, from: body))?.data.first?.b64_json, !text.isEmpty
        else { return nil }
        return .some(Base64.decode(text))
    }

    /// Checks `b64_json` bytes against the type its `data:` prefix claims, when it has one (APIYI's does).
    private static func claimCheck(_ data: Data, body: Data, response: HTTPResponse) throws(ImageAPIError)
        -> [Diagnostic]
    {
        guard let type = DataURI.claimedType(ofFirst: "b64_json", in: body) else { return [] }
        let note = try located(response) { () throws(ImageAPIError) in
            try DataURI.check(data, claimedType: type, field: "data[0].b64_json")
        }
        return note.map { [$0] } ?? []
    }

    /// Runs `body`, adding the reply's status and request id to the error it throws.
    private static func located<T>(_ response: HTTPResponse, _ body: () throws(ImageAPIError) -> T)
        throws(ImageAPIError) -> T
    {
        do {
            return try body()
        } catch {
            throw error.located(httpStatus: response.status, requestID: response.requestID)
        }
    }

    private static func invalidBase64(_ response: HTTPResponse) -> ImageAPIError {
        ImageAPIError(
            .badResponse, Message.replyB64Invalid, hint: Message.replyDamagedHint,
            httpStatus: response.status, requestID: response.requestID)
    }

    private struct Choice: Decodable {
        let message: ChoiceMessage?
    }

    private struct ChoiceMessage: Decodable {
        let content: Content?
        let images: [ImageRef]?
    }

    private enum Content: Decodable {
        case text(String)
        case parts([Part])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) {
                self = .text(text)
            } else {
                self = .parts(try container.decode([Part].self))
            }
        }
    }

    private struct Part: Decodable {
        let text: String?
        let image_url: ImageRef?
    }

    /// `{"url": "…"}` or a bare string, as different gateways send it.
    private struct ImageRef: Decodable {
        let url: String?

        init(from decoder: any Decoder) throws {
            if let text = try? decoder.singleValueContainer().decode(String.self) {
                url = text
                return
            }
            enum Keys: String, CodingKey { case url, image_url }
            let container = try decoder.container(keyedBy: Keys.self)
            if let direct = try container.decodeIfPresent(String.self, forKey: .url) {
                url = direct
            } else {
                url = try container.decodeIfPresent(ImageRef.self, forKey: .image_url)?.url
            }
        }
    }
}
