import Foundation

/// A small PNG made from a saved PNG, for a call that asks for a preview: the image shrunk so that its longest
/// edge is at most `maxEdge` pixels and its file at most `limit` bytes, so an agent can look without its
/// context filling with megabytes of base64.
///
/// Reads 8- and 16-bit grey, grey with alpha, RGB, RGBA and 8-bit palette images, not interlaced (what the
/// gateways send); anything else gets no preview. The decoded pixels are held once, bounded by `maxPixels`.
enum PNGPreview {
    /// The largest image decoded for a preview (8K by 8K at most 16 bytes a pixel would be 1 GB).
    static let maxDecodedBytes = 160 * 1024 * 1024

    /// The preview, or nil when the image is not a PNG this can read or zlib is missing.
    static func make(from data: Data, maxEdge: Int = 160, limit: Int = 64 * 1024) -> Data? {
        guard let image = decode([UInt8](data)) else { return nil }
        var edge = maxEdge
        while edge >= 16 {
            if let png = encode(image.scaled(toLongestEdge: edge)), png.count <= limit { return Data(png) }
            edge = edge * 3 / 4
        }
        return nil
    }

    /// Pixels as RGB or RGBA, 8 bits a channel.
    struct Pixels {
        let width: Int
        let height: Int
        let channels: Int
        let bytes: [UInt8]

        /// Shrunk (never enlarged) by averaging each output pixel's block of source pixels.
        func scaled(toLongestEdge edge: Int) -> Pixels {
            let longest = max(width, height)
            guard longest > edge else { return self }
            let outWidth = max(1, width * edge / longest)
            let outHeight = max(1, height * edge / longest)
            var out = [UInt8](repeating: 0, count: outWidth * outHeight * channels)
            bytes.withUnsafeBufferPointer { source in
                for y in 0..<outHeight {
                    let top = y * height / outHeight
                    let bottom = max(top + 1, (y + 1) * height / outHeight)
                    for x in 0..<outWidth {
                        let left = x * width / outWidth
                        let right = max(left + 1, (x + 1) * width / outWidth)
                        // At most 4x4 samples per block keep the work small on a 4K image.
                        let stepY = max(1, (bottom - top) / 4)
                        let stepX = max(1, (right - left) / 4)
                        var sums = [Int](repeating: 0, count: channels)
                        var count = 0
                        for sy in stride(from: top, to: bottom, by: stepY) {
                            for sx in stride(from: left, to: right, by: stepX) {
                                let base = (sy * width + sx) * channels
                                for channel in 0..<channels { sums[channel] += Int(source[base + channel]) }
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
    }

    // MARK: - Reading

    static func decode(_ png: [UInt8]) -> Pixels? {
        guard png.count > 33, png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { return nil }
        var offset = 8
        var header: [UInt8] = []
        var palette: [UInt8] = []
        var compressed: [UInt8] = []
        while offset + 12 <= png.count {
            let length = Int(bigEndian(png, offset))
            let type = String(decoding: png[(offset + 4)..<(offset + 8)], as: UTF8.self)
            let start = offset + 8
            guard length >= 0, start + length + 4 <= png.count else { return nil }
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
        let width = Int(bigEndian(header, 0))
        let height = Int(bigEndian(header, 4))
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
        let rowBytes = width * pixelBytes
        let (total, overflow) = height.multipliedReportingOverflow(by: rowBytes + 1)
        guard !overflow, total <= maxDecodedBytes,
            var raw = Zlib.inflate(compressed, expected: total)
        else { return nil }
        guard unfilter(&raw, height: height, rowBytes: rowBytes, pixelBytes: pixelBytes) else { return nil }
        let alpha = colorType == 4 || colorType == 6
        let channels = alpha ? 4 : 3
        var out = [UInt8](repeating: 0, count: width * height * channels)
        raw.withUnsafeBufferPointer { raw in
            out.withUnsafeMutableBufferPointer { out in
                let step = depth / 8
                for y in 0..<height {
                    var source = y * (rowBytes + 1) + 1
                    var target = y * width * channels
                    for _ in 0..<width {
                        let first = raw[source]
                        switch colorType {
                        case 0, 4:
                            out[target] = first
                            out[target + 1] = first
                            out[target + 2] = first
                            if alpha { out[target + 3] = raw[source + step] }
                        case 3:
                            let entry = min(Int(first) * 3, palette.count - 3)
                            out[target] = palette[entry]
                            out[target + 1] = palette[entry + 1]
                            out[target + 2] = palette[entry + 2]
                        default:
                            out[target] = first
                            out[target + 1] = raw[source + step]
                            out[target + 2] = raw[source + 2 * step]
                            if alpha { out[target + 3] = raw[source + 3 * step] }
                        }
                        source += pixelBytes
                        target += channels
                    }
                }
            }
        }
        return Pixels(width: width, height: height, channels: channels, bytes: out)
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

    private static func bigEndian(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
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
