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
        /// The saved file's size, metadata included.
        var byteCount = 0
        /// The sidecar written beside it, when the metadata went there.
        var sidecar: URL? = nil
    }

    let temporaryFiles: TemporaryFiles
    var now: () -> Date = Date.init
    /// The saved file's mode; nil gives the usual one (0666 less the umask). Recovered images are 0600.
    var fileMode: mode_t?

    /// Writes `data` (already known to be `format`) for `target` and returns where it went; `stamp` puts the
    /// image's provenance in it (or beside it) on the way.
    func write(
        _ data: Data, format: ImageFormat, prompt: String, target: OutputTarget, stamp: ProvenanceStamp? = nil
    ) throws(ImageAPIError) -> Outcome {
        let facts = ImageInspector.inspect(data)
        // A reply's image already on disk (its stub stands in for it) is linked or copied from its spool, never
        // read into memory; it then takes the same place-and-stamp step as bytes held in memory.
        if let spool = ImageSpool.resolve(data) {
            return try place(
                format: format, width: facts?.width, height: facts?.height, prompt: prompt, target: target,
                stamp: stamp
            ) { (temporary: URL) in
                guard spool.materialise(at: temporary) else { throw CocoaError(.fileWriteOutOfSpace) }
            }
        }
        return try place(
            format: format, width: facts?.width, height: facts?.height, prompt: prompt, target: target,
            stamp: stamp
        ) { (handle: FileHandle) in try handle.write(contentsOf: data) }
    }

    /// Writes an image for `target` through `fill` (which writes its bytes to the temporary file's handle),
    /// stamps its provenance on the temporary file, and moves it into place; the one path every saved image
    /// takes, whether its bytes were in memory or decoded straight to disk.
    func place(
        format: ImageFormat, width: Int?, height: Int?, prompt: String, target: OutputTarget,
        stamp: ProvenanceStamp? = nil, fill: (FileHandle) throws -> Void
    ) throws(ImageAPIError) -> Outcome {
        try place(
            format: format, width: width, height: height, prompt: prompt, target: target, stamp: stamp
        ) { (temporary: URL) in
            guard TemporaryFiles.createPrivate(temporary) else { throw CocoaError(.fileWriteNoPermission) }
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try fill(handle)
        }
    }

    /// The place-and-stamp step itself: `produce` makes the temporary file (0600) at the URL it is given.
    private func place(
        format: ImageFormat, width: Int?, height: Int?, prompt: String, target: OutputTarget,
        stamp: ProvenanceStamp?, produce: (URL) throws -> Void
    ) throws(ImageAPIError) -> Outcome {
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
            // The stamp is taken when the requested name is found taken, not before: most runs never need it.
            var stamp = ""
            var attempt = 0
            candidates = AnyIterator { [now] in
                defer { attempt += 1 }
                if attempt == 1 { stamp = FileNamer.timestamp(now()) }
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
            try produce(temporary)
            _ = chmod(temporary.path, fileMode ?? FileMode.forNewFiles)
        } catch {
            throw ImageAPIError(
                .ioError, Message.outputFolderWrite(folder: directory.path),
                hint: Message.outputFolderWriteHint)
        }
        // The provenance goes in (or is set aside for a sidecar) before the file takes its name, so no reader
        // ever sees the image without it.
        var record: ProvenanceRecord?
        var metadata = MetadataEmbedder.Outcome.nothing
        if let stamp {
            var delivered = stamp.record
            (delivered.width, delivered.height, delivered.format) = (width, height, format.rawValue)
            record = delivered
            metadata = MetadataEmbedder.apply(
                delivered, mode: stamp.mode, to: temporary, format: format, temporaryFiles: temporaryFiles)
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
                var outcome = Outcome(url: candidate, notes: notes)
                let size = (try? FileManager.default.attributesOfItem(atPath: candidate.path)[.size]) as? NSNumber
                outcome.byteCount = size?.intValue ?? 0
                if case .sidecar(let reason) = metadata, let record {
                    writeSidecar(record, reason: reason, image: candidate, into: &outcome)
                }
                return outcome
            }
        }
        throw ImageAPIError(.ioError, Message.outputNoFreeName(folder: directory.path))
    }

    /// Writes the sidecar beside a saved image and says why, when it was not asked for.
    private func writeSidecar(
        _ record: ProvenanceRecord, reason: MetadataEmbedder.Reason, image: URL, into outcome: inout Outcome
    ) {
        let data = Sidecar.contents(record, image: image, contentCredentials: reason == .contentCredentials)
        let sidecar = Sidecar.url(for: image)
        guard Sidecar.write(data, for: image, temporaryFiles: temporaryFiles) else {
            var notes = outcome.notes
            notes.append(
                Diagnostic(.warning, code: "sidecar_not_written", Message.metadataSidecarNotWritten(path: sidecar.path))
            )
            outcome = Outcome(url: outcome.url, notes: notes, byteCount: outcome.byteCount)
            return
        }
        var notes = outcome.notes
        let name = sidecar.lastPathComponent
        switch reason {
        case .asked: break
        case .contentCredentials:
            notes.append(
                Diagnostic(.note, code: "metadata_in_sidecar", Message.metadataSidecarContentCredentials(name: name)))
        case .tooLarge:
            notes.append(Diagnostic(.note, code: "metadata_in_sidecar", Message.metadataSidecarTooLarge(name: name)))
        case .unreadable:
            notes.append(
                Diagnostic(.warning, code: "metadata_in_sidecar", Message.metadataSidecarUnreadable(name: name)))
        case .notWritten:
            notes.append(
                Diagnostic(.warning, code: "metadata_in_sidecar", Message.metadataSidecarNotEmbedded(name: name)))
        }
        outcome = Outcome(url: outcome.url, notes: notes, byteCount: outcome.byteCount, sidecar: sidecar)
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
