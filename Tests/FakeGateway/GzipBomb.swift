import Foundation

/// A gzip body of about 1 MB that inflates to 1 GiB of zero bytes, for tests and benchmarks of a client's
/// reply limit: a client that inflates before it counts would need a gigabyte of memory.
///
/// Written by hand (no zlib here): one dynamic-Huffman deflate block whose length code 285 (258 bytes) and
/// distance code 0 (one byte back) each get a one-bit code, so every 258 inflated bytes cost two bits.
public enum GzipBomb {
    /// How many bytes the body inflates to.
    public static let inflatedBytes = 1 << 30
    /// CRC-32 of `inflatedBytes` zero bytes, computed once with zlib (`zlib.crc32(bytes(1 << 30))`).
    static let crc32OfInflated: UInt32 = 0x5b64_c2b0

    /// The gzip stream (RFC 1952 around RFC 1951).
    public static func body() -> Data {
        var bits = BitWriter()
        bits.write(1, count: 1)  // BFINAL
        bits.write(2, count: 2)  // BTYPE 10: dynamic Huffman
        bits.write(29, count: 5)  // HLIT: 286 literal/length codes
        bits.write(0, count: 5)  // HDIST: one distance code
        bits.write(14, count: 4)  // HCLEN: 18 code-length codes
        // Code-length code lengths in the order 16,17,18,0,8,7,9,6,10,5,11,4,12,3,13,2,14,1: 1, 2, 3 and 18 get 2.
        for length in [0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2, 0, 2] {
            bits.write(UInt32(length), count: 3)
        }
        // Canonical codes of the code-length alphabet: 1→00, 2→01, 3→10, 18→11.
        func lengthSymbol(_ symbol: Int) {
            let code: UInt32 = [1: 0b00, 2: 0b01, 3: 0b10, 18: 0b11][symbol] ?? 0
            bits.writeHuffman(code, count: 2)
        }
        func zeros(_ count: Int) {
            lengthSymbol(18)
            bits.write(UInt32(count - 11), count: 7)
        }
        // Literal/length lengths: 0→2, 1…255→0, 256→3, 257→3, 258…284→0, 285→1; distance 0→1.
        lengthSymbol(2)
        zeros(138)
        zeros(117)
        lengthSymbol(3)
        lengthSymbol(3)
        zeros(27)
        lengthSymbol(1)
        lengthSymbol(1)
        // Canonical codes: 285→0, 0→10, 256→110, 257→111; distance 0→0.
        bits.writeHuffman(0b10, count: 2)  // literal 0
        var produced = 1
        while inflatedBytes - produced >= 258 {
            bits.writeHuffman(0, count: 1)  // length 258
            bits.writeHuffman(0, count: 1)  // distance 1
            produced += 258
        }
        precondition(inflatedBytes - produced == 3, "the tail must be one length-3 match")
        bits.writeHuffman(0b111, count: 3)  // length 3
        bits.writeHuffman(0, count: 1)  // distance 1
        bits.writeHuffman(0b110, count: 3)  // end of block
        var data = Data([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff])
        data.append(contentsOf: bits.finish())
        for value in [crc32OfInflated, UInt32(truncatingIfNeeded: inflatedBytes)] {
            data.append(contentsOf: (0..<4).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) })
        }
        return data
    }
}

/// Deflate's bit order: fields least significant bit first, Huffman codes most significant bit first.
private struct BitWriter {
    private var bytes: [UInt8] = []
    private var current: UInt32 = 0
    private var used = 0

    mutating func write(_ value: UInt32, count: Int) {
        for index in 0..<count { push((value >> index) & 1) }
    }

    mutating func writeHuffman(_ code: UInt32, count: Int) {
        for index in stride(from: count - 1, through: 0, by: -1) { push((code >> index) & 1) }
    }

    private mutating func push(_ bit: UInt32) {
        current |= bit << used
        used += 1
        if used == 8 {
            bytes.append(UInt8(current))
            current = 0
            used = 0
        }
    }

    mutating func finish() -> [UInt8] {
        if used > 0 { bytes.append(UInt8(current)) }
        used = 0
        current = 0
        return bytes
    }
}
