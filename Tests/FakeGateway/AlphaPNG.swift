import Foundation

extension TestImages {
    /// A real PNG with an alpha channel (8-bit RGBA, colour type 6, or grey + alpha, colour type 4), such as
    /// an edit mask: opaque everywhere except a transparent square in the middle, the region to repaint.
    public static func pngWithAlpha(width: Int, height: Int, grayscale: Bool = false) -> Data {
        precondition(width > 0 && height > 0, "PNG dimensions must be positive")
        let channels = grayscale ? 2 : 4
        var raw: [UInt8] = []
        raw.reserveCapacity((1 + width * channels) * height)
        for y in 0..<height {
            raw.append(0)
            for x in 0..<width {
                let inHole = x >= width / 4 && x < width * 3 / 4 && y >= height / 4 && y < height * 3 / 4
                let alpha: UInt8 = inHole ? 0 : 255
                raw.append(contentsOf: grayscale ? [0, alpha] : [0, 0, 0, alpha])
            }
        }
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header: [UInt8] = []
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        header.append(contentsOf: [8, grayscale ? 4 : 6, 0, 0, 0])
        AlphaPNG.appendChunk("IHDR", header, to: &png)
        AlphaPNG.appendChunk("IDAT", AlphaPNG.storedZlib(raw), to: &png)
        AlphaPNG.appendChunk("IEND", [], to: &png)
        return Data(png)
    }
}

/// The few PNG pieces the alpha encoder needs: chunks with CRCs and zlib "stored" blocks.
enum AlphaPNG {
    static func appendChunk(_ type: String, _ data: [UInt8], to png: inout [UInt8]) {
        png.appendBigEndian(UInt32(data.count))
        let typed = Array(type.utf8) + data
        png.append(contentsOf: typed)
        png.appendBigEndian(typed.withUnsafeBytes { CRC32.checksum($0) })
    }

    static func storedZlib(_ raw: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let length = min(65_535, raw.count - offset)
            out.append(offset + length == raw.count ? 1 : 0)
            out.appendLittleEndian(length, byteCount: 2)
            out.appendLittleEndian(~length & 0xFFFF, byteCount: 2)
            out.append(contentsOf: raw[offset..<(offset + length)])
            offset += length
        } while offset < raw.count
        out.appendBigEndian(raw.withUnsafeBytes { Adler32.checksum($0) })
        return out
    }
}
