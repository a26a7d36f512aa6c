import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One run of a batch at a time: an exclusive `flock(2)` on `<stem>.results.lock` beside the results file.
///
/// Two runs of the same file started together would send every request twice, save duplicates and leave a
/// manifest listing half the images. The kernel drops a `flock` when its holder dies, so a lock file left
/// behind by a run killed with `kill -9` never blocks the next run: only a live run does. The file holds the
/// holder's process id, for the message.
public final class BatchLock: Sendable {
    private let descriptor: Int32
    /// The lock file.
    public let url: URL

    private init(descriptor: Int32, url: URL) {
        self.descriptor = descriptor
        self.url = url
    }

    deinit {
        release()
    }

    /// The lock file for a results file: `jobs.results.json` → `jobs.results.lock`.
    public static func url(forResults results: URL) -> URL {
        results.deletingPathExtension().appendingPathExtension("lock")
    }

    /// Takes the lock at `url` (creating its folder), or throws at once when another live run holds it.
    public static func acquire(at url: URL) throws(ImageAPIError) -> BatchLock {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ImageAPIError(.ioError, Message.manifestFolder(folder: folder.path))
        }
        // A holder removes the file as it finishes; a lock taken on a file that was removed meanwhile
        // protects nothing, so try again on the new one.
        for _ in 0..<20 {
            let descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw ImageAPIError(
                    .ioError,
                    Message.batchLockOpen(path: url.path, detail: String(cString: strerror(errno))))
            }
            if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                let holder = Self.holder(descriptor)
                close(descriptor)
                throw ImageAPIError(
                    .invalidArgument,
                    Message.batchLockBusy(pid: holder ?? "?", path: url.path),
                    hint: Message.batchLockBusyHint)
            }
            var held = stat()
            var named = stat()
            guard fstat(descriptor, &held) == 0, stat(url.path, &named) == 0, held.st_ino == named.st_ino,
                held.st_dev == named.st_dev
            else {
                close(descriptor)
                continue
            }
            let pid = Data("\(getpid())\n".utf8)
            _ = ftruncate(descriptor, 0)
            _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
            return BatchLock(descriptor: descriptor, url: url)
        }
        throw ImageAPIError(
            .ioError, Message.batchLockOpen(path: url.path, detail: "the lock file keeps changing"))
    }

    private let released = Locked(false)

    /// Removes the lock file and lets the next run in; idempotent.
    public func release() {
        let first = released.withLock { released in
            defer { released = true }
            return !released
        }
        guard first else { return }
        unlink(url.path)
        close(descriptor)
    }

    /// The process id written by the holder, if readable.
    private static func holder(_ descriptor: Int32) -> String? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        let text = String(decoding: buffer.prefix(count), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty || !text.allSatisfy(\.isNumber) ? nil : text
    }
}
