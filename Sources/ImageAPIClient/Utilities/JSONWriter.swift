import Foundation

/// Writes JSON text by hand, where a request body's members must come in a fixed order (`model`, `prompt`,
/// then options), which `JSONSerialization` does not promise, and where large values are streamed around it.
enum JSONWriter {
    /// A JSON string literal for `value`, escaped per RFC 8259 (slashes and non-ASCII left as they are).
    static func quote(_ value: String) -> String {
        var out = "\""
        out.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
        return out
    }
}
