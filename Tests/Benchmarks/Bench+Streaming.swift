import FakeGateway
import Foundation

extension Bench {
    /// 256 KB every 5 ms, about 50 MB/s: far faster than a real gateway streams, but slow enough that the
    /// reader keeps up. FoundationNetworking cannot pause a transfer, so bytes arriving faster than they are
    /// parsed would queue in memory whatever the reader does.
    static let paced = FakeResponse.BodyMode.trickle(bytesPerChunk: 262_144, interval: 0.005)

    /// 4. Streams of 4K images, each with no partial image and then with three 4K partial images: the Images
    /// API (one image) and the Responses API (two images). Partial images are megabytes of base64 each, and the
    /// reader holds about one event at a time, so peak memory must not grow with their number.
    func fourKStreams() {
        print("")
        print("4. stream 4K images (\(mb(image.count)) each), without and with three 4K partial images per image")
        // The Responses reader keeps each call's latest partial image until its final one arrives (VibeAPI sends
        // the image only that way), so there one more image may be held while the next partial is decoded.
        let cases: [(label: String, arguments: [String], images: Int, allowed: Int)] = [
            ("images API, --stream", ["-m", "gpt-image-2", "--stream"], 1, 1),
            ("responses API, two images", ["--endpoint", "responses"], 2, 2),
        ]
        for (label, arguments, count, allowed) in cases {
            var peaks: [Int] = []
            for partialCount in [0, 3] {
                let partials = Array(repeating: image, count: partialCount)
                let body =
                    count == 1
                    ? StreamShapes.images(partials: partials, final: image, keepalives: true)
                    : StreamShapes.responses(
                        images: (1...count).map {
                            StreamShapes.ResponsesImage(id: "ig_\($0)", partials: partials, result: image)
                        }, keepalives: true)
                var reply = FakeResponse.eventStream(body, chunkSizes: [65_536])
                reply.bodyMode = Self.paced
                guard let (wall, peak) = measureStream(reply, arguments: arguments + ["--partial-images", "3"], count)
                else {
                    print("   \(label): FAILED")
                    return
                }
                peaks.append(peak)
                print(
                    "   \(label), \(partialCount) partial images per image: stream of \(mb(reply.body.count)), "
                        + "wall \(seconds(wall)) (median)   peak memory \(mb(peak))")
            }
            let growth = peaks[1] - peaks[0]
            let limit = allowed * image.count
            print(
                "   goal: three partial images per image add ≤ \(allowed == 1 ? "one image" : "\(allowed) images") "
                    + "(\(mb(limit))) to the peak: \(verdict(growth <= limit)) (+\(mb(max(growth, 0))))")
        }
        gateway.setHandler(nil)
    }

    /// Runs gen-image against `reply` and checks it saved `count` copies of the 4K image; the median wall time
    /// and the largest peak memory, or nil on failure.
    private func measureStream(_ reply: FakeResponse, arguments: [String], _ count: Int) -> (Double, Int)? {
        gateway.setHandler { _ in reply }
        var runs: [Measurement] = []
        for index in 0...options.runs {
            let out = folder.appendingPathComponent("stream-\(index).png").path
            let run = ProcessMeter.run(
                options.binary.path, ["-p", "4K stream"] + arguments + ["-f", out, "--quiet"], environment: environment)
            let saved =
                count == 1 ? [out] : (1...count).map { folder.appendingPathComponent("stream-\(index)-\($0).png").path }
            guard run.exitStatus == 0, saved.allSatisfy({ Unstamped.contents(atPath: $0) == image }) else {
                return nil
            }
            for path in saved { try? FileManager.default.removeItem(atPath: path) }
            if index > 0 { runs.append(run) }
        }
        return (median(runs.map(\.seconds)), runs.map(\.peakBytes).max() ?? 0)
    }
}
