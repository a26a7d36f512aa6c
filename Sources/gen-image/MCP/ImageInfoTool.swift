import Foundation
import ImageAPIClient

/// `image_info`: what an image file is (format, pixel size, bytes), read from its header without decoding it,
/// and how it was made: the same fields `gen-image info --json` gives (gen-image's record, AUTOMATIC1111
/// `parameters`, ComfyUI, XMP, Content Credentials, a sidecar), read by `ImageMetadata`.
///
/// The facts come from `read`, a seam the tests can replace.
struct ImageInfoTool: Sendable {
    static let name = "image_info"
    /// Bytes read from the start of the file: enough for any header ImageInspector reads.
    static let headerLimit = 4 * 1024 * 1024

    let settings: MCPSettings
    /// The facts about the file at a URL, as JSON fields; throws an `input_*` error for a missing or unreadable
    /// file or one that is no image.
    var read: @Sendable (URL) throws(ImageAPIError) -> [String: JSONValue] = ImageInfoTool.inspect

    /// The `tools/list` entry.
    func definition() -> JSONValue {
        let wording = settings.wording
        return .object([
            "name": .string(Self.name),
            "title": .string(wording.text(.mcpInfoTitle)),
            "description": .string(wording.text(.mcpInfoDescription)),
            "inputSchema": ToolSchema.object(
                [
                    "path": .object([
                        "type": .string("string"), "minLength": .number(1),
                        "description": .string(wording.text(.mcpFieldPath)),
                    ])
                ], required: ["path"]),
            "outputSchema": ToolOutputSchemas.info,
            "annotations": .object([
                "title": .string(wording.text(.mcpInfoTitle)), "readOnlyHint": .bool(true),
                "openWorldHint": .bool(false),
            ]),
        ])
    }

    func call(_ arguments: JSONValue?) async -> ToolOutcome {
        let wording = settings.wording
        guard case .object(let fields) = arguments ?? .object([:]) else {
            return refuse(nil, .mcpArgumentsNotObject)
        }
        for key in fields.keys.sorted() where key != "path" {
            return refuse(key, .mcpFieldUnknown(field: key), hint: .mcpFieldsAllowed(fields: "path"))
        }
        guard case .string(let path)? = fields["path"], !path.isEmpty else {
            return refuse("path", .mcpNotAPath(field: "path"))
        }
        let url = settings.resolve(path)
        var facts: [String: JSONValue]
        do throws(ImageAPIError) {
            facts = try read(url)
        } catch {
            return .failure(error, wording: wording)
        }
        facts["ok"] = .bool(true)
        facts["path"] = .string(url.path)
        facts["uri"] = .string(url.absoluteString)
        let line = wording.text(
            .mcpInfoLine(
                path: url.path, size: facts["size"]?.stringValue ?? "?",
                format: facts["format"]?.stringValue?.uppercased() ?? "?",
                bytes: facts["bytes"].flatMap { if case .number(let n) = $0 { Int(n) } else { nil } }
                    .map(wording.bytes) ?? "?"))
        let format = facts["format"]?.stringValue.flatMap(ImageFormat.init(rawValue:))
        return ToolOutcome(
            structured: .object(facts), content: [ToolOutcome.text(line), ToolOutcome.link(to: url, format: format)],
            isError: false)
    }

    /// Format, pixel size and bytes, from the file's header (`ImageInspector`).
    static func inspect(_ url: URL) throws(ImageAPIError) -> [String: JSONValue] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
            let handle = FileHandle(forReadingAtPath: url.path)
        else {
            throw ImageAPIError(.inputNotFound, .mcpInfoNotFound(path: url.path), hint: .mcpInfoNotFoundHint)
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: headerLimit)) ?? Data()
        let bytes = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? head.count
        guard let facts = ImageInspector.inspect(head) else {
            throw ImageAPIError(.inputNotImage, .mcpInfoNotImage(path: url.path))
        }
        var fields: [String: JSONValue] = [
            "format": .string(facts.format.rawValue), "mime_type": .string(facts.format.mimeType),
            "bytes": .number(Double(bytes)),
            "width": facts.width.map { .number(Double($0)) } ?? .null,
            "height": facts.height.map { .number(Double($0)) } ?? .null,
        ]
        if let width = facts.width, let height = facts.height { fields["size"] = .string("\(width)x\(height)") }
        // How it was made, as `gen-image info --json` says it; a file whose metadata can't be read is still an
        // image, so that only leaves the provenance fields out.
        if let metadata = try? ImageMetadata.read(url), case .object(let provenance) = InfoReport.json(metadata) {
            let keys = [
                "gen_image", "record_source", "parameters", "comfyui", "xmp", "c2pa", "sidecar", "has_metadata",
            ]
            for key in keys { fields[key] = provenance[key] }
        }
        return fields
    }

    private func refuse(_ field: String?, _ message: Message, hint: Message? = nil) -> ToolOutcome {
        .refused(
            [BatchProblem(field: field, error: ImageAPIError(.invalidArgument, message, hint: hint))],
            wording: settings.wording, single: true)
    }
}
