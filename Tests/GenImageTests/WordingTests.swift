import Foundation
import ImageAPIClient
import Testing

@testable import gen_image

/// The language and the naming of settings are values handed to whoever writes, not process-wide state.
@Suite("Wording as a value")
struct WordingTests {
    /// Two wordings live side by side in one process, each rendering the same things its own way: a global
    /// language (set once, read everywhere) could not show both.
    @Test func twoLanguagesSideBySideInOneProcess() {
        let english = Wording(language: .en, spelling: .flags)
        let chinese = Wording(language: .zh, spelling: .flags)
        let wait = Message.cliUnitSeconds(value: "300")
        #expect(english.text(wait) == "300 s")
        #expect(chinese.text(wait) == "300 秒")
        #expect(english.seconds(84.24, precise: true) == "84.2 s")
        #expect(chinese.seconds(84.24, precise: true) == "84.2 秒")
        #expect(english.list(["a", "b", "c"]) == "a, b, c")
        #expect(chinese.list(["a", "b", "c"]) == "a、b、c")
        // Rendering one after the other changes nothing: the first still speaks English.
        #expect(english.text(wait) == "300 s")
        // The `--json` envelope's English keeps the wording's naming of settings.
        #expect(chinese.english.text(wait) == "300 s")
    }

    /// The same library message names its setting by flag for the plain command and by field for a batch.
    @Test func flagsAndFieldsSideBySide() {
        let size = Message.parameter(.size)
        #expect(Wording(language: .en, spelling: .flags).text(size) == "-s/--size")
        #expect(Wording(language: .en, spelling: .fields).text(size) == #""size""#)
        #expect(Wording(language: .en, spelling: .fields).english.text(size) == #""size""#)
    }

    /// `--lang` anywhere wins over the locale; an unknown value falls back to the locale, for the parser to
    /// report; no flag and no locale is English.
    @Test func theLanguageIsChosenFromArgumentsThenLocale() {
        #expect(Language.chosen(arguments: [], environment: [:]) == .en)
        #expect(Language.chosen(arguments: [], environment: ["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(Language.chosen(arguments: [], environment: ["LC_ALL": "en_US", "LANG": "zh_CN"]) == .en)
        #expect(Language.chosen(arguments: [], environment: ["LC_ALL": "", "LC_MESSAGES": "zh_TW"]) == .zh)
        #expect(Language.chosen(arguments: ["-p", "x", "--lang", "zh"], environment: ["LANG": "en_US"]) == .zh)
        #expect(Language.chosen(arguments: ["batch", "f.json", "--lang=EN"], environment: ["LANG": "zh_CN"]) == .en)
        #expect(Language.chosen(arguments: ["--lang", "fr"], environment: ["LANG": "zh_CN"]) == .zh)
        #expect(Language.chosen(arguments: ["--lang"], environment: [:]) == .en)
    }
}
