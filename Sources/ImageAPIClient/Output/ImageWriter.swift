import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Saves image bytes so that nothing is ever lost: no half-written file, no overwritten file.
///
/// The bytes go to a temporary file in the destination folder and are then hard-linked into place, which
/// fails rather than replaces when the name is taken, so even two runs racing for one name both survive.
/// On file systems without hard links it falls back to a rename after checking the name is free.
struct ImageWriter {
    /// Where and how the file was saved.
    struct Outcome {
        let url: URL
        let notes: [Diagnostic]
    }

    let temporaryFiles: TemporaryFiles
    var now: () -> Date = Date.init
    /// The saved file's mode; nil gives the usual one (0666 less the umask). Recovered images are 0600.
    var fileMode: mode_t?

    /// Writes `data` (already known to be `format`) for `target` and returns where it went.
    func write(_ data: Data, format: ImageFormat, prompt: String, target: OutputTarget) throws(ImageAPIError)
        -> Outcome
    {
        var notes: [Diagnostic] = []
        let directory: URL
        var candidates: AnyIterator<URL>
        switch target {
        case .automatic(let folder):
            directory = folder.standardizedFileURL
            let stamp = now()
            candidates = AnyIterator {
                directory.appendingPathComponent(FileNamer.automaticName(prompt: prompt, format: format, date: stamp))
            }
        case .file(let requested):
            let requested = requested.standardizedFileURL
            directory = requested.deletingLastPathComponent()
            let named = Self.withFittingExtension(requested, format: format)
            if named != requested {
                let format = format.rawValue.uppercased()
                let name = named.lastPathComponent
                notes.append(
                    Diagnostic(
                        .warning, code: "extension_changed",
                        requested.pathExtension.isEmpty
                            ? Message.outputExtensionMissing(format: format, name: name)
                            : Message.outputExtensionChanged(
                                format: format, extension: ".\(requested.pathExtension)", name: name)))
            }
            let stem = named.deletingPathExtension().lastPathComponent
            let ext = named.pathExtension
            let stamp = FileNamer.timestamp(now())
            var attempt = 0
            candidates = AnyIterator {
                defer { attempt += 1 }
                switch attempt {
                case 0: return named
                case 1: return directory.appendingPathComponent("\(stem)-\(stamp).\(ext)")
                default: return directory.appendingPathComponent("\(stem)-\(stamp)-\(attempt).\(ext)")
                }
            }
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw ImageAPIError(
                .ioError, Message.outputFolderCreate(folder: directory.path),
                hint: Message.outputFolderCreateHint)
        }
        let temporary = temporaryFiles.make(in: directory)
        defer {
            try? FileManager.default.removeItem(at: temporary)
            temporaryFiles.release(temporary)
        }
        do {
            // Private while it is written; given the usual mode (0666 less the umask) just before it is linked
            // into place, since the saved image is the same file.
            guard TemporaryFiles.createPrivate(temporary) else { throw CocoaError(.fileWriteNoPermission) }
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
            _ = chmod(temporary.path, fileMode ?? FileMode.forNewFiles)
        } catch {
            throw ImageAPIError(
                .ioError, Message.outputFolderWrite(folder: directory.path),
                hint: Message.outputFolderWriteHint)
        }
        var first: URL?
        for _ in 0..<1000 {
            guard let candidate = candidates.next() else { break }
            if first == nil { first = candidate }
            if try Self.placeWithoutReplacing(temporary, at: candidate) {
                if case .file = target, let first, candidate != first {
                    notes.append(
                        Diagnostic(
                            .note, code: "renamed_existing",
                            Message.outputRenamed(existing: first.lastPathComponent, name: candidate.lastPathComponent))
                    )
                }
                return Outcome(url: candidate, notes: notes)
            }
        }
        throw ImageAPIError(.ioError, Message.outputNoFreeName(folder: directory.path))
    }

    /// `requested` with the extension that matches `format`, unless it already has an accepted one.
    static func withFittingExtension(_ requested: URL, format: ImageFormat) -> URL {
        let ext = requested.pathExtension.lowercased()
        if format.acceptedExtensions.contains(ext) { return requested }
        let known = ImageFormat.allCases.flatMap(\.acceptedExtensions) + ["gif", "bmp", "tif", "tiff", "heic"]
        let base = known.contains(ext) ? requested.deletingPathExtension() : requested
        return base.appendingPathExtension(format.fileExtension)
    }

    /// Moves `temporary` to `destination` unless something is already there; false when the name is taken.
    private static func placeWithoutReplacing(_ temporary: URL, at destination: URL) throws(ImageAPIError) -> Bool {
        if link(temporary.path, destination.path) == 0 { return true }
        let failure = errno
        if failure == EEXIST { return false }
        // No hard links here (some network and FAT file systems): check, then rename.
        if FileManager.default.fileExists(atPath: destination.path) { return false }
        if rename(temporary.path, destination.path) == 0 { return true }
        throw ImageAPIError(
            .ioError, Message.outputSave(path: destination.path, detail: String(cString: strerror(errno))),
            hint: Message.outputSaveHint)
    }
}
