import FakeGateway
import Foundation
import Testing

/// Issue #10, point 1, on the streaming path: a finished image that arrived on a stream was billed, so when it
/// cannot be saved where asked it is kept in the recovery folder (`recovered_path` in `--json`), with its cost,
/// exactly as a whole reply's image is.
@Suite("Streamed images are never lost, end to end")
struct StreamRecoveryEndToEndTests {
    /// Replaces the output folder `out` by a file while the gateway works, then answers `reply`.
    static func breakFolder(_ scenario: Scenario, then reply: FakeResponse) throws {
        let out = scenario.folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        scenario.gateway.setHandler { _ in
            try? FileManager.default.removeItem(at: out)
            _ = FileManager.default.createFile(atPath: out.path, contents: Data("x".utf8))
            return reply
        }
    }

    /// The `--json` failure envelope, checked to name a recovered file holding one of `images`.
    static func recovered(_ result: CLIResult, in scenario: Scenario) throws -> (json: [String: Any], path: String) {
        #expect(result.exitCode == 1, "\(result.stderr)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)")
        let error = try #require(json["error"] as? [String: Any], "\(json)")
        #expect(error["code"] as? String == "io_error", "\(error)")
        let path = try #require(error["recovered_path"] as? String, "\(json)")
        let folder = scenario.folder.appendingPathComponent(".local/share/gen-image/recovered").path
        #expect(path.hasPrefix(folder), "\(path)")
        #expect((error["hint"] as? String)?.contains("billed and is kept at \(path)") == true, "\(error)")
        #expect(result.stderr.contains("billed and is kept at \(path)"), "\(result.stderr)")
        return (json, path)
    }

    @Test func theImagesAPIStreamKeepsItsFinalImage() throws {
        let scenario = try Scenario()
        let final = TestImages.png(width: 50, height: 40)
        let body = StreamShapes.images(partials: [StreamShapes.partialImage(0)], final: final)
        try Self.breakFolder(scenario, then: .eventStream(body))
        let result = try scenario.run([
            "-m", "gpt-image-2", "-p", "a fox", "--stream", "--partial-images", "1", "-f", "out/fox.png", "--json",
        ])
        let (json, path) = try Self.recovered(result, in: scenario)
        #expect(Unstamped.contents(atPath: path) == final)
        #expect(json["cost_usd"] is Double, "the streamed image was billed: \(json)")
        #expect(result.stderr.contains("(billed)"), "\(result.stderr)")
    }

    @Test func aPartialImageThatCannotBeSavedDoesNotStopTheStream() throws {
        let scenario = try Scenario()
        let final = TestImages.png(width: 52, height: 40)
        let body = StreamShapes.images(partials: [StreamShapes.partialImage(0)], final: final)
        try Self.breakFolder(scenario, then: .eventStream(body))
        let result = try scenario.run([
            "-m", "gpt-image-2", "-p", "a fox", "--stream", "--partial-images", "1", "--keep-partials",
            "-f", "out/fox.png", "--json",
        ])
        let (_, path) = try Self.recovered(result, in: scenario)
        #expect(Unstamped.contents(atPath: path) == final, "the final image, not the partial one")
    }

    @Test func theResponsesStreamKeepsEveryImage() throws {
        let scenario = try Scenario()
        let images = [TestImages.png(width: 50, height: 40), TestImages.png(width: 51, height: 40)]
        let calls = images.enumerated().map { StreamShapes.ResponsesImage(id: "ig_\($0.offset)", result: $0.element) }
        try Self.breakFolder(scenario, then: .eventStream(StreamShapes.responses(images: calls)))
        let result = try scenario.run(["--endpoint", "responses", "-p", "two cats", "-f", "out/cat.png", "--json"])
        let (json, path) = try Self.recovered(result, in: scenario)
        #expect(Unstamped.contents(atPath: path) == images[0])
        let hint = ((json["error"] as? [String: Any])?["hint"] as? String) ?? ""
        let folder = scenario.folder.appendingPathComponent(".local/share/gen-image/recovered")
        let kept = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        #expect(kept.count == 2, "both billed images are kept: \(kept)")
        for name in kept {
            #expect(hint.contains(name), "\(hint)")
            let bytes = Unstamped.contents(atPath: folder.appendingPathComponent(name).path)
            #expect(bytes.map(images.contains) == true)
        }
    }

    @Test func aWholeReplyToAStreamRequestIsKeptToo() throws {
        // A gateway that ignores `stream: true` answers with one JSON reply; its image is kept the same way.
        let scenario = try Scenario()
        let image = TestImages.png(width: 44, height: 33)
        try Self.breakFolder(scenario, then: .imagesB64(image))
        let result = try scenario.run(["-m", "gpt-image-2", "-p", "a fox", "--stream", "-f", "out/fox.png", "--json"])
        let (json, path) = try Self.recovered(result, in: scenario)
        #expect(Unstamped.contents(atPath: path) == image)
        #expect(json["cost_usd"] is Double, "\(json)")
    }
}
