import Foundation

/// 10. A refused prompt (issue #19, point 8): 300 MB piped to `-p -` is refused after reading no more than the
/// longest prompt can be (128 KB), so memory and CPU stay those of a run that sends nothing.
extension Bench {
    func refusedPrompt() {
        print("")
        print("10. a 300 MB prompt on stdin: refused with exit 2, nothing sent, peak memory ≤ 50 MB")
        let requestsBefore = gateway.requests.count
        var runs: [Measurement] = []
        for index in 1...max(1, min(options.runs, 3)) {
            let out = folder.appendingPathComponent("prompt-\(index).png").path
            // The pipeline's figures are its largest process's: gen-image's, as head and tr stay small.
            let script =
                "head -c 300000000 /dev/zero | tr '\\0' a | '\(options.binary.path)' -p - -f '\(out)' --quiet"
            let run = ProcessMeter.run("/bin/sh", ["-c", script], environment: environment)
            guard run.exitStatus == 2 else {
                print("   run \(index) ended with exit \(run.exitStatus), expected 2")
                return
            }
            runs.append(run)
        }
        let peak = runs.map(\.peakBytes).max() ?? 0
        let sent = gateway.requests.count - requestsBefore
        print(
            "   300 MB on stdin: wall \(seconds(median(runs.map(\.seconds)))) (median)   CPU "
                + "\(seconds(median(runs.map(\.cpuSeconds))))   peak memory \(mb(peak))   requests sent \(sent)   "
                + "goal ≤ 50 MB and none sent: \(verdict(peak <= 50_000_000 && sent == 0))")
    }
}
