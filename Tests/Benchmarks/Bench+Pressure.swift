import FakeGateway
import Foundation

/// Issue #11's measurements: a batch against a gateway that answers 429 with `Retry-After: 1` above two
/// requests in flight (24 items at `-j 8`, 200 at `-j 16`), beside the same batch on a healthy gateway, and a
/// gateway that refuses everything (quota used up). Goals: every image saved, requests ≤ 2 × images; the
/// refusing gateway stops the batch early.
extension Bench {
    func batchPressure() {
        print("")
        print("8. batch under a 429 storm: the gateway allows 2 requests in flight, 429 + Retry-After: 1 above")
        pressureCase(items: 24, concurrency: 8, delay: 1.0)
        pressureCase(items: 200, concurrency: 16, delay: 0.25)
        refusalCase(items: 200, concurrency: 16)
        gateway.throttle = nil
    }

    /// One batch, healthy then throttled, with a line of figures for each.
    private func pressureCase(items: Int, concurrency: Int, delay: Double) {
        print("   \(items) items, -j \(concurrency), gateway waits \(seconds(delay)) per image:")
        let file = writeBatch(items: items, delay: delay)
        for throttle in [nil, GatewayThrottle.aboveInFlight(2)] {
            gateway.throttle = throttle
            gateway.resetCounts()
            let (run, saved) = runBatch(file, concurrency: concurrency)
            let counts = gateway.throttleCounts
            let label = throttle == nil ? "healthy  " : "throttled"
            print(
                "   \(label): saved \(saved)/\(items)   requests \(counts.imageRequests) "
                    + "(\(counts.rateLimited) answered 429, \(String(format: "%.2f", Double(counts.imageRequests) / Double(items)))× images)   "
                    + "wall \(seconds(run.seconds))   peak memory \(mb(run.peakBytes))   exit \(run.exitStatus)   "
                    + "most served at once \(counts.maxServedAtOnce)")
            if throttle != nil {
                print(
                    "   goal: every image saved with requests ≤ 2 × images: "
                        + verdict(saved == items && counts.imageRequests <= 2 * items))
            }
        }
    }

    /// A gateway answering 429 to everything: how many requests and how long before the batch stops.
    private func refusalCase(items: Int, concurrency: Int) {
        let file = writeBatch(items: items, delay: 0.25)
        gateway.throttle = .always()
        gateway.resetCounts()
        let (run, saved) = runBatch(file, concurrency: concurrency)
        let counts = gateway.throttleCounts
        print(
            "   always 429, \(items) items, -j \(concurrency): requests \(counts.imageRequests)   "
                + "wall \(seconds(run.seconds))   saved \(saved)   exit \(run.exitStatus)   peak memory \(mb(run.peakBytes))"
        )
        print("   goal: stops early with exit 4: \(verdict(run.exitStatus == 4 && counts.imageRequests < items))")
    }

    private func writeBatch(items: Int, delay: Double) -> URL {
        gateway.defaultImage = TestImages.png(width: 256, height: 256, grayscale: true)
        gateway.setHandler { [weak gateway] request in
            guard let gateway else { return FakeResponse(status: 503) }
            var response = gateway.defaultResponse(to: request)
            if request.method == "POST" { response.delay = delay }
            return response
        }
        let file = folder.appendingPathComponent("pressure-\(items).json")
        let lines = (1...items).map { "{\"prompt\": \"pressure image \($0)\"}" }
        let text =
            "{\"global\": {\"response_format\": \"url\"}, \"prompts\": [\n" + lines.joined(separator: ",\n") + "]}\n"
        _ = FileManager.default.createFile(atPath: file.path, contents: Data(text.utf8))
        return file
    }

    private func runBatch(_ file: URL, concurrency: Int) -> (Measurement, Int) {
        let out = folder.appendingPathComponent("pressure-out-\(UUID().uuidString.prefix(6))")
        let run = ProcessMeter.run(
            options.binary.path,
            ["batch", file.path, "-j", String(concurrency), "--out-dir", out.path, "--quiet"],
            environment: environment)
        let saved =
            (try? FileManager.default.contentsOfDirectory(atPath: out.path))?.filter { $0.hasSuffix(".png") }.count ?? 0
        try? FileManager.default.removeItem(at: out)
        return (run, saved)
    }
}
