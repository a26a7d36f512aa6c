import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A small tmpfs mounted for one test, to show what happens on a full disk; nil (with a loud note) where
/// mounting is not allowed (not root, or a container without CAP_SYS_ADMIN).
final class SmallDisk: Sendable {
    let url: URL

    /// Mounts a tmpfs of `megabytes` at `url` (created if missing).
    init?(at url: URL, megabytes: Int) {
        self.url = url
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        #if os(Linux)
            let options = "size=\(megabytes)m"
            guard geteuid() == 0, Self.run("/bin/mount", ["-t", "tmpfs", "-o", options, "tmpfs", url.path]) else {
                Self.note("mounting a tmpfs is not allowed here (needs root and CAP_SYS_ADMIN)")
                return nil
            }
        #else
            Self.note("tmpfs is Linux's")
            return nil
        #endif
    }

    deinit {
        _ = Self.run("/bin/umount", ["-l", url.path])
    }

    /// Fills the disk until less than `leaving` bytes are free.
    func fill(leaving: Int) throws {
        var info = statvfs()
        guard statvfs(url.path, &info) == 0 else { return }
        let free = Int(info.f_bavail) * Int(info.f_frsize)
        guard free > leaving else { return }
        try Data(count: free - leaving).write(to: url.appendingPathComponent("filler.bin"))
    }

    /// Bytes free now.
    var freeBytes: Int {
        var info = statvfs()
        guard statvfs(url.path, &info) == 0 else { return 0 }
        return Int(info.f_bavail) * Int(info.f_frsize)
    }

    private static func run(_ executable: String, _ arguments: [String]) -> Bool {
        guard FileManager.default.isExecutableFile(atPath: executable) else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    private static func note(_ reason: String) {
        FileHandle.standardError.write(
            Data("⚠️  SKIPPED full-disk test: \(reason); the free-space check is not shown on this machine\n".utf8))
    }
}
