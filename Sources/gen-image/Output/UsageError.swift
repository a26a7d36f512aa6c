import ImageAPIClient

/// A command-line mistake, found before anything is sent.
struct UsageError: Error, Equatable {
    /// The English text, as the `--json` envelope carries it.
    let message: String
    /// The English hint.
    let hint: String?
    /// `message` as a catalog message, rendered in the run's language on stderr.
    let text: Message
    /// `hint` as a catalog message.
    let hintText: Message?

    /// A usage error from catalog messages; `message` and `hint` hold their English texts.
    init(_ text: Message, hint: Message? = nil) {
        self.message = text.text(in: .en)
        self.hint = hint?.text(in: .en)
        self.text = text
        self.hintText = hint
    }

    /// The message in this run's language.
    var localizedMessage: String { Wording.text(text) }
    /// The hint in this run's language.
    var localizedHint: String? { hintText.map(Wording.text) ?? hint }
}
