import Foundation

/// Reads the Images API's streaming dialect (`stream: true` on `/images/generations` and `/images/edits`):
/// `image_generation.partial_image` / `image_edit.partial_image` events carry `b64_json` and
/// `partial_image_index`; `image_generation.completed` / `image_edit.completed` carry the final `b64_json`
/// and `usage`. Errors come as an `error` event or an OpenAI error body.
enum ImagesStreamDecoder {
    /// The one image of an Images API stream.
    static let key = "image"

    /// What `event` means; `decodePartials` false skips decoding previews nobody will save.
    static func decode(_ event: SSEEvent, decodePartials: Bool) throws(ImageAPIError) -> [StreamUpdate] {
        let head = EventHead.decode(event.data)
        let type = head?.type ?? event.name
        switch type {
        case "image_generation.partial_image", "image_edit.partial_image":
            // A damaged preview is no reason to give up on the final image; it is just not saved.
            let data =
                decodePartials
                ? try? StreamImageField.decode("b64_json", in: event.data, what: Message.streamWhatPartial)
                : nil
            return [.partial(key: key, index: head?.partialImageIndex, data: data ?? nil)]
        case "image_generation.completed", "image_edit.completed":
            let what = Message.streamWhatFinalImage
            let (decoded, note) = try StreamImageField.decodeChecked("b64_json", in: event.data, what: what)
            guard let data = decoded else {
                throw ImageAPIError(
                    .badResponse, Message.streamCompletedEmpty(type: type ?? "completed"),
                    hint: Message.replyRefusingHint)
            }
            return (note.map { [.note($0)] } ?? []) + [
                .final(key: key, data: data, revisedPrompt: nil), .completed(usage: head?.usage, fallbackImages: []),
            ]
        case "error":
            return [.failed(StreamFailure.fromErrorEvent(event.data))]
        default:
            if head?.error != nil {
                return [.failed(StreamFailure.fromErrorEvent(event.data))]
            }
            return [.ignored]
        }
    }
}
