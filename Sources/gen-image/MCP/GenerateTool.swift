import Foundation
import ImageAPIClient

/// `generate_image`: one image from a prompt, or an edit or fusion of `input_images`, saved under the working
/// folder or `out_dir`. Its arguments are a batch item's fields, read and checked by the batch file's own parser
/// and planner, so a bad value is refused with the same words, before anything is sent.
struct GenerateTool: Sendable {
    static let name = "generate_image"
    /// Arguments beyond a batch item's fields.
    static let extraFields = ["out_dir", "provider", "preview"]
    /// Every argument name.
    static var fields: [String] { BatchFileParser.itemFields + extraFields }
    /// The largest preview sent inline, in bytes of image (before base64).
    static let previewLimit = 64 * 1024

    let settings: MCPSettings
    let slots: CallSlots

    /// The `tools/list` entry.
    func definition() -> JSONValue {
        let wording = settings.wording
        var properties = ToolSchema.itemProperties(wording: wording)
        properties["out_dir"] = .object([
            "type": .string("string"), "minLength": .number(1), "description": .string(wording.text(.mcpFieldOutDir)),
        ])
        properties["provider"] = .object([
            "type": .string("string"), "enum": .array(Provider.all.map { .string($0.id) }),
            "description": .string(wording.text(.mcpFieldProvider)),
        ])
        properties["preview"] = .object([
            "type": .string("boolean"),
            "description": .string(wording.text(.mcpFieldPreview(limit: String(Self.previewLimit / 1024)))),
        ])
        return .object([
            "name": .string(Self.name),
            "title": .string(wording.text(.mcpGenerateTitle)),
            "description": .string(
                wording.text(.mcpGenerateDescription(models: ToolSchema.modelLines(wording: wording)))),
            "inputSchema": ToolSchema.object(properties, required: ["prompt"]),
            "outputSchema": ToolOutputSchemas.image,
            "annotations": .object([
                "title": .string(wording.text(.mcpGenerateTitle)), "readOnlyHint": .bool(false),
                "destructiveHint": .bool(false), "idempotentHint": .bool(false), "openWorldHint": .bool(true),
            ]),
        ])
    }

    func call(_ arguments: JSONValue?, progress: CallProgress) async -> ToolOutcome {
        let wording = settings.wording
        guard case .object(var fields) = arguments ?? .object([:]) else {
            return refuse(nil, .mcpArgumentsNotObject)
        }
        for key in fields.keys.sorted() where !Self.fields.contains(key) {
            return refuse(
                key, .mcpFieldUnknown(field: key), hint: .mcpFieldsAllowed(fields: Self.fields.joined(separator: ", ")))
        }
        var outDir: URL?
        var provider: String?
        var preview = false
        switch fields.removeValue(forKey: "out_dir") {
        case nil, .null?: break
        case .string(let text)? where !text.isEmpty: outDir = settings.resolve(text)
        default: return refuse("out_dir", .mcpNotAPath(field: "out_dir"))
        }
        switch fields.removeValue(forKey: "provider") {
        case nil, .null?: break
        case .string(let text)?: provider = text
        default: return refuse("provider", .mcpNotString(field: "provider"))
        }
        switch fields.removeValue(forKey: "preview") {
        case nil, .null?: break
        case .bool(let flag)?: preview = flag
        default: return refuse("preview", .mcpNotBool(field: "preview"))
        }
        if let outDir, !settings.mayWrite(outDir) {
            return refuse(
                "out_dir", .mcpOutsideRoots(path: outDir.path, roots: settings.rootList), hint: .mcpOutsideRootsHint)
        }
        let connection: ConnectionOptions
        do {
            connection = try settings.connection(provider)
        } catch {
            return .failure(error, wording: wording)
        }
        switch fields["filename"] {
        case nil, .null?, .string?: break
        default: return refuse("filename", .mcpNotAPath(field: "filename"))
        }
        if fields["filename"] == .string("") { return refuse("filename", .mcpNotAPath(field: "filename")) }
        fields["filename"] = .string(target(fields, outDir: outDir).path)

        let data = Data(JSONRPC.line(.object(["prompts": .array([.object(fields)])])).utf8)
        let (file, parseProblems) = BatchFileParser.parse(data)
        guard parseProblems.isEmpty else { return .refused(parseProblems, wording: wording, single: true) }
        var plannerSettings = BatchPlanner.Settings(
            baseDirectory: settings.workingFolder, outputDirectory: settings.defaultFolder,
            defaultModel: settings.defaultModel, endpoint: connection.endpoint, timeout: connection.timeout,
            force: true, allowOutside: settings.allowOutside)
        plannerSettings.provider = connection.provider
        let plan = BatchPlanner.plan(file, settings: plannerSettings)
        let problems = plan.problems + settings.outsideProblems(plan)
        guard problems.isEmpty, let job = plan.jobs.first else {
            return .refused(problems, wording: wording, single: true)
        }
        do throws(ImageAPIError) {
            try BaseURLCheck.validate(connection.baseURL, allowInsecureHTTP: connection.allowInsecureHTTP)
        } catch {
            return .failure(error, wording: wording)
        }
        let client = connection.makeClient()
        guard client.hasAPIKey else { return .failure(MCPKey.missing(for: connection.provider), wording: wording) }

        if await !slots.isFree(1) { progress.phase(.mcpPhaseQueued) }
        do {
            try await slots.acquire(1)
        } catch {
            return .failure(ImageClientCancellation.error, wording: wording)
        }
        let planned = job.planned
        progress.phase(.mcpPhaseSending(model: planned.model))
        progress.startTicking()
        let outcome: Result<ImageResult, ImageAPIError>
        do throws(ImageAPIError) {
            outcome = .success(
                try await client.run(planned) { progress.event($0, wait: planned.spec.expectedWait) })
        } catch {
            outcome = .failure(error)
        }
        progress.stop()
        await slots.release(1)
        switch outcome {
        case .success(let result): return success(result, planned: planned, preview: preview)
        case .failure(let error):
            return .failure(error, wording: wording, cost: JSONReport.cost(of: error, planned: planned))
        }
    }

