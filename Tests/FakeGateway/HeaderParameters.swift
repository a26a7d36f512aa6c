/// Parses header values of the form `token; key=value; key="quoted \"value\""` (Content-Type,
/// Content-Disposition), because multipart boundaries and file names are often quoted and may contain ";".
struct HeaderParameters {
    /// The part before the first ";", trimmed, e.g. "multipart/form-data".
    let value: String
    /// Parameters keyed by lower-cased name, quotes removed and backslash escapes resolved.
    let parameters: [String: String]

    init(_ header: String) {
        var fields: [String] = []
        var current = ""
        var inQuotes = false
        var escaped = false
        for character in header {
            if escaped {
                current.append(character)
                escaped = false
            } else if inQuotes && character == "\\" {
                current.append(character)
                escaped = true
            } else if character == "\"" {
                current.append(character)
                inQuotes.toggle()
            } else if character == ";" && !inQuotes {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)

        value = fields[0].trimmingSpaces()
        var parameters: [String: String] = [:]
        for field in fields.dropFirst() {
            guard let equals = field.firstIndex(of: "=") else { continue }
            let key = field[..<equals].trimmingSpaces().lowercased()
            let raw = field[field.index(after: equals)...].trimmingSpaces()
            if parameters[key] == nil {
                parameters[key] = Self.unquote(raw)
            }
        }
        self.parameters = parameters
    }

    private static func unquote(_ raw: String) -> String {
        guard raw.count >= 2, raw.hasPrefix("\""), raw.hasSuffix("\"") else { return raw }
        var result = ""
        var escaped = false
        for character in raw.dropFirst().dropLast() {
            if escaped {
                result.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}

extension StringProtocol {
    /// Trims spaces and tabs (HTTP optional whitespace) without pulling in Foundation's character sets.
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
