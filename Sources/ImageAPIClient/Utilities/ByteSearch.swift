import Foundation

/// Finding bytes in a reply without copying it.
///
/// `Data.range(of:)` in swift-corelibs-foundation bridges through `NSData`, which copies the whole buffer: for an
/// 11 MB 4K reply that was 10 MB more peak memory for a search that ends in its first bytes.
enum ByteSearch {
    /// The offset from `data.startIndex` of the first occurrence of `needle`, or nil; memchr finds each candidate
    /// first byte at memory speed and memcmp checks the rest.
    static func firstOffset(of needle: [UInt8], in data: Data) -> Int? {
        guard !needle.isEmpty, data.count >= needle.count else { return nil }
        return data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset <= buffer.count - needle.count {
                guard let hit = memchr(base + offset, Int32(needle[0]), buffer.count - needle.count + 1 - offset)
                else { return nil }
                let position = base.distance(to: UnsafeRawPointer(hit))
                let same = needle.withUnsafeBytes { key in memcmp(base + position, key.baseAddress!, key.count) == 0 }
                if same { return position }
                offset = position + 1
            }
            return nil
        }
    }

    /// The indices of the first occurrence of `needle` in `data` at or after `start` (`data.startIndex` when
    /// nil), in `data`'s own indices (a slice keeps its parent's), or nil.
    static func firstRange(of needle: [UInt8], in data: Data, from start: Data.Index? = nil) -> Range<Data.Index>? {
        let from = start ?? data.startIndex
        guard from <= data.endIndex else { return nil }
        let tail = data[from..<data.endIndex]
        return firstOffset(of: needle, in: tail).map { (from + $0)..<(from + $0 + needle.count) }
    }
}
