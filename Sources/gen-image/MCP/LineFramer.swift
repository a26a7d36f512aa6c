import Foundation

/// Cuts the bytes an MCP client writes to stdin into messages: one per line, as the stdio transport frames them.
///
/// A state machine with no I/O, so the reader can feed it whatever `read(2)` returns (half a message, three
/// messages, a megabyte) and tests can feed it anything. A line longer than `limit` is never held whole: its
/// bytes are dropped as they come and only its length is reported, so a client (or an attacker) writing an
/// endless line costs at most `limit` bytes of memory, and the server answers the next line as usual.
struct LineFramer {
    /// What one complete line turned out to be.
    enum Piece: Equatable {
        /// A line's bytes, without its newline (and without a `\r` before it).
        case line(Data)
        /// A line of this many bytes, over the limit and dropped.
        case tooLong(byteCount: Int)
    }

    /// The longest line kept, in bytes.
    let limit: Int
    private var buffer = Data()
    private var dropping = false
    private var dropped = 0

    init(limit: Int) {
        self.limit = limit
    }

    /// The lines `chunk` completes, in order; blank lines are skipped.
    mutating func feed(_ chunk: Data) -> [Piece] {
        var pieces: [Piece] = []
        var start = chunk.startIndex
        while start < chunk.endIndex {
            let newline = chunk[start...].firstIndex(of: 0x0A)
            let end = newline ?? chunk.endIndex
            take(chunk[start..<end])
            if newline != nil, let piece = endLine() { pieces.append(piece) }
            start = newline.map { chunk.index(after: $0) } ?? chunk.endIndex
        }
        return pieces
    }

    /// The last line, when the input ended without a newline.
    mutating func finish() -> Piece? {
        endLine()
    }

    private mutating func take(_ bytes: Data) {
        guard !bytes.isEmpty else { return }
        if dropping {
            dropped += bytes.count
        } else if buffer.count + bytes.count > limit {
            dropping = true
            dropped = buffer.count + bytes.count
            buffer = Data()
        } else {
            buffer.append(bytes)
        }
    }

    private mutating func endLine() -> Piece? {
        defer {
            buffer = Data()
            dropping = false
            dropped = 0
        }
        if dropping { return .tooLong(byteCount: dropped) }
        var line = buffer
        if line.last == 0x0D { line.removeLast() }
        guard line.contains(where: { !Self.isBlank($0) }) else { return nil }
        return .line(line)
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D
    }
}
