import Foundation

/// A JSON value in a request body, with members in the order they are written, and file contents that are
/// only referenced: `dataURL` becomes `"data:<type>;base64,<the file's base64>"` when the body is written.
indirect enum BodyJSON {
    /// A string.
    case string(String)
    /// JSON text written as is: numbers and booleans (`85`, `true`).
    case raw(String)
    /// An object, its members in order.
    case object([(key: String, value: BodyJSON)])
    /// An array.
    case array([BodyJSON])
    /// A data URL holding the base64 of a file on disk, read in chunks when the body is written.
    case dataURL(mimeType: String, file: URL)
}
