import Foundation

/// A forgiving base64 decoder for image payloads.
///
/// Gateways send base64 with and without a `data:image/…;base64,` prefix, sometimes with line breaks,
/// sometimes unpadded or in the URL-safe alphabet. Foundation's decoder rejects several of these, and decoding a
/// `Substring` with it costs a copy of a 10 MB string, so gen-image decodes the bytes itself.
enum Base64 {
    /// Whether `byte` belongs to base64's alphabet, standard or URL-safe, padding included: what a scanner for
    /// pasted base64 (a data URI in chat text, a payload to redact) counts as part of the run.
    static func isAlphabetByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "="),
            UInt8(ascii: "-"), UInt8(ascii: "_"):
            true
        default: false
        }
    }

    /// Each byte's 6-bit value, 0xFF for bytes outside both alphabets; shared with `Base64Stream`.
    static let decodingTable: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, character) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(character)] = UInt8(index)
        }
        table[Int(UInt8(ascii: "-"))] = 62
        table[Int(UInt8(ascii: "_"))] = 63
        return table
    }()

    /// Strips a leading `data:<type>;base64,` prefix, if any, and returns where the payload starts.
    static func payloadStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let prefix = Array("data:".utf8)
        // `DATA:` is as much a data URI as `data:` (the scheme is case-insensitive).
        guard bytes.count >= prefix.count, zip(prefix, bytes).allSatisfy({ $0 == $1 | 0x20 }) else { return 0 }
        let limit = min(bytes.count, 256)
        for index in prefix.count..<limit where bytes[index] == UInt8(ascii: ",") {
            return index + 1
        }
        return 0
    }

    /// Decodes `text` (optionally with a data-URL prefix); nil when it is not base64.
    static func decode(_ text: String) -> Data? {
        var text = text
        return text.withUTF8 { decode(bytes: $0) }
    }

    /// Decodes base64 bytes (optionally with a data-URL prefix); whitespace is skipped, padding is optional,
    /// both alphabets are accepted; anything else, or a dangling single character, makes it nil.
    static func decode(bytes: UnsafeBufferPointer<UInt8>) -> Data? {
        let start = payloadStart(bytes)
        var output = Data(count: (bytes.count - start) / 4 * 3 + 3)
        var produced = 0
        let ok = output.withUnsafeMutableBytes { (raw: UnsafeMutableRawBufferPointer) -> Bool in
            guard let out = raw.bindMemory(to: UInt8.self).baseAddress else { return false }
            var accumulator: UInt32 = 0
            var pending = 0
            var padding = 0
            var index = start
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if byte == UInt8(ascii: "=") {
                    padding += 1
                    continue
                }
                if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { continue }
                let value = decodingTable[Int(byte)]
                if value == 0xFF || padding > 0 { return false }
                accumulator = (accumulator << 6) | UInt32(value)
                pending += 1
                if pending == 4 {
                    out[produced] = UInt8(truncatingIfNeeded: accumulator >> 16)
                    out[produced + 1] = UInt8(truncatingIfNeeded: accumulator >> 8)
                    out[produced + 2] = UInt8(truncatingIfNeeded: accumulator)
                    produced += 3
                    accumulator = 0
                    pending = 0
                }
            }
            switch pending {
            case 0 where padding == 0: break
            case 2 where padding == 0 || padding == 2:
                out[produced] = UInt8(truncatingIfNeeded: accumulator >> 4)
                produced += 1
            case 3 where padding <= 1:
                out[produced] = UInt8(truncatingIfNeeded: accumulator >> 10)
                out[produced + 1] = UInt8(truncatingIfNeeded: accumulator >> 2)
                produced += 2
            default: return false
            }
            return true
        }
        guard ok, produced > 0 else { return nil }
        output.count = produced
        return output
    }
}
