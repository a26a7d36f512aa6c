import Foundation
import ImageAPIClient

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes to stdout and stderr with `write(2)`, so that a reader that went away (`gen-image … | head -1`)
/// ends the printing and nothing else.
///
/// SIGPIPE is ignored for the whole process (`ignoreBrokenPipes()`, first thing in `main`), so a closed pipe
/// shows up here as `EPIPE` instead of killing the process with exit 141 halfway through a paid run or a
/// batch. Once a stream reports `EPIPE` (or any other failure) it is left alone: the run goes on, saves its
/// images, writes its manifest and removes its temporary files, and the exit code is that of the work.
/// FileHandle's `write` would trap on the same error.
enum StandardStreams {
    private static let closed = Locked<Set<Int32>>([])

    /// Makes a closed pipe an `EPIPE` error rather than a fatal signal.
    static func ignoreBrokenPipes() {
        _ = signal(SIGPIPE, SIG_IGN)
    }

    /// Writes `text` to stdout.
    static func out(_ text: String) { write(Data(text.utf8), to: STDOUT_FILENO) }

    /// Writes `text` to stderr.
    static func err(_ text: String) { write(Data(text.utf8), to: STDERR_FILENO) }

    /// Whether stdout's reader has gone.
    static var stdoutClosed: Bool { closed.value.contains(STDOUT_FILENO) }

    private static func write(_ data: Data, to descriptor: Int32) {
        guard !closed.value.contains(descriptor) else { return }
        let failed = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Bool in
            guard var next = buffer.baseAddress else { return false }
            var left = buffer.count
            while left > 0 {
                #if canImport(Glibc)
                    let written = Glibc.write(descriptor, next, left)
                #else
                    let written = Darwin.write(descriptor, next, left)
                #endif
                if written < 0 {
                    if errno == EINTR || errno == EAGAIN { continue }
                    return true
                }
                next += written
                left -= written
            }
            return false
        }
        if failed { closed.update { $0.insert(descriptor) } }
    }
}

/// Reads stdin with `read(2)`, never further than a caller's bound: a prompt piped from a 300 MB file costs the
/// bound in memory, not the file.
enum StandardInput {
    /// Up to `limit` bytes of stdin: fewer only at its end (or on a read error).
    static func read(upTo limit: Int) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while data.count < limit {
            let wanted = min(buffer.count, limit - data.count)
            let count = buffer.withUnsafeMutableBytes { raw in
                #if canImport(Glibc)
                    Glibc.read(STDIN_FILENO, raw.baseAddress, wanted)
                #else
                    Darwin.read(STDIN_FILENO, raw.baseAddress, wanted)
                #endif
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            data.append(contentsOf: buffer[0..<count])
        }
        return data
    }
}
