import Foundation

/// Reads a file by offset, a piece at a time, so that walking an image's chunks or segments never holds the
/// whole image in memory (a saved image may be tens of megabytes; only its headers are read).
final class FileCursor {
    private let handle: FileHandle
    /// The file's length in bytes.
    let length: Int

    /// Opens `url` for reading; nil when it cannot be opened.
    init?(_ url: URL) {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        guard let end = try? handle.seekToEnd() else {
            try? handle.close()
            return nil
        }
        self.handle = handle
        length = Int(end)
    }

    deinit { try? handle.close() }

    /// Exactly `count` bytes at `offset`, or nil when the file is shorter or cannot be read.
    func bytes(at offset: Int, count: Int) -> [UInt8]? {
        guard offset >= 0, count >= 0, offset <= length, count <= length - offset else { return nil }
        if count == 0 { return [] }
        do {
            try handle.seek(toOffset: UInt64(offset))
            guard let data = try handle.read(upToCount: count), data.count == count else { return nil }
            return [UInt8](data)
        } catch {
            return nil
        }
    }

    /// Copies `count` bytes from `offset` to `output`, a megabyte at a time.
    func copy(from offset: Int, count: Int, to output: FileHandle) throws {
        guard offset >= 0, count >= 0, count <= length - offset else { throw CocoaError(.fileReadCorruptFile) }
        try handle.seek(toOffset: UInt64(offset))
        var left = count
        while left > 0 {
            guard let chunk = try handle.read(upToCount: min(left, 1 << 20)), !chunk.isEmpty else {
                throw CocoaError(.fileReadCorruptFile)
            }
            try output.write(contentsOf: chunk)
            left -= chunk.count
        }
    }
}

/// Big- and little-endian numbers in byte arrays, for the chunk and segment headers of the three formats.
enum ByteFields {
    static func bigEndian(_ bytes: [UInt8], at offset: Int, width: Int) -> Int? {
        guard offset >= 0, offset + width <= bytes.count else { return nil }
        return bytes[offset..<offset + width].reduce(0) { $0 << 8 | Int($1) }
    }

    static func littleEndian(_ bytes: [UInt8], at offset: Int, width: Int) -> Int? {
        guard offset >= 0, offset + width <= bytes.count else { return nil }
        return bytes[offset..<offset + width].reversed().reduce(0) { $0 << 8 | Int($1) }
    }

    static func bigEndian(_ value: Int, width: Int) -> [UInt8] {
        (0..<width).reversed().map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
    }

    static func littleEndian(_ value: Int, width: Int) -> [UInt8] {
        (0..<width).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
    }

    /// The four-character code at `offset` (`IHDR`, `VP8X`).
    static func fourCC(_ bytes: [UInt8], at offset: Int) -> String {
        guard offset >= 0, offset + 4 <= bytes.count else { return "" }
        return String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
    }

    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }
}

/// CRC-32 (ISO 3309, as PNG uses it) over a chunk's type and data.
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 != 0 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
