import Foundation

/// `Base64.decode`, one piece at a time: the same alphabet (standard and URL-safe), optional padding, skipped
/// whitespace, the same refusals, so a payload decoded as it arrives gives byte for byte what decoding it
/// whole gives, wherever the network cut it.
///
/// Decoded bytes go to a caller's closure in blocks, so a 12 MB payload never sits in memory.
struct Base64Stream {
    /// Why decoding stopped being possible; it stays false until a byte breaks the rules.
    private(set) var failed = false
    /// Decoded bytes handed out so far.
    private(set) var produced = 0
    private var accumulator: UInt32 = 0
    private var pending = 0
    private var padding = 0
    private var block: [UInt8]
    private var filled = 0

    private static let blockSize = 1 << 16

    init() {
        block = [UInt8](repeating: 0, count: Self.blockSize + 3)
    }

    /// Feeds base64 text; `emit` receives decoded blocks (only when a block is full: see `finish`).
    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard !failed else { return }
        var accumulator = self.accumulator
        var pending = self.pending
        var padding = self.padding
        var filled = self.filled
        var produced = self.produced
        var failed = false
        let table = Base64.decodingTable
        var block = self.block
        self.block = []
        block.withUnsafeMutableBufferPointer { out in
            for byte in bytes {
                if byte == UInt8(ascii: "=") {
                    padding += 1
                    continue
                }
                if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { continue }
                let value = table[Int(byte)]
                if value == 0xFF || padding > 0 {
                    failed = true
                    return
                }
                accumulator = (accumulator << 6) | UInt32(value)
                pending += 1
                if pending == 4 {
                    out[filled] = UInt8(truncatingIfNeeded: accumulator >> 16)
                    out[filled + 1] = UInt8(truncatingIfNeeded: accumulator >> 8)
                    out[filled + 2] = UInt8(truncatingIfNeeded: accumulator)
                    filled += 3
                    accumulator = 0
                    pending = 0
                    if filled >= Self.blockSize {
                        emit(UnsafeBufferPointer(rebasing: out[0..<filled]))
                        produced += filled
                        filled = 0
                    }
                }
            }
        }
        self.block = block
        self.accumulator = accumulator
        self.pending = pending
        self.padding = padding
        self.filled = filled
        self.produced = produced
        self.failed = failed
    }

    /// Ends the payload: emits what is left; false when the whole was not base64 (as `Base64.decode`
    /// returning nil: a bad byte, a dangling character, wrong padding, or nothing at all).
    mutating func finish(emit: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        guard !failed else { return false }
        switch pending {
        case 0 where padding == 0:
            break
        case 2 where padding == 0 || padding == 2:
            block[filled] = UInt8(truncatingIfNeeded: accumulator >> 4)
            filled += 1
        case 3 where padding <= 1:
            block[filled] = UInt8(truncatingIfNeeded: accumulator >> 10)
            block[filled + 1] = UInt8(truncatingIfNeeded: accumulator >> 2)
            filled += 2
        default:
            failed = true
            return false
        }
        if filled > 0 {
            block.withUnsafeBufferPointer { emit(UnsafeBufferPointer(rebasing: $0[0..<filled])) }
            produced += filled
            filled = 0
        }
        pending = 0
        if produced == 0 { failed = true }
        return !failed
    }
}
