import Foundation

/// What every request shares, whatever its shape: where it is sent and the headers it carries (the key,
/// `Accept`, `User-Agent`); the body's own `Content-Type` is added from its description.
struct RequestContext {
    let baseURL: URL
    let headers: [(name: String, value: String)]

    /// `{base}/<path>`, whether or not the base ends in a slash.
    func endpointURL(_ path: String) -> URL {
        var text = baseURL.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        return URL(string: text + "/" + path) ?? baseURL.appendingPathComponent(path)
    }
}
