import FakeGateway
import Foundation
import Testing

/// Batch items take every option a single run takes, and `aspect` decides the shape instead of `size_hint`.
@Suite("Batch item options, end to end")
struct BatchOptionsEndToEndTests {
    @Test func itemsTakeAspectResolutionMaskBackgroundModerationStreamAndPartials() throws {
        let scenario = try Scenario()
        try scenario.write(TestImages.png(width: 64, height: 48), to: "in.png")
        let mask = TestImages.pngWithAlpha(width: 64, height: 48)
        try scenario.write(mask, to: "mask.png")
        let text = """
            {"global": {"size_hint": "横版 16:9", "moderation": "low"},
             "prompts": [
              {"prompt": "a fox", "model": "gpt-image-2", "aspect": "21:9", "resolution": "4k", "filename": "a.png"},
              {"prompt": "a cat", "model": "gpt-image-2", "filename": "b.png"},
              {"prompt": "make the sky pink", "model": "gpt-image-2", "input_images": ["in.png"],
               "mask": "mask.png", "background": "opaque", "moderation": null, "filename": "c.png"},
              {"prompt": "a boat", "model": "gpt-image-2", "stream": true, "partial_images": 2, "filename": "d.png"},
              {"prompt": "日落山脉", "aspect": "9:16", "moderation": null, "filename": "e.png"}
             ]}
            """
        try scenario.write(Data(text.utf8), to: "jobs.json")
        let result = try scenario.run(["batch", "jobs.json", "-j", "1"])
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        #expect(result.stdoutLines.count == 5)

        let generations = scenario.gateway.requests(to: "/v1/images/generations").compactMap(\.jsonBody)
        let byPrompt = Dictionary(generations.map { ($0["prompt"] as? String ?? "", $0) }) { first, _ in first }
        // aspect + resolution become a size; the hint is not put in front of an item with an aspect.
        let fox = try #require(byPrompt["a fox"], "\(byPrompt.keys)")
        #expect(fox["size"] as? String == "3808x1632")
        #expect(fox["moderation"] as? String == "low", "from global")
        // Without size or aspect the hint applies, as before.
        #expect(byPrompt["横版 16:9，a cat"] != nil, "\(byPrompt.keys)")
        let boat = try #require(byPrompt["横版 16:9，a boat"])
        #expect(boat["stream"] as? Bool == true && boat["partial_images"] as? Int == 2)

        let edit = try #require(scenario.gateway.requests(to: "/v1/images/edits").first)
        #expect(edit.multipartParts.first { $0.name == "background" }?.text == "opaque")
        #expect(!edit.multipartParts.contains { $0.name == "moderation" }, "\"moderation\": null drops global's")
        #expect(edit.multipartParts.first { $0.name == "mask" }?.data == mask)

        // gpt-image-2-all: the aspect's phrase goes in front, not the size hint.
        let chat = scenario.gateway.requests(to: "/v1/chat/completions").compactMap(\.jsonBody)
        let content = (chat.first?["messages"] as? [[String: Any]])?.first?["content"] as? String
        #expect(content == "竖版 9:16，日落山脉")
    }

    @Test func badOptionValuesAreReportedWithTheirField() throws {
        let scenario = try Scenario()
        let text = """
            {"prompts": [
              {"prompt": "a", "aspect": "wide"},
              {"prompt": "b", "resolution": "2k"},
              {"prompt": "c", "stream": "yes"},
              {"prompt": "d", "model": "gpt-image-2", "aspect": "16:9", "size": "1024x1024"}
            ]}
            """
        try scenario.write(Data(text.utf8), to: "jobs.json")
        let result = try scenario.run(["batch", "jobs.json"])
        #expect(result.exitCode == 2, "stderr: \(result.stderr)")
        #expect(scenario.gateway.requests.isEmpty)
        #expect(result.stderr.contains("item 1 (line 2), aspect: invalid value 'wide' for aspect"), "\(result.stderr)")
        #expect(result.stderr.contains("item 2 (line 3), resolution: "))
        #expect(result.stderr.contains("item 3 (line 4), stream: stream must be true or false"))
        #expect(result.stderr.contains("item 4 (line 5), aspect: "))
    }
}
