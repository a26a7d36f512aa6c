import Foundation

/// Thrown by a transport when a reply is longer than the request's `maxResponseBytes`.
public struct ResponseTooLarge: Error, Sendable {
    /// The limit that was passed.
    public let limit: Int
    /// Creates the error.
    public init(limit: Int) { self.limit = limit }
}
