/// Texts that come from the gateway (error messages, a model's words) cut to a size a terminal and an agent
/// can take, with a note of how much was cut: a gateway may send a megabyte of message.
enum GatewayText {
    /// The most characters of one gateway text that are shown.
    static let limit = 2_000

    /// The text as a message: itself when short enough, else its start and a note of how much was left out.
    static func capped(_ text: String, limit: Int = GatewayText.limit) -> Message {
        guard text.count > limit else { return .verbatim(text) }
        return Message.gatewayTextCut(text: String(text.prefix(limit)), count: (text.count - limit).grouped)
    }
}
