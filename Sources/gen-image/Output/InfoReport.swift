import Foundation
import ImageAPIClient

/// How `gen-image info` shows an image's metadata: indented text lines for people, one JSON object per file
/// for programs (keys fixed, `null` when a thing is absent).
enum InfoReport {
    /// The text lines for one file: a heading, then one line per thing found, or a line saying there is none.
    static func lines(_ metadata: ImageMetadata, wording: Wording) -> [String] {
        let facts = metadata.facts
        var size = facts.format.rawValue.uppercased()
        if let width = facts.width, let height = facts.height { size = "\(width)x\(height) " + size }
        var lines = [printable(metadata.url.path) + ": \(size)"]
        func add(_ label: Message, _ value: String) {
            let text = printable(value).replacingOccurrences(of: "\n", with: "\n      ")
            lines.append(wording.text(.infoLine(label: label, value: text)))
        }
        if let record = metadata.record {
            let place = metadata.recordSource == "sidecar" ? Message.infoInSidecar : Message.infoInFile
            add(.infoRecord, wording.text(.infoRecordLine(generator: record.generator, place: place)))
            add(.infoPrompt, record.prompt)
            var request = ["model \(record.model)", "provider \(record.provider)", "endpoint \(record.endpoint)"]
            if let size = record.sizeAsked { request.append("size \(size)") }
            if let aspect = record.aspect { request.append("aspect \(aspect)") }
            if let quality = record.quality { request.append("quality \(quality)") }
            if let format = record.formatAsked { request.append("format \(format)") }
            add(.infoAsked, request.joined(separator: ", "))
            add(.infoDelivered, [record.deliveredSize, record.format].compactMap { $0 }.joined(separator: " "))
            var facts = Message.infoCreated(time: record.created)
            if let id = record.requestID { facts = .andMore(text: facts, more: .infoRequestID(id: id)) }
            if let cost = record.costUSD {
                let dollars = String(format: "$%.4f", cost)
                let said: Message =
                    record.costIsEstimate ? .infoCostEstimate(dollars: dollars) : .infoCost(dollars: dollars)
                facts = .andMore(text: facts, more: said)
            }
            add(.infoFacts, wording.text(facts))
            for input in record.inputs {
                add(.infoInput, "\(input.role) \(input.name) sha256:\(input.sha256)")
            }
        }
        if let parameters = metadata.parameters { add(.infoParameters, parameters) }
        if let prompt = metadata.comfyPrompt { add(.infoComfyPrompt, capped(prompt)) }
        if let workflow = metadata.comfyWorkflow { add(.infoComfyWorkflow, capped(workflow)) }
        if let description = metadata.description, metadata.record == nil { add(.infoDescription, description) }
        if let source = metadata.digitalSourceType { add(.infoSourceType, source) }
        if metadata.hasContentCredentials { add(.infoContentCredentials, wording.text(.infoPresent)) }
        if let sidecar = metadata.sidecar { add(.infoSidecar, sidecar.path) }
        if metadata.isEmpty { lines.append("  " + wording.text(.infoNone)) }
        return lines
    }

    /// A file's text as the terminal may show it: any file can carry metadata, so control characters (an
    /// escape sequence that would drive the terminal) are shown as `\x1B`, never sent; line breaks stay.
    static func printable(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if scalar == "\n" || scalar == "\t" || !(value < 0x20 || (0x7F...0x9F).contains(value)) {
                out.unicodeScalars.append(scalar)
            } else if scalar == "\r" {
                continue
            } else {
                out += String(format: "\\x%02X", value)
            }
        }
        return out
    }

    /// Long JSON (a ComfyUI workflow) is cut for the terminal; `--json` has it whole.
    private static func capped(_ text: String) -> String {
        text.count > 400 ? String(text.prefix(400)) + "…" : text
    }

    /// One file's object: `path`, `format`, `width`, `height`, `gen_image` (the record or null),
    /// `record_source`, `parameters`, `comfyui` {prompt, workflow}, `xmp` {description, digital_source_type,
    /// creator_tool}, `c2pa`, `sidecar`, `has_metadata`.
    static func json(_ metadata: ImageMetadata) -> JSONValue {
        func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        return .object([
            "ok": .bool(true),
            "path": .string(metadata.url.path),
            "format": .string(metadata.facts.format.rawValue),
            "width": metadata.facts.width.map { .number(Double($0)) } ?? .null,
            "height": metadata.facts.height.map { .number(Double($0)) } ?? .null,
            "gen_image": metadata.record?.json ?? .null,
            "record_source": text(metadata.recordSource),
            "parameters": text(metadata.parameters),
            "comfyui": .object(["prompt": text(metadata.comfyPrompt), "workflow": text(metadata.comfyWorkflow)]),
            "xmp": .object([
                "description": text(metadata.description),
                "digital_source_type": text(metadata.digitalSourceType),
                "creator_tool": text(metadata.creatorTool),
            ]),
            "c2pa": .bool(metadata.hasContentCredentials),
            "sidecar": text(metadata.sidecar?.path),
            "has_metadata": .bool(!metadata.isEmpty),
        ])
    }
}
