import Foundation
import ImageAPIClient

/// The `--json` envelope: exactly one JSON object on stdout, whatever happened, so an agent reads one thing.
///
/// Keys and error codes never change with the language of the messages; a key whose value is unknown is
/// present with `null`, so a reader can rely on the shape. Messages are in English, settings named as the run
/// names them (`spelling`): by flag, or by field in a batch.
enum JSONReport {
    /// `{"ok": true, "files": [...], "model", "endpoint", "elapsed_s", "attempts", "request_id", "usage",
    /// "cost_usd", "source_url", "prompt_sent", "notes", "warnings": [{"code", "message"}]}`.
    static func success(_ result: ImageResult, planned: PlannedJob, spelling: Spelling) -> JSONValue {
        let cost = Self.cost(of: result, planned: planned)
        func describe(_ file: SavedImage) -> JSONValue {
            var fields: [String: JSONValue] = [
                "path": .string(file.path.path), "bytes": .number(Double(file.byteCount)),
                "width": file.width.map { .number(Double($0)) } ?? .null,
                "height": file.height.map { .number(Double($0)) } ?? .null,
                "format": .string(file.format.rawValue),
            ]
            if let revised = file.revisedPrompt {
                fields["revised_prompt"] = .string(OutsideText.shown(revised, keepingLineBreaks: true))
            }
            fields["sidecar"] = file.sidecar.map { .string($0.path) } ?? .null
            return .object(fields)
        }
        let files = result.files.map(describe)
        let diagnostics = planned.notes + result.notes
        return .object([
            "ok": .bool(true),
            "files": .array(files),
            "model": .string(result.model),
            "endpoint": .string(result.endpoint.rawValue),
            "elapsed_s": .number((result.elapsed * 1000).rounded() / 1000),
            "attempts": .number(Double(result.attempts)),
            "request_id": result.requestID.map(JSONValue.string) ?? .null,
            "usage": result.usage ?? .null,
            "cost_usd": dollars(cost),
            "cost_is_estimate": .bool(cost.isPartial),
            "source_url": result.sourceURL.map(JSONValue.string) ?? .null,
            "prompt_sent": .string(result.promptSent),
            "partial_files": .array(result.partialFiles.map(describe)),
            "notes": .array(
                diagnostics.map { note in
                    .string("\(note.severity.rawValue): \(note.message(in: .en, spelling: spelling))")
                }),
            "warnings": warnings(diagnostics, spelling: spelling),
            "delivered": result.files.first.map(delivered) ?? .null,
            // Every saved image's path, in number order (`-n`), as stdout lists them.
            "images": .array(result.files.map { .string($0.path.path) }),
            "failures": .array(
                result.failures.map { error in
                    .object([
                        "code": .string(error.code.rawValue),
                        "message": .string(error.message(in: .en, spelling: spelling)),
                    ])
                }),
        ])
    }

    /// `warnings`: each warning of the run as `{"code", "message", "severity"}`, so an agent can act on the
    /// code; `severity` is the diagnostic's own (`warning`), as the terminal colours it.
    static func warnings(_ diagnostics: [Diagnostic], spelling: Spelling) -> JSONValue {
        .array(
            diagnostics.filter { $0.severity == .warning }.map { warning in
                .object([
                    "code": .string(warning.code),
                    "message": .string(warning.message(in: .en, spelling: spelling)),
                    "severity": .string(Severity(warning.severity).rawValue),
                ])
            })
    }

    /// `delivered`: what the image really is, `{"width", "height", "format"}`, read from the saved file.
    static func delivered(_ file: SavedImage) -> JSONValue {
        .object([
            "width": file.width.map { .number(Double($0)) } ?? .null,
            "height": file.height.map { .number(Double($0)) } ?? .null,
            "format": .string(file.format.rawValue),
        ])
    }

    /// One request's cost: usage covers the whole request, however many images it made; a price per image
    /// counts every image the reply held.
    static func cost(of result: ImageResult, planned: PlannedJob) -> CostEstimate {
        var cost = CostEstimate()
        if !result.parts.isEmpty {
            for part in result.parts { cost.add(Self.cost(of: part, planned: planned)) }
            return cost
        }
        cost.add(planned.spec, quality: planned.parameters.quality, usage: result.usage, images: result.billedImages)
        return cost
    }

    /// The cost of a failed request that was billed anyway (its image kept in the recovery folder); empty
    /// when it is not known to have been billed.
    static func cost(of error: ImageAPIError, planned: PlannedJob?) -> CostEstimate {
        var cost = CostEstimate()
        if let planned, let images = error.billedImages {
            cost.add(planned.spec, quality: planned.parameters.quality, usage: error.usage, images: images)
        }
        return cost
    }

