import Foundation

/// What an attempt brought back before saving: the first image's bytes, the reply it came in, and what the
/// reply said about it.
struct FetchedImage: Sendable {
    let data: Data
    let response: HTTPResponse
    let usage: JSONValue?
    let sourceURL: String?
    let notes: [Diagnostic]
    /// How many images the reply held (the first is `data`).
    var imageCount = 1
}
