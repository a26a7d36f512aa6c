import Foundation

/// Images as OpenAI's models send them: carrying a C2PA manifest (Content Credentials) in PNG `caBX`, JPEG
/// APP11 JUMBF or WebP `C2PA`. The manifest here is a stand-in JUMBF box (`jumb` superbox, `jumd` description
/// labelled `c2pa`) with made-up signature bytes: enough to be recognised, not to be verified.
public enum ContentCredentials {
    /// A JUMBF superbox labelled `c2pa`.
    public static let manifest: [UInt8] = {
        let label = Array("c2pa".utf8) + [0]
        let description = box("jumd", Array(repeating: 0x11, count: 16) + [0x03] + label)
        let signature = box("c2cs", Array("not a real signature".utf8))
        return box("jumb", description + signature)
    }()

    /// `png` with a `caBX` chunk after IHDR.
    public static func png(_ png: Data) -> Data {
        var bytes = [UInt8](png)
        let ihdrEnd = 8 + 12 + Int(bytes[8..<12].reduce(0) { UInt32($0) << 8 | UInt32($1) })
        var chunk = bigEndian(manifest.count) + Array("caBX".utf8) + manifest
        chunk += bigEndian(Int(crc32(Array(chunk[4...]))))
        bytes.insert(contentsOf: chunk, at: ihdrEnd)
        return Data(bytes)
    }

    /// `jpeg` with an APP11 JUMBF segment after SOI (JPEG XT's `JP` framing: instance 1, sequence 1).
    public static func jpeg(_ jpeg: Data) -> Data {
        var bytes = [UInt8](jpeg)
        let payload: [UInt8] = Array("JP".utf8) + [0x00, 0x01] + [0, 0, 0, 1] + manifest
        let segment: [UInt8] = [0xFF, 0xEB] + Array(bigEndian(payload.count + 2).suffix(2)) + payload
        bytes.insert(contentsOf: segment, at: 2)
        return Data(bytes)
    }

    /// `webp` with a `C2PA` chunk at the end, the RIFF size fixed.
    public static func webp(_ webp: Data) -> Data {
        var bytes = [UInt8](webp)
        let size = manifest.count
        bytes += Array("C2PA".utf8) + (0..<4).map { UInt8(truncatingIfNeeded: size >> ($0 * 8)) } + manifest
        if size & 1 == 1 { bytes.append(0) }
        let riff = bytes.count - 8
        bytes.replaceSubrange(4..<8, with: (0..<4).map { UInt8(truncatingIfNeeded: riff >> ($0 * 8)) })
        return Data(bytes)
    }

    private static func box(_ type: String, _ data: [UInt8]) -> [UInt8] {
        bigEndian(8 + data.count) + Array(type.utf8) + data
    }

    private static func bigEndian(_ value: Int) -> [UInt8] {
        (0..<4).reversed().map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
    }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 != 0 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
        }
        return crc ^ 0xFFFF_FFFF
    }
}
