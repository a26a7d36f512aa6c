import Foundation

/// A small PNG made from a saved PNG, for a call that asks for a preview: the image shrunk so that its longest
/// edge is at most `maxEdge` pixels and its file at most `limit` bytes, so an agent can look without its
/// context filling with megabytes of base64.
///
/// Reads 8- and 16-bit grey, grey with alpha, RGB, RGBA and 8-bit palette images, not interlaced (what the
/// gateways send); anything else gets no preview. The decoded rows are held once, at most `maxDecodedBytes`.
enum PNGPreview {
    /// The largest image decoded for a preview (8K by 8K at most 16 bytes a pixel would be 1 GB).
    static let maxDecodedBytes = 160 * 1024 * 1024

    /// The preview, or nil when the image is not a PNG this can read or zlib is missing.
    static func make(from data: Data, maxEdge: Int = 160, limit: Int = 64 * 1024) -> Data? {
        guard let image = decode(data) else { return nil }
        var edge = maxEdge
        while edge >= 16 {
            if let png = encode(image.scaled(toLongestEdge: edge)), png.count <= limit { return Data(png) }
            edge = edge * 3 / 4
        }
        return nil
    }

    /// Pixels as RGB or RGBA, 8 bits a channel: the preview before it is encoded.
    struct Pixels {
        let width: Int
        let height: Int
        let channels: Int
        let bytes: [UInt8]
    }

    /// A decoded PNG: its unfiltered rows as they were stored (one filter byte, then the row), read in place so
    /// that the image is held once.
    struct Decoded {
        let width: Int
        let height: Int
        let colorType: Int
        /// Bytes per sample: 1, or 2 for 16-bit images (whose high byte is read).
        let sampleBytes: Int
        let pixelBytes: Int
        let palette: [UInt8]
        let rows: [UInt8]

        /// 4 when the image has alpha, else 3.
        var channels: Int { colorType == 4 || colorType == 6 ? 4 : 3 }

        /// Shrunk (never enlarged): each output pixel the average of at most 4x4 samples of its block.
        func scaled(toLongestEdge edge: Int) -> Pixels {
            let longest = max(width, height)
            let outWidth = longest > edge ? max(1, width * edge / longest) : width
            let outHeight = longest > edge ? max(1, height * edge / longest) : height
            let channels = channels
            var out = [UInt8](repeating: 0, count: outWidth * outHeight * channels)
            var sums = [Int](repeating: 0, count: channels)
            var pixel = [UInt8](repeating: 0, count: channels)
            rows.withUnsafeBufferPointer { rows in
                for y in 0..<outHeight {
                    let top = y * height / outHeight
                    let bottom = max(top + 1, (y + 1) * height / outHeight)
                    for x in 0..<outWidth {
                        let left = x * width / outWidth
                        let right = max(left + 1, (x + 1) * width / outWidth)
                        for channel in 0..<channels { sums[channel] = 0 }
                        var count = 0
                        for sy in stride(from: top, to: bottom, by: max(1, (bottom - top) / 4)) {
                            for sx in stride(from: left, to: right, by: max(1, (right - left) / 4)) {
                                read(rows, x: sx, y: sy, into: &pixel)
                                for channel in 0..<channels { sums[channel] += Int(pixel[channel]) }
                                count += 1
                            }
                        }
                        let base = (y * outWidth + x) * channels
                        for channel in 0..<channels { out[base + channel] = UInt8(sums[channel] / count) }
                    }
                }
            }
            return Pixels(width: outWidth, height: outHeight, channels: channels, bytes: out)
        }

        /// The pixel at (x, y) as RGB or RGBA.
        private func read(_ rows: UnsafeBufferPointer<UInt8>, x: Int, y: Int, into pixel: inout [UInt8]) {
            let at = y * (width * pixelBytes + 1) + 1 + x * pixelBytes
            let first = rows[at]
            switch colorType {
            case 0, 4:
                pixel[0] = first
                pixel[1] = first
                pixel[2] = first
                if colorType == 4 { pixel[3] = rows[at + sampleBytes] }
            case 3:
                let entry = min(Int(first) * 3, palette.count - 3)
                pixel[0] = palette[entry]
                pixel[1] = palette[entry + 1]
                pixel[2] = palette[entry + 2]
            default:
                pixel[0] = first
                pixel[1] = rows[at + sampleBytes]
                pixel[2] = rows[at + 2 * sampleBytes]
                if colorType == 6 { pixel[3] = rows[at + 3 * sampleBytes] }
            }
        }
    }

    // MARK: - Reading

