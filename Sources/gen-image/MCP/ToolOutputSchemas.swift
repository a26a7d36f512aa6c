import ImageAPIClient

/// The tools' `outputSchema`s: the shape of `structuredContent`, success or failure (`ok` says which), so a
/// client can check what it gets and a program can rely on the keys.
enum ToolOutputSchemas {
    private static func type(_ names: String...) -> JSONValue {
        names.count == 1 ? .object(["type": .string(names[0])]) : .object(["type": .array(names.map(JSONValue.string))])
    }

    private static func object(_ properties: [String: JSONValue], required: [String] = []) -> JSONValue {
        .object([
            "type": .string("object"), "properties": .object(properties),
            "required": .array(required.map(JSONValue.string)),
        ])
    }

    /// `{"code", "message", "hint", …}`, as `--json` writes an error, with its facts (`JSONReport.errorFacts`).
    static let error = object(
        [
            "code": type("string"), "message": type("string"), "hint": type("string", "null"),
            "severity": type("string"), "setting": type("string", "null"), "model": type("string", "null"),
            "allowed": type("array", "null"), "retry_after_s": type("number", "null"),
            "remedy": type("string", "null"), "api_param": type("string", "null"),
        ],
        required: ["code", "message"])

    /// One saved image.
    static let file = object(
        [
            "path": type("string"), "uri": type("string"), "mime_type": type("string"), "format": type("string"),
            "bytes": type("integer"), "width": type("integer", "null"), "height": type("integer", "null"),
            "size": type("string", "null"),
        ], required: ["path", "uri", "mime_type", "bytes"])

    /// `generate_image`'s result.
    static let image = object(
        [
            "ok": type("boolean"), "files": .object(["type": .string("array"), "items": file]),
            "paths": .object(["type": .string("array"), "items": type("string")]),
            "size": type("string", "null"), "cost_usd": type("number", "null"), "request_id": type("string", "null"),
            "model": type("string"), "elapsed_s": type("number"), "error": error,
            "problems": .object(["type": .string("array")]),
        ], required: ["ok"])

    /// `run_batch`'s result.
    static let batch = object(
        [
            "ok": type("boolean"), "summary": .object(["type": .string("object")]),
            "jobs": .object([
                "type": .string("array"),
                "items": object(
                    ["index": type("integer"), "status": type("string"), "path": type("string", "null")],
                    required: ["index", "status"]),
            ]),
            "cost_usd": type("number", "null"), "manifest_path": type("string", "null"), "error": error,
            "problems": .object(["type": .string("array")]),
        ], required: ["ok"])

    /// `check_setup`'s result.
    static let setup = object(
        [
            "ok": type("boolean"),
            "checks": .object([
                "type": .string("array"),
                "items": object(
                    ["name": type("string"), "passed": type("boolean"), "detail": type("string")],
                    required: ["name", "passed", "detail"]),
            ]),
            "error": error,
        ], required: ["ok"])

    /// `image_info`'s result.
    static let info = object(
        [
            "ok": type("boolean"), "path": type("string"), "uri": type("string"), "format": type("string"),
            "mime_type": type("string"), "bytes": type("integer"), "width": type("integer", "null"),
            "height": type("integer", "null"), "size": type("string"), "gen_image": type("object", "null"),
            "record_source": type("string", "null"), "parameters": type("string", "null"),
            "comfyui": type("object"), "xmp": type("object"), "c2pa": type("boolean"),
            "sidecar": type("string", "null"), "has_metadata": type("boolean"), "error": error,
        ], required: ["ok"])
}
