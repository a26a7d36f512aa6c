import Foundation

/// Fetches an image the reply pointed at, at once: gateway links expire in about 24 hours.
///
/// The API key is never sent to the download host (it is usually a CDN, not the gateway). Only https is
/// followed, or plain http to this machine (the fake gateway in tests). Every failure keeps the URL in the
/// error, so a person can still fetch the image by hand while the link lives.
struct ImageDownloader {
    let transport: HTTPTransport
    let userAgent: String

    func fetch(_ text: String) async throws -> Data {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), url.host != nil else {
            throw ImageAPIError(
                .downloadFailed, "the reply's image link is not a valid URL: \(text)", sourceURL: text)
        }
        guard scheme == "https" || (scheme == "http" && Self.isLoopback(url.host ?? "")) else {
            throw ImageAPIError(
                .downloadFailed, "refusing to download the image over plain \(scheme): \(text)",
                hint: "fetch it by hand if you trust the link (it expires in about 24 hours)", sourceURL: text)
        }
        let response: HTTPResponse
        do {
            response = try await transport.send(
                HTTPRequest(method: "GET", url: url, headers: [(name: "User-Agent", value: userAgent)]))
        } catch let error as ImageAPIError {
            throw error
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            var failure = FailureDescriber.network(error, url: url, timeout: 0)
            if failure.code == .cancelled { throw CancellationError() }
            failure.code = .downloadFailed
            failure.message = "downloading the image failed: \(failure.message)"
            failure.hint = Self.byHandHint
            failure.sourceURL = text
            throw failure
        }
        guard (200..<300).contains(response.status) else {
            throw ImageAPIError(
                .downloadFailed, "downloading the image failed: HTTP \(response.status) from \(url.host ?? text)",
                hint: Self.byHandHint, httpStatus: response.status, requestID: response.requestID, sourceURL: text)
        }
        guard ImageInspector.format(of: response.body) != nil else {
            let what = response.headers["content-type"].map { " (\($0))" } ?? ""
            throw ImageAPIError(
                .downloadFailed, "the image link served something that is not a PNG, JPEG or WebP image\(what)",
                hint: Self.byHandHint, httpStatus: response.status, sourceURL: text)
        }
        return response.body
    }

    static let byHandHint = "the link stays valid for about 24 hours; try again, or fetch it by hand"

    static func isLoopback(_ host: String) -> Bool {
        let host = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
