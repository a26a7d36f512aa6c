import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a billed image goes when the output folder, `$HOME` and `$TMPDIR` share one full disk: the session's
/// runtime folder (`$XDG_RUNTIME_DIR`, usually a tmpfs of its own), then memory (`/dev/shm`). Each is a
/// per-user folder created 0700, refused when it is a symlink or belongs to someone else.
extension RecoveryFolder {
    /// The folders tried after the recovery folder, in order; only those whose parent exists.
    static var lastResort: [URL] {
        var folders: [URL] = []
        let environment = ProcessInfo.processInfo.environment
        if let runtime = environment["XDG_RUNTIME_DIR"], runtime.hasPrefix("/") {
            folders.append(URL(fileURLWithPath: runtime).appendingPathComponent("gen-image-recovered"))
        }
        #if os(Linux)
            folders.append(URL(fileURLWithPath: "/dev/shm/gen-image-recovered-\(getuid())"))
        #endif
        return folders
    }

    /// Whether `url` is in memory (`/dev/shm`): gone at the next restart, which the message says.
    static func isMemoryBacked(_ url: URL) -> Bool {
        url.path.hasPrefix("/dev/shm/")
    }

    /// `lastResort`'s folders that exist, or could be created, as private folders of this user.
    static func privateLastResort() -> [URL] {
        lastResort.filter(preparePrivate)
    }

    /// Creates `folder` 0700 when missing; true when it is a real folder of this user, not a symlink.
    static func preparePrivate(_ folder: URL) -> Bool {
        let path = folder.path
        var info = stat()
        if lstat(path, &info) != 0 {
            guard errno == ENOENT, mkdir(path, 0o700) == 0 || errno == EEXIST else { return false }
            guard lstat(path, &info) == 0 else { return false }
        }
        return (info.st_mode & S_IFMT) == S_IFDIR && info.st_uid == getuid()
    }

    /// Keeps `data` in the recovery folder, else in the last-resort folders (stamped with `stamp` like any saved
    /// image); nil when nothing can be written.
    static func keepAnywhere(
        _ data: Data, format: ImageFormat, prompt: String, temporaryFiles: TemporaryFiles,
        stamp: ProvenanceStamp? = nil
    ) -> URL? {
        if let kept = keep(data, format: format, prompt: prompt, temporaryFiles: temporaryFiles, stamp: stamp) {
            return kept
        }
        for folder in privateLastResort() {
            let writer = ImageWriter(temporaryFiles: temporaryFiles)
            if let outcome = try? writer.write(
                data, format: format, prompt: prompt, target: .automatic(directory: folder), stamp: stamp)
            {
                return outcome.url
            }
        }
        return nil
    }

    /// Where a reply's images are decoded to while it arrives: the output folder when it exists (saving is then
    /// a link), the temporary folder, the recovery folder, then the last resorts. Each is made ready only when
    /// a spool gets that far (`ready`), so a run that never needs them creates nothing.
    static func spoolFolders(output: URL?) -> [URL] {
        var folders: [URL] = []
        var isFolder: ObjCBool = false
        if let output, FileManager.default.fileExists(atPath: output.path, isDirectory: &isFolder), isFolder.boolValue {
            folders.append(output)
        }
        return folders + [FileManager.default.temporaryDirectory, primary] + lastResort
    }

    /// Makes one of `spoolFolders` ready to take a file: the recovery folder is created, a last resort is
    /// created private (and refused when it is not this user's own folder); the others are taken as they are.
    static func ready(_ folder: URL) -> Bool {
        if lastResort.contains(folder) { return preparePrivate(folder) }
        if folder == primary {
            return (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil
        }
        return true
    }
}
