import Foundation

/// A request as a value: method, path and body, before anything is written or sent.
///
/// A backend describes its request this way, so one writer (`BodyWriter`) serves every API shape and
/// `--dry-run` shows the description itself rather than reading a written body back.
struct RequestDescription {
    /// `POST`.
    let method: String
    /// The path below the base URL, e.g. `images/edits`.
    let path: String
    /// The body.
    let body: RequestBody

    /// The `Content-Type` header's value for the body.
    var contentType: String { body.contentType }
}
