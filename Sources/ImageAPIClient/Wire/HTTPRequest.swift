import Foundation

/// An HTTP request as the backends build it, independent of URLSession so tests and other transports can
/// see exactly what would be sent.
public struct HTTPRequest: Sendable {
    /// `GET` or `POST`.
    public var method: String
    /// The full URL.
    public var url: URL
    /// Header fields, in order.
    public var headers: [(name: String, value: String)]
    /// The body.
    public var body: Body
    /// The most response-body bytes to accept, whatever the status; nil means no limit.
    ///
    /// The contract every transport honours (URLSession here, any other HTTP stack plugged into
    /// `HTTPTransport`), so that a gateway sending gigabytes, or a gzip bomb, cannot fill memory:
    /// - the count is of **decoded** bytes, after any `Content-Encoding` (gzip, deflate, br) is undone, as they
    ///   arrive; bytes on the wire do not matter (a 1 MB gzip body can inflate to 1 GB);
    /// - a `Content-Length` larger than the limit fails before any body byte is read (for an unencoded body);
    /// - the moment the count would pass the limit, the transfer is cancelled (no further bytes are read or
    ///   inflated), the bytes gathered so far are dropped, and `send` or the stream throws
    ///   `ResponseTooLarge(limit:)`; a reply of exactly `limit` bytes is accepted;
    /// - memory held for the body never grows much past `limit`, so a transport must not buffer decoded
    ///   bytes ahead of this check.
    ///
    /// API requests carry `apiReplyLimit`; image downloads carry their own limit.
    public var maxResponseBytes: Int?

    /// The limit on an API reply (JSON or a stream, decoded): 128 MB. The largest real reply, a 3840x2160
    /// PNG in `b64_json`, is under 45 MB even without compression, so this leaves ample headroom while keeping
    /// memory bounded whatever a gateway sends.
    public static let apiReplyLimit = 128_000_000

    /// Where a request body lives: small bodies in memory, large ones (uploads) in a temporary file so
    /// that memory stays flat however many images are sent.
    public enum Body: Sendable {
        /// No body.
        case none
        /// The bytes themselves.
        case data(Data)
        /// The bytes are in this file.
        case file(URL)
    }

    /// Creates a request.
    public init(
        method: String, url: URL, headers: [(name: String, value: String)] = [], body: Body = .none,
        maxResponseBytes: Int? = nil
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.maxResponseBytes = maxResponseBytes
    }
}
