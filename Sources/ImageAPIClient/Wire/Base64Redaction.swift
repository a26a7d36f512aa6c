import Foundation

/// Keeps base64 out of every text a person or a script reads.
///
/// A gateway answers with megabytes of base64 (a `data:` URI in a link field, a `b64_json` value, an image
/// pasted into a chat reply). When one must be mentioned in an error, a note, `--json`, the batch manifest or
/// `--dry-run`, only its MIME type and length are shown: `data:image/png;base64,<13982112 characters>`.
enum Base64Redaction {
    /// Runs of base64 characters at least this long (and mixing upper case, lower case and digits, as encoded
    /// bytes do and paths rarely do) are replaced; shorter ones (ids, keys, words) stay. Below the 160
    /// characters a gateway's page is cut to per line, so no line of it can carry base64 through.
    public static let longRun = 120

    /// A data URI's description without its payload: `data:image/png;base64,<N characters>`.
    public static func describe(dataURI text: String) -> String {
        guard let comma = text.firstIndex(of: ",") else { return "<\(text.utf8.count) characters>" }
        let head = text[..<comma].prefix(80)
        // A value that was not base64 stands in a scanned reply as a placeholder naming its length.
        let length =
            ImageSpool.invalidLength(text[text.index(after: comma)...])
            ?? text.utf8.distance(from: comma, to: text.endIndex) - 1
        return "\(head),<\(length) characters>"
    }

    /// `text` with every data URI's payload and every long run of base64 replaced by its length. Texts with
    /// nothing to replace come back unchanged (and are not copied).
    public static func redact(_ text: String) -> String {
        guard text.utf8.count >= 40 else { return text }
        var copy = text
        return copy.withUTF8 { bytes in
            var output: [UInt8] = []
            var changed = false
            var index = 0
            var copied = 0
            while index < bytes.count {
                guard let payload = payloadStart(bytes, at: index) else {
                    index += 1
                    continue
                }
                var end = payload
                while end < bytes.count, Base64.isAlphabetByte(bytes[end]) { end += 1 }
                let length = end - payload
                let isDataURI = payload > index
                let encoded =
                    isDataURI
                    ? length > 0
                    : length >= longRun && looksEncoded(UnsafeBufferPointer(rebasing: bytes[payload..<end]))
                guard encoded else {
                    index = max(end, index + 1)
                    continue
                }
                if !changed { output.reserveCapacity(min(bytes.count, 4096)) }
                changed = true
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<payload]))
                let summary = isDataURI ? "<\(length) characters>" : "<base64, \(length) characters>"
                output.append(contentsOf: Array(summary.utf8))
                index = end
                copied = end
            }
            guard changed else { return text }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<bytes.count]))
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Where a payload starts at `index`: after `data:<type>;base64,`, or at `index` itself when a long run
    /// of base64 begins there (not in the middle of a word); nil otherwise.
    private static func payloadStart(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        if matches(bytes, at: index, "data:") {
            var cursor = index + 5
            while cursor < bytes.count, cursor - index < 100, bytes[cursor] != UInt8(ascii: ","),
                bytes[cursor] > 0x20, bytes[cursor] != UInt8(ascii: "\"")
            {
                cursor += 1
            }
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ","), cursor >= 7,
                matches(bytes, at: cursor - 7, ";base64")
            {
                return cursor + 1
            }
        }
        guard Base64.isAlphabetByte(bytes[index]), index == 0 || !Base64.isAlphabetByte(bytes[index - 1]) else {
            return nil
        }
        return index
    }

    /// Whether a run mixes upper case, lower case and digits, as base64 of bytes does, in one alphabet: a run
    /// mixing `/` with `-` or `_` is a path (a long recovered image's), not base64, and must stay readable.
    private static func looksEncoded(_ run: UnsafeBufferPointer<UInt8>) -> Bool {
        var upper = false
        var lower = false
        var digit = false
        var slash = false
        var urlSafe = false
        for byte in run {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): upper = true
            case UInt8(ascii: "a")...UInt8(ascii: "z"): lower = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = true
            case UInt8(ascii: "/"): slash = true
            case UInt8(ascii: "-"), UInt8(ascii: "_"): urlSafe = true
            default: break
            }
        }
        return upper && lower && digit && !(slash && urlSafe)
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ word: String) -> Bool {
        var position = index
        for expected in word.utf8 {
            guard position < bytes.count else { return false }
            var actual = bytes[position]
            if actual >= 65, actual <= 90 { actual += 32 }
            guard actual == expected else { return false }
            position += 1
        }
        return true
    }
}

extension Message {
    /// The same message with base64 replaced by its length.
    func redactingBase64() -> Message {
        map(Base64Redaction.redact)
    }
}

extension ImageAPIError {
    /// The error with every data URI's payload and every long base64 run replaced by its length, so no
    /// message, hint or link it carries can put megabytes on a terminal, in `--json` or in a manifest.
    public func redactingBase64() -> ImageAPIError {
        masking(words: { $0.redactingBase64() }, outside: Base64Redaction.redact)
    }
}
