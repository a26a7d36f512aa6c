import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where an image goes when it arrived (and was billed) but could not be saved where it was asked to go: the
/// disk filled up, or the folder was removed or made read-only while the gateway worked.
///
/// `$XDG_DATA_HOME/gen-image/recovered` (default `~/.local/share/gen-image/recovered`), or, when that cannot be
/// used either, `gen-image-recovered-<uid>` in the temporary folder. The error then carries the path
/// (`recoveredPath`), so the image is never lost.
///
/// The images are the user's own (a prompt can be private), and the temporary folder is shared: every
/// recovery folder is private. It is created 0700; one that is a symbolic link (which another user could plant
/// in `/tmp` to have the image written where they can read it), is not a folder, or belongs to another user is
/// refused, and the next place is tried; an existing one of ours that others may read is closed to them. Images
/// are written 0600.
enum RecoveryFolder {
    /// The folder images are recovered to, first choice.
    static var primary: URL {
        let environment = ProcessInfo.processInfo.environment
        let data =
            environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : nil }
            ?? environment["HOME"].flatMap { $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : nil }?
            .appendingPathComponent(".local/share")
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share")
        return data.appendingPathComponent("gen-image/recovered")
    }

    /// The fallback when the first choice cannot be used: per user (`gen-image-recovered-<uid>`), in the
    /// temporary folder.
    static var fallback: URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("gen-image-recovered-\(geteuid())")
    }

    /// The mode of a recovery folder.
    static let folderMode: mode_t = 0o700
    /// The mode of a recovered image.
    static let fileMode: mode_t = 0o600

    /// Makes `folder` a private folder of this user and returns true, or returns false when it cannot be one.
    ///
    /// Its parents are created as usual; the folder itself is created 0700. An existing one must be a real
    /// folder (not a symbolic link, checked without following it) owned by this user; if others may enter it,
    /// that is taken away. Anything else is refused and left untouched.
    static func makePrivate(_ folder: URL) -> Bool {
        let path = folder.standardizedFileURL.path
        try? FileManager.default.createDirectory(
            at: folder.standardizedFileURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        if mkdir(path, folderMode) != 0, errno != EEXIST { return false }
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == geteuid() else {
            return false
        }
        if info.st_mode & 0o077 != 0 { return chmod(path, folderMode) == 0 }
        return true
    }

    /// Saves `data` under an automatic name in the first private folder that takes it, mode 0600 (stamped with
    /// `stamp` like any saved image); nil when none does.
    static func keep(
        _ data: Data, format: ImageFormat, prompt: String, temporaryFiles: TemporaryFiles,
        stamp: ProvenanceStamp? = nil
    ) -> URL? {
        for folder in [primary, fallback] where makePrivate(folder) {
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
}
