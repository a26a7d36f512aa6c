/// Writes real, uncompressed PNGs: 8-bit RGB or grayscale, filter 0 on every row, zlib "stored" deflate blocks,
/// correct CRC-32 and Adler-32. Stored blocks keep encoding linear and fast (a 4K grayscale frame in a few
/// milliseconds, release) while any decoder still accepts the file.
enum PNGEncoder {
    /// Largest payload of one stored deflate block.
    private static let storedBlockLimit = 65_535

    /// A deterministic gradient image: gray is the mean of horizontal and vertical ramps; RGB puts the
    /// horizontal ramp in red, the vertical one in green and their XOR in blue.
    static func encode(width: Int, height: Int, grayscale: Bool) -> [UInt8] {
        precondition(width > 0 && height > 0, "PNG dimensions must be positive")
        let channels = grayscale ? 1 : 3
        let raw = scanlines(width: width, height: height, channels: channels)
        let blockCount = max(1, (raw.count + storedBlockLimit - 1) / storedBlockLimit)
        let idatLength = 2 + raw.count + 5 * blockCount + 4

        var png: [UInt8] = []
        png.reserveCapacity(8 + 25 + 12 + idatLength + 12)
        png.append(contentsOf: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])

        var header: [UInt8] = []
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        header.append(contentsOf: [8, grayscale ? 0 : 2, 0, 0, 0])
        appendChunk("IHDR", to: &png) { $0.append(contentsOf: header) }

        appendChunk("IDAT", to: &png) { png in
            png.append(contentsOf: [0x78, 0x01])
            var offset = 0
            repeat {
                let length = min(storedBlockLimit, raw.count - offset)
                let isLast = offset + length == raw.count
                png.append(isLast ? 1 : 0)
                png.appendLittleEndian(length, byteCount: 2)
                png.appendLittleEndian(~length & 0xFFFF, byteCount: 2)
                png.append(contentsOf: raw[offset..<(offset + length)])
                offset += length
            } while offset < raw.count
            png.appendBigEndian(raw.withUnsafeBytes { Adler32.checksum($0) })
        }
        appendChunk("IEND", to: &png) { _ in }
        return png
    }

    /// Filter byte 0 followed by the pixel bytes, for every row.
    private static func scanlines(width: Int, height: Int, channels: Int) -> [UInt8] {
        let columns = ramp(count: width)
        let rows = ramp(count: height)
        let rowBytes = 1 + width * channels
        var raw = [UInt8](repeating: 0, count: rowBytes * height)
        raw.withUnsafeMutableBufferPointer { raw in
            columns.withUnsafeBufferPointer { columns in
                for y in 0..<height {
                    let rowValue = rows[y]
                    var position = y * rowBytes + 1
                    if channels == 1 {
                        for x in 0..<width {
                            raw[position] = UInt8((UInt16(columns[x]) + UInt16(rowValue)) >> 1)
                            position += 1
                        }
                    } else {
                        for x in 0..<width {
                            raw[position] = columns[x]
                            raw[position + 1] = rowValue
                            raw[position + 2] = columns[x] ^ rowValue
                            position += 3
                        }
                    }
                }
            }
        }
        return raw
    }

    /// 0...255 spread evenly over `count` steps.
    private static func ramp(count: Int) -> [UInt8] {
        let span = max(1, count - 1)
        return (0..<count).map { UInt8($0 * 255 / span) }
    }

    /// Appends length, type, the data written by `body`, and the CRC of type + data, in place.
    private static func appendChunk(_ type: String, to png: inout [UInt8], body: (inout [UInt8]) -> Void) {
        let lengthPosition = png.count
        png.appendBigEndian(0)
        let typePosition = png.count
        png.append(contentsOf: Array(type.utf8))
        body(&png)
        let length = png.count - typePosition - 4
        png[lengthPosition] = UInt8(length >> 24)
        png[lengthPosition + 1] = UInt8((length >> 16) & 0xFF)
        png[lengthPosition + 2] = UInt8((length >> 8) & 0xFF)
        png[lengthPosition + 3] = UInt8(length & 0xFF)
        let crc = png.withUnsafeBytes { CRC32.checksum(UnsafeRawBufferPointer(rebasing: $0[typePosition...])) }
        png.appendBigEndian(crc)
    }
}
