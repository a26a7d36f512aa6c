import Foundation

/// How an image was made: every setting of the request, what came back, and each input by name and digest.
///
/// Written into the saved file (PNG text chunks, JPEG APP1, WebP `XMP `/`EXIF` chunks) or a sidecar, read back
/// by `gen-image info` and replayed by `gen-image again`. It never holds the key, the base URL (which may carry
/// credentials) or a download link (signed, and expiring); the prompt is kept exactly as the user gave it.
public struct ProvenanceRecord: Sendable, Equatable {
    /// One input image or mask, by name, absolute path and SHA-256 of its bytes.
    public struct Input: Sendable, Hashable {
        /// `image` for an input image, `mask` for the mask.
        public var role: String
        /// The file's name.
        public var name: String
        /// Its absolute path when the image was made.
        public var path: String
        /// The SHA-256 of its bytes, lower-case hex.
        public var sha256: String

        /// Creates an input record.
        public init(role: String, name: String, path: String, sha256: String) {
            self.role = role
            self.name = name
            self.path = path
            self.sha256 = sha256
        }
    }

    /// `gen-image 0.1.0`.
    public var generator: String
    /// The user's prompt, exactly as given (without the ratio phrase `--aspect` may put in front).
    public var prompt: String
    /// The model sent.
    public var model: String
    /// `generate`, `edit` or `fuse`.
    public var mode: String
    /// The provider whose rows were used (`apiyi`, `vibeapi`, `openai`).
    public var provider: String
    /// The API used (`chat`, `images`, `responses`).
    public var endpoint: String
    /// The size sent, when one was (`1536x1024`, `auto`).
    public var sizeAsked: String?
    /// `--aspect` as given, when it was.
    public var aspect: String?
    /// `--resolution` as given, when it was.
    public var resolution: String?
    /// The quality sent, when one was.
    public var quality: String?
    /// The output format sent, when one was.
    public var formatAsked: String?
    /// The delivered image's width in pixels.
    public var width: Int?
    /// The delivered image's height in pixels.
    public var height: Int?
    /// The delivered image's format (`png`, `jpeg`, `webp`).
    public var format: String
    /// The gateway's request id.
    public var requestID: String?
    /// When the image was saved, ISO 8601 in UTC.
    public var created: String
    /// The request's cost in US dollars, when known.
    public var costUSD: Double?
    /// Whether the cost is an estimate (no `usage` in the reply, or an unpriced model).
    public var costIsEstimate: Bool
    /// Every option the user gave, by its request field name, as given (`quality` → `high`), in order; the
    /// mask and the input images are in `inputs`.
    public var settings: [(name: String, value: String)]
    /// The input images and mask, in order.
    public var inputs: [Input]
    /// The Responses API's image tool model, when one was named.
    public var toolModel: String?

    /// Creates a record.
    public init(
        generator: String = "gen-image \(GenImageVersion.current)", prompt: String, model: String,
        mode: String = "generate", provider: String, endpoint: String, sizeAsked: String? = nil,
        aspect: String? = nil, resolution: String? = nil, quality: String? = nil, formatAsked: String? = nil,
        width: Int? = nil, height: Int? = nil, format: String, requestID: String? = nil, created: String,
        costUSD: Double? = nil, costIsEstimate: Bool = false, settings: [(name: String, value: String)] = [],
        inputs: [Input] = [], toolModel: String? = nil
    ) {
        self.generator = generator
        self.prompt = prompt
        self.model = model
        self.mode = mode
        self.provider = provider
        self.endpoint = endpoint
        self.sizeAsked = sizeAsked
        self.aspect = aspect
        self.resolution = resolution
        self.quality = quality
        self.formatAsked = formatAsked
        self.width = width
        self.height = height
        self.format = format
        self.requestID = requestID
        self.created = created
        self.costUSD = costUSD
        self.costIsEstimate = costIsEstimate
        self.settings = settings
        self.inputs = inputs
        self.toolModel = toolModel
    }

    /// Two records are equal when they write the same JSON, so a record read back equals the one written.
    public static func == (lhs: ProvenanceRecord, rhs: ProvenanceRecord) -> Bool {
        lhs.json == rhs.json
    }

    /// IPTC's term for how the picture was made: a new image, or one made from the user's own images.
    public var digitalSourceType: String {
        let base = "http://cv.iptc.org/newscodes/digitalsourcetype/"
        return base
            + (inputs.contains { $0.role == "image" }
                ? "compositeWithTrainedAlgorithmicMedia"
                : "trainedAlgorithmicMedia")
    }

    /// The delivered size, `1536x1024`, when known.
    public var deliveredSize: String? {
        guard let width, let height else { return nil }
        return "\(width)x\(height)"
    }

    // MARK: - AUTOMATIC1111

