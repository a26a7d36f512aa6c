import ImageAPIClient

/// A line for stderr and how much it matters, decided by whoever made the line, so the terminal colours it
/// (red for an error, yellow for a warning) without reading it.
struct ReportLine: Sendable, Equatable {
    /// The line, in the run's language.
    let text: String
    /// How much it matters; nil for plain information.
    let severity: Severity?

    /// A line that matters as `severity` says (nil: plain information).
    init(_ text: String, severity: Severity? = nil) {
        self.text = text
        self.severity = severity
    }
}
