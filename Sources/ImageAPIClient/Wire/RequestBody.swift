import Foundation

/// A request body as a value: a JSON tree or the parts of a multipart form. Input images are named by their
/// files, never loaded, so describing a five-image edit costs nothing and writing it streams each file.
enum RequestBody {
    /// `application/json`.
    case json(BodyJSON)
    /// `multipart/form-data` with this boundary (RFC 7578).
    case multipart(boundary: String, parts: [FormPart])

    /// The `Content-Type` header's value.
    var contentType: String {
        switch self {
        case .json: "application/json"
        case .multipart(let boundary, _): "multipart/form-data; boundary=\(boundary)"
        }
    }
}
