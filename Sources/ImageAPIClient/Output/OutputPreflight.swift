import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Checks, before anything is sent (and billed), that the image will be savable where it is asked to go, and,
/// just before sending, creates the folders it needs (`prepare`), so that what passes the check is what works.
///
/// The checks walk the folder's path from the root without following a link blindly: every name fits the file
/// system (255 bytes), the whole path fits `PATH_MAX`, every part that exists is a folder or a link to one (a
/// link to nothing is named as such), the deepest existing folder is writable, and its file system has room for
/// the largest image the request can return (`OutputSpace`). The same checks run for `--dry-run` and for every
/// batch item. Names are measured in bytes, not characters: a name of combining accents or Devanagari reaches
/// 255 bytes in far fewer characters. Folders that `prepare` created are removed again (`removeCreated`) when
/// the run ends without an image in them.
enum OutputPreflight {
    /// The most bytes in a file name (NAME_MAX on Linux and macOS).
    static let maxNameBytes = 255
    /// Room kept for what saving may add to a name: `-YYYY-MM-DD-HH-MM-SS-NNN` when the name is taken, and a
    /// changed extension (`.jpeg` for `.png`).
    static let reservedNameBytes = 32
    /// The most bytes an automatic name takes: timestamp, slug (`FileNamer.maxSlugBytes`), tag and extension.
    static let automaticNameBytes = 19 + 1 + FileNamer.maxSlugBytes + 1 + 6 + 5
    /// The most bytes in a whole path, its terminating zero left out (`PATH_MAX` is 4096 on Linux).
    static let maxPathBytes = Int(PATH_MAX) - 1

    /// The largest images a request can save, in bytes, and how to name them in a message.
    typealias Bound = (bytes: Int, image: Message)

    /// Checks `target` without changing anything; with `largest`, also the free space.
    static func check(_ target: OutputTarget, largest: Bound? = nil) throws(ImageAPIError) {
        _ = try inspect(target, largest: largest)
    }

    /// Checks `target` as `check` does, then creates the folders it lacks; returns those created, outermost
    /// first, for `removeCreated`.
    static func prepare(_ target: OutputTarget, largest: Bound? = nil) throws(ImageAPIError) -> [URL] {
        let (folder, missing) = try inspect(target, largest: largest)
        var created: [URL] = []
        for path in missing {
            if mkdir(path, 0o777) == 0 {
                created.append(URL(fileURLWithPath: path))
                continue
            }
            let failure = errno
            var info = stat()
            // Made meanwhile by another run (a batch's items share folders): fine when it is a folder.
            if failure == EEXIST, stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { continue }
            removeCreated(created)
            throw ImageAPIError(
                .invalidArgument,
                Message.outputPreflightCreateFailed(
                    folder: folder.path, path: path, detail: String(cString: strerror(failure))),
                hint: Message.outputPreflightHint)
        }
        return created
    }

    /// Removes the folders `prepare` created, innermost first, as long as they are empty.
    static func removeCreated(_ folders: [URL]) {
        for folder in folders.reversed() {
            _ = rmdir(folder.path)
        }
    }

    /// The target's folder and the paths of its parts that do not exist yet, outermost first.
    private static func inspect(_ target: OutputTarget, largest: Bound?) throws(ImageAPIError)
        -> (folder: URL, missing: [String])
    {
        let folder: URL
        let nameBytes: Int
        switch target {
        case .automatic(let directory):
            folder = directory.standardizedFileURL
            nameBytes = automaticNameBytes
        case .file(let url):
            let file = url.standardizedFileURL
            folder = file.deletingLastPathComponent()
            let name = file.lastPathComponent
            let limit = maxNameBytes - reservedNameBytes
            if name.utf8.count > limit {
                throw ImageAPIError(
                    .invalidArgument,
                    Message.outputPreflightNameTooLong(
                        name: shortened(name), bytes: String(name.utf8.count), max: String(limit)),
                    hint: Message.outputPreflightNameTooLongHint)
            }
            nameBytes = name.utf8.count + reservedNameBytes
        }
        let pathBytes = folder.path.utf8.count + 1 + nameBytes
        if pathBytes > maxPathBytes {
            throw ImageAPIError(
                .invalidArgument,
                Message.outputPreflightPathTooLong(
                    folder: shortened(folder.path), bytes: String(pathBytes), max: String(maxPathBytes)),
                hint: Message.outputPreflightPathHint)
        }
        let (existing, missing) = try walk(folder)
        guard access(existing, W_OK | X_OK) == 0 else {
            let message =
                missing.isEmpty
                ? Message.outputPreflightNotWritable(folder: folder.path)
                : Message.outputPreflightCannotCreate(folder: folder.path, parent: existing)
            throw ImageAPIError(.invalidArgument, message, hint: Message.outputPreflightHint)
        }
        if let largest {
            try OutputSpace.check(existing, folder: folder.path, needed: largest.bytes, image: largest.image)
        }
        return (folder, missing)
    }

    /// Walks `folder` from the root: the deepest part that exists (a folder, or a link to one) and the parts
    /// after it, which do not.
    private static func walk(_ folder: URL) throws(ImageAPIError) -> (existing: String, missing: [String]) {
        var current = "/"
        var path = "/"
        var missing: [String] = []
        for component in folder.pathComponents.dropFirst() {
            if component.utf8.count > maxNameBytes {
                throw ImageAPIError(
                    .invalidArgument,
                    Message.outputPreflightFolderNameTooLong(
                        name: shortened(component), bytes: String(component.utf8.count), max: String(maxNameBytes)),
                    hint: Message.outputPreflightPathHint)
            }
            let next = path == "/" ? "/" + component : path + "/" + component
            path = next
            if !missing.isEmpty {
                missing.append(next)
                continue
            }
            var info = stat()
            guard lstat(next, &info) == 0 else {
                let failure = errno
                if failure == ENOENT {
                    missing.append(next)
                    continue
                }
                throw ImageAPIError(
                    .invalidArgument,
                    Message.outputPreflightCreateFailed(
                        folder: folder.path, path: next, detail: String(cString: strerror(failure))),
                    hint: Message.outputPreflightHint)
            }
            if info.st_mode & S_IFMT == S_IFLNK {
                var target = stat()
                guard stat(next, &target) == 0 else {
                    let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: next)) ?? "?"
                    throw ImageAPIError(
                        .invalidArgument,
                        Message.outputPreflightDanglingLink(folder: folder.path, link: next, destination: destination),
                        hint: Message.outputPreflightHint)
                }
                info = target
            }
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw ImageAPIError(
                    .invalidArgument, Message.outputPreflightNotFolder(folder: folder.path, path: next),
                    hint: Message.outputPreflightHint)
            }
            current = next
        }
        return (current, missing)
    }

    /// The start of a long name or path, for a message: 40 characters and an ellipsis.
    private static func shortened(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(40)) + "…" : text
    }
}
