import Foundation

/// The pieces of a multipart/form-data body (RFC 7578).
struct MultipartWriter {
    let boundary: String

    /// A text field.
    func field(_ name: String, _ value: String) -> String {
        "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(Self.escape(name))\"\r\n\r\n\(value)\r\n"
    }

    /// The header of a file part; the file's bytes and a CRLF follow.
    func fileHeader(_ name: String, filename: String, contentType: String) -> String {
        "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(Self.escape(name))\"; "
            + "filename=\"\(Self.escape(filename))\"\r\nContent-Type: \(contentType)\r\n\r\n"
    }

    /// The closing delimiter.
    var closing: String { "--\(boundary)--\r\n" }

    /// Quotes and line breaks cannot appear inside a quoted header parameter; the preview shows names as sent.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "%22")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }
}
