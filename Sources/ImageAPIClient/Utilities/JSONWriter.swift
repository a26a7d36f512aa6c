import Foundation

/// Builds a JSON object with its keys in the order they are added.
///
/// Request bodies are easier to read in logs and to compare in tests when their keys come in a fixed order
/// (`model`, `prompt`, then options), which `JSONSerialization` does not promise.
struct JSONObjectWriter {
    private var members: [String] = []

    /// Adds a string member.
    mutating func add(_ key: String, _ value: String) {
        members.append("\(Self.quote(key)):\(Self.quote(value))")
    }

    /// Adds a member whose value is already JSON text.
    mutating func addRaw(_ key: String, _ json: String) {
        members.append("\(Self.quote(key)):\(json)")
    }

    /// The object's text.
    var text: String { "{" + members.joined(separator: ",") + "}" }

    /// The object's UTF-8 bytes.
    var data: Data { Data(text.utf8) }

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
