/// CRC-32 (ISO-HDLC, as PNG chunks use), table-driven so multi-megabyte test images are checksummed in
/// milliseconds.
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index -> UInt32 in
        var value = UInt32(index)
        for _ in 0..<8 {
            value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1
        }
        return value
    }

    /// The CRC of `bytes`.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        table.withUnsafeBufferPointer { table in
            var crc: UInt32 = 0xFFFF_FFFF
            for byte in bytes {
                crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
            }
            return crc ^ 0xFFFF_FFFF
        }
    }
}

/// Adler-32 (the zlib trailer), with the modulo deferred to every 5552 bytes (zlib's NMAX) for speed.
enum Adler32 {
    /// The Adler-32 of `bytes`.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        let modulus: UInt32 = 65_521
        let blockSize = 5_552
        var a: UInt32 = 1
        var b: UInt32 = 0
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + blockSize)
            for index in offset..<end {
                a &+= UInt32(bytes[index])
                b &+= a
            }
            a %= modulus
            b %= modulus
            offset = end
        }
        return b << 16 | a
    }
}

extension Array where Element == UInt8 {
    /// Appends a big-endian 32-bit value (PNG and zlib byte order).
    mutating func appendBigEndian(_ value: UInt32) {
        append(contentsOf: [
            UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF),
            UInt8(value & 0xFF),
        ])
    }

    /// Appends a big-endian 16-bit value (JPEG byte order).
    mutating func appendBigEndian16(_ value: Int) {
        append(contentsOf: [UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)])
    }

    /// Appends the low `byteCount` bytes of `value`, little-endian (RIFF, WebP and deflate byte order).
    mutating func appendLittleEndian(_ value: Int, byteCount: Int) {
        for index in 0..<byteCount {
            append(UInt8((value >> (8 * index)) & 0xFF))
        }
    }
}
