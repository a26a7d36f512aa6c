import Foundation
import Testing

@testable import ImageAPIClient

@Suite("File names")
struct FileNamerTests {
    @Test(
        "slug: first three words, any script's letters and digits, lower case, 30 characters",
        arguments: [
            ("A cute orange cat playing on the grass", "a-cute-orange"),
            ("一只可爱的橘猫在草地上玩耍", "一只可爱的橘猫在草地上玩耍"),
            ("横版 16:9 电影画幅，日落山脉风景", "横版-16-9-电影画幅-日落山脉风景"),
            ("Hello, World! Again and again", "hello-world-again"),
            ("   ", "image"),
            ("!!! ??? ...", "image"),
            ("Supercalifragilisticexpialidocious-and-more words here", "supercalifragilisticexpialidoc"),
            ("snake_case Dash-ed", "snake_case-dash-ed"),
        ])
    func slug(prompt: String, expected: String) {
        #expect(FileNamer.slug(for: prompt) == expected)
    }

    @Test func slugNeverExceedsThirtyCharacters() {
        #expect(FileNamer.slug(for: String(repeating: "猫", count: 100)).count == 30)
    }

    @Test func timestampIsTheScriptsFormat() {
        let date = Date(timeIntervalSince1970: 1_795_000_000)
        #expect(FileNamer.timestamp(date, timeZone: TimeZone(identifier: "UTC")!) == "2026-11-18-11-06-40")
    }

    /// Without a zone the C library's local time is used; it agrees with Foundation's current zone, the
    /// stamp's source before, across a year of dates (the zone of the machine running the tests).
    @Test func localStampAgreesWithTheCurrentTimeZone() {
        for day in stride(from: 0, to: 366 * 86_400, by: 86_400 + 3_607) {
            let date = Date(timeIntervalSince1970: 1_790_000_000 + Double(day))
            #expect(FileNamer.timestamp(date) == FileNamer.timestamp(date, timeZone: .current))
        }
    }

    @Test func automaticNameHasTimestampSlugTagAndExtension() {
        let name = FileNamer.automaticName(
            prompt: "A cat", format: .jpeg, date: Date(timeIntervalSince1970: 0), tag: "ab12cd",
            timeZone: TimeZone(identifier: "UTC")!)
        #expect(name == "1970-01-01-00-00-00-a-cat-ab12cd.jpg")
    }

    @Test func randomTagsDiffer() {
        let tags = Set((0..<200).map { _ in FileNamer.randomTag() })
        #expect(tags.count == 200)
        #expect(tags.allSatisfy { $0.count == 6 })
    }
}
