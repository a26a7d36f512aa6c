import ImageAPIClient

/// A command-line mistake, found before anything is sent.
struct UsageError: Error, Equatable {
    /// The code a usage error has on its error line and in the `--json` envelope.
    static let code = ImageAPIError.Code.invalidArgument

    /// What is wrong, rendered in the run's language on stderr.
    let text: Message
    /// What to do about it.
    let hintText: Message?

    /// A usage error from catalog messages.
    init(_ text: Message, hint: Message? = nil) {
        self.text = text
        self.hintText = hint
    }

    /// What is wrong, in `wording`'s language (English for the `--json` envelope: `wording.english`).
    func message(_ wording: Wording) -> String { wording.text(text) }
    /// What to do about it, in `wording`'s language.
    func hint(_ wording: Wording) -> String? { hintText.map(wording.text) }
}
