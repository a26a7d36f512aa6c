import FakeGateway
import Foundation

/// 5. Hostile replies (issue #10): a 1 MB gzip body that inflates to 1 GiB, and a 1 GB JSON reply. gen-image must
/// stop reading at its reply limit, fail with exit 1, and stay under 300 MB of memory.
extension Bench {
    func hostileReplies() {
        print("")
        print("7. hostile replies: stop at the reply limit, exit 1, peak memory ≤ 300 MB")
        let cases: [(String, FakeResponse)] = [
            ("gzip bomb (\(mb(GzipBomb.body().count)) → 1 GiB)", .gzipBomb()),
            ("1 GB JSON reply, no Content-Length", .hugeJSON(totalBytes: 1_000_000_000, announced: false)),
            ("1 GB JSON reply, Content-Length", .hugeJSON(totalBytes: 1_000_000_000)),
            (
                "1 GB error reply (500), no Content-Length",
                .hugeJSON(totalBytes: 1_000_000_000, status: 500, announced: false)
            ),
        ]
        for (label, reply) in cases {
            gateway.setHandler { _ in reply }
            var runs: [Measurement] = []
            for index in 1...max(1, min(options.runs, 3)) {
                let out = folder.appendingPathComponent("hostile-\(index).png").path
                let run = ProcessMeter.run(
                    options.binary.path,
                    ["-p", "hostile", "-m", "gpt-image-2", "-f", out, "--quiet", "--retries", "0"],
                    environment: environment)
                guard run.exitStatus == 1 else {
                    print("   \(label): run \(index) ended with exit \(run.exitStatus), expected 1")
                    return
                }
                runs.append(run)
            }
            let peak = runs.map(\.peakBytes).max() ?? 0
            print(
                "   \(label): wall \(seconds(median(runs.map(\.seconds)))) (median)   peak memory \(mb(peak))   "
                    + "goal ≤ 300 MB: \(verdict(peak <= 300_000_000))")
        }
        gateway.setHandler(nil)
    }
}
