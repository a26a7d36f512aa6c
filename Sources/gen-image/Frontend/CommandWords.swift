/// The words after `gen-image` that select another command, in the order the main help lists them.
///
/// Part of the grammar, so the parser can name them when a stray word comes first without knowing the
/// commands themselves (which sit above it). `SubcommandTable` has one command per word, in this order; a test
/// checks that the two agree.
enum CommandWords {
    static let all = ["batch", "doctor", "completions", "skill", "info", "again", "mcp", "history", "gallery"]
}
