import Foundation
import Testing

@testable import ImageAPIClient

/// Issue #19, point 2: the room an image can take is read from the model table, from the size and the format.
@Suite("Room for the largest image")
struct OutputSpaceTests {
    func bound(_ model: String, _ options: ImageOptions = ImageOptions(), stream: Bool = false, keep: Bool = false)
        throws -> Int
    {
        let planned = try JobPlanner.plan(
            ImageJob(
                prompt: "a cat", model: .explicit(model), options: options, stream: stream, keepPartials: keep),
            checkingSpace: false)
        return OutputSpace.bound(for: planned).bytes
    }

    @Test func theSizeAskedForAndItsFormatDecide() throws {
        #expect(try bound("gpt-image-2", [.size: "1024x1024"]) == 1024 * 1024 * 4 + OutputSpace.slack)
        #expect(
            try bound("gpt-image-2", [.size: "1024x1024", .outputFormat: "jpeg"]) == 1024 * 1024 * 2 + OutputSpace.slack
        )
        #expect(try bound("gpt-image-2", [.size: "3840x2160"]) > 33_000_000)
    }

    @Test func autoTakesTheLargestTheRowAllows() throws {
        // gpt-image-2 takes up to 8,294,400 pixels; vip's largest preset; the -all model names no size: 4K.
        #expect(try bound("gpt-image-2") == 8_294_400 * 4 + OutputSpace.slack)
        let vip = try bound("gpt-image-2-vip")
        #expect(vip >= 3840 * 1632 * 4 && vip <= 3840 * 2160 * 4 + OutputSpace.slack)
        #expect(try bound("gpt-image-2-all") == 3840 * 2160 * 4 + OutputSpace.slack)
    }

    @Test func keptPartialImagesCountToo() throws {
        let options: ImageOptions = [.size: "1024x1024", .partialImages: "3"]
        let kept = try bound("gpt-image-2", options, stream: true, keep: true)
        #expect(kept == 4 * 1024 * 1024 * 4 + OutputSpace.slack)
        #expect(try bound("gpt-image-2", options, stream: true) == 1024 * 1024 * 4 + OutputSpace.slack)
    }

    @Test func aFileSystemThatReportsNoSizesIsNotRefused() {
        #expect(OutputSpace.freeBytes(at: "/proc") == nil, "/proc reports no blocks")
        #expect((OutputSpace.freeBytes(at: NSTemporaryDirectory()) ?? 0) > 0)
    }
}
