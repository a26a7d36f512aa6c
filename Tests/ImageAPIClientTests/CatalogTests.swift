import Foundation
import Testing

@testable import ImageAPIClient

/// Every text a person reads exists in English and Simplified Chinese: each key used in the sources is in the
/// catalog, each entry has both languages with the same placeholders, and the Chinese is Chinese.
@Suite("Message catalog")
struct CatalogTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Keys named in the sources: `Message("key"` and `Wording.text("key"`.
    static func usedKeys() throws -> [String: String] {
        var keys: [String: String] = [:]
        let sources = root.appendingPathComponent("Sources")
        let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in text.matches(of: /(?:Message|Wording\.text)\(\s*"([a-z0-9_.]+)"/) {
                keys[String(match.1)] = url.lastPathComponent
            }
        }
        return keys
    }

    @Test func everyKeyUsedIsInTheCatalog() throws {
        let used = try Self.usedKeys()
        #expect(used.count >= 10, "the scan found too few keys: \(used.count)")
        for (key, file) in used.sorted(by: { $0.key < $1.key }) {
            #expect(Catalog.entry(key) != nil, "\(key) (used in \(file)) is missing from the catalog")
        }
    }

    @Test func everyEntryIsUsed() throws {
        let used = try Self.usedKeys()
        for key in Catalog.all.keys.sorted() where used[key] == nil {
            Issue.record("\(key) is in the catalog but no source uses it")
        }
    }

    @Test func noKeyIsDefinedTwice() {
        var seen: [String: Int] = [:]
        for (index, area) in Catalog.areas.enumerated() {
            for key in area.keys {
                if let first = seen[key] {
                    Issue.record("\(key) is defined in area \(first) and again in area \(index)")
                }
                seen[key] = index
            }
        }
        #expect(seen.count == Catalog.all.count)
    }

    @Test func bothLanguagesAreFilledInWithTheSamePlaceholders() {
        for (key, entry) in Catalog.all.sorted(by: { $0.key < $1.key }) {
            #expect(!entry.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(key): English is empty")
            #expect(!entry.zh.trimmingCharacters(in: .whitespaces).isEmpty, "\(key): Chinese is empty")
            #expect(
                Catalog.placeholders(in: entry.en) == Catalog.placeholders(in: entry.zh),
                "\(key): placeholders differ between en and zh")
            let chinese = entry.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
            let englishOnly = entry.en.unicodeScalars.allSatisfy { !(0x4E00...0x9FFF).contains($0.value) }
            // A text that only joins other texts (`{first}; {second}`) has no words to translate, only punctuation.
            let words = entry.en.replacing(/\{[a-z_]+\}/, with: "").contains { $0.isLetter }
            #expect(
                chinese || !englishOnly || !words || entry.zh == entry.en, "\(key): the Chinese text has no Chinese")
        }
    }

    @Test func messagesRenderInEitherLanguageAndArgumentsStayAsGiven() {
        let message = Message("auth.missing", ["variable": "APIYI_API_KEY"])
        #expect(message.text(in: .en) == "no API key: APIYI_API_KEY is not set")
        #expect(message.text(in: .zh) == "没有 API 密钥：未设置 APIYI_API_KEY")
        let error = ImageAPIError.missingKey(for: .apiyi)
        #expect(error.message == "no API key: APIYI_API_KEY is not set")
        #expect(error.message(in: .zh).hasPrefix("没有 API 密钥"))
        #expect(error.code == .authMissing)
    }

    @Test func theLocaleDecidesTheLanguage() {
        #expect(Language.fromLocale([:]) == .en)
        #expect(Language.fromLocale(["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(Language.fromLocale(["LANG": "zh_CN.UTF-8", "LC_ALL": "en_US.UTF-8"]) == .en)
        #expect(Language.fromLocale(["LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_TW"]) == .zh)
        #expect(Language.fromLocale(["LC_ALL": "", "LANG": "zh_HK"]) == .zh)
        #expect(Language.fromLocale(["LANG": "C"]) == .en)
    }
}
