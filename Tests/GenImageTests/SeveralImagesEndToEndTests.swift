import FakeGateway
import Foundation
import Testing

/// Issue #10, point 9: every billed image in a reply is saved, up to 10, with a note for the rest.
@Suite("Several images in one reply, end to end")
struct SeveralImagesEndToEndTests {
    static func images(_ count: Int) -> [Data] {
        (0..<count).map { TestImages.png(width: 20 + $0, height: 10) }
    }

    static func reply(_ images: [Data], linkSecond: String? = nil) -> FakeResponse {
        var items: [[String: Any]] = images.map { ["b64_json": $0.base64EncodedString()] }
        if let linkSecond, items.count > 1 { items[1] = ["url": linkSecond] }
        return .json(["created": 1, "data": items])
    }

    @Test func eachImageIsSavedWithANumber() throws {
        let scenario = try Scenario()
        let images = Self.images(3)
        let link = scenario.gateway.serve(images[1], at: "/files/second.png")
        scenario.gateway.enqueue(Self.reply(images, linkSecond: link))
        let result = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-f", "cat.png"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let expected = (1...3).map { scenario.folder.appendingPathComponent("cat-\($0).png").standardizedFileURL.path }
        #expect(result.stdoutLines == expected, "\(result.stdout)")
        for (path, image) in zip(expected, images) {
            #expect(Unstamped.contents(atPath: path) == image, "\(path)")
        }
    }

    @Test func aStalledLinkForALaterImageIsGivenUpWithinTheAttemptsTimeout() throws {
        let scenario = try Scenario()
        let images = Self.images(2)
        let link = scenario.gateway.url("/files/stalled.png")
        scenario.gateway.enqueue(Self.reply(images, linkSecond: link), for: "/v1/images/generations")
        scenario.gateway.enqueue(
            FakeResponse(headers: [("Content-Type", "image/png")], body: images[1], delay: 30),
            for: "/files/stalled.png")
        let result = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-f", "cat.png", "--timeout", "1"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdoutLines == [scenario.folder.appendingPathComponent("cat-1.png").standardizedFileURL.path])
        #expect(result.stderr.contains(link), "the link of the image not saved is named: \(result.stderr)")
        #expect(!scenario.files.contains("cat-2.png"), "given up, not waited out")
    }

    @Test func beyondTenTheRestAreNamedInAWarning() throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(Self.reply(Self.images(12)))
        let result = try scenario.run(["-p", "x", "-m", "gpt-image-2", "--json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((json["files"] as? [Any])?.count == 10)
        #expect(result.stderr.contains("the reply held 12 images; the first 10 were saved, the other 2 were not"))
        #expect(scenario.files.filter { $0.hasSuffix(".png") }.count == 10)
    }

    @Test func oneImageKeepsItsPlainName() throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(Self.reply(Self.images(1)))
        let result = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-f", "cat.png"])
        #expect(result.stdoutLines == [scenario.folder.appendingPathComponent("cat.png").standardizedFileURL.path])
    }
}
