import FakeGateway
import Foundation
import Testing

/// Issue #10, point 9 (chat replies): a chat reply that links several different images saves the first and
/// names the others in a warning and in `--json` notes; a data URI among them is shown by type and length only.
@Suite("Several images in a chat reply, end to end")
struct ChatSeveralImagesEndToEndTests {
    @Test func theFirstIsSavedAndTheOthersAreListed() throws {
        let scenario = try Scenario()
        let first = TestImages.png(width: 30, height: 20)
        let second = TestImages.png(width: 31, height: 20)
        let third = TestImages.png(width: 32, height: 20)
        let firstLink = scenario.gateway.serve(first, at: "/files/first.png")
        let secondLink = scenario.gateway.serve(second, at: "/files/second.png") + "?sig=abc"
        let payload = third.base64EncodedString()
        let content = """
            ![image](\(firstLink))

            [下载图片](\(firstLink))

            ![variant](\(secondLink))

            and one more: data:image/png;base64,\(payload)
            """
        scenario.gateway.enqueue(.chat(content: content), for: "/v1/chat/completions")
        let result = try scenario.run(["-p", "two cats", "-m", "gpt-image-2-all", "-f", "cats.png", "--json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)")
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.count == 1)
        let saved = try #require(files.first?["path"] as? String)
        #expect(Unstamped.contents(atPath: saved) == first)
        let notes = (json["notes"] as? [String] ?? []).joined(separator: "\n")
        let described = "data:image/png;base64,<\(payload.utf8.count) characters>"
        for text in [notes, result.stderr] {
            #expect(text.contains("the reply linked 3 different images; the first was saved, the other 2 were not"))
            #expect(text.contains(secondLink), "\(text)")
            #expect(text.contains(described), "\(text)")
            #expect(!text.contains(String(payload.prefix(40))), "no base64 is ever printed")
        }
        #expect(result.stderr.contains("warning"), "\(result.stderr)")
        // Only the first image was fetched; the others are named, not downloaded.
        #expect(!scenario.gateway.requests.contains { $0.path.hasPrefix("/files/second") })
    }

    @Test func oneImageLinkedTwiceHasNoNote() throws {
        let scenario = try Scenario()
        let image = TestImages.png(width: 30, height: 20)
        let link = scenario.gateway.serve(image, at: "/files/only.png")
        scenario.gateway.enqueue(
            .chat(content: "![image](\(link))\n\n[download](\(link))\n\n\(link)"), for: "/v1/chat/completions")
        let result = try scenario.run(["-p", "a cat", "-m", "gpt-image-2-all", "--json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("different images"), "\(result.stderr)")
        #expect(result.stdout.contains(#""notes":[]"#), "\(result.stdout)")
    }

    @Test func inChineseTheNoteIsChinese() throws {
        let scenario = try Scenario()
        let first = TestImages.png(width: 30, height: 20)
        let firstLink = scenario.gateway.serve(first, at: "/files/a.png")
        let content = "![a](\(firstLink)) ![b](https://cdn.example.test/b.png)"
        scenario.gateway.enqueue(.chat(content: content), for: "/v1/chat/completions")
        let result = try scenario.run(["-p", "猫", "-m", "gpt-image-2-all", "--lang", "zh"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.contains("响应中链接了 2 张不同的图片"), "\(result.stderr)")
        #expect(result.stderr.contains("https://cdn.example.test/b.png"))
    }
}
