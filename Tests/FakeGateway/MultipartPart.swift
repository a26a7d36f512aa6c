import Foundation

/// One part of a multipart/form-data body, so tests can check field names, file names, per-file content types
/// and bytes of an upload (e.g. the `image[]` files of an edit) in the order the client sent them.
public struct MultipartPart: Sendable, Equatable {
    /// The `name` parameter of Content-Disposition, e.g. "prompt" or "image[]".
    public let name: String
    /// The `filename` parameter, or nil for a plain text field.
    public let filename: String?
    /// The part's own Content-Type header, or nil when the client sent none.
    public let contentType: String?
    /// The part's raw bytes, exactly as between the header block and the next delimiter.
    public let data: Data

    /// Builds a part; public so tests can compare against expected parts with `==`.
    public init(name: String, filename: String? = nil, contentType: String? = nil, data: Data) {
        self.name = name
        self.filename = filename
        self.contentType = contentType
        self.data = data
    }

    /// The bytes decoded as UTF-8 (lossy), the natural view of a text field such as "prompt".
    public var text: String {
        String(decoding: data, as: UTF8.self)
    }
}
