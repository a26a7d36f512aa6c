import Foundation

/// What every backend needs to build a request: where to send it, the shared headers, where temporary
/// files go, and how multipart boundaries are made (injectable, so tests can compare bodies byte for byte).
struct RequestContext {
    let baseURL: URL
    let headers: [(name: String, value: String)]
    let temporaryFiles: TemporaryFiles
    let multipartBoundary: @Sendable () -> String

    /// `{base}/<path>`, whether or not the base ends in a slash.
    func endpointURL(_ path: String) -> URL {
        var text = baseURL.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        return URL(string: text + "/" + path) ?? baseURL.appendingPathComponent(path)
    }
}
