import Foundation

/// Writes a request body to a temporary file piece by piece, so that uploading five 10 MB images never
/// holds all of them (or their base64) in memory at once.
struct BodyFile {
    let url: URL
    private let handle: FileHandle

    /// Creates the file (tracked by `temporaryFiles`, so it is removed however the job ends).
    init(temporaryFiles: TemporaryFiles) throws(ImageAPIError) {
        url = temporaryFiles.make()
        guard TemporaryFiles.createPrivate(url),
            let handle = FileHandle(forWritingAtPath: url.path)
        else {
            throw ImageAPIError(
                .ioError, Message.outputTemporaryCreate(folder: url.deletingLastPathComponent().path),
                hint: Message.outputTemporaryCreateHint)
        }
        self.handle = handle
    }

    /// Appends bytes.
    func write(_ data: Data) throws(ImageAPIError) {
        do {
            try handle.write(contentsOf: data)
        } catch {
            throw ImageAPIError(
                .ioError, Message.outputTemporaryWrite(detail: error.localizedDescription))
        }
    }

    /// Appends UTF-8 text.
    func write(_ text: String) throws(ImageAPIError) {
        try write(Data(text.utf8))
    }

    /// Appends a file's bytes, optionally base64-encoded, in chunks.
    func append(contentsOf source: URL, base64: Bool) throws(ImageAPIError) {
        guard let input = FileHandle(forReadingAtPath: source.path) else {
            throw ImageAPIError(
                .ioError, Message.inputUnreadable(path: source.path), hint: Message.inputPermissions)
        }
        defer { try? input.close() }
        let chunkSize = 3 * 1024 * 1024  // a multiple of 3, so base64 chunks concatenate without padding
        while true {
            let chunk: Data
            do {
                chunk = try input.read(upToCount: chunkSize) ?? Data()
            } catch {
                throw ImageAPIError(.ioError, Message.inputUnreadable(path: source.path))
            }
            if chunk.isEmpty { break }
            try write(base64 ? chunk.base64EncodedData() : chunk)
        }
    }

    /// Flushes and closes the file.
    func close() throws(ImageAPIError) {
        do {
            try handle.close()
        } catch {
            throw ImageAPIError(
                .ioError, Message.outputTemporaryWrite(detail: error.localizedDescription))
        }
    }
}
