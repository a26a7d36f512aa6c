import FakeGateway
import Foundation
import Testing

/// Edits and fusions through the real binary: parts in order, real MIME types, on both APIs.
@Suite("Edit and fuse, end to end")
struct EditEndToEndTests {
    @Test func singleEditOnGptImage2IsMultipart() throws {
        let scenario = try Scenario()
        let input = TestImages.png(width: 512, height: 512)
        try scenario.write(input, to: "in.png")
        let result = try scenario.run([
            "-p", "Add a rainbow to the sky", "-f", "rainbow.png", "-i", "in.png",
            "-q", "high",
        ])
        scenario.expectSaved(result)
        let request = try #require(scenario.gateway.requests(to: "/v1/images/edits").first)
        #expect(request.header("Content-Type")?.hasPrefix("multipart/form-data; boundary=") == true)
        let parts = request.multipartParts
        #expect(parts.map(\.name) == ["model", "prompt", "quality", "image[]"])
        #expect(parts[0].text == "gpt-image-2")
        #expect(parts[1].text == "Add a rainbow to the sky")
        #expect(parts[3].filename == "in.png" && parts[3].contentType == "image/png")
        #expect(parts[3].data == input)
        #expect(result.stderr.contains("edit 1 image with gpt-image-2"))
    }

    @Test func threeImageFusionOnImagesAPIKeepsOrderAndTypes() throws {
        let scenario = try Scenario()
        let inputs = try scenario.writeThreeInputs()
        let (a, b, c) = (inputs[0], inputs[1], inputs[2])
        let result = try scenario.run([
            "-p", "把图1的人物放进图2的场景，参考图3的画风", "-m", "gpt-image-2",
            "-i", "a.png", "b.jpg", "c.webp", "-f", "merged.png",
        ])
        scenario.expectSaved(result)
        let parts = try #require(scenario.gateway.requests(to: "/v1/images/edits").first).multipartParts
        let images = parts.filter { $0.name == "image[]" }
        #expect(images.map(\.filename) == ["a.png", "b.jpg", "c.webp"])
        #expect(images.map(\.contentType) == ["image/png", "image/jpeg", "image/webp"])
        #expect(images.map(\.data) == [a, b, c])
        #expect(result.stderr.contains("fuse 3 images"))
    }

    @Test func threeImageFusionOnChatSendsDataURLsWithRealTypes() throws {
        let scenario = try Scenario()
        let inputs = try scenario.writeThreeInputs()
        let (a, b, c) = (inputs[0], inputs[1], inputs[2])
        let result = try scenario.run([
            "-p", "融合图1和图2的风格", "-i", "a.png", "b.jpg", "-i", "c.webp",
            "-f", "merged.png",
        ])
        scenario.expectSaved(result)
        let body = try #require(scenario.gateway.requests(to: "/v1/chat/completions").first?.jsonBody)
        let content = try #require((body["messages"] as? [[String: Any]])?.first?["content"] as? [[String: Any]])
        #expect(content.count == 4)
        #expect(content[0]["type"] as? String == "text" && content[0]["text"] as? String == "融合图1和图2的风格")
        let urls = content.dropFirst().compactMap { ($0["image_url"] as? [String: Any])?["url"] as? String }
        #expect(
            urls == [
                "data:image/png;base64," + a.base64EncodedString(),
                "data:image/jpeg;base64," + b.base64EncodedString(),
                "data:image/webp;base64," + c.base64EncodedString(),
            ])
    }

    @Test func vipEditSendsResponseFormatAndSize() throws {
        let scenario = try Scenario()
        try scenario.write(TestImages.png(width: 64, height: 64), to: "in.png")
        let result = try scenario.run([
            "-p", "把背景换成海边黄昏", "-m", "gpt-image-2-vip", "-i", "in.png",
            "-s", "2048x1360", "-r", "b64_json",
        ])
        scenario.expectSaved(result)
        let parts = try #require(scenario.gateway.requests(to: "/v1/images/edits").first).multipartParts
        #expect(parts.map(\.name) == ["model", "prompt", "size", "response_format", "image[]"])
    }

    @Test func largeInputWarnsButIsSent() throws {
        let scenario = try Scenario()
        var big = TestImages.png(width: 8, height: 8)
        big.append(Data(count: 10 * 1024 * 1024 + 1))
        try scenario.write(big, to: "in.png")
        let result = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-i", "in.png"])
        scenario.expectSaved(result)
        #expect(result.stderr.contains("warning: in.png is 10.5 MB"))
        let image = try #require(scenario.gateway.requests(to: "/v1/images/edits").first?.multipartParts.last)
        #expect(image.data.count == big.count)
    }
}
