import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The seam between the client and the network: one closure that sends a request and returns the response.
///
/// A struct of closures rather than a protocol (the pattern of swift-openapi-generator's test transports), so
/// a test or another HTTP stack can stand in without subclassing anything.
public struct HTTPTransport: Sendable {
    /// Sends a request and returns the whole response; non-2xx statuses are returned, not thrown.
    public var send: @Sendable (HTTPRequest) async throws -> HTTPResponse
    /// Sends a request and returns as soon as the status and headers arrive, the body following chunk by
    /// chunk (server-sent events); non-2xx statuses are returned, not thrown.
    public var stream: @Sendable (HTTPRequest) async throws -> HTTPStreamResponse

    /// Creates a transport from closures; without `stream`, streamed requests are answered through `send`
    /// in one piece.
    public init(
        send: @escaping @Sendable (HTTPRequest) async throws -> HTTPResponse,
        stream: (@Sendable (HTTPRequest) async throws -> HTTPStreamResponse)? = nil
    ) {
        self.send = send
        self.stream = stream ?? { request in HTTPStreamResponse(whole: try await send(request)) }
    }

    /// The real transport, on URLSession (libcurl on Linux); see `URLSessionTransport`.
    ///
    /// FoundationNetworking's own timeout is an idle timer that restarts on every byte, so it is set high
    /// here and the client enforces the real deadline itself. Proxies come from the usual environment
    /// variables (`https_proxy`, `NO_PROXY`). Redirects are never followed: a 3xx comes back as the response,
    /// so whoever asked decides whether the next hop is safe (and the key never travels to another host).
    public static func urlSession(idleTimeout: Double = 3600) -> HTTPTransport {
        let transport = URLSessionTransport(idleTimeout: idleTimeout)
        return HTTPTransport(
            send: { request in try await transport.send(request) },
            stream: { request in try await transport.stream(request) })
    }
}

extension HTTPTransport {
    /// The transport gen-image uses by default: libcurl on Linux (sleeps while it waits; URLSession there keeps
    /// a core busy), URLSession elsewhere. `GEN_IMAGE_TRANSPORT=urlsession` picks URLSession on Linux too, as
    /// a fallback.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment)
        -> HTTPTransport
    {
        #if os(Linux)
            if environment["GEN_IMAGE_TRANSPORT"]?.lowercased() == "urlsession" { return .urlSession() }
            return .libcurl()
        #else
            return .urlSession()
        #endif
    }
}
