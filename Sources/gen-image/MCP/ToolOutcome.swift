import Foundation
import ImageAPIClient

/// What a tool call answers: `structuredContent` for a program, a short text line and a `resource_link` per
/// image for a model's context, and `isError` for a failure, which is a result (with the stable code, message
/// and hint), never a protocol error. Images themselves are never put in it, only linked.
struct ToolOutcome: Sendable {
    /// The `structuredContent` object.
    var structured: JSONValue
    /// The content blocks: one text line first, then links.
    var content: [JSONValue]
    /// Whether the call failed.
    var isError: Bool
    /// Images saved by this call, so a call cancelled after its image arrived can still say where it went.
    var savedPaths: [String] = []

    /// The `tools/call` result.
    var result: JSONValue {
        .object(["content": .array(content), "structuredContent": structured, "isError": .bool(isError)])
    }

    /// A failure: `{"ok": false, "error": {"code", "message", "hint", …}, "cost_usd", …}`, messages in English
    /// as in `--json`; the text line in the server's language.
    static func failure(_ error: ImageAPIError, wording: Wording, cost: CostEstimate = CostEstimate()) -> ToolOutcome {
        var outcome = ToolOutcome(
            structured: JSONReport.failure(error, cost: cost, spelling: wording.spelling),
            content: [text(errorLine(error, wording: wording))], isError: true)
        if let kept = error.recoveredPath {
            outcome.savedPaths = [kept]
            outcome.content.append(link(to: URL(fileURLWithPath: kept)))
        }
        return outcome
    }

    /// Arguments refused before anything was sent: the first problem as the error, every problem listed.
    static func refused(_ problems: [BatchProblem], wording: Wording, single: Bool) -> ToolOutcome {
        let english = Wording(language: .en, spelling: wording.spelling)
        let first = problems.first?.error ?? ImageAPIError(.invalidArgument, .mcpNothingSent)
        func place(_ problem: BatchProblem, in wording: Wording) -> String {
            single ? (problem.field ?? "") : problem.location(in: wording.language)
        }
        var structured = JSONReport.failure(first, cost: CostEstimate(), spelling: wording.spelling)
        if case .object(var fields) = structured {
            fields["problems"] = .array(
                problems.map { problem in
                    .object([
                        "index": single ? .null : problem.index.map { .number(Double($0)) } ?? .null,
                        "field": problem.field.map(JSONValue.string) ?? .null,
                        "code": .string(problem.error.code.rawValue),
                        "message": .string(english.message(of: problem.error)),
                        "hint": english.hint(of: problem.error).map(JSONValue.string) ?? .null,
                    ])
                })
            fields["nothing_sent"] = .bool(true)
            structured = .object(fields)
        }
        let lines = problems.map { problem -> String in
            let location = place(problem, in: wording)
            let message = wording.message(of: problem.error)
            let hint = wording.hint(of: problem.error).map { " — " + $0 } ?? ""
            return (location.isEmpty ? "" : location + ": ") + message + hint
        }
        let line = wording.text(
            .mcpRefused(code: first.code.rawValue, problems: lines.joined(separator: "; ")))
        return ToolOutcome(structured: structured, content: [text(line)], isError: true)
    }

    /// A usage error of the call's connection (`provider`, the server's settings).
    static func failure(_ error: UsageError, wording: Wording) -> ToolOutcome {
        failure(ImageAPIError(.invalidArgument, error.text, hint: error.hintText), wording: wording)
    }

    /// `error [code]: message — hint`.
    static func errorLine(_ error: ImageAPIError, wording: Wording) -> String {
        wording.text(
            .mcpErrorLine(
                code: error.code.rawValue, message: wording.message(of: error),
                hint: wording.hint(of: error).map { " — " + $0 } ?? ""))
    }

    /// A text block.
    static func text(_ line: String) -> JSONValue {
        .object(["type": .string("text"), "text": .string(line)])
    }

    /// A `resource_link` to a file, with its MIME type when it is an image and its size when known.
    static func link(to url: URL, format: ImageFormat? = nil, bytes: Int? = nil) -> JSONValue {
        var fields: [String: JSONValue] = [
            "type": .string("resource_link"), "uri": .string(url.absoluteString),
            "name": .string(url.lastPathComponent),
        ]
        let format = format ?? ImageFormat.allCases.first { $0.acceptedExtensions.contains(url.pathExtension) }
        if let format { fields["mimeType"] = .string(format.mimeType) }
        if let bytes { fields["size"] = .number(Double(bytes)) }
        return .object(fields)
    }

    /// `{"path", "uri", "mime_type", "bytes", "width", "height", "size", "format"}` for a saved image.
    static func describe(_ file: SavedImage) -> JSONValue {
        .object([
            "path": .string(file.path.path), "uri": .string(file.path.absoluteString),
            "mime_type": .string(file.format.mimeType), "format": .string(file.format.rawValue),
            "bytes": .number(Double(file.byteCount)),
            "width": file.width.map { .number(Double($0)) } ?? .null,
            "height": file.height.map { .number(Double($0)) } ?? .null,
            "size": deliveredSize(file).map(JSONValue.string) ?? .null,
        ])
    }

    /// `1536x1024`, read from the saved file's header.
    static func deliveredSize(_ file: SavedImage) -> String? {
        guard let width = file.width, let height = file.height else { return nil }
        return "\(width)x\(height)"
    }

    /// The outcome with a note about images that calls cancelled earlier still saved (they were billed).
    func adding(earlierSaves paths: [String], wording: Wording) -> ToolOutcome {
        guard !paths.isEmpty, case .object(var fields) = structured else { return self }
        var copy = self
        fields["saved_by_cancelled_calls"] = .array(paths.map(JSONValue.string))
        copy.structured = .object(fields)
        copy.content.append(Self.text(wording.text(.mcpEarlierSaves(paths: paths.joined(separator: ", ")))))
        copy.content += paths.map { Self.link(to: URL(fileURLWithPath: $0)) }
        return copy
    }
}
