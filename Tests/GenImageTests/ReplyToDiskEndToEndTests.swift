import FakeGateway
import Foundation
import Testing

/// Issue #20: a reply's images are decoded from the socket into their files, over both transports, whatever
/// the chunks: the saved files are the images byte for byte (once issue #22's metadata is taken out), and a connection cut in the middle of the base64
/// leaves no file and no temporary file behind.
@Suite("Replies go to disk as they arrive, end to end")
struct ReplyToDiskEndToEndTests {
    static let transports: [String] = ["libcurl", "urlsession"]
    static let images = [
        TestImages.png(width: 210, height: 150), TestImages.png(width: 190, height: 140, grayscale: true),
    ]

    /// One reply shape, the model that asks for it, and the images it holds.
    struct Shape: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let model: String
        let reply: @Sendable () -> FakeResponse
        let images: [Data]
    }

    static let shapes: [Shape] = [
        Shape(testDescription: "b64_json", model: "gpt-image-2", reply: { .imagesB64(images[0]) }, images: [images[0]]),
        Shape(
            testDescription: "b64_json with a data: prefix", model: "gpt-image-2",
            reply: { .imagesB64(images[1], dataPrefix: true) }, images: [images[1]]),
        Shape(
            testDescription: "a data URI in url", model: "gpt-image-2",
            reply: { .json(["data": [["url": "data:image/png;base64," + images[0].base64EncodedString()]]]) },
            images: [images[0]]),
        Shape(
            testDescription: "two images in one reply", model: "gpt-image-2",
            reply: { .imagesSeveral([.image(images[0]), .image(images[1])]) }, images: images),
        Shape(
            testDescription: "Markdown data URI in a chat message", model: "gpt-image-2-all",
            reply: { .chat(content: "好的\n\n![image](data:image/png;base64,\(images[1].base64EncodedString()))\n") },
            images: [images[1]]),
    ]

    static func trickled(_ response: FakeResponse) -> FakeResponse {
        var reply = response
        reply.bodyMode = .trickle(bytesPerChunk: 4_093, interval: 0.0005)
        return reply
    }

    @Test("every shape over both transports, in odd chunks", arguments: shapes, transports)
    func savedFilesAreTheImages(_ shape: Shape, transport: String) throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(Self.trickled(shape.reply()))
        let result = try scenario.run(
            ["-p", "x", "-m", shape.model, "-f", "out/cat.png"], environment: ["GEN_IMAGE_TRANSPORT": transport])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdoutLines.count == shape.images.count, "\(result.stdout)")
        for (path, image) in zip(result.stdoutLines, shape.images) {
            #expect(Unstamped.contents(atPath: path) == image, "\(path)")
            // Streamed to disk, the image still takes the place-and-stamp step: its provenance is in the file.
            let saved = FileManager.default.contents(atPath: path) ?? Data()
            #expect(saved != image && saved.range(of: Data("parameters".utf8)) != nil, "\(path) is not stamped")
        }
        let left = CLIRunner.files(in: scenario.folder).filter { $0.contains(".gen-image-") }
        #expect(left.isEmpty, "temporary files left: \(left)")
    }

    @Test("a connection cut inside the base64 leaves nothing behind", arguments: transports)
    func aCutConnectionLeavesNothing(transport: String) throws {
        let scenario = try Scenario()
        var cut = FakeResponse.imagesB64(Self.images[0])
        cut.bodyMode = .truncated(sendBytes: cut.body.count / 2)
        let reply = cut
        scenario.gateway.setHandler { _ in reply }
        let result = try scenario.run(
            ["-p", "x", "-m", "gpt-image-2", "-f", "out/cat.png", "--retries", "0"],
            environment: ["GEN_IMAGE_TRANSPORT": transport])
        #expect(result.exitCode == 1, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let left = CLIRunner.files(in: scenario.folder).filter { !$0.hasPrefix("inputs/") }
        #expect(left.filter { $0.hasSuffix(".png") || $0.contains(".gen-image-") }.isEmpty, "left: \(left)")
        #expect(!result.stderr.contains(CLIRunner.markerKey))
    }

    @Test("a signal in the middle of the base64 cleans up the half-written image", arguments: transports)
    func aSignalMidReplyLeavesNothing(transport: String) throws {
        let scenario = try Scenario()
        var slow = FakeResponse.imagesB64(Self.images[0])
        slow.bodyMode = .trickle(bytesPerChunk: 2_000, interval: 0.02)
        let reply = slow
        scenario.gateway.setHandler { _ in reply }
        let out = scenario.folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        // Once the image's file exists in the output folder, the reply is being written into it.
        let result = try scenario.run(
            ["-p", "x", "-m", "gpt-image-2", "-f", "out/cat.png"], environment: ["GEN_IMAGE_TRANSPORT": transport],
            interrupt: .init(signal: SIGINT) {
                (try? FileManager.default.contentsOfDirectory(atPath: out.path))?.contains {
                    $0.hasPrefix(".gen-image-")
                } ?? false
            })
        #expect(result.exitCode == 130, "\(result.stderr)")
        #expect(CLIRunner.files(in: scenario.folder).isEmpty, "left: \(CLIRunner.files(in: scenario.folder))")
    }
}
