import Foundation

/// One server-sent event: its `event:` name (nil for the default, "message") and its `data:` lines joined by
/// line feeds.
struct SSEEvent: Sendable, Equatable {
    /// The `event:` field, or nil when the event had none.
    var name: String?
    /// The `data:` lines, joined with `\n`, without the final line feed.
    var data: Data
}