    /// The AUTOMATIC1111 `parameters` text: the prompt, then one line of `Key: value` pairs, which civitai and
    /// most image viewers read (at least three pairs, or A1111's own parser takes the line as prompt).
    public var parametersText: String {
        var pairs: [(String, String)] = [("Model", model)]
        if let size = deliveredSize { pairs.append(("Size", size)) }
        if let quality { pairs.append(("Quality", quality)) }
        pairs.append(("Format", format.uppercased()))
        pairs.append(("Provider", provider))
        pairs.append(("Endpoint", endpoint))
        if let requestID { pairs.append(("Request ID", requestID)) }
        pairs.append(("Generator", generator))
        let line = pairs.map { key, value in "\(key): \(Self.quotedIfNeeded(value))" }.joined(separator: ", ")
        return prompt + "\n" + line
    }

    /// A1111 writes a value with `,`, `:` or a line break as a JSON string.
    private static func quotedIfNeeded(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == ":" || $0 == "\n" || $0 == "\"" }) else { return value }
        return JSONWriter.quote(value)
    }

    // MARK: - Sidecar and JSON

    /// The record as a JSON object (snake_case keys), as the sidecar and `info --json` carry it.
    public var json: JSONValue {
        func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        func number(_ value: Int?) -> JSONValue { value.map { .number(Double($0)) } ?? .null }
        return .object([
            "generator": .string(generator), "prompt": .string(prompt), "model": .string(model),
            "mode": .string(mode), "provider": .string(provider), "endpoint": .string(endpoint),
            "size_asked": text(sizeAsked), "aspect": text(aspect), "resolution": text(resolution),
            "quality": text(quality), "format_asked": text(formatAsked), "tool_model": text(toolModel),
            "delivered": .object(["width": number(width), "height": number(height), "format": .string(format)]),
            "request_id": text(requestID), "created": .string(created),
            "cost_usd": costUSD.map { .number(($0 * 10_000).rounded() / 10_000) } ?? .null,
            "cost_is_estimate": .bool(costIsEstimate),
            "digital_source_type": .string(digitalSourceType),
            "settings": .object(Dictionary(settings.map { ($0.name, JSONValue.string($0.value)) }) { $1 }),
            "setting_order": .array(settings.map { .string($0.name) }),
            "inputs": .array(
                inputs.map { input in
                    .object([
                        "role": .string(input.role), "name": .string(input.name), "path": .string(input.path),
                        "sha256": .string(input.sha256),
                    ])
                }),
        ])
    }

    /// Reads a record from `json` (a sidecar's `gen_image` object); nil when the required fields are missing.
    public init?(json: JSONValue) {
        guard let prompt = json["prompt"]?.stringValue, let model = json["model"]?.stringValue,
            let created = json["created"]?.stringValue
        else { return nil }
        func text(_ key: String) -> String? { json[key]?.stringValue }
        func integer(_ value: JSONValue?) -> Int? {
            if case .number(let number)? = value, number.isFinite, abs(number) < 1e9 { return Int(number) }
            return nil
        }
        let delivered = json["delivered"]
        var settings: [(name: String, value: String)] = []
        if case .object(let values)? = json["settings"] {
            var order: [String] = []
            if case .array(let names)? = json["setting_order"] { order = names.compactMap(\.stringValue) }
            for name in order + values.keys.sorted() where !settings.contains(where: { $0.name == name }) {
                if let value = values[name]?.stringValue { settings.append((name, value)) }
            }
        }
        var inputs: [Input] = []
        if case .array(let list)? = json["inputs"] {
            for item in list {
                guard let name = item["name"]?.stringValue, let sha = item["sha256"]?.stringValue else { continue }
                inputs.append(
                    Input(
                        role: item["role"]?.stringValue ?? "image", name: name,
                        path: item["path"]?.stringValue ?? name, sha256: sha))
            }
        }
        var cost: Double?
        if case .number(let number)? = json["cost_usd"] { cost = number }
        var estimate = false
        if case .bool(let flag)? = json["cost_is_estimate"] { estimate = flag }
        self.init(
            generator: text("generator") ?? "gen-image", prompt: prompt, model: model, mode: text("mode") ?? "generate",
            provider: text("provider") ?? "apiyi", endpoint: text("endpoint") ?? "", sizeAsked: text("size_asked"),
            aspect: text("aspect"), resolution: text("resolution"), quality: text("quality"),
            formatAsked: text("format_asked"), width: integer(delivered?["width"]),
            height: integer(delivered?["height"]), format: delivered?["format"]?.stringValue ?? "",
            requestID: text("request_id"), created: created, costUSD: cost, costIsEstimate: estimate,
            settings: settings, inputs: inputs, toolModel: text("tool_model"))
    }
}
