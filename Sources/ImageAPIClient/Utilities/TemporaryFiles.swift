import Foundation

/// Temporary files a job creates (request bodies, half-written images), removed however the job ends.
///
/// Large request bodies are streamed to a file instead of being held in memory, so a five-image edit does not
/// cost five copies of its inputs; this type makes sure none of those files outlive the job.
final class TemporaryFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var urls: [URL] = []

    /// A fresh path in `directory` (default: the system temporary folder); the file is not created.
    func make(in directory: URL? = nil, prefix: String = ".gen-image-", suffix: String = ".tmp") -> URL {
        let folder = directory ?? FileManager.default.temporaryDirectory
        let name = prefix + UUID().uuidString.prefix(12).lowercased() + suffix
        let url = folder.appendingPathComponent(name)
        lock.withLock { urls.append(url) }
        return url
    }

    /// Stops tracking `url` (it was renamed into place and is no longer temporary).
    func release(_ url: URL) {
        lock.withLock { urls.removeAll { $0 == url } }
    }

    /// Removes every tracked file that still exists.
    func removeAll() {
        let pending = lock.withLock { () -> [URL] in
            let copy = urls
            urls.removeAll()
            return copy
        }
        for url in pending {
            try? FileManager.default.removeItem(at: url)
        }
    }

    deinit { removeAll() }
}
