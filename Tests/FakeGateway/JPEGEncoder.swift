/// Writes a tiny but genuine baseline JPEG: JFIF header, a flat quantisation table, a SOF0 frame with the
/// requested size and three components, one-symbol Huffman tables, and a scan in which every block is
/// "DC difference 0, end of block" (two bits). The result decodes to a uniform mid-gray image, and its header
/// is exactly what dimension sniffers read.
enum JPEGEncoder {
    static func encode(width: Int, height: Int) -> [UInt8] {
        precondition(
            (1...65_535).contains(width) && (1...65_535).contains(height),
            "JPEG dimensions must be in 1...65535")
        var jpeg: [UInt8] = [0xFF, 0xD8]

        // APP0 JFIF 1.1, no density units, 1:1 aspect, no thumbnail.
        jpeg.append(contentsOf: [0xFF, 0xE0, 0x00, 0x10])
        jpeg.append(contentsOf: Array("JFIF".utf8) + [0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00])

        // DQT: table 0, 8-bit precision, all ones.
        jpeg.append(contentsOf: [0xFF, 0xDB, 0x00, 0x43, 0x00])
        jpeg.append(contentsOf: [UInt8](repeating: 1, count: 64))

        // SOF0: 8-bit samples, height, width, three components sampled 1x1, all using table 0.
        jpeg.append(contentsOf: [0xFF, 0xC0, 0x00, 0x11, 0x08])
        jpeg.appendBigEndian16(height)
        jpeg.appendBigEndian16(width)
        jpeg.append(contentsOf: [0x03, 0x01, 0x11, 0x00, 0x02, 0x11, 0x00, 0x03, 0x11, 0x00])

        // DHT: DC table 0 and AC table 0, each a single 1-bit code "0" for symbol 0x00.
        let oneSymbolTable: [UInt8] = [0x01] + [UInt8](repeating: 0, count: 15) + [0x00]
        jpeg.append(contentsOf: [0xFF, 0xC4, 0x00, 0x26, 0x00] + oneSymbolTable + [0x10] + oneSymbolTable)

        // SOS: three components, all on DC/AC table 0, full spectral range.
        jpeg.append(contentsOf: [0xFF, 0xDA, 0x00, 0x0C, 0x03, 0x01, 0x00, 0x02, 0x00, 0x03, 0x00, 0x00, 0x3F, 0x00])

        // Entropy-coded data: two zero bits per block, padded with one bits.
        let blocks = ((width + 7) / 8) * ((height + 7) / 8) * 3
        let bits = blocks * 2
        jpeg.append(contentsOf: [UInt8](repeating: 0, count: bits / 8))
        if bits % 8 != 0 {
            jpeg.append(0xFF >> (bits % 8))
        }

        jpeg.append(contentsOf: [0xFF, 0xD9])
        return jpeg
    }
}
