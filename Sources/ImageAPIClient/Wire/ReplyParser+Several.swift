import Foundation

/// Images API replies whose `data` holds several images: every one was billed, so every one is saved.
extension ReplyParser {
    /// The most images saved from one reply; the rest are named in a note.
    static let maxImagesPerReply = 10

    /// The images after the first in an Images API reply (`data[1]`, `data[2]`, … up to the cap), and how many
    /// more there were beyond the cap. Empty for a reply with one image or in another shape.
    ///
    /// Read only when `data` has more than one item, decoding the strings (a rare reply, so the copies are
    /// acceptable); an item with neither usable base64 nor a URL is skipped.
    static func additionalImages(in body: Data) -> (payloads: [Payload], beyondCap: Int) {
        struct Several: Decodable {
            struct Item: Decodable {
                let b64_json: String?
                let url: String?
            }
            let data: [Item]
        }
        guard let items = (try? JSONDecoder().decode(Several.self, from: body))?.data, items.count > 1 else {
            return ([], 0)
        }
        var payloads: [Payload] = []
        for item in items.dropFirst().prefix(maxImagesPerReply - 1) {
            // Base64.decode drops a `data:…;base64,` prefix itself, without copying the multi-megabyte string.
            if let text = item.b64_json, !text.isEmpty, let data = Base64.decode(text) {
                payloads.append(.inline(data))
            } else if let url = item.url, DataURI.isDataURI(url) {
                // A data URI is decoded, never fetched (and never shown: it is megabytes of base64).
                if let decoded = try? DataURI.decode(url, field: "data[].url") {
                    payloads.append(.inline(decoded.data))
                }
            } else if let url = item.url, !url.isEmpty {
                payloads.append(.remote(url))
            }
        }
        return (payloads, max(0, items.count - maxImagesPerReply))
    }
}
