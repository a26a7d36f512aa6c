import Foundation

/// Reads the Responses API's streaming dialect, where a text model calls the `image_generation` tool:
/// `response.image_generation_call.partial_image` (`partial_image_b64`, `partial_image_index`, `item_id`),
/// `response.output_item.done` (an `image_generation_call` item with the image in `result` and the prompt
/// the model used in `revised_prompt`, or a `message` with text), `response.completed` (`usage`), and the
/// failures `error`, `response.failed` and `response.incomplete`. Keepalives and lifecycle events are skipped.
enum ResponsesStreamDecoder {
    /// What `event` means. `knownImages` are the calls whose final image is already in hand, so the closing
    /// event's copy of them is not decoded again.
    static func decode(_ event: SSEEvent, knownImages: Set<String>) throws(ImageAPIError) -> [StreamUpdate] {
        let head = try? JSONDecoder().decode(Head.self, from: event.data)
        switch head?.type ?? event.name {
        case "response.image_generation_call.partial_image":
            // VibeAPI sends the whole image this way, so partials are always decoded: the last one may be
            // the only copy of the image.
            let data = try? StreamImageField.decode(
                "partial_image_b64", in: event.data, what: Message.streamWhatPartialImage)
            let key = head?.itemID ?? "output-\(head?.outputIndex ?? 0)"
            return [.partial(key: key, index: head?.partialImageIndex, data: data ?? nil)]
        case "response.output_item.done":
            guard let item = head?.item else { return [.ignored] }
            if item.type == "message" {
                let text = (item.content ?? []).compactMap(\.text).joined(separator: "\n")
                return text.isEmpty ? [.ignored] : [.text(text)]
            }
            guard item.type == "image_generation_call" else { return [.ignored] }
            let key = item.id ?? "output-\(head?.outputIndex ?? 0)"
            let (data, note) = try StreamImageField.decodeChecked(
                "result", in: event.data, what: Message.streamWhatImage)
            let final = StreamUpdate.final(key: key, data: data, revisedPrompt: item.revisedPrompt)
            return note.map { [.note($0), final] } ?? [final]
        case "response.completed":
            let usage = head?.response?.usage
            let missing = (head?.response?.output ?? []).contains { item in
                item.type == "image_generation_call" && !knownImages.contains(item.id ?? "")
            }
            let fallback = missing ? try fallbackImages(event.data, knownImages: knownImages) : []
            return [.completed(usage: usage, fallbackImages: fallback)]
        case "response.failed":
            return [.failed(StreamFailure.failedResponse(head?.rawResponse))]
        case "response.incomplete":
            return [.failed(StreamFailure.incompleteResponse(head?.rawResponse))]
        case "error":
            return [.failed(StreamFailure.fromErrorEvent(event.data))]
        default:
            return [.ignored]
        }
    }

    /// Images that appear only in the closing event's `response.output` (a gateway that skipped
    /// `response.output_item.done`); decoded only then, since that copy is as large as the images.
    private static func fallbackImages(_ payload: Data, knownImages: Set<String>) throws(ImageAPIError)
        -> [FinalImage]
    {
        struct Full: Decodable {
            struct Response: Decodable { let output: [Item]? }
            struct Item: Decodable {
                let type: String?
                let id: String?
                let result: String?
                let revised_prompt: String?
            }
            let response: Response?
        }
        guard let full = try? JSONDecoder().decode(Full.self, from: payload) else { return [] }
        var images: [FinalImage] = []
        for (index, item) in (full.response?.output ?? []).enumerated() where item.type == "image_generation_call" {
            let key = item.id ?? "output-\(index)"
            guard !knownImages.contains(key), let text = item.result, !text.isEmpty else { continue }
            guard let data = Base64.decode(text) else {
                throw ImageAPIError(
                    .badResponse, Message.streamInvalidBase64(what: Message.streamWhatImage),
                    hint: Message.replyDamagedHint)
            }
            images.append(FinalImage(key: key, data: data, revisedPrompt: item.revised_prompt))
        }
        return images
    }

    /// The small members of a Responses event; the base64 members are left alone.
    private struct Head: Decodable {
        let type: String?
        let itemID: String?
        let outputIndex: Int?
        let partialImageIndex: Int?
        let item: Item?
        let response: Response?
        let rawResponse: JSONValue?

        struct Item: Decodable {
            let type: String?
            let id: String?
            let revisedPrompt: String?
            let content: [Part]?

            enum CodingKeys: String, CodingKey {
                case type, id, content
                case revisedPrompt = "revised_prompt"
            }
        }

        struct Part: Decodable {
            let text: String?
        }

        struct Response: Decodable {
            let usage: JSONValue?
            let output: [OutputItem]?
        }

        struct OutputItem: Decodable {
            let type: String?
            let id: String?
        }

        enum CodingKeys: String, CodingKey {
            case type, item, response
            case itemID = "item_id"
            case outputIndex = "output_index"
            case partialImageIndex = "partial_image_index"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            type = try? container.decodeIfPresent(String.self, forKey: .type)
            itemID = try? container.decodeIfPresent(String.self, forKey: .itemID)
            outputIndex = try? container.decodeIfPresent(Int.self, forKey: .outputIndex)
            partialImageIndex = try? container.decodeIfPresent(Int.self, forKey: .partialImageIndex)
            item = try? container.decodeIfPresent(Item.self, forKey: .item)
            response = try? container.decodeIfPresent(Response.self, forKey: .response)
            // Only failures need the whole object, and theirs is small.
            let failed = type == "response.failed" || type == "response.incomplete"
            rawResponse = failed ? try? container.decodeIfPresent(JSONValue.self, forKey: .response) : nil
        }
    }
}
