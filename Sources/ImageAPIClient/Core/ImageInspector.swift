import Foundation

/// Reads an image's format and pixel size from its header, without decoding it.
///
/// Used to check inputs before upload, to pick the saved file's extension from what actually arrived, and to
/// tell the person what they got ("1672x941 PNG, 1.8 MB"). It must never crash or hang on hostile bytes.
public enum ImageInspector {
    /// An image's format and, when the header says, its size.
    public struct Facts: Sendable, Equatable {
        /// The format.
        public let format: ImageFormat
        /// Width in pixels.
        public let width: Int?
        /// Height in pixels.
        public let height: Int?
    }

    /// The format of `data` by its magic bytes.
    public static func format(of data: Data) -> ImageFormat? {
        let head = [UInt8](data.prefix(12))
        if head.count >= 8, head[0...7] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] { return .png }
        if head.count >= 3, head[0] == 0xFF, head[1] == 0xD8, head[2] == 0xFF { return .jpeg }
        if head.count >= 12, head[0...3] == [0x52, 0x49, 0x46, 0x46], head[8...11] == [0x57, 0x45, 0x42, 0x50] {
            return .webp
        }
        return nil
    }

    /// The format and pixel size of `data`, or nil when it is not PNG, JPEG or WebP.
    public static func inspect(_ data: Data) -> Facts? {
        guard let format = format(of: data) else { return nil }
        let size: (Int, Int)?
        switch format {
        case .png: size = pngSize(data)
        case .jpeg: size = jpegSize(data)
        case .webp: size = webpSize(data)
        }
        return Facts(format: format, width: size?.0, height: size?.1)
    }

    private static func byte(_ data: Data, _ offset: Int) -> Int? {
        guard offset >= 0, offset < data.count else { return nil }
        return Int(data[data.startIndex + offset])
    }

    private static func bigEndian(_ data: Data, _ offset: Int, _ width: Int) -> Int? {
        var value = 0
        for index in 0..<width {
            guard let next = byte(data, offset + index) else { return nil }
            value = value << 8 | next
        }
        return value
    }

    private static func littleEndian(_ data: Data, _ offset: Int, _ width: Int) -> Int? {
        var value = 0
        for index in (0..<width).reversed() {
            guard let next = byte(data, offset + index) else { return nil }
            value = value << 8 | next
        }
        return value
    }

    /// PNG: the IHDR chunk always comes first, width and height at offsets 16 and 20.
    private static func pngSize(_ data: Data) -> (Int, Int)? {
        guard data.count >= 24,
            data[data.startIndex + 12..<data.startIndex + 16].elementsEqual("IHDR".utf8),
            let width = bigEndian(data, 16, 4), let height = bigEndian(data, 20, 4),
            width > 0, height > 0
        else { return nil }
        return (width, height)
    }

    /// JPEG: walk the marker segments to the first start-of-frame (SOF0–SOF15 except DHT, JPG and DAC).
    private static func jpegSize(_ data: Data) -> (Int, Int)? {
        var offset = 2
        var steps = 0
        while offset + 4 <= data.count, steps < 10_000 {
            steps += 1
            guard byte(data, offset) == 0xFF, let marker = byte(data, offset + 1) else { return nil }
            if marker == 0xFF {
                offset += 1
                continue
            }
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) {
                offset += 2
                continue
            }
            if marker == 0xD9 || marker == 0xDA { return nil }
            guard let length = bigEndian(data, offset + 2, 2), length >= 2 else { return nil }
            if (0xC0...0xCF).contains(marker), marker != 0xC4, marker != 0xC8, marker != 0xCC {
                guard let height = bigEndian(data, offset + 5, 2), let width = bigEndian(data, offset + 7, 2),
                    width > 0, height > 0
                else { return nil }
                return (width, height)
            }
            offset += 2 + length
        }
        return nil
    }

    /// WebP: the first chunk is VP8 (lossy), VP8L (lossless) or VP8X (extended), each with its own layout.
    private static func webpSize(_ data: Data) -> (Int, Int)? {
        guard data.count >= 30 else { return nil }
        let chunk = String(decoding: data[data.startIndex + 12..<data.startIndex + 16], as: UTF8.self)
        switch chunk {
        case "VP8X":
            guard let width = littleEndian(data, 24, 3), let height = littleEndian(data, 27, 3) else { return nil }
            return (width + 1, height + 1)
        case "VP8L":
            guard byte(data, 20) == 0x2F, let bits = littleEndian(data, 21, 4) else { return nil }
            return ((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
        case "VP8 ":
            guard byte(data, 23) == 0x9D, byte(data, 24) == 0x01, byte(data, 25) == 0x2A,
                let width = littleEndian(data, 26, 2), let height = littleEndian(data, 28, 2)
            else { return nil }
            let size = (width & 0x3FFF, height & 0x3FFF)
            return size.0 > 0 && size.1 > 0 ? size : nil
        default:
            return nil
        }
    }
}
