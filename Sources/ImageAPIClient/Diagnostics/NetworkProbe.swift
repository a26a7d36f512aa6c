import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The low-level checks `gen-image doctor` runs: can the host's name be resolved, and does a TCP connection to
/// it open. Each answers in words a person can act on, because "request failed" after five minutes says nothing
/// about whether the problem is DNS, a firewall or a proxy.
enum NetworkProbe {
    /// The host's addresses, or `network_error` saying the name could not be resolved.
    static func resolve(host: String) -> Result<[String], ImageAPIError> {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = streamSocket
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, nil, &hints, &list)
        guard status == 0, let first = list else {
            let reason = String(cString: gai_strerror(status))
            return .failure(
                ImageAPIError(
                    .networkError, Message.probeResolve(host: host, reason: reason),
                    hint: Message.probeResolveHint))
        }
        defer { freeaddrinfo(list) }
        var addresses: [String] = []
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let entry = cursor {
            if let text = numericHost(entry.pointee.ai_addr, length: entry.pointee.ai_addrlen),
                !addresses.contains(text)
            {
                addresses.append(text)
            }
            cursor = entry.pointee.ai_next
        }
        return .success(addresses)
    }

    /// Opens (and closes) a TCP connection to `host:port`; the time it took in seconds, or `network_error`.
    static func connect(host: String, port: Int, timeout: Double) -> Result<Double, ImageAPIError> {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = streamSocket
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &list) == 0, let first = list else {
            return .failure(ImageAPIError(.networkError, Message.transportResolve(host: host)))
        }
        defer { freeaddrinfo(list) }
        let started = Date()
        var lastError = Message.probeNoAddress
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let entry = cursor {
            cursor = entry.pointee.ai_next
            let fd = socket(entry.pointee.ai_family, entry.pointee.ai_socktype, entry.pointee.ai_protocol)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            let flags = fcntl(fd, F_GETFL, 0)
            _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
            if systemConnect(fd, entry.pointee.ai_addr, entry.pointee.ai_addrlen) == 0 {
                return .success(Date().timeIntervalSince(started))
            }
            guard errno == EINPROGRESS else {
                lastError = .verbatim(String(cString: strerror(errno)).lowercased())
                continue
            }
            var descriptor = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
            let ready = poll(&descriptor, 1, Int32(max(timeout, 0.01) * 1000))
            if ready == 0 {
                lastError = Message.probeNoAnswer(limit: timeout)
                continue
            }
            var socketError: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            getsockopt(fd, SOL_SOCKET, SO_ERROR, &socketError, &length)
            if ready > 0, socketError == 0 {
                return .success(Date().timeIntervalSince(started))
            }
            lastError = .verbatim(String(cString: strerror(socketError != 0 ? socketError : errno)).lowercased())
        }
        return .failure(
            ImageAPIError(
                .networkError, Message.probeConnect(place: "\(host):\(port)", reason: lastError),
                hint: Message.probeConnectHint))
    }

    private static func numericHost(_ address: UnsafeMutablePointer<sockaddr>?, length: socklen_t) -> String? {
        guard let address else { return nil }
        var buffer = [CChar](repeating: 0, count: Int(NI_MAXHOST))
        guard getnameinfo(address, length, &buffer, socklen_t(buffer.count), nil, 0, NI_NUMERICHOST) == 0 else {
            return nil
        }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    #if canImport(Glibc)
        private static let streamSocket = Int32(SOCK_STREAM.rawValue)
        private static func systemConnect(_ fd: Int32, _ address: UnsafePointer<sockaddr>?, _ length: socklen_t)
            -> Int32
        { Glibc.connect(fd, address, length) }
    #else
        private static let streamSocket = SOCK_STREAM
        private static func systemConnect(_ fd: Int32, _ address: UnsafePointer<sockaddr>?, _ length: socklen_t)
            -> Int32
        { Darwin.connect(fd, address, length) }
    #endif
}