    static func decode(_ png: Data) -> Decoded? {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard png.count > 33, png.prefix(8).elementsEqual(signature) else { return nil }
        var offset = png.startIndex + 8
        var header: [UInt8] = []
        var palette: [UInt8] = []
        var compressed: [UInt8] = []
        while offset + 12 <= png.endIndex {
            let length = Int(bigEndian(png, offset))
            let type = String(decoding: png[(offset + 4)..<(offset + 8)], as: UTF8.self)
            let start = offset + 8
            guard start + length + 4 <= png.endIndex else { return nil }
            let body = png[start..<(start + length)]
            switch type {
            case "IHDR": header = Array(body)
            case "PLTE": palette = Array(body)
            case "IDAT": compressed.append(contentsOf: body)
            default: break
            }
            offset = start + length + 4
            if type == "IEND" { break }
        }
        guard header.count == 13 else { return nil }
        let width = Int(bigEndian(Data(header), 0))
        let height = Int(bigEndian(Data(header), 4))
        let depth = Int(header[8])
        let colorType = Int(header[9])
        guard width > 0, height > 0, header[12] == 0 else { return nil }
        let samples: Int
        switch (colorType, depth) {
        case (0, 8), (0, 16): samples = 1
        case (2, 8), (2, 16): samples = 3
        case (3, 8): samples = 1
        case (4, 8), (4, 16): samples = 2
        case (6, 8), (6, 16): samples = 4
        default: return nil
        }
        guard colorType != 3 || palette.count >= 3 else { return nil }
        let pixelBytes = samples * depth / 8
        let (rowBytes, overflowRow) = width.multipliedReportingOverflow(by: pixelBytes)
        let (total, overflow) = height.multipliedReportingOverflow(by: rowBytes + 1)
        guard !overflowRow, !overflow, total <= maxDecodedBytes,
            var rows = Zlib.inflate(compressed, expected: total)
        else { return nil }
        compressed = []
        guard unfilter(&rows, height: height, rowBytes: rowBytes, pixelBytes: pixelBytes) else { return nil }
        return Decoded(
            width: width, height: height, colorType: colorType, sampleBytes: depth / 8, pixelBytes: pixelBytes,
            palette: palette, rows: rows)
    }

    /// Undoes each row's filter in place (PNG's five filter types); false for an unknown filter.
    private static func unfilter(_ raw: inout [UInt8], height: Int, rowBytes: Int, pixelBytes: Int) -> Bool {
        raw.withUnsafeMutableBufferPointer { raw in
            for y in 0..<height {
                let row = y * (rowBytes + 1) + 1
                let previous = row - (rowBytes + 1)
                let filter = raw[row - 1]
                for i in 0..<rowBytes {
                    let left = i >= pixelBytes ? Int(raw[row + i - pixelBytes]) : 0
                    let up = y > 0 ? Int(raw[previous + i]) : 0
                    let upLeft = y > 0 && i >= pixelBytes ? Int(raw[previous + i - pixelBytes]) : 0
                    let predictor: Int
                    switch filter {
                    case 0: predictor = 0
                    case 1: predictor = left
                    case 2: predictor = up
                    case 3: predictor = (left + up) / 2
                    case 4:
                        let estimate = left + up - upLeft
                        let (toLeft, toUp, toUpLeft) = (
                            abs(estimate - left), abs(estimate - up), abs(estimate - upLeft)
                        )
                        predictor = toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft
                    default: return false
                    }
                    raw[row + i] = raw[row + i] &+ UInt8(truncatingIfNeeded: predictor)
                }
            }
            return true
        }
    }

    private static func bigEndian(_ bytes: Data, _ offset: Int) -> UInt32 {
        bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | UInt32($1) }
    }

    // MARK: - Writing

    static func encode(_ pixels: Pixels) -> [UInt8]? {
        var rows: [UInt8] = []
        rows.reserveCapacity(pixels.height * (1 + pixels.width * pixels.channels))
        for y in 0..<pixels.height {
            rows.append(0)
            let start = y * pixels.width * pixels.channels
            rows.append(contentsOf: pixels.bytes[start..<(start + pixels.width * pixels.channels)])
        }
        guard let compressed = Zlib.deflate(rows) else { return nil }
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header: [UInt8] = []
        append(UInt32(pixels.width), to: &header)
        append(UInt32(pixels.height), to: &header)
        header += [8, pixels.channels == 4 ? 6 : 2, 0, 0, 0]
        chunk("IHDR", header, into: &png)
        chunk("IDAT", compressed, into: &png)
        chunk("IEND", [], into: &png)
        return png
    }

    private static func chunk(_ type: String, _ body: [UInt8], into png: inout [UInt8]) {
        append(UInt32(body.count), to: &png)
        let typed = Array(type.utf8) + body
        png += typed
        append(CRC32.checksum(typed), to: &png)
    }

    private static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        bytes += [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
}

/// The CRC-32 PNG chunks end with.
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        ~bytes.reduce(~UInt32(0)) { crc, byte in table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    }
}
