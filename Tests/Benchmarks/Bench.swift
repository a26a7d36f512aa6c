import FakeGateway
import Foundation

/// The measurements issues #2, #4, #6, #10, #11, #12, #19 and #20 ask for, printed with their goals:
/// 1. one 4K image (3840x2160 PNG, about 11 MB of base64) fetched by gen-image vs. a shell pipeline doing the
///    same job (curl, the JSON field taken out with jq, `base64 -d` into a file);
/// 2. an edit sending five 10 MB input images, and, for comparison, the same five as a chat fusion;
/// 3. a batch of 24 jobs at `-j 8` against a slow gateway;
/// 4. 4K images over a stream with three 4K partial images each (`Bench+Streaming.swift`);
/// 5. CPU while waiting, one run and `batch -j 8`, curl beside them; 6. Ctrl-C latency (`Bench+Wait.swift`).
/// Cases 1, 5 and 6 run once per transport the platform has (libcurl and URLSession on Linux).
/// 7. a gzip bomb and a 1 GB reply, which must stop at the reply limit (`Bench+Hostile.swift`);
/// 8. batches against a gateway answering 429 (`Bench+Pressure.swift`); 9. a 50 MB batch file on one line vs.
///    pretty-printed (`Bench+Parse.swift`); 10. a refused 300 MB prompt (`Bench+Prompt.swift`); 11. replies
///    decoded to disk as they arrive (`Bench+Reply.swift`); 12. batch memory at 3,000 and 12,000 items
///    (`Bench+BatchMemory.swift`).
final class Bench {
    let options: BenchOptions
    let gateway: FakeGateway
    let folder: URL
    let image: Data
    let environment: [String: String]

