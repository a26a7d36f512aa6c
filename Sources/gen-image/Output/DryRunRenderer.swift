import Foundation
import ImageAPIClient

/// Writes a `RequestPreview` the way an HTTP request reads: request line, headers, a blank line, the body
/// (pretty JSON, or one line per multipart part with files reduced to their name, type and size).
enum DryRunRenderer {
    static func text(_ preview: RequestPreview) -> String {
        var lines = ["\(preview.method) \(preview.url)"]
        lines += preview.headers.map { "\($0.name): \($0.value)" }
        lines.append("")
        if let json = preview.json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            if let data = try? encoder.encode(json) {
                lines.append(String(decoding: data, as: UTF8.self))
            }
        }
        for part in preview.parts {
            if let filename = part.filename {
                let type = part.contentType.map { "\($0), " } ?? ""
                lines.append("\(part.name): \(filename) (\(type)\(ByteCount.text(part.byteCount)))")
            } else {
                lines.append("\(part.name): \(part.value ?? "")")
            }
        }
        return lines.joined(separator: "\n")
    }
}
