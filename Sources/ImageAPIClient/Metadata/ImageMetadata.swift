import Foundation

/// What an image file says about how it was made, read back for `gen-image info` and `gen-image again`:
/// gen-image's own record, AUTOMATIC1111 `parameters`, ComfyUI's `prompt` and `workflow`, the XMP
/// description and source type, whether Content Credentials are present, and a sidecar beside it.
public struct ImageMetadata: Sendable {
    /// The image file.
    public let url: URL
    /// Its format and pixel size.
    public let facts: ImageInspector.Facts
    /// gen-image's record, from the file or else from its sidecar.
    public let record: ProvenanceRecord?
    /// Where `record` came from: `file` or `sidecar`.
    public let recordSource: String?
    /// The AUTOMATIC1111 `parameters` text (PNG text chunk, or EXIF `UserComment` in JPEG and WebP).
    public let parameters: String?
    /// ComfyUI's `prompt` text chunk (JSON).
    public let comfyPrompt: String?
    /// ComfyUI's `workflow` text chunk (JSON).
    public let comfyWorkflow: String?
    /// XMP `dc:description`.
    public let description: String?
    /// XMP `Iptc4xmpExt:DigitalSourceType`.
    public let digitalSourceType: String?
    /// XMP `xmp:CreatorTool`.
    public let creatorTool: String?
    /// Whether the file carries a C2PA manifest (PNG `caBX`, JPEG APP11 JUMBF, WebP `C2PA`).
    public let hasContentCredentials: Bool
    /// The sidecar `NAME.EXT.json`, when there is one that belongs to these bytes (a sidecar recording another
    /// image's SHA-256 was left by an earlier file of the same name, and is ignored).
    public let sidecar: URL?

    /// Whether none of the above was found.
    public var isEmpty: Bool {
        record == nil && parameters == nil && comfyPrompt == nil && comfyWorkflow == nil && description == nil
            && digitalSourceType == nil && creatorTool == nil && !hasContentCredentials && sidecar == nil
    }

    /// Reads `url`. Throws `input_not_found` when it cannot be read and `input_not_image` when it is not
    /// PNG, JPEG or WebP.
    public static func read(_ url: URL) throws(ImageAPIError) -> ImageMetadata {
        // A regular file only: a FIFO or a device would block or never end.
        let type = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.type] as? FileAttributeType
        guard type == .typeRegular, let cursor = FileCursor(url) else {
            throw ImageAPIError(.inputNotFound, Message.metadataUnreadable(path: url.path))
        }
        guard let head = cursor.bytes(at: 0, count: min(cursor.length, 1 << 20)),
            let facts = ImageInspector.inspect(Data(head))
        else {
            throw ImageAPIError(.inputNotImage, Message.metadataNotImage(path: url.path))
        }
        let found = MetadataEmbedder.handler(for: facts.format).scan(cursor)
        let xmp = found.xmp.map(XMPReader.init)
        var record = xmp.flatMap(ProvenanceRecord.init(xmp:))
        var source: String? = record == nil ? nil : "file"
        let sidecarURL = Sidecar.url(for: url)
        var sidecar: URL?
        if let data = try? Data(contentsOf: sidecarURL, options: .mappedIfSafe), data.count <= metadataReadLimit,
            let json = try? JSONDecoder().decode(JSONValue.self, from: data),
            json["image_sha256"]?.stringValue.map({ $0 == SHA256.hex(ofFile: url) }) ?? true
        {
            sidecar = sidecarURL
            if record == nil, let fromSidecar = ProvenanceRecord(json: json) {
                record = fromSidecar
                source = "sidecar"
            }
        }
        let parameters = found.text("parameters") ?? found.userComment.flatMap { $0.isEmpty ? nil : $0 }
        return ImageMetadata(
            url: url, facts: facts, record: record, recordSource: source, parameters: parameters,
            comfyPrompt: found.text("prompt"), comfyWorkflow: found.text("workflow"),
            description: xmp?.simple(XMPPacket.dublinCore, "description"),
            digitalSourceType: xmp?.simple(XMPPacket.iptcExtension, "DigitalSourceType"),
            creatorTool: xmp?.simple(XMPPacket.xmpBasic, "CreatorTool"),
            hasContentCredentials: found.hasC2PA, sidecar: sidecar)
    }
}

extension ProvenanceRecord {
    /// Checks each recorded input against the file at its recorded path (or, when that is gone, a file of the
    /// same name beside `image` or in `currentDirectory`) and returns the paths whose bytes still match.
    ///
    /// - Throws: `input_not_found` naming the first input that is gone, `invalid_argument` naming one whose
    ///   bytes changed.
    public func locateInputs(besides image: URL, currentDirectory: URL) throws(ImageAPIError) -> [Input: URL] {
        var found: [Input: URL] = [:]
        for input in inputs {
            let candidates = [
                URL(fileURLWithPath: input.path), image.deletingLastPathComponent().appendingPathComponent(input.name),
                currentDirectory.appendingPathComponent(input.name),
            ]
            var sawChanged: URL?
            for candidate in candidates where FileManager.default.fileExists(atPath: candidate.path) {
                if SHA256.hex(ofFile: candidate) == input.sha256 {
                    found[input] = candidate
                    break
                }
                sawChanged = sawChanged ?? candidate
            }
            if found[input] != nil { continue }
            if let changed = sawChanged {
                throw ImageAPIError(
                    .invalidArgument, Message.metadataInputChanged(name: input.name, path: changed.path),
                    setting: .inputImages, remedy: .advice(Message.metadataInputHint))
            }
            throw ImageAPIError(
                .inputNotFound, Message.metadataInputMissing(name: input.name, path: input.path),
                setting: .inputImages, remedy: .advice(Message.metadataInputHint))
        }
        return found
    }
}