    init(options: BenchOptions) throws {
        self.options = options
        guard FileManager.default.isExecutableFile(atPath: options.binary.path) else {
            let message =
                "gen-image-bench: no gen-image at \(options.binary.path); run `swift build -c release` first\n"
            FileHandle.standardError.write(Data(message.utf8))
            exit(2)
        }
        gateway = try FakeGateway()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gen-image-bench-\(getpid())")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        image = TestImages.png(width: 3840, height: 2160, grayscale: true)
        environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": folder.path,
            "NO_PROXY": "127.0.0.1,localhost",
            "no_proxy": "127.0.0.1,localhost",
            "APIYI_API_KEY": "sk-bench",
            "GEN_IMAGE_BASE_URL": gateway.baseURL,
        ]
    }

    /// Which build is measured: the figures differ by several megabytes, since every page of the toolchain's
    /// shared libraries that a run touches counts in its resident memory.
    var linkage: String {
        // A dynamic build names the toolchain's runtime among the libraries it needs; the static one does not.
        guard let handle = FileHandle(forReadingAtPath: options.binary.path) else { return "unreadable" }
        defer { try? handle.close() }
        let needle = Data("libswiftCore.so".utf8)
        var tail = Data()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            let window = tail + chunk
            if window.range(of: needle) != nil {
                return "dynamic: Swift's runtime and Foundation from the toolchain's shared libraries"
            }
            tail = window.suffix(needle.count)
        }
        return "static: Swift's runtime and Foundation linked in, as shipped"
    }

    func run() {
        print(
            "gen-image-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(options.runs) runs each, "
                + "binary \(options.binary.path) (\(linkage))")
        let floor = ProcessMeter.run("/bin/true", [], environment: environment)
        print(
            "   (measuring through a launcher whose own peak is \(mb(floor.peakBytes)); figures below that are floored)"
        )
        if options.only == nil || options.only == "fetch" { fourKFetch() }
        if options.only == nil || options.only == "upload" { fiveInputUpload() }
        if options.only == nil || options.only == "batch" { batchConcurrency() }
        if options.only == nil || options.only == "stream" { fourKStreams() }
        if options.only == nil || options.only == "wait" { waitCPU() }
        if options.only == nil || options.only == "cancel" { cancelLatency() }
        if options.only == nil || options.only == "hostile" { hostileReplies() }
        if options.only == nil || options.only == "pressure" { batchPressure() }
        if options.only == nil || options.only == "parse" { minifiedParse() }
        if options.only == nil || options.only == "prompt" { refusedPrompt() }
        if options.only == nil || options.only == "reply" { replyToDisk() }
        if options.only == nil || options.only == "memory" { batchMemory() }
        try? FileManager.default.removeItem(at: folder)
        gateway.shutdown()
    }

    // MARK: - 1. One 4K image

    private func fourKFetch() {
        let reply = FakeResponse.imagesB64(image)
        gateway.setHandler { _ in reply }
        let jsonBytes = reply.body.count
        print("")
        print("1. fetch one 4K image: 3840x2160 PNG of \(mb(image.count)), reply of \(mb(jsonBytes)) JSON")

        let extractor: String
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/jq") {
            extractor = "jq -r '.data[0].b64_json'"
        } else {
            extractor =
                "python3 -c 'import json,sys; sys.stdout.write(json.load(sys.stdin)[\"data\"][0][\"b64_json\"])'"
        }
        let body = "{\"model\":\"gpt-image-2\",\"prompt\":\"4K benchmark\",\"size\":\"3840x2160\"}"
        var toolRuns: [String: [Measurement]] = [:]
        var pipeRuns: [Measurement] = []
        for index in 0...options.runs {  // run 0 warms caches and is not counted
            let out = folder.appendingPathComponent("tool-\(index).png").path
            for (label, extra) in transports {
                let tool = ProcessMeter.run(
                    options.binary.path,
                    ["-p", "4K benchmark", "-m", "gpt-image-2", "-s", "3840x2160", "-f", out, "--quiet"],
                    environment: environment.merging(extra) { $1 })
                guard tool.exitStatus == 0, Unstamped.contents(atPath: out) == image else {
                    print("   run \(index) FAILED: gen-image (\(label)) exit \(tool.exitStatus)")
                    return
                }
                try? FileManager.default.removeItem(atPath: out)
                if index > 0 { toolRuns[label, default: []].append(tool) }
            }
            let piped = folder.appendingPathComponent("pipe-\(index).png").path
            let script =
                "curl -sS -X POST -H 'Authorization: Bearer sk-bench' -H 'Content-Type: application/json' "
                + "-d '\(body)' '\(gateway.baseURL)/images/generations' | \(extractor) | base64 -d > '\(piped)'"
            let pipe = ProcessMeter.run("/bin/sh", ["-c", script], environment: environment)
            guard pipe.exitStatus == 0, FileManager.default.contents(atPath: piped) == image else {
                print("   run \(index) FAILED: pipeline exit \(pipe.exitStatus)")
                return
            }
            try? FileManager.default.removeItem(atPath: piped)
            if index > 0 { pipeRuns.append(pipe) }
        }
        let pipeTime = median(pipeRuns.map(\.seconds))
        let pipePeak = pipeRuns.map(\.peakBytes).max() ?? 0
        let memoryGoal = 3 * image.count + 40_000_000
        print("   pipeline:   wall \(seconds(pipeTime)) (median)   peak memory \(mb(pipePeak)) (largest process)")
        for (label, _) in transports {
            let runs = toolRuns[label] ?? []
            let toolTime = median(runs.map(\.seconds))
            let toolPeak = runs.map(\.peakBytes).max() ?? 0
            print("   gen-image (\(label)):  wall \(seconds(toolTime)) (median)   peak memory \(mb(toolPeak))")
            print("     goal: peak ≤ 3 × image + 40 MB = \(mb(memoryGoal)): \(verdict(toolPeak <= memoryGoal))")
            print(
                "     goal: wall ≤ 1.1 × pipeline = \(seconds(1.1 * pipeTime)): "
                    + "\(verdict(toolTime <= 1.1 * pipeTime)) (ratio \(String(format: "%.2f", toolTime / pipeTime)))")
        }
    }

    // MARK: - 2. Five 10 MB inputs

    private func fiveInputUpload() {
        gateway.setHandler(nil)
        gateway.defaultImage = TestImages.png(width: 1024, height: 1024, grayscale: true)
        let input = TestImages.png(width: 3200, height: 3125, grayscale: true)
        let paths = (1...5).map { folder.appendingPathComponent("input-\($0).png").path }
        for path in paths {
            _ = FileManager.default.createFile(atPath: path, contents: input)
        }
        let inputBytes = input.count * paths.count
        let goal = 2 * inputBytes + 40_000_000
        print("")
        print("2. send five inputs of \(mb(input.count)) each (\(mb(inputBytes)) in all)")
        for (label, model) in [
            ("edit (multipart, gpt-image-2)", "gpt-image-2"),
            ("fusion (chat data URLs, gpt-image-2-all)", "gpt-image-2-all"),
        ] {
            var runs: [Measurement] = []
            for index in 0...options.runs {
                let out = folder.appendingPathComponent("edit-\(index).png").path
                let run = ProcessMeter.run(
                    options.binary.path, ["-p", "融合图1到图5", "-m", model, "-i"] + paths + ["-f", out, "--quiet"],
                    environment: environment)
                guard run.exitStatus == 0 else {
                    print("   \(label): run \(index) FAILED with exit \(run.exitStatus)")
                    return
                }
                try? FileManager.default.removeItem(atPath: out)
                if index > 0 { runs.append(run) }
            }
            let received = gateway.requests.last(where: { $0.method == "POST" })?.body.count ?? 0
            let peak = runs.map(\.peakBytes).max() ?? 0
            print(
                "   \(label): wall \(seconds(median(runs.map(\.seconds)))) (median)   peak memory \(mb(peak))   "
                    + "request body \(mb(received))")
            if model == "gpt-image-2" {
                print("   goal: peak ≤ 2 × inputs + 40 MB = \(mb(goal)): \(verdict(peak <= goal))")
            }
        }
    }

    // MARK: - Formatting

    func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1
            ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    func mb(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_000_000) }
    func seconds(_ value: Double) -> String { String(format: "%.3f s", value) }
    func verdict(_ met: Bool) -> String { met ? "met" : "NOT MET" }
}
