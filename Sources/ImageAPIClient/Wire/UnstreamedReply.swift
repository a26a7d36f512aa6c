import Foundation

/// How a whole reply to a streamed request reads.
enum UnstreamedReply {
    /// As a whole reply, image inline or at a link.
    case reply(ReplyParser.Reply)
    /// As the stream's closing event would.
    case event(SSEEvent)
}
