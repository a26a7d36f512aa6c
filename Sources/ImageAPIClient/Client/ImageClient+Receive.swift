import Foundation

extension ImageClient {
    /// Sends `request` and reads the reply as it arrives: a successful reply through `ReplyScanner`, whose
    /// images go straight to spool files and whose other text comes back as the body; an error reply whole,
    /// up to the reply limit, as before.
    func receive(_ request: HTTPRequest, planned: PlannedJob, temporaryFiles: TemporaryFiles) async throws
        -> HTTPResponse
    {
        do {
            let streamed = try await configuration.transport.stream(request)
            guard (200..<300).contains(streamed.status) else {
                return try await streamed.collected(limit: HTTPRequest.apiReplyLimit, truncating: false)
            }
            let scanner = ReplyScanner(
                folders: RecoveryFolder.spoolFolders(output: planned.output.destinationFolder),
                temporaryFiles: temporaryFiles)
            for try await chunk in streamed.body {
                try scanner.feed(chunk)
            }
            try Task.checkCancellation()
            return HTTPResponse(status: streamed.status, headers: streamed.headers, body: scanner.finish().text)
        } catch {
            throw Self.transportFailure(error, url: request.url, timeout: planned.timeout)
        }
    }
}

extension OutputTarget {
    /// The folder the image is saved in.
    var destinationFolder: URL {
        switch self {
        case .automatic(let directory): directory.standardizedFileURL
        case .file(let file): file.standardizedFileURL.deletingLastPathComponent()
        }
    }
}
