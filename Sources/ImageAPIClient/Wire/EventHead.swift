import Foundation

/// The small members of an event, decoded without touching its large base64 strings.
struct EventHead: Decodable {
    let type: String?
    let partialImageIndex: Int?
    let usage: JSONValue?
    let error: JSONValue?

    enum CodingKeys: String, CodingKey {
        case type
        case partialImageIndex = "partial_image_index"
        case usage, error
    }

    static func decode(_ payload: Data) -> EventHead? {
        try? JSONDecoder().decode(EventHead.self, from: payload)
    }
}
