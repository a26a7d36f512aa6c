import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One run of a batch at a time: an exclusive `flock(2)` on the batch file itself (`acquire(batchFile:)`), and
/// one on `<stem>.results.lock` beside the results file (`acquire(at:)`).
///
/// Two runs of the same file started together would send every request twice, save duplicates and leave a
/// manifest listing half the images. A lock on the batch file's own open file is keyed by the file, not by
/// how its path is spelled: a symbolic link (`alias.json → jobs.json`), a hard link, `./x/../jobs.json` or
/// another `--out-dir` all reach the same device and inode, so they all meet the same lock. The results lock
/// keeps two different batch files from writing one results file. The kernel drops a `flock` when its holder
/// dies, so a lock left behind by a run killed with `kill -9` never blocks the next run: only a live run does.
/// The results lock file holds the holder's process id, for the message; the batch file's holder is read
/// from `/proc/locks` where there is one.
package final class BatchLock: Sendable {
    private let descriptor: Int32
    /// The lock file, or the batch file for a lock on the batch file itself.
    package let url: URL
    /// Whether releasing removes `url` (a lock file of our own; never the user's batch file).
    private let removesFile: Bool

    private init(descriptor: Int32, url: URL, removesFile: Bool = true) {
        self.descriptor = descriptor
        self.url = url
        self.removesFile = removesFile
    }

    /// Takes the lock on the batch file itself (its device and inode, whatever path reached it), or throws at
    /// once when another live run holds it. Nil when the file system offers no `flock` (the results lock then
    /// still guards the results file).
    package static func acquire(batchFile: URL) throws(ImageAPIError) -> BatchLock? {
        let descriptor = open(batchFile.path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            throw ImageAPIError(
                .ioError, Message.batchLockOpen(path: batchFile.path, detail: String(cString: strerror(errno))))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let failure = errno
            var identity = stat()
            let known = fstat(descriptor, &identity) == 0
            close(descriptor)
            guard failure == EWOULDBLOCK else { return nil }
            let holder = known ? Self.flockHolder(device: UInt64(identity.st_dev), inode: UInt64(identity.st_ino)) : nil
            throw ImageAPIError(
                .invalidArgument,
                Message.batchFileLockBusy(pid: holder ?? "?", path: batchFile.path),
                hint: Message.batchLockBusyHint)
        }
        return BatchLock(descriptor: descriptor, url: batchFile, removesFile: false)
    }

    deinit {
        release()
    }

    /// The lock file for a results file: `jobs.results.json` → `jobs.results.lock`.
    package static func url(forResults results: URL) -> URL {
        results.deletingPathExtension().appendingPathExtension("lock")
    }

    /// Takes the lock at `url` (creating its folder), or throws at once when another live run holds it.
    package static func acquire(at url: URL) throws(ImageAPIError) -> BatchLock {
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
    package func release() {
        let first = released.withLock { released in
            defer { released = true }
            return !released
        }
        guard first else { return }
        if removesFile { unlink(url.path) }
        close(descriptor)
    }

    /// The process holding a `flock` on the file with this device and inode, from Linux's `/proc/locks`
    /// (`1: FLOCK  ADVISORY  WRITE 4242 08:01:1234 0 EOF`, the device as hexadecimal major:minor).
    static func flockHolder(device: UInt64, inode: UInt64, table: String? = nil) -> String? {
        guard let text = table ?? (try? String(contentsOfFile: "/proc/locks", encoding: .utf8)) else { return nil }
        // glibc's encoding of dev_t.
        let major = ((device >> 8) & 0xfff) | ((device >> 32) & ~UInt64(0xfff))
        let minor = (device & 0xff) | ((device >> 12) & ~UInt64(0xff))
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 6, fields[1] == "FLOCK", fields[3] == "WRITE" else { continue }
            let identity = fields[5].split(separator: ":")
            guard identity.count == 3, UInt64(identity[0], radix: 16) == major,
                UInt64(identity[1], radix: 16) == minor, UInt64(identity[2]) == inode
            else { continue }
            return String(fields[4])
        }
        return nil
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
