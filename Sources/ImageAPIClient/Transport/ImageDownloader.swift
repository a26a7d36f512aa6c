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
            throw ImageAPIError(.downloadFailed, Message.downloadBadUrl(url: text), sourceURL: text)
        }
        var redirects = 0
        while true {
            try Self.checkScheme(url, original: text)
            let response = try await get(url, original: text)
            if [301, 302, 303, 307, 308].contains(response.status) {
                guard redirects < Self.maxRedirects else {
                    throw ImageAPIError(
                        .downloadFailed, Message.downloadRedirects(max: String(Self.maxRedirects)),
                        hint: Self.byHandHint, httpStatus: response.status, sourceURL: text)
                }
                guard let location = response.headers["location"],
                    let next = URL(string: location, relativeTo: url)?.absoluteURL, next.host != nil
                else {
                    throw ImageAPIError(
                        .downloadFailed, Message.downloadNoLocation, hint: Self.byHandHint,
                        httpStatus: response.status, sourceURL: text)
                }
                redirects += 1
                url = next
                continue
            }
            guard (200..<300).contains(response.status) else {
                throw ImageAPIError(
                    .downloadFailed,
                    Message.downloadHttp(status: String(response.status), host: url.host ?? text),
                    hint: Self.byHandHint, httpStatus: response.status, requestID: response.requestID,
                    sourceURL: text)
            }
            guard ImageInspector.format(of: response.body) != nil else {
                let message =
                    response.headers["content-type"].map { Message.downloadNotImageTyped(type: $0) }
                    ?? Message.downloadNotImage
                throw ImageAPIError(
                    .downloadFailed, message, hint: Self.byHandHint, httpStatus: response.status, sourceURL: text)
            }
            return response.body
        }
    }

    private static func checkScheme(_ url: URL, original: String) throws {
        let scheme = url.scheme?.lowercased() ?? ""
        guard scheme == "https" || (scheme == "http" && BaseURLCheck.isLoopback(url.host ?? "")) else {
            let redirected = url.absoluteString != original
            let message: Message
            switch (scheme.isEmpty, redirected) {
            case (false, false): message = Message.downloadScheme(scheme: scheme)
            case (false, true):
                message = Message.downloadSchemeRedirected(scheme: scheme, url: url.absoluteString)
            case (true, false): message = Message.downloadSchemeUnknown
            case (true, true): message = Message.downloadSchemeUnknownRedirected(url: url.absoluteString)
            }
            throw ImageAPIError(
                .downloadFailed, message, hint: Message.downloadSchemeHint, sourceURL: original)
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
                .downloadFailed, Message.downloadTooLarge(limit: ByteCount.text(error.limit)),
                hint: Message.downloadTooLargeHint, sourceURL: original)
        } catch {
            let failure = FailureDescriber.network(error, url: url, timeout: 0)
            if failure.code == .cancelled { throw CancellationError() }
            throw failure.with(code: .downloadFailed).withMessage(Message.downloadFailed(reason: failure.text))
                .withHint(Self.byHandHint).with(sourceURL: original)
        }
    }

    static let byHandHint = Message.downloadByHand
}