    /// Where the image goes: `filename` against `out_dir` (else the working folder), or an automatic name in
    /// `out_dir` (else `--out-dir`, else the working folder); the planner then confines it.
    private func target(_ fields: [String: JSONValue], outDir: URL?) -> URL {
        let prompt = fields["prompt"]?.stringValue ?? ""
        let format: ImageFormat =
            switch fields["output_format"]?.stringValue?.lowercased() {
            case "jpeg", "jpg": .jpeg
            case "webp": .webp
            default: .png
            }
        let automatic = FileNamer.automaticName(prompt: prompt, format: format)
        guard case .string(let filename)? = fields["filename"], !filename.isEmpty else {
            return (outDir ?? settings.defaultFolder).appendingPathComponent(automatic)
        }
        let expanded = (filename as NSString).expandingTildeInPath
        let named =
            expanded.hasPrefix("/")
            ? URL(fileURLWithPath: expanded)
            : (outDir ?? settings.workingFolder).appendingPathComponent(expanded)
        return (filename.hasSuffix("/") ? named.appendingPathComponent(automatic) : named).standardizedFileURL
    }

    private func refuse(_ field: String?, _ message: Message, hint: Message? = nil) -> ToolOutcome {
        .refused(
            [BatchProblem(field: field, error: ImageAPIError(.invalidArgument, message, hint: hint))],
            wording: settings.wording, single: true)
    }

    private func success(_ result: ImageResult, planned: PlannedJob, preview: Bool) -> ToolOutcome {
        let wording = settings.wording
        let cost = JSONReport.cost(of: result, planned: planned)
        var fields: [String: JSONValue] = [:]
        if case .object(let report) = JSONReport.success(result, planned: planned, spelling: wording.spelling) {
            fields = report
        }
        fields["files"] = .array(result.files.map(ToolOutcome.describe))
        fields["paths"] = .array(result.files.map { .string($0.path.path) })
        fields["size"] = result.files.first.flatMap(ToolOutcome.deliveredSize).map(JSONValue.string) ?? .null
        let first = result.files.first
        let line = wording.text(
            .mcpSavedLine(
                path: first?.path.path ?? "", size: first.flatMap(ToolOutcome.deliveredSize) ?? "?",
                format: first?.format.rawValue.uppercased() ?? "", bytes: wording.bytes(first?.byteCount ?? 0),
                cost: wording.cost(cost) ?? "?", request: result.requestID ?? "-",
                more: result.files.count > 1 ? String(result.files.count - 1) : ""))
        var content = [ToolOutcome.text(line)]
        content += result.files.map { ToolOutcome.link(to: $0.path, format: $0.format, bytes: $0.byteCount) }
        if preview, let first {
            let (block, note) = Self.preview(of: first, wording: wording)
            if let block {
                content.append(block)
                fields["preview"] = .string("included")
            } else if let note {
                content.append(ToolOutcome.text(note))
                fields["preview"] = .string("omitted: " + note)
            }
        }
        return ToolOutcome(
            structured: .object(fields), content: content, isError: false, savedPaths: result.files.map(\.path.path))
    }
}

extension GenerateTool {
    /// An `image` block of at most `previewLimit` bytes: the file itself when it is that small, else a shrunk
    /// copy of a PNG; otherwise a note saying why there is none.
    static func preview(of file: SavedImage, wording: Wording) -> (block: JSONValue?, note: String?) {
        func block(_ data: Data, _ format: ImageFormat) -> JSONValue {
            .object([
                "type": .string("image"), "data": .string(data.base64EncodedString()),
                "mimeType": .string(format.mimeType),
            ])
        }
        if file.byteCount <= previewLimit, let data = FileManager.default.contents(atPath: file.path.path) {
            return (block(data, file.format), nil)
        }
        if file.format == .png, let data = FileManager.default.contents(atPath: file.path.path),
            let small = PNGPreview.make(from: data, limit: previewLimit)
        {
            return (block(small, .png), nil)
        }
        return (
            nil,
            wording.text(
                .mcpPreviewTooLarge(bytes: wording.bytes(file.byteCount), limit: String(previewLimit / 1024)))
        )
    }
}

/// The error a call cancelled before it sent anything ends with (it is never answered; this only fills the type).
enum ImageClientCancellation {
    static let error = ImageAPIError(.cancelled, .mcpCancelledBeforeSending)
}

/// The key comes from the server's environment, which the client's MCP configuration sets.
enum MCPKey {
    /// `auth_missing`, pointing at the client's configuration rather than at a flag.
    static func missing(for provider: Provider) -> ImageAPIError {
        ImageAPIError(
            .authMissing, .mcpKeyMissing(variable: provider.keyVariable),
            hint: .mcpKeyHint(variable: provider.keyVariable, page: provider.keyPage))
    }
}
