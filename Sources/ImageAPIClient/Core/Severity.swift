/// How much something the library reports matters, decided where it is said, so a front end can colour a
/// line or sort a report without reading words.
public enum Severity: String, Sendable, Hashable, CaseIterable, Codable {
    /// Information: something was done on the user's behalf.
    case note
    /// Something may not be what the user wanted; the work went on.
    case warning
    /// The work failed (an `ImageAPIError`).
    case error
}

extension Severity {
    /// A diagnostic's severity: a note or a warning.
    public init(_ severity: Diagnostic.Severity) {
        switch severity {
        case .note: self = .note
        case .warning: self = .warning
        }
    }
}
