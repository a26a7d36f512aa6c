import FakeGateway
import Foundation

/// Issue #4's measurement: 24 jobs against a gateway that waits 1 s before each answer, run by
/// `gen-image batch -j 8`; the ideal is 3 s (three rounds of eight). Goals: wall ≤ 1.2 × ideal, peak
/// memory < 100 MB. The same batch with `-j 1` is printed beside it.
extension Bench {
    func batchConcurrency() {
        let jobs = 24
        let concurrency = 8
        let delay = 1.0
        gateway.defaultImage = TestImages.png(width: 1024, height: 1024, grayscale: true)
        gateway.setHandler { [weak gateway] request in
            guard let gateway else { return FakeResponse(status: 503) }
            var response = gateway.defaultResponse(to: request)
            if request.method == "POST" { response.delay = delay }  // the model "thinks"; downloads are quick
            return response
        }
        defer { gateway.setHandler(nil) }
        let file = folder.appendingPathComponent("batch.json")
        let items = (1...jobs).map { "{\"prompt\": \"横版 16:9，benchmark image \($0)\"}" }
        let text =
            "{\"global\": {\"response_format\": \"url\"}, \"prompts\": [\n" + items.joined(separator: ",\n") + "]}\n"
        _ = FileManager.default.createFile(atPath: file.path, contents: Data(text.utf8))
        let ideal = Double((jobs + concurrency - 1) / concurrency) * delay
        print("")
        print(
            "3. batch of \(jobs) jobs, gateway waits \(seconds(delay)) before each answer, -j \(concurrency) "
                + "(ideal \(seconds(ideal)))")

        func runBatch(_ label: String, _ concurrency: Int) -> Measurement? {
            let out = folder.appendingPathComponent("batch-\(label)-\(UUID().uuidString.prefix(6))")
            let run = ProcessMeter.run(
                options.binary.path,
                ["batch", file.path, "-j", String(concurrency), "--out-dir", out.path, "--quiet"],
                environment: environment)
            let saved =
                (try? FileManager.default.contentsOfDirectory(atPath: out.path))?
                .filter { $0.hasSuffix(".png") }.count ?? 0
            try? FileManager.default.removeItem(at: out)
            guard run.exitStatus == 0, saved == jobs else {
                print("   \(label): FAILED with exit \(run.exitStatus), \(saved) of \(jobs) images saved")
                return nil
            }
            return run
        }

        var runs: [Measurement] = []
        for index in 0...options.runs {
            guard let run = runBatch("j\(concurrency)", concurrency) else { return }
            if index > 0 { runs.append(run) }
        }
        guard let sequential = runBatch("j1", 1) else { return }
        let wall = median(runs.map(\.seconds))
        let peak = runs.map(\.peakBytes).max() ?? 0
        print("   -j \(concurrency): wall \(seconds(wall)) (median)   peak memory \(mb(peak))")
        print("   -j 1:  wall \(seconds(sequential.seconds)) (one run)   peak memory \(mb(sequential.peakBytes))")
        print(
            "   goal: wall ≤ 1.2 × ideal = \(seconds(1.2 * ideal)): \(verdict(wall <= 1.2 * ideal)) "
                + "(ratio \(String(format: "%.2f", wall / ideal)))")
        print("   goal: peak < 100 MB: \(verdict(peak < 100_000_000))")
    }
}
