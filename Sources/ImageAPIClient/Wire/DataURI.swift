import Foundation

/// A `data:image/<type>;base64,<payload>` URI where a gateway could have put a link.
///
/// VibeAPI answers `response_format: url` with a data URI in `data[i].url`, APIYI prefixes `b64_json` with
/// one, chat replies paste them into Markdown and a Responses `result` may carry one. Wherever it comes,
/// it is decoded like `b64_json`, and the type it claims is checked against the bytes: an image whose bytes
/// are another format is kept under the format of its bytes with a warning (it is paid for), bytes that are
/// no image are an error. Messages name the claimed type and the payload's length, never the payload.
enum DataURI {
    /// What a data URI held.
    struct Decoded {
        /// The image bytes.
        let data: Data
        /// The claimed MIME type, lowercased (`image/png`).
        let claimedType: String
        /// A warning when the claimed type is not the bytes' format.
        let note: Diagnostic?
    }

    /// Whether `text` is a data URI (so it must be decoded, never fetched).
    static func isDataURI(_ text: String) -> Bool {
        text.utf8.prefix(5).map { $0 | 0x20 } == Array("data:".utf8)
    }

    /// The type between `data:` and `;base64,` (or the first `,`), lowercased; `unknown` when missing.
    static func claimedType(_ text: String) -> String {
        let head = text.utf8.prefix(128)
        guard let comma = head.firstIndex(of: UInt8(ascii: ",")) else { return "unknown" }
        let meta = String(decoding: head[head.index(head.startIndex, offsetBy: 5)..<comma], as: UTF8.self)
        let type = meta.split(separator: ";").first.map(String.init) ?? ""
        return type.isEmpty ? "unknown" : type.lowercased()
    }

    /// Decodes `text` and checks its bytes against its claim.
    /// - Throws: `bad_response` naming the claimed type and the length when the payload is not base64, is
    ///   not base64-encoded at all, or holds no PNG, JPEG or WebP image.
    static func decode(_ text: String, field: String) throws(ImageAPIError) -> Decoded {
        let type = claimedType(text)
        let shown = Base64Redaction.describe(dataURI: text)
        let head = text.utf8.prefix(128)
        guard let comma = head.firstIndex(of: UInt8(ascii: ",")),
            String(decoding: head[..<comma], as: UTF8.self).lowercased().hasSuffix(";base64")
        else {
            throw ImageAPIError(
                .badResponse, Message.replyDataUriNotBase64(field: field, uri: shown),
                hint: Message.replyDamagedHint)
        }
        let start = head.distance(from: head.startIndex, to: comma) + 1
        var copy = text
        let payload = copy.withUTF8 { Base64.decode(bytes: UnsafeBufferPointer(rebasing: $0[start...])) }
        guard let data = payload else {
            throw ImageAPIError(
                .badResponse, Message.replyDataUriInvalid(field: field, uri: shown),
                hint: Message.replyDamagedHint)
        }
        return Decoded(data: data, claimedType: type, note: try check(data, claimedType: type, field: field))
    }

    /// Checks decoded bytes against the type their data URI claimed: nil when they agree, a warning when
    /// they are an image of another format.
    /// - Throws: `bad_response` when the bytes are no image at all.
    static func check(_ data: Data, claimedType type: String, field: String) throws(ImageAPIError) -> Diagnostic? {
        guard let actual = ImageInspector.format(of: data) else {
            throw ImageAPIError(
                .badResponse,
                Message.replyDataUriNotImage(
                    field: field, type: type, size: ByteCount.text(ImageSpool.byteCount(of: data))),
                hint: Message.replyNotImageHint)
        }
        let aliases = [actual.mimeType] + (actual == .jpeg ? ["image/jpg", "image/pjpeg"] : [])
        guard !aliases.contains(type) else { return nil }
        return Diagnostic(
            .warning, code: "data_uri_type_mismatch",
            Message.replyDataUriMismatch(
                field: field, type: type, actual: actual.rawValue.uppercased(), ext: actual.fileExtension))
    }
}

extension DataURI {
    /// The type claimed by the first `key` string member of a JSON body when that value is a data URI; nil
    /// when it is plain base64. Only the first bytes of the value are read, the payload stays where it lies.
    static func claimedType(ofFirst key: String, in body: Data) -> String? {
        let needle = Array("\"\(key)\"".utf8)
        guard let offset = ByteSearch.firstOffset(of: needle, in: body) else { return nil }
        var cursor = body.startIndex + offset + needle.count
        let end = body.endIndex
        while cursor < end, [0x20, 0x0A, 0x0D, 0x09, UInt8(ascii: ":")].contains(body[cursor]) { cursor += 1 }
        guard cursor < end, body[cursor] == UInt8(ascii: "\"") else { return nil }
        let value = String(decoding: body[(cursor + 1)..<min(end, cursor + 129)], as: UTF8.self)
            .replacingOccurrences(of: "\\/", with: "/")
        return isDataURI(value) ? claimedType(value) : nil
    }
}
