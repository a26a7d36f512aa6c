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

    /// Creates a transport from a closure.
    public init(send: @escaping @Sendable (HTTPRequest) async throws -> HTTPResponse) {
        self.send = send
    }

    /// The real transport, on URLSession (libcurl on Linux).
    ///
    /// FoundationNetworking's own timeout is an idle timer that restarts on every byte, so it is set high
    /// here and the client enforces the real deadline itself. Proxies come from the usual environment
    /// variables (`https_proxy`, `NO_PROXY`).
    public static func urlSession(idleTimeout: Double = 3600) -> HTTPTransport {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = idleTimeout
        configuration.timeoutIntervalForResource = idleTimeout
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        let session = URLSession(configuration: configuration)
        return HTTPTransport { request in
            var urlRequest = URLRequest(url: request.url)
            urlRequest.httpMethod = request.method
            urlRequest.timeoutInterval = idleTimeout
            for (name, value) in request.headers {
                urlRequest.addValue(value, forHTTPHeaderField: name)
            }
            let data: Data
            let response: URLResponse
            switch request.body {
            case .none:
                (data, response) = try await session.data(for: urlRequest)
            case .data(let body):
                urlRequest.httpBody = body
                (data, response) = try await session.data(for: urlRequest)
            case .file(let file):
                (data, response) = try await session.upload(for: urlRequest, fromFile: file)
            }
            guard let http = response as? HTTPURLResponse else {
                throw URLError(.badServerResponse)
            }
            var headers: [String: String] = [:]
            for (key, value) in http.allHeaderFields {
                if let key = key as? String, let value = value as? String { headers[key] = value }
            }
            return HTTPResponse(status: http.statusCode, headers: headers, body: data)
        }
    }
}