    /// `{"ok": false, "error": {"code", "message", "hint", "http_status", "request_id", "api_code",
    /// "source_url", "attempts", "recovered_path", …facts}}`: the facts are `errorFacts(of:)`.
    static func failure(_ error: ImageAPIError, spelling: Spelling) -> JSONValue {
        var fields: [String: JSONValue] = [
            "code": .string(error.code.rawValue),
            "message": .string(error.message(in: .en, spelling: spelling)),
            "hint": error.hint(in: .en, spelling: spelling).map(JSONValue.string) ?? .null,
            "http_status": error.httpStatus.map { .number(Double($0)) } ?? .null,
            "request_id": error.requestID.map(JSONValue.string) ?? .null,
            "api_code": error.apiCode.map(JSONValue.string) ?? .null,
            "source_url": error.sourceURL.map(JSONValue.string) ?? .null,
            "attempts": error.attempts.map { .number(Double($0)) } ?? .null,
            "recovered_path": error.recoveredPath.map(JSONValue.string) ?? .null,
        ]
        fields.merge(errorFacts(of: error)) { old, _ in old }
        return .object(["ok": .bool(false), "error": .object(fields)])
    }

    /// What an error is about, as values an agent can act on without reading the words: `severity` (`error`, as
    /// the terminal colours it), `setting` (the wire
    /// name of the setting at fault: `size`, `input_images`), `model` (whose row decided it), `allowed` (the
    /// values that row takes), `retry_after_s` (the wait the gateway asked for), `remedy` (what kind of fix:
    /// `use_values`, `drop_or_choose_model`, `check_setting`, `advice`, …) and `api_param` (the gateway's own
    /// `param`, as it wrote it). Each key is present, null when unknown (`allowed` too).
    static func errorFacts(of error: ImageAPIError) -> [String: JSONValue] {
        [
            "severity": .string(error.severity.rawValue),
            "setting": error.setting.map { .string($0.rawValue) } ?? .null,
            "model": error.model.map(JSONValue.string) ?? .null,
            "allowed": error.allowed.isEmpty ? .null : .array(error.allowed.map(JSONValue.string)),
            "retry_after_s": error.retryAfter.map { .number($0) } ?? .null,
            "remedy": error.remedy.map { .string($0.kind) } ?? .null,
            "api_param": error.apiParam.map(JSONValue.string) ?? .null,
        ]
    }

    /// A single run's failure: `failure(error)` plus `cost_usd` and `cost_is_estimate`, as a success has them,
    /// because an image kept in the recovery folder was billed (`cost_usd` is null when nothing is known to
    /// have been billed).
    static func failure(_ error: ImageAPIError, cost: CostEstimate, spelling: Spelling) -> JSONValue {
        adding(cost, to: failure(error, spelling: spelling))
    }

    /// A usage error of a single run, with `cost_usd: null` like every single run's failure.
    static func failure(_ error: UsageError, cost: CostEstimate, spelling: Spelling) -> JSONValue {
        adding(cost, to: failure(error, spelling: spelling))
    }

    private static func adding(_ cost: CostEstimate, to envelope: JSONValue) -> JSONValue {
        guard case .object(var fields) = envelope else { return envelope }
        fields["cost_usd"] = dollars(cost)
        fields["cost_is_estimate"] = .bool(cost.isPartial)
        return .object(fields)
    }

    /// `cost_usd`: the dollars to four places, or null when no image was priced.
    static func dollars(_ cost: CostEstimate) -> JSONValue {
        cost.exact + cost.guessed > 0 ? .number((cost.dollars * 10_000).rounded() / 10_000) : .null
    }

    /// A usage error from the command line, with the library's code for it.
    static func failure(_ error: UsageError, spelling: Spelling) -> JSONValue {
        failure(ImageAPIError(UsageError.code, error.text, hint: error.hintText), spelling: spelling)
    }

    /// `{"ok": true, "dry_run": true, "request": {...}, "model", "endpoint", "prompt_sent", "cost_usd"}`.
    static func dryRun(_ preview: RequestPreview, planned: PlannedJob) -> JSONValue {
        var headers: [String: JSONValue] = [:]
        for header in preview.headers { headers[header.name] = .string(header.value) }
        var request: [String: JSONValue] = [
            "method": .string(preview.method), "url": .string(preview.url), "headers": .object(headers),
        ]
        if let json = preview.json { request["body"] = json }
        if !preview.parts.isEmpty {
            request["parts"] = .array(
                preview.parts.map { part in
                    .object([
                        "name": .string(part.name), "value": part.value.map(JSONValue.string) ?? .null,
                        "filename": part.filename.map(JSONValue.string) ?? .null,
                        "content_type": part.contentType.map(JSONValue.string) ?? .null,
                        "bytes": .number(Double(part.byteCount)),
                    ])
                })
        }
        return .object([
            "ok": .bool(true), "dry_run": .bool(true), "request": .object(request),
            "model": .string(planned.model), "endpoint": .string(planned.endpoint.rawValue),
            "prompt_sent": .string(planned.prompt),
            "cost_usd": planned.estimatedCost.map { .number($0) } ?? .null,
        ])
    }

    /// One line of compact JSON with sorted keys.
    static func text(_ value: JSONValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? #"{"ok":false}"#
    }
}
