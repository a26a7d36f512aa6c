import Foundation

/// Deterministic image files for tests and benchmarks, generated in code so the repository carries no binary
/// fixtures and any size can be produced on demand.
public enum TestImages {
    /// A real, valid PNG (8-bit RGB or grayscale, zlib *stored* deflate blocks, correct CRC32 and Adler-32),
    /// with a deterministic gradient so that any decoder accepts it and pixel checks are repeatable.
    /// Linear time: 3840x2160 grayscale takes a few milliseconds in a release build.
    public static func png(width: Int, height: Int, grayscale: Bool = false) -> Data {
        Data(PNGEncoder.encode(width: width, height: height, grayscale: grayscale))
    }

    /// Bytes that begin like a baseline JPEG and carry a correct SOF0 frame header with this width/height
    /// (SOI, APP0 JFIF, DQT, SOF0, DHT, SOS, scan bytes, EOI), for dimension sniffing and format detection.
    /// The scan is valid too: it decodes to a uniform gray image.
    public static func jpeg(width: Int, height: Int) -> Data {
        Data(JPEGEncoder.encode(width: width, height: height))
    }

    /// A RIFF/WEBP file with a VP8X chunk carrying canvas width/height (minus-one 24-bit little-endian fields),
    /// followed by a small VP8L chunk (which decodes to a uniform gray image for sizes up to 16384).
    public static func webp(width: Int, height: Int) -> Data {
        Data(WebPEncoder.encode(width: width, height: height))
    }

    /// Deterministic random bytes that are not an image (for "not an image" tests); the same `count` always
    /// yields the same bytes, and longer outputs extend shorter ones.
    public static func notAnImage(count: Int) -> Data {
        var generator = SplitMix64(seed: 0x5EED_F00D_CAFE_D00D)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(0, count) + 8)
        while bytes.count < count {
            let word = generator.next()
            for shift in stride(from: 0, to: 64, by: 8) {
                bytes.append(UInt8(truncatingIfNeeded: word >> UInt64(shift)))
            }
        }
        return Data(bytes.prefix(max(0, count)))
    }
}

/// A tiny seeded PRNG (SplitMix64) so "random" test data is identical on every run and platform.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
