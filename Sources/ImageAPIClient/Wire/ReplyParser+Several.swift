import Foundation

/// Images API replies whose `data` holds several images: every one was billed, so every one is saved.
extension ReplyParser {
    /// The most images saved from one reply; the rest are named in a note.
    static let maxImagesPerReply = 10

    /// The images after the first in an Images API reply (`data[1]`, `data[2]`, … up to the cap), and how many
    /// more there were beyond the cap. Empty for a reply with one image or in another shape.
    ///
    /// "The first" is the first item that decodes, as `parse` takes it; items that do not decode are left out
    /// here and named by `undecodableNotes`.
    static func additionalImages(in body: Data) -> (payloads: [Payload], beyondCap: Int) {
        guard let items = items(in: body), items.count > 1 else { return ([], 0) }
        let payloads = items.prefix(maxImagesPerReply).compactMap { $0 }
        return (Array(payloads.dropFirst()), max(0, items.count - maxImagesPerReply))
    }

    /// One warning per item of a reply holding several that could not be decoded (not base64, a damaged data
    /// URI, neither base64 nor a link): each may still be billed, so each is named.
    static func undecodableNotes(in body: Data) -> [Diagnostic] {
        guard let items = items(in: body), items.count > 1 else { return [] }
        return items.prefix(maxImagesPerReply).indices.filter { items[$0] == nil }.map { index in
            Diagnostic(
                .warning, code: "image_undecodable",
                Message.replyImageUndecodable(number: String(index + 1), total: String(items.count)))
        }
    }

    /// The first item of a reply holding several that decodes, when the first item does not.
    static func firstDecodable(in body: Data) -> Payload? {
        guard let items = items(in: body), items.count > 1 else { return nil }
        return items.prefix(maxImagesPerReply).lazy.compactMap { $0 }.first
    }

    /// Every item of `data`, nil where it holds nothing usable; nil when the body has no `data` list.
    ///
    /// The strings are decoded here; the images in them are stubs once a reply went through `ReplyScanner`,
    /// so this costs kilobytes, not the images.
    private static func items(in body: Data) -> [Payload?]? {
        struct Several: Decodable {
            struct Item: Decodable {
                let b64_json: String?
                let url: String?
            }
            let data: [Item]
        }
        guard let items = (try? JSONDecoder().decode(Several.self, from: body))?.data else { return nil }
        return items.map { item in
            // Base64.decode drops a `data:…;base64,` prefix itself, without copying the multi-megabyte string.
            if let text = item.b64_json, !text.isEmpty {
                return Base64.decode(text).map { .inline($0) }
            }
            if let url = item.url, DataURI.isDataURI(url) {
                // A data URI is decoded, never fetched (and never shown: it is megabytes of base64).
                return (try? DataURI.decode(url, field: "data[].url")).map { .inline($0.data) }
            }
            if let url = item.url, !url.isEmpty { return .remote(url) }
            return nil
        }
    }
}
