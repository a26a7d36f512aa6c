import Foundation

/// A fake gateway turned into an HTTP proxy for plain-http targets (requests arrive in absolute form,
/// `GET http://host:port/path`): one that wants credentials answers 407 to requests without the right
/// `Proxy-Authorization`, and otherwise forwards each request to `target`, which records and answers it.
extension FakeGateway {
    /// Makes this gateway a proxy in front of `target`; with `credentials` ("user:password") it answers 407
    /// until a request carries them.
    public func actAsProxy(for target: FakeGateway, credentials: String? = nil) {
        let expected = credentials.map { "Basic " + Data($0.utf8).base64EncodedString() }
        setHandler { [weak target] request in
            if let expected, request.header("Proxy-Authorization") != expected {
                return FakeResponse(
                    status: 407, headers: [("Proxy-Authenticate", "Basic realm=\"fake proxy\"")],
                    body: Data("proxy authentication required".utf8))
            }
            guard let target else { return FakeResponse(status: 502) }
            return target.forward(request)
        }
    }

    /// Answers a request that reached this gateway through a proxy: the origin is stripped from the
    /// absolute-form path, the request is recorded here and answered as if it had come directly.
    func forward(_ request: RecordedRequest) -> FakeResponse {
        var path = request.path
        if let scheme = path.range(of: "://"), let slash = path[scheme.upperBound...].firstIndex(of: "/") {
            path = String(path[slash...])
        }
        let direct = RecordedRequest(
            method: request.method, path: path, query: request.query, headers: request.headers, body: request.body)
        return respondAsIfDirect(to: direct)
    }
}
