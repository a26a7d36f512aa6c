#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a socket call failed; carries the `errno` so a failing `init()` in a test says what went wrong.
public struct SocketError: Error, CustomStringConvertible {
    /// The libc call that failed, e.g. "bind".
    public let operation: String
    /// The `errno` observed right after the failure.
    public let code: Int32

    /// Human-readable form so `XCTAssertNoThrow`/`#expect` failures are self-explanatory.
    public var description: String {
        "\(operation) failed: \(String(cString: strerror(code))) (errno \(code))"
    }
}

/// Thin wrappers over BSD socket calls that hide Glibc/Darwin differences and retry on `EINTR`.
/// Every descriptor is close-on-exec, so tests that spawn the CLI as a child process do not leak
/// connections into it (a leaked copy would keep a "closed" connection open).
enum Socket {
    #if canImport(Glibc)
        private typealias Accept4 =
            @convention(c) (
                Int32, UnsafeMutablePointer<sockaddr>?,
                UnsafeMutablePointer<socklen_t>?, Int32
            ) -> Int32
        /// `accept4` from libc, resolved once via `dlsym(RTLD_DEFAULT, …)`.
        private static let acceptCloseOnExec: Accept4? = dlsym(nil, "accept4").map {
            unsafeBitCast($0, to: Accept4.self)
        }
        private static let streamType = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        /// Suppresses SIGPIPE per call when the peer has already gone away.
        private static let sendFlags = Int32(MSG_NOSIGNAL)
    #else
        private static let streamType = SOCK_STREAM
        /// Darwin relies on `SO_NOSIGPIPE`, set on every socket in `configure(_:)`.
        private static let sendFlags: Int32 = 0
    #endif

    /// Creates a listening socket bound to 127.0.0.1 only; `port` 0 lets the OS choose.
    static func listen(port: Int) throws -> (fd: Int32, port: Int) {
        let fd = socket(AF_INET, streamType, 0)
        guard fd >= 0 else { throw SocketError(operation: "socket", code: errno) }
        setCloseOnExec(fd)
        var yes: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        configure(fd)

        var address = sockaddr_in()
        #if canImport(Darwin)
            address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
        #endif
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(truncatingIfNeeded: port).bigEndian)
        address.sin_addr = in_addr(s_addr: UInt32(0x7F00_0001).bigEndian)
        let bound = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else { throw failure("bind", closing: fd) }
        guard systemListen(fd, 128) == 0 else { throw failure("listen", closing: fd) }

        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else { throw failure("getsockname", closing: fd) }
        return (fd, Int(UInt16(bigEndian: address.sin_port)))
    }

    /// Accepts one pending connection, or returns nil when none is pending or the listener was shut down.
    static func accept(_ listener: Int32) -> Int32? {
        #if canImport(Glibc)
            // accept4 sets close-on-exec atomically; Glibc's module map hides it, so look it up at run time.
            let fd =
                acceptCloseOnExec.map { $0(listener, nil, nil, Int32(SOCK_CLOEXEC.rawValue)) }
                ?? systemAccept(listener, nil, nil)
        #else
            let fd = systemAccept(listener, nil, nil)
        #endif
        guard fd >= 0 else { return nil }
        setCloseOnExec(fd)
        configure(fd)
        var yes: Int32 = 1
        _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
        return fd
    }

    /// Waits up to `milliseconds` for `fd` to become readable (data, EOF or error); false on timeout.
    static func waitReadable(_ fd: Int32, milliseconds: Int32) -> Bool {
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let result = poll(&entry, 1, milliseconds)
        return result > 0
    }

    /// Reads whatever is available (blocking until something is); 0 means EOF, negative means error.
    static func receive(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let count = recv(fd, base, buffer.count, 0)
            if count < 0 && errno == EINTR { continue }
            return count
        }
    }

    /// Sends every byte or reports failure; a vanished peer yields false, never SIGPIPE.
    static func sendAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        guard var pointer = bytes.baseAddress else { return true }
        var remaining = bytes.count
        while remaining > 0 {
            let sent = send(fd, pointer, remaining, sendFlags)
            if sent < 0 {
                if errno == EINTR { continue }
                return false
            }
            pointer += sent
            remaining -= sent
        }
        return true
    }

    /// Sends every byte of `bytes`; see `sendAll(_:_:)`.
    static func sendAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { sendAll(fd, $0) }
    }

    /// Makes the next `close` send RST instead of FIN, to imitate a connection reset mid-body.
    static func setResetOnClose(_ fd: Int32) {
        var option = linger(l_onoff: 1, l_linger: 0)
        _ = setsockopt(fd, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
    }

    /// Wakes any thread blocked in `recv`/`send`/`poll` on `fd` without releasing the descriptor number.
    static func shutdownBoth(_ fd: Int32) {
        _ = systemShutdown(fd, Int32(SHUT_RDWR))
    }

    /// Sends FIN after a complete response while still letting us drain what the client may send.
    static func shutdownWrite(_ fd: Int32) {
        _ = systemShutdown(fd, Int32(SHUT_WR))
    }

    /// Releases the descriptor; callers make sure no other thread can still use the number.
    static func close(_ fd: Int32) {
        _ = systemClose(fd)
    }

    private static func configure(_ fd: Int32) {
        #if canImport(Darwin)
            var yes: Int32 = 1
            _ = setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
        #endif
    }

    private static func setCloseOnExec(_ fd: Int32) {
        let flags = fcntl(fd, F_GETFD)
        if flags >= 0 {
            _ = fcntl(fd, F_SETFD, flags | FD_CLOEXEC)
        }
    }

    private static func failure(_ operation: String, closing fd: Int32) -> SocketError {
        let error = SocketError(operation: operation, code: errno)
        _ = systemClose(fd)
        return error
    }
}

// File-scope wrappers: inside `enum Socket` the unqualified libc names would resolve to our own members.
private func systemListen(_ fd: Int32, _ backlog: Int32) -> Int32 { listen(fd, backlog) }
private func systemShutdown(_ fd: Int32, _ how: Int32) -> Int32 { shutdown(fd, how) }
private func systemClose(_ fd: Int32) -> Int32 { close(fd) }
private func systemAccept(
    _ fd: Int32, _ address: UnsafeMutablePointer<sockaddr>?,
    _ length: UnsafeMutablePointer<socklen_t>?
) -> Int32 {
    accept(fd, address, length)
}
