import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Temporary files a job creates (request bodies, half-written images), removed however the job ends.
///
/// Large request bodies are streamed to a file instead of being held in memory, so a five-image edit does not
/// cost five copies of its inputs; this type makes sure none of those files outlive the job. Every file is
/// created with mode 0600 (a body holds the prompt and the input images), and is named
/// `.gen-image-<pid>-<random>.tmp`, so that a later run can tell a file left by a killed run (`kill -9`, a
/// power cut) from one still in use, and remove it.
final class TemporaryFiles: @unchecked Sendable {
    private let urls = Locked<[URL]>([])
    private let companions = Locked<[any AnyObject & Sendable]>([])

    /// The name every temporary file starts with.
    static let prefix = ".gen-image-"

    /// A fresh path in `directory` (default: the system temporary folder); the file is not created. The first
    /// time this process uses a folder, stale temporary files of earlier runs in it are removed.
    func make(in directory: URL? = nil, suffix: String = ".tmp") -> URL {
        let folder = directory ?? FileManager.default.temporaryDirectory
        StaleTemporaryFiles.sweepOnce(folder)
        let name =
            Self.prefix + "\(getpid())-"
            + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased() + suffix
        let url = folder.appendingPathComponent(name)
        urls.update { $0.append(url) }
        return url
    }

    /// Creates `url` empty, readable and writable by its owner only (0600), failing if anything is there.
    static func createPrivate(_ url: URL) -> Bool {
        let descriptor = open(url.path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return false }
        close(descriptor)
        return true
    }

    /// Stops tracking `url` (it was renamed into place and is no longer temporary).
    func release(_ url: URL) {
        urls.update { list in list.removeAll { $0 == url } }
    }

    /// Keeps `object` alive as long as the files are (an image spool whose stub stands in for its file).
    func keepAlive(_ object: any AnyObject & Sendable) {
        companions.update { $0.append(object) }
    }

    /// Removes every tracked file that still exists.
    func removeAll() {
        let pending = urls.withLock { urls -> [URL] in
            let copy = urls
            urls.removeAll()
            return copy
        }
        for url in pending {
            try? FileManager.default.removeItem(at: url)
        }
        companions.update { $0.removeAll() }
    }

    deinit { removeAll() }
}

/// Removes gen-image's own temporary files that an earlier run left behind when it was killed.
///
/// Only names of the form `.gen-image-<pid>-<12 hex>.tmp` are touched. Such a file is stale when the process
/// that made it is gone and the file is over ten minutes old, or when it is over a week old whatever its
/// process (a pid may be reused, a folder may be shared between machines).
enum StaleTemporaryFiles {
    private static let swept = Locked<Set<String>>([])

    /// How old a file of a dead process must be before it is removed.
    static let minimumAge: TimeInterval = 600
    /// How old any matching file must be before it is removed.
    static let maximumAge: TimeInterval = 7 * 86_400

    /// Sweeps `folder`, once per process.
    static func sweepOnce(_ folder: URL) {
        let first = swept.withLock { $0.insert(folder.standardizedFileURL.path).inserted }
        if first { sweep(folder) }
    }

    /// Removes the stale temporary files in `folder`; returns their names.
    @discardableResult
    static func sweep(_ folder: URL, now: Date = Date()) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        var removed: [String] = []
        for name in names {
            guard let pid = owner(of: name) else { continue }
            let url = folder.appendingPathComponent(name)
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
                attributes[.type] as? FileAttributeType == .typeRegular,
                let modified = attributes[.modificationDate] as? Date
            else { continue }
            let age = now.timeIntervalSince(modified)
            let alive = kill(pid, 0) == 0 || errno == EPERM
            guard age > maximumAge || (age > minimumAge && !alive) else { continue }
            if (try? FileManager.default.removeItem(at: url)) != nil { removed.append(name) }
        }
        return removed
    }

    /// The pid in `.gen-image-<pid>-<12 hex>.tmp`, or nil for any other name.
    static func owner(of name: String) -> pid_t? {
        guard name.hasPrefix(TemporaryFiles.prefix), name.hasSuffix(".tmp") else { return nil }
        let middle = name.dropFirst(TemporaryFiles.prefix.count).dropLast(4)
        let parts = middle.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let pid = pid_t(parts[0]), pid > 0, parts[1].count == 12,
            parts[1].allSatisfy({ $0.isHexDigit })
        else { return nil }
        return pid
    }
}

/// The mode a new file gets by default: 0666 less the process's umask.
enum FileMode {
    /// Read once: on Linux from /proc (reading it there changes nothing); elsewhere by setting and restoring
    /// the umask, which happens before any concurrent work creates files.
    static let forNewFiles: mode_t = {
        #if os(Linux)
            if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
                let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
                let mask = mode_t(line.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8)
            {
                return 0o666 & ~mask
            }
        #endif
        let mask = umask(0o022)
        umask(mask)
        return 0o666 & ~mask
    }()
}
