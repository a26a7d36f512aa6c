import Foundation

/// One part of a multipart form: a text field, or a file streamed from disk when the body is written.
struct FormPart {
    /// What a part holds.
    enum Content {
        /// A text field's value.
        case text(String)
        /// A file's bytes, sent as they are under `filename` with this type.
        case file(URL, filename: String, contentType: String)
    }

    /// The field name (`prompt`, `image[]`…).
    let name: String
    /// The value.
    let content: Content

    /// A text field.
    static func field(_ name: String, _ value: String) -> FormPart {
        FormPart(name: name, content: .text(value))
    }

    /// A file part, sent under the file's own name.
    static func file(_ name: String, _ url: URL, contentType: String) -> FormPart {
        FormPart(name: name, content: .file(url, filename: url.lastPathComponent, contentType: contentType))
    }
}
