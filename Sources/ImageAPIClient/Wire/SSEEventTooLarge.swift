import Foundation

/// Thrown when one event grows past the parser's limit, so a broken or hostile stream cannot fill memory.
struct SSEEventTooLarge: Error, Equatable {
    /// The limit that was passed, in bytes.
    let limit: Int
}
