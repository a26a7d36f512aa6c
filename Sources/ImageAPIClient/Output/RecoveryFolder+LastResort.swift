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
            folders.append(URL(fileURLWithPath: "/dev/shm/gen-image-recovered-\(geteuid())"))
        #endif
        return folders
    }

    /// Whether `url` is in memory (`/dev/shm`): gone at the next restart, which the message says.
    static func isMemoryBacked(_ url: URL) -> Bool {
        url.path.hasPrefix("/dev/shm/")
    }

    /// `lastResort`'s folders that exist, or could be created, as private folders of this user (`makePrivate`);
    /// only where their parent exists, so a missing runtime folder is not made up.
    static func privateLastResort() -> [URL] {
        lastResort.filter(makePrivateInExistingParent)
    }

    /// `makePrivate` for a last resort, refused when its parent (`$XDG_RUNTIME_DIR`, `/dev/shm`) is missing.
    static func makePrivateInExistingParent(_ folder: URL) -> Bool {
        var isFolder: ObjCBool = false
        let parent = folder.standardizedFileURL.deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isFolder), isFolder.boolValue else {
            return false
        }
        return makePrivate(folder)
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
            var writer = ImageWriter(temporaryFiles: temporaryFiles)
            writer.fileMode = fileMode
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

    /// Makes one of `spoolFolders` ready to take a file: the recovery folder and a last resort are made
    /// private (`makePrivate`: 0700, refused when a symlink or not this user's own folder); the others are
    /// taken as they are.
    static func ready(_ folder: URL) -> Bool {
        if lastResort.contains(folder) { return makePrivateInExistingParent(folder) }
        if folder == primary { return makePrivate(folder) }
        return true
    }
}
