/// Why reading a request stopped.
enum RequestReadError: Error {
    /// The peer closed (or the socket failed) before a complete request arrived; nothing to answer.
    case closed
    /// The bytes are not an HTTP/1.x request we can frame; answered with 400.
    case malformed(String)
}

/// Buffered reads from a connected socket. Keeps unconsumed bytes in one growing array with a read cursor, so
/// header scanning never rescans and large bodies are appended in big slices (no quadratic copying).
final class SocketReader {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var scratch = [UInt8](repeating: 0, count: 256 * 1024)

    init(fd: Int32) {
        self.fd = fd
    }

    /// Bytes up to (not including) the first CRLF CRLF, consuming the terminator; fails past `limit` bytes.
    func readHead(limit: Int) throws -> [UInt8] {
        try readUntil(Array("\r\n\r\n".utf8), limit: limit)
    }

    /// One line without its CRLF (for chunk-size and trailer lines).
    func readLine(limit: Int = 16 * 1024) throws -> [UInt8] {
        try readUntil(Array("\r\n".utf8), limit: limit)
    }

    /// Appends exactly `count` bytes to `destination`, taking buffered bytes first and then reading the
    /// socket in large slices.
    func read(count: Int, appendingTo destination: inout [UInt8]) throws {
        var remaining = count
        let buffered = min(remaining, buffer.count - start)
        if buffered > 0 {
            destination.append(contentsOf: buffer[start..<(start + buffered)])
            start += buffered
            remaining -= buffered
        }
        while remaining > 0 {
            let wanted = min(remaining, scratch.count)
            let received = scratch.withUnsafeMutableBytes { raw in
                Socket.receive(fd, into: UnsafeMutableRawBufferPointer(rebasing: raw[0..<wanted]))
            }
            guard received > 0 else { throw RequestReadError.closed }
            destination.append(contentsOf: scratch[0..<received])
            remaining -= received
        }
    }

    private func readUntil(_ terminator: [UInt8], limit: Int) throws -> [UInt8] {
        var scanFrom = start
        while true {
            let hit = buffer.withUnsafeBytes { ByteView($0).find(terminator, from: scanFrom) }
            if let hit {
                let line = Array(buffer[start..<hit])
                start = hit + terminator.count
                return line
            }
            guard buffer.count - start <= limit else { throw RequestReadError.malformed("header section too long") }
            scanFrom = max(start, buffer.count - terminator.count + 1)
            let shift = start
            try fill()
            scanFrom -= shift - start
        }
    }

    /// Reads at least one more byte into the buffer, first dropping consumed bytes when they dominate.
    private func fill() throws {
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
        let received = scratch.withUnsafeMutableBytes { Socket.receive(fd, into: $0) }
        guard received > 0 else { throw RequestReadError.closed }
        buffer.append(contentsOf: scratch[0..<received])
    }
}
