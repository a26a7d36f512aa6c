import Foundation

/// Finds a key in what a client printed, however it is wrapped: the tests' own reader, written apart from the
/// client's masking (regular expressions, decoding until nothing changes), so the two cannot share a blind spot.
public enum KeyLeak {
    /// The first run of 8 characters of `key`'s secret part (the key after its `sk-…-` style prefix) found in
    /// `text` once escapes, entities, percent-encoding, tags, whitespace and invisible characters are undone;
    /// nil when there is none.
    public static func found(in text: String, key: String) -> String? {
        let plain = normalised(text)
        let secret = Array(key.dropFirst(publicPrefix(of: key)))
        guard secret.count >= 8 else { return plain.contains(key) ? key : nil }
        for start in 0...(secret.count - 8) {
            let piece = String(secret[start..<start + 8])
            if plain.contains(piece) { return piece }
        }
        return nil
    }

    /// How many leading characters of `key` are its public prefix (`sk-`, `sk-test-`).
    static func publicPrefix(of key: String) -> Int {
        let pattern = try! NSRegularExpression(pattern: "^([a-z]{1,8}[-_])+")
        let range = NSRange(key.startIndex..., in: key)
        return pattern.firstMatch(in: key, range: range).map { $0.range.length } ?? 0
    }

    /// `text` with every wrapping undone, repeatedly, until it no longer changes.
    public static func normalised(_ text: String) -> String {
        var current = text
        for _ in 0..<6 {
            var next = current
            next = replace(#"\\+u([0-9a-fA-F]{4})"#, in: next) { scalar($0[1], radix: 16) }
            next = replace(#"\\+x([0-9a-fA-F]{2})"#, in: next) { scalar($0[1], radix: 16) }
            next = replace(#"\\+/"#, in: next) { _ in "/" }
            next = replace(#"\\+[nrt]"#, in: next) { _ in " " }
            next = replace(#"%(?:25)*([0-9a-fA-F]{2})"#, in: next) { scalar($0[1], radix: 16) }
            next = replace(#"&(?:amp;)*#[xX]([0-9a-fA-F]{1,6});?"#, in: next) { scalar($0[1], radix: 16) }
            next = replace(#"&(?:amp;)*#([0-9]{1,7});?"#, in: next) { scalar($0[1], radix: 10) }
            next = replace(#"&(?:amp;)*(shy|nbsp|zwj|zwnj|lrm|rlm);"#, in: next) { _ in "" }
            next = replace(#"&(?:amp;)*lowbar;"#, in: next) { _ in "_" }
            next = replace(#"<[/!a-zA-Z][^<>]{0,255}>"#, in: next) { _ in "" }
            next = replace(#"[\s\u00A0\u00AD\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]+"#, in: next) {
                _ in ""
            }
            if next == current { break }
            current = next
        }
        return current
    }

    private static func scalar(_ digits: String, radix: Int) -> String {
        guard let value = UInt32(digits, radix: radix), let scalar = Unicode.Scalar(value) else { return "?" }
        return String(Character(scalar))
    }

    private static func replace(_ pattern: String, in text: String, with make: ([String]) -> String) -> String {
        let expression = try! NSRegularExpression(pattern: pattern)
        let source = text as NSString
        var result = ""
        var last = 0
        for match in expression.matches(in: text, range: NSRange(location: 0, length: source.length)) {
            result += source.substring(with: NSRange(location: last, length: match.range.location - last))
            let groups = (0..<match.numberOfRanges).map { index -> String in
                let range = match.range(at: index)
                return range.location == NSNotFound ? "" : source.substring(with: range)
            }
            result += make(groups)
            last = match.range.location + match.range.length
        }
        result += source.substring(from: last)
        return result
    }
}
