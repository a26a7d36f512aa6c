import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Checks, before anything is sent (and billed), that the image will be savable where it is asked to go: the
/// folder exists or can be created, is a folder, is writable, and the file name fits the file system.
///
/// The same checks run for `--dry-run` and for every batch item. Names are measured in bytes, not characters:
/// file systems limit a name to 255 bytes, and a name of combining accents or Devanagari reaches that in far
/// fewer characters.
enum OutputPreflight {
    /// The most bytes in a file name (NAME_MAX on Linux and macOS).
    static let maxNameBytes = 255
    /// Room kept for what saving may add to a name: `-YYYY-MM-DD-HH-MM-SS-NNN` when the name is taken, and a
    /// changed extension (`.jpeg` for `.png`).
    static let reservedNameBytes = 32

    static func check(_ target: OutputTarget) throws(ImageAPIError) {
        let folder: URL
        switch target {
        case .automatic(let directory):
            folder = directory.standardizedFileURL
        case .file(let url):
            let file = url.standardizedFileURL
            folder = file.deletingLastPathComponent()
            let name = file.lastPathComponent
            let limit = maxNameBytes - reservedNameBytes
            if name.utf8.count > limit {
                throw ImageAPIError(
                    .invalidArgument,
                    Message.outputPreflightNameTooLong(
                        name: String(name.prefix(40)) + "…", bytes: String(name.utf8.count), max: String(limit)),
                    hint: Message.outputPreflightNameTooLongHint)
            }
        }
        try checkFolder(folder)
    }

    /// The folder, or the nearest part of its path that exists, must be a writable folder.
    private static func checkFolder(_ folder: URL) throws(ImageAPIError) {
        var existing = folder
        var isDirectory: ObjCBool = false
        while !FileManager.default.fileExists(atPath: existing.path, isDirectory: &isDirectory) {
            let parent = existing.deletingLastPathComponent()
            if parent.path == existing.path { return }
            existing = parent
        }
        guard isDirectory.boolValue else {
            throw ImageAPIError(
                .invalidArgument,
                Message.outputPreflightNotFolder(folder: folder.path, path: existing.path),
                hint: Message.outputPreflightHint)
        }
        guard access(existing.path, W_OK | X_OK) == 0 else {
            let message =
                existing.path == folder.path
                ? Message.outputPreflightNotWritable(folder: folder.path)
                : Message.outputPreflightCannotCreate(folder: folder.path, parent: existing.path)
            throw ImageAPIError(.invalidArgument, message, hint: Message.outputPreflightHint)
        }
    }
}
