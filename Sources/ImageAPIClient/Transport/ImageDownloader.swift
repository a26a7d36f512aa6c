import Foundation

/// Fetches an image the reply pointed at, at once: gateway links expire in about 24 hours.
///
/// The API key is never sent to the download host (it is usually a CDN, not the gateway). Only https is
/// followed, or plain http to this machine (the fake gateway in tests), at every hop of at most three
/// redirects; a body over 100 MB is cut off rather than buffered; the bytes must be an image. Every failure
/// keeps the URL in the error, so a person can still fetch the image by hand while the link lives.
struct ImageDownloader {
    let transport: HTTPTransport
    let userAgent: String

    /// The most redirects followed before giving up (a loop would otherwise never end).
    static let maxRedirects = 3
    /// The largest image accepted; a 4K PNG is under 30 MB.
    static let maxBytes = 100 * 1_000_000

    func fetch(_ text: String) async throws -> Data {
        guard var url = URL(string: text), url.host != nil else {
            throw ImageAPIError(
                .downloadFailed, "the reply's image link is not a valid URL: \(text)", sourceURL: text)
        }
        var redirects = 0
        while true {
            try Self.checkScheme(url, original: text)
            let response = try await get(url, original: text)
            if [301, 302, 303, 307, 308].contains(response.status) {
                guard redirects < Self.maxRedirects else {
                    throw ImageAPIError(
                        .downloadFailed, "the image link redirected more than \(Self.maxRedirects) times",
                        hint: Self.byHandHint, httpStatus: response.status, sourceURL: text)
                }
                guard let location = response.headers["location"],
                    let next = URL(string: location, relativeTo: url)?.absoluteURL, next.host != nil
                else {
                    throw ImageAPIError(
                        .downloadFailed, "the image link redirected without a usable Location",
                        hint: Self.byHandHint, httpStatus: response.status, sourceURL: text)
                }
                redirects += 1
                url = next
                continue
            }
            guard (200..<300).contains(response.status) else {
                throw ImageAPIError(
                    .downloadFailed,
                    "downloading the image failed: HTTP \(response.status) from \(url.host ?? text)",
                    hint: Self.byHandHint, httpStatus: response.status, requestID: response.requestID,
                    sourceURL: text)
            }
            guard ImageInspector.format(of: response.body) != nil else {
                let what = response.headers["content-type"].map { " (\($0))" } ?? ""
                throw ImageAPIError(
                    .downloadFailed, "the image link served something that is not a PNG, JPEG or WebP image\(what)",
                    hint: Self.byHandHint, httpStatus: response.status, sourceURL: text)
            }
            return response.body
        }
    }

    private static func checkScheme(_ url: URL, original: String) throws {
        let scheme = url.scheme?.lowercased() ?? ""
        guard scheme == "https" || (scheme == "http" && BaseURLCheck.isLoopback(url.host ?? "")) else {
            let hop = url.absoluteString == original ? "" : " (redirected to \(url.absoluteString))"
            throw ImageAPIError(
                .downloadFailed,
                "refusing to download the image over \(scheme.isEmpty ? "an unknown scheme" : scheme)"
                    + hop,
                hint: "fetch it by hand if you trust the link (it expires in about 24 hours)", sourceURL: original)
        }
    }

    private func get(_ url: URL, original: String) async throws -> HTTPResponse {
        do {
            return try await transport.send(
                HTTPRequest(
                    method: "GET", url: url, headers: [(name: "User-Agent", value: userAgent)],
                    maxResponseBytes: Self.maxBytes))
        } catch let error as ImageAPIError {
            throw error
        } catch is CancellationError {
            throw CancellationError()
        } catch let error as ResponseTooLarge {
            throw ImageAPIError(
                .downloadFailed,
                "the image link served more than \(ByteCount.text(error.limit)); stopped reading",
                hint: "this is not an image the gateway made; fetch it by hand only if you trust it",
                sourceURL: original)
        } catch {
            var failure = FailureDescriber.network(error, url: url, timeout: 0)
            if failure.code == .cancelled { throw CancellationError() }
            failure.code = .downloadFailed
            failure.message = "downloading the image failed: \(failure.message)"
            failure.hint = Self.byHandHint
            failure.sourceURL = original
            throw failure
        }
    }

    static let byHandHint = "the link stays valid for about 24 hours; try again, or fetch it by hand"
}
