import Foundation

/// Base64 images inside event payloads, read from the bytes where they lie: a partial image can be megabytes
/// of base64, and going through `JSONDecoder` would copy it into a `String` first.
enum StreamImageField {
    /// The decoded value of the first `key` string member; nil when there is none or it is empty.
    /// - Throws: `bad_response` when the value is not base64.
    static func decode(_ key: String, in payload: Data, what: Message) throws(ImageAPIError) -> Data? {
        try decodeChecked(key, in: payload, what: what).data
    }

    /// `decode`, with the warning for a data URI whose claimed type is not its bytes' format (they are saved
    /// under their own format).
    /// - Throws: `bad_response` also when a data URI holds no image.
    static func decodeChecked(_ key: String, in payload: Data, what: Message) throws(ImageAPIError)
        -> (data: Data?, note: Diagnostic?)
    {
        switch RawBase64Field.decodeFirst(in: payload, key: key) {
        case .decoded(let data):
            guard let type = DataURI.claimedType(ofFirst: key, in: payload) else { return (data, nil) }
            return (data, try DataURI.check(data, claimedType: type, field: key))
        case .empty: return (nil, nil)
        case .invalid: throw invalid(what)
        case .unavailable:
            // Escapes other than `\/`, or no such member: the general path.
            guard let object = try? JSONDecoder().decode(JSONValue.self, from: payload),
                let text = find(key, in: object), !text.isEmpty
            else { return (nil, nil) }
            guard let data = Base64.decode(text) else { throw invalid(what) }
            guard DataURI.isDataURI(text) else { return (data, nil) }
            return (data, try DataURI.check(data, claimedType: DataURI.claimedType(text), field: key))
        }
    }

    private static func find(_ key: String, in value: JSONValue) -> String? {
        switch value {
        case .object(let members):
            if let text = members[key]?.stringValue { return text }
            for member in members.values {
                if let found = find(key, in: member) { return found }
            }
            return nil
        case .array(let items):
            for item in items {
                if let found = find(key, in: item) { return found }
            }
            return nil
        default:
            return nil
        }
    }

    private static func invalid(_ what: Message) -> ImageAPIError {
        ImageAPIError(
            .badResponse, Message.streamInvalidBase64(what: what), hint: Message.replyDamagedHint)
    }
}
