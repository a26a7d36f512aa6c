import FakeGateway
import Foundation

/// Issue #19, point 11: a batch's memory does not grow with the items it finished. Batches of 3,000 and 12,000
/// small items (a 16x16 image each, `-j 16`, the gateway answering at once) run to the end; their peak memory is
/// printed beside the goal (12,000 items under 100 MB; before the fix 236 MB at 3,000 and 852 MB at 12,000).
/// A rerun of the finished 12,000 (every record kept, nothing sent) is printed too.
extension Bench {
    func batchMemory() {
        print("")
        print("12. batch memory against the number of finished items (16x16 images, -j 16, no wait)")
        gateway.defaultImage = TestImages.png(width: 16, height: 16, grayscale: true)
        gateway.setHandler(nil)
        var peaks: [Int: Int] = [:]
        for items in [3_000, 12_000] {
            let file = folder.appendingPathComponent("memory-\(items).json")
            let lines = (1...items).map { "{\"prompt\": \"small item \($0)\"}" }
            let text = "{\"prompts\": [\n" + lines.joined(separator: ",\n") + "]}\n"
            _ = FileManager.default.createFile(atPath: file.path, contents: Data(text.utf8))
            let out = folder.appendingPathComponent("memory-out-\(items)")
            let arguments = ["batch", file.path, "-j", "16", "--out-dir", out.path, "--quiet"]
            let run = ProcessMeter.run(options.binary.path, arguments, environment: environment)
            let saved =
                (try? FileManager.default.contentsOfDirectory(atPath: out.path))?
                .filter { $0.hasSuffix(".png") }.count ?? 0
            print(
                "   \(items) items: saved \(saved)   wall \(seconds(run.seconds))   cpu \(seconds(run.cpuSeconds))   "
                    + "peak memory \(mb(run.peakBytes))   exit \(run.exitStatus)")
            peaks[items] = run.exitStatus == 0 && saved == items ? run.peakBytes : nil
            if items == 12_000 {
                let again = ProcessMeter.run(options.binary.path, arguments, environment: environment)
                print(
                    "   \(items) items run again (every record kept, nothing sent): wall \(seconds(again.seconds))   "
                        + "peak memory \(mb(again.peakBytes))   exit \(again.exitStatus)")
            }
            try? FileManager.default.removeItem(at: out)
        }
        let small = peaks[3_000] ?? 0
        let large = peaks[12_000] ?? 0
        print("   goal: 12,000 items under 100 MB: \(verdict(large > 0 && large < 100_000_000))")
        if small > 0, large > 0 {
            let perItem = Double(large - small) / 9_000
            print(String(format: "   growth: %.1f KB per finished item (before the fix: about 68 KB)", perItem / 1000))
        }
    }
}
