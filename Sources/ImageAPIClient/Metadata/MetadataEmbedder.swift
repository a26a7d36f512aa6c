import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Puts a `ProvenanceRecord` into an image file that is about to be saved, as a stream copy (signature and
/// header, gen-image's blocks, then the rest), replacing the file atomically; or decides it must go to a sidecar.
///
/// It works on the file, never on the image held in memory, so it serves an image decoded straight to disk as
/// well as one written from memory.
enum MetadataEmbedder {
    /// What happened to the record.
    enum Outcome: Equatable {
        /// Written into the file.
        case embedded
        /// To be written to a sidecar, for this reason; the file is untouched.
        case sidecar(Reason)
        /// Nothing was written (`--metadata none`).
        case nothing
    }

    /// Why a record goes to a sidecar.
    enum Reason: Equatable {
        /// Asked for (`--metadata sidecar`).
        case asked
        /// The image carries a C2PA manifest, which an added byte would invalidate.
        case contentCredentials
        /// The record does not fit the format (a JPEG segment holds 64 KB).
        case tooLarge
        /// The file's structure could not be followed, so it is kept as received.
        case unreadable
        /// The rewritten copy could not be written (a full disk, say), so the file is kept as received.
        case notWritten
    }

    /// Applies `mode` to the image at `file` (a temporary file in the destination folder, owned by the caller).
    static func apply(
        _ record: ProvenanceRecord, mode: MetadataMode, to file: URL, format: ImageFormat,
        temporaryFiles: TemporaryFiles
    ) -> Outcome {
        switch mode {
        case .none: return .nothing
        case .sidecar: return .sidecar(.asked)
        case .embed: break
        }
        guard let cursor = FileCursor(file) else { return .sidecar(.unreadable) }
        let handler = handler(for: format)
        let found = handler.scan(cursor)
        if found.hasC2PA { return .sidecar(.contentCredentials) }
        guard found.isWellFormed else { return .sidecar(.unreadable) }
        let rewritten = temporaryFiles.make(in: file.deletingLastPathComponent())
        defer {
            try? FileManager.default.removeItem(at: rewritten)
            temporaryFiles.release(rewritten)
        }
        do {
            guard TemporaryFiles.createPrivate(rewritten) else { return .sidecar(.notWritten) }
            let output = try FileHandle(forWritingTo: rewritten)
            do {
                try handler.embed(record, from: cursor, to: output)
                try output.close()
            } catch {
                try? output.close()
                throw error
            }
        } catch is MetadataTooLarge {
            return .sidecar(.tooLarge)
        } catch let error as CocoaError where error.code == .fileReadCorruptFile {
            return .sidecar(.unreadable)
        } catch {
            return .sidecar(.notWritten)
        }
        var status = stat()
        if stat(file.path, &status) == 0 { _ = chmod(rewritten.path, status.st_mode & 0o7777) }
        guard rename(rewritten.path, file.path) == 0 else { return .sidecar(.notWritten) }
        return .embedded
    }

    static func handler(for format: ImageFormat) -> any MetadataFormat.Type {
        switch format {
        case .png: PNGMetadata.self
        case .jpeg: JPEGMetadata.self
        case .webp: WebPMetadata.self
        }
    }
}

/// `NAME.EXT.json`: the record beside an image that must stay byte for byte as received.
enum Sidecar {
    /// The sidecar's location for an image.
    static func url(for image: URL) -> URL {
        image.deletingLastPathComponent().appendingPathComponent(image.lastPathComponent + ".json")
    }

    /// The sidecar's JSON: the record's fields, the AUTOMATIC1111 text, the image's name and whether it
    /// carries Content Credentials.
    static func contents(_ record: ProvenanceRecord, image: URL, contentCredentials: Bool) -> Data {
        guard case .object(var fields) = record.json else { return Data() }
        fields["image"] = .string(image.lastPathComponent)
        // Ties the sidecar to these bytes, so one left beside a later image of the same name is not believed.
        fields["image_sha256"] = SHA256.hex(ofFile: image).map(JSONValue.string) ?? .null
        fields["parameters"] = .string(record.parametersText)
        fields["c2pa_in_image"] = .bool(contentCredentials)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(JSONValue.object(fields))).map { $0 + Data("\n".utf8) } ?? Data()
    }

    /// Writes the sidecar for `image` without replacing any file; false when it could not be written.
    static func write(_ data: Data, for image: URL, temporaryFiles: TemporaryFiles) -> Bool {
        let target = url(for: image)
        let temporary = temporaryFiles.make(in: image.deletingLastPathComponent())
        defer {
            try? FileManager.default.removeItem(at: temporary)
            temporaryFiles.release(temporary)
        }
        guard TemporaryFiles.createPrivate(temporary), let handle = try? FileHandle(forWritingTo: temporary) else {
            return false
        }
        do {
            try handle.write(contentsOf: data)
            try handle.close()
        } catch {
            try? handle.close()
            return false
        }
        _ = chmod(temporary.path, FileMode.forNewFiles)
        if link(temporary.path, target.path) == 0 { return true }
        // No hard links here (some network and FAT file systems): check, then rename.
        guard errno != EEXIST, !FileManager.default.fileExists(atPath: target.path) else { return false }
        return rename(temporary.path, target.path) == 0
    }
}
