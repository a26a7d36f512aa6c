import Foundation

/// One complete HTTP request as the fake gateway received it, kept so tests can assert on exactly what the
/// client sent (method, path, headers in wire order, decoded body) after the call returns.
public struct RecordedRequest: Sendable {
    /// The request method as sent, e.g. "POST"; not normalised so casing bugs stay visible.
    public let method: String
    /// The request path without the query, e.g. "/v1/images/edits"; what routing and `requests(to:)` match on.
    public let path: String
    /// The raw query after "?", or nil when the target had none; kept raw so encoding can be asserted.
    public let query: String?
    /// Header fields in the order received, duplicates included, so ordering and repetition can be checked.
    public let headers: [(name: String, value: String)]
    /// The body after de-chunking; empty when the request had none.
    public let body: Data

    /// Builds a request record; public so tests can feed hand-made requests to a handler or to
    /// `FakeGateway.defaultResponse(to:)` without a socket.
    public init(
        method: String, path: String, query: String? = nil,
        headers: [(name: String, value: String)] = [], body: Data = Data()
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// The first header with this name, compared case-insensitively as HTTP requires.
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }

    /// The body parsed as a JSON object, or nil when it is not one; computed on demand because `[String: Any]`
    /// cannot be stored in a `Sendable` value.
    public var jsonBody: [String: Any]? {
        guard !body.isEmpty else { return nil }
        return (try? JSONSerialization.jsonObject(with: body)) as? [String: Any]
    }

    /// The multipart/form-data parts in body order, or [] when the request is not multipart; parsed on demand
    /// from the boundary in Content-Type so tests see what a server would see.
    public var multipartParts: [MultipartPart] {
        guard let contentType = header("Content-Type"),
            let boundary = MultipartParser.boundary(fromContentType: contentType)
        else { return [] }
        return MultipartParser.parse(body, boundary: boundary)
    }

    /// The value of a text form field from a multipart body (first part with that name), for routing.
    func formField(_ name: String) -> String? {
        multipartParts.first { $0.name == name }?.text
    }
}
