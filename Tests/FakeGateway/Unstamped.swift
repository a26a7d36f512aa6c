import Foundation

/// A saved image's bytes with the metadata gen-image adds taken out again, so tests can check that the image
/// itself is byte for byte the one the gateway sent. Written independently of the library's own writer:
/// PNG loses its `parameters` and `XML:com.adobe.xmp` text chunks, JPEG its APP1 EXIF and XMP segments,
/// WebP its `EXIF`/`XMP ` chunks and the two VP8X flags that announce them (with the RIFF size fixed).
/// Bytes that carry none come back unchanged. It lives beside the fake gateway so the end-to-end tests and
/// the benchmark's checks share it.
public enum Unstamped {
    /// The file's bytes without gen-image's metadata, or nil when it cannot be read.
    public static func contents(atPath path: String) -> Data? {
        FileManager.default.contents(atPath: path).map(strip)
    }

    /// `data` without gen-image's metadata (unchanged when it carries none).
    public static func strip(_ data: Data) -> Data {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return Data(png(bytes)) }
        if bytes.starts(with: [0xFF, 0xD8]) { return Data(jpeg(bytes)) }
        if bytes.count >= 12, bytes[0..<4].elementsEqual(Array("RIFF".utf8)) { return Data(webp(bytes)) }
        return data
    }

    private static func be(_ bytes: [UInt8], _ offset: Int, _ width: Int) -> Int {
        bytes[offset..<offset + width].reduce(0) { $0 << 8 | Int($1) }
    }

    private static func le(_ bytes: [UInt8], _ offset: Int, _ width: Int) -> Int {
        bytes[offset..<offset + width].reversed().reduce(0) { $0 << 8 | Int($1) }
    }

    private static func png(_ bytes: [UInt8]) -> [UInt8] {
        var out = Array(bytes[0..<8])
        var offset = 8
        while offset + 12 <= bytes.count {
            let length = be(bytes, offset, 4)
            guard offset + 12 + length <= bytes.count else { return bytes }
            let type = String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self)
            let data = bytes[offset + 8..<offset + 8 + length]
            let keyword = data.firstIndex(of: 0).map { String(decoding: data[data.startIndex..<$0], as: UTF8.self) }
            let ours = ["tEXt", "iTXt"].contains(type) && ["parameters", "XML:com.adobe.xmp"].contains(keyword ?? "")
            if !ours { out += bytes[offset..<offset + 12 + length] }
            offset += 12 + length
            if type == "IEND" { break }
        }
        out += bytes[offset...]
        return out
    }

    private static func jpeg(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0xFF, 0xD8]
        var offset = 2
        while offset + 4 <= bytes.count, bytes[offset] == 0xFF, bytes[offset + 1] != 0xDA {
            let length = be(bytes, offset + 2, 2)
            let payload = bytes[offset + 4..<min(bytes.count, offset + 2 + length)]
            let ours =
                bytes[offset + 1] == 0xE1
                && (payload.starts(with: Array("Exif".utf8) + [0, 0])
                    || payload.starts(with: Array("http://ns.adobe.com/xap/1.0/".utf8) + [0]))
            if !ours { out += bytes[offset..<offset + 2 + length] }
            offset += 2 + length
        }
        out += bytes[offset...]
        return out
    }

    private static func webp(_ bytes: [UInt8]) -> [UInt8] {
        var body: [UInt8] = []
        var offset = 12
        while offset + 8 <= bytes.count {
            let type = String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
            let size = le(bytes, offset + 4, 4)
            let total = 8 + size + (size & 1)
            guard offset + 8 + size <= bytes.count else { return bytes }
            var chunk = Array(bytes[offset..<min(bytes.count, offset + total)])
            if type == "VP8X" { chunk[8] &= ~0x0C }
            if type != "EXIF" && type != "XMP " { body += chunk }
            offset += total
        }
        let size = body.count + 4
        return Array("RIFF".utf8) + (0..<4).map { UInt8(truncatingIfNeeded: size >> ($0 * 8)) } + Array("WEBP".utf8)
            + body
    }
}
