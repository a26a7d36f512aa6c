import ImageAPIClient

/// A command-line mistake, found before anything is sent.
struct UsageError: Error, Equatable {
    /// What is wrong, rendered in the run's language on stderr.
    let text: Message
    /// What to do about it.
    let hintText: Message?

    /// A usage error from catalog messages.
    init(_ text: Message, hint: Message? = nil) {
        self.text = text
        self.hintText = hint
    }

    /// The English text, as the `--json` envelope carries it.
    var message: String { text.text(in: .en, spelling: Localization.spelling) }
    /// The English hint.
    var hint: String? { hintText?.text(in: .en, spelling: Localization.spelling) }

    /// The message in this run's language.
    var localizedMessage: String { Wording.text(text) }
    /// The hint in this run's language.
    var localizedHint: String? { hintText.map(Wording.text) }
}
