/// Writes an extended-format WebP: a VP8X chunk carrying the canvas size, then a VP8L (lossless) chunk whose
/// five prefix codes each hold a single symbol, so every pixel costs zero bits. For sizes up to 16384 (the VP8L
/// limit) the file decodes to a uniform gray image; larger canvases still carry the right VP8X header.
enum WebPEncoder {
    static func encode(width: Int, height: Int) -> [UInt8] {
        precondition(
            (1...(1 << 24)).contains(width) && (1...(1 << 24)).contains(height),
            "WebP canvas dimensions must be in 1...16777216")
        var vp8x: [UInt8] = [0x00, 0x00, 0x00, 0x00]
        vp8x.appendLittleEndian(width - 1, byteCount: 3)
        vp8x.appendLittleEndian(height - 1, byteCount: 3)

        let vp8l = losslessBitstream(width: min(width, 16_384), height: min(height, 16_384))

        var chunks: [UInt8] = []
        appendChunk("VP8X", vp8x, to: &chunks)
        appendChunk("VP8L", vp8l, to: &chunks)

        var webp = Array("RIFF".utf8)
        webp.appendLittleEndian(4 + chunks.count, byteCount: 4)
        webp.append(contentsOf: Array("WEBP".utf8))
        webp.append(contentsOf: chunks)
        return webp
    }

    private static func losslessBitstream(width: Int, height: Int) -> [UInt8] {
        var writer = LSBBitWriter()
        writer.write(0x2F, bits: 8)  // VP8L signature
        writer.write(width - 1, bits: 14)
        writer.write(height - 1, bits: 14)
        writer.write(0, bits: 1)  // alpha not used
        writer.write(0, bits: 3)  // version 0
        writer.write(0, bits: 1)  // no transforms
        writer.write(0, bits: 1)  // no color cache
        writer.write(0, bits: 1)  // no meta prefix codes
        // Green, red, blue, alpha, distance: each a "simple" code with one symbol.
        for symbol in [128, 128, 128, 255] {
            writer.write(1, bits: 1)  // simple code
            writer.write(0, bits: 1)  // one symbol
            writer.write(1, bits: 1)  // 8-bit symbol
            writer.write(symbol, bits: 8)
        }
        writer.write(1, bits: 1)
        writer.write(0, bits: 1)
        writer.write(0, bits: 1)  // 1-bit symbol
        writer.write(0, bits: 1)  // distance symbol 0
        return writer.bytes
    }

    private static func appendChunk(_ fourCC: String, _ payload: [UInt8], to chunks: inout [UInt8]) {
        chunks.append(contentsOf: Array(fourCC.utf8))
        chunks.appendLittleEndian(payload.count, byteCount: 4)
        chunks.append(contentsOf: payload)
        if payload.count % 2 == 1 {
            chunks.append(0)  // RIFF chunks are padded to even length
        }
    }
}

/// Packs bit fields least-significant bit first, as VP8L requires.
struct LSBBitWriter {
    private(set) var bytes: [UInt8] = []
    private var used = 0

    /// Appends the low `bits` bits of `value`.
    mutating func write(_ value: Int, bits: Int) {
        for index in 0..<bits {
            if used == 0 {
                bytes.append(0)
            }
            if (value >> index) & 1 == 1 {
                bytes[bytes.count - 1] |= UInt8(1 << used)
            }
            used = (used + 1) % 8
        }
    }
}
