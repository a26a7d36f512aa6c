import Foundation

/// Decodes the first `"b64_json"` value straight from a reply's bytes.
///
/// A 4K image arrives as about 11 MB of base64 inside JSON. Decoding it through `JSONDecoder` first builds an
/// 11 MB `String`; reading the bytes where they lie keeps peak memory near the reply plus the image. The
/// caller has already validated the JSON's structure; this only finds and decodes the value. It gives up
/// (returning nil) on anything unusual, such as escapes other than `\/`, and the caller takes the slow path.
enum RawBase64Field {
    /// What was found.
    enum Outcome: Equatable {
        /// The value decoded to these bytes.
        case decoded(Data)
        /// The value is an empty string (gateways send `"b64_json": ""` beside a `url`).
        case empty
        /// The value is not valid base64.
        case invalid
        /// The value could not be read here (escapes, odd layout); use the general path.
        case unavailable
    }

    static func decodeFirst(in body: Data, key: String = "b64_json") -> Outcome {
        body.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Outcome in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let range = valueRange(in: bytes, key: Array("\"\(key)\"".utf8)) else { return .unavailable }
            if range.isEmpty { return .empty }
            return decode(UnsafeBufferPointer(rebasing: bytes[range])).map { .decoded($0) } ?? .invalid
        }
    }

    /// The bytes between the quotes of the first string value of `key`.
    private static func valueRange(in bytes: UnsafeBufferPointer<UInt8>, key: [UInt8]) -> Range<Int>? {
        guard bytes.count > key.count else { return nil }
        var index = 0
        while index + key.count <= bytes.count {
            guard bytes[index] == key[0], bytes[index + key.count - 1] == key[key.count - 1],
                (index == 0 || bytes[index - 1] != UInt8(ascii: "\\")),
                zip(key.indices, key).allSatisfy({ bytes[index + $0] == $1 })
            else {
                index += 1
                continue
            }
            var cursor = index + key.count
            while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
            guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: ":") else {
                index += 1
                continue
            }
            cursor += 1
            while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
            guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "\"") else { return nil }
            let start = cursor + 1
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
                if bytes[end] == UInt8(ascii: "\\") {
                    guard end + 1 < bytes.count, bytes[end + 1] == UInt8(ascii: "/") else { return nil }
                    end += 1
                }
                end += 1
            }
            return end < bytes.count ? start..<end : nil
        }
        return nil
    }

    /// Decodes the value, turning the JSON escape `\/` into `/` on the way.
    private static func decode(_ value: UnsafeBufferPointer<UInt8>) -> Data? {
        guard value.contains(UInt8(ascii: "\\")) else { return Base64.decode(bytes: value) }
        var unescaped = [UInt8]()
        unescaped.reserveCapacity(value.count)
        for byte in value where byte != UInt8(ascii: "\\") {
            unescaped.append(byte)
        }
        return unescaped.withUnsafeBufferPointer { Base64.decode(bytes: $0) }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
