import Foundation

/// One API shape a model is reached through (chat completions, the Images API, the Responses API): how its
/// request looks and how its replies and stream events read.
///
/// The client asks the plan's backend (`PlannedJob.backend`) for both, so no code above this folder
/// switches on the endpoint.
protocol APIShape: Sendable {
    /// The request for `planned`, as a value; `boundary` makes a multipart boundary when the body needs one.
    func request(for planned: PlannedJob, boundary: () -> String) -> RequestDescription

    /// Where the image of a whole (unstreamed) successful reply is.
    func decodeReply(_ response: HTTPResponse) throws(ImageAPIError) -> ReplyParser.Reply

    /// The images after the first in a reply that held several, up to the cap, and how many lay beyond it.
    func additionalImages(in response: HTTPResponse) -> (payloads: [ReplyParser.Payload], beyondCap: Int)

    /// What one server-sent event means. `knownImages` are the images whose final bytes are already in
    /// hand; `decodePartials` false skips decoding previews nobody will save or need.
    func decodeEvent(_ event: SSEEvent, knownImages: Set<String>, decodePartials: Bool) throws(ImageAPIError)
        -> [StreamUpdate]

    /// A reply that came whole although a stream was asked for: read as a reply, or as one closing event.
    func decodeUnstreamedReply(_ response: HTTPResponse) throws(ImageAPIError) -> UnstreamedReply

    /// Whether a partial image may be the only copy of its image (VibeAPI's Responses API delivers it so),
    /// so the latest one is kept as the image's stand-in.
    var partialMayBeTheImage: Bool { get }

    /// Whether a stream may deliver several images, each worth announcing as it arrives.
    var announcesEachImage: Bool { get }
}

/// What most shapes share: whole replies in either shape (gateways mix them, see `ReplyParser`), stream events
/// in the Images API's dialect, one image per stream announced by its final event.
extension APIShape {
    func decodeReply(_ response: HTTPResponse) throws(ImageAPIError) -> ReplyParser.Reply {
        try ReplyParser.parse(response)
    }

    func additionalImages(in response: HTTPResponse) -> (payloads: [ReplyParser.Payload], beyondCap: Int) {
        ReplyParser.additionalImages(in: response.body)
    }

    func decodeEvent(_ event: SSEEvent, knownImages: Set<String>, decodePartials: Bool) throws(ImageAPIError)
        -> [StreamUpdate]
    {
        try ImagesStreamDecoder.decode(event, decodePartials: decodePartials)
    }

    func decodeUnstreamedReply(_ response: HTTPResponse) throws(ImageAPIError) -> UnstreamedReply {
        .reply(try ReplyParser.parse(response))
    }

    var partialMayBeTheImage: Bool { false }
    var announcesEachImage: Bool { false }
}

extension PlannedJob {
    /// The backend of the plan's API shape: the one place that maps an endpoint to its wire format.
    var backend: any APIShape {
        switch endpoint {
        case .chat: ChatCompletionsBackend()
        case .images: ImagesBackend()
        case .responses: ResponsesBackend()
        }
    }
}
