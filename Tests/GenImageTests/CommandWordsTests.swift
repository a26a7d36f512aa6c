import Testing

@testable import gen_image

/// The parser names the command words without knowing the commands (they sit above it): the two lists agree.
@Suite("Command words")
struct CommandWordsTests {
    @Test func theParsersWordsAreTheTablesCommandsInOrder() {
        #expect(SubcommandTable.all.map(\.name) == CommandWords.all)
    }
}
