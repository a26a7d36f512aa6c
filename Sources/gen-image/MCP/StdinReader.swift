import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads stdin on a thread of its own with blocking `read(2)` (so waiting for the client costs no CPU), frames it
/// with `LineFramer`, and hands each line to `receive`; calls `ended` once, at end of input or a read error.
enum StdinReader {
    /// Starts reading; returns at once.
    static func start(
        limit: Int, receive: @escaping @Sendable (LineFramer.Piece) -> Void, ended: @escaping @Sendable () -> Void
    ) {
        let thread = Thread {
            var framer = LineFramer(limit: limit)
            let size = 64 * 1024
            let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 1)
            defer { buffer.deallocate() }
            while true {
                let count = read(STDIN_FILENO, buffer, size)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { break }
                for piece in framer.feed(Data(bytes: buffer, count: count)) { receive(piece) }
            }
            if let last = framer.finish() { receive(last) }
            ended()
        }
        thread.name = "gen-image.mcp.stdin"
        thread.start()
    }
}
