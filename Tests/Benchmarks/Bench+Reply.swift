import FakeGateway
import Foundation

/// 11. Replies go to disk as they arrive (issue #20): peak memory for one 4K base64 reply, for ten such images
/// in one reply and for eight such replies at `batch -j 8`; the 4K wall time against `curl | jq | base64 -d`
/// and against the seed's `generate_image.py` (the stand-in, or the script given with `--seed-script`, pointed
/// at the fake gateway); CPU for a 4K reply. Printed as one table beside the figures the issue measured before.
extension Bench {
    func replyToDisk() {
        print("")
        let reply = FakeResponse.imagesB64(image)
        print(
            "11. replies to disk: a 4K PNG of \(mb(image.count)), \(mb(reply.body.count)) of JSON per image; "
                + "libcurl transport")
        let arguments = ["-p", "4K benchmark", "-m", "gpt-image-2", "-s", "3840x2160", "--quiet"]

        // One image per reply, with the pipeline and the seed script on the same reply.
        gateway.setHandler { _ in reply }
        var single: [Measurement] = []
        var pipes: [Measurement] = []
        var seeds: [Measurement] = []
        let (seed, seedLabel) = seedScript()
        for index in 0...options.runs {
            let out = folder.appendingPathComponent("one-\(index).png").path
            let run = ProcessMeter.run(options.binary.path, arguments + ["-f", out], environment: environment)
            guard run.exitStatus == 0, Unstamped.contents(atPath: out) == image else {
                print("   one reply: run \(index) FAILED with exit \(run.exitStatus)")
                return
            }
            try? FileManager.default.removeItem(atPath: out)
            let piped = folder.appendingPathComponent("pipe-\(index).png").path
            let pipe = ProcessMeter.run("/bin/sh", ["-c", pipeline(into: piped)], environment: environment)
            guard pipe.exitStatus == 0, FileManager.default.contents(atPath: piped) == image else {
                print("   pipeline: run \(index) FAILED with exit \(pipe.exitStatus)")
                return
            }
            try? FileManager.default.removeItem(atPath: piped)
            if let seed {
                let seeded = folder.appendingPathComponent("seed-\(index).png").path
                // The first python3 on PATH: the script needs `requests`, which a pyenv or venv may hold.
                let run = ProcessMeter.run(
                    "/usr/bin/env", ["python3", seed.path, "-p", "4K benchmark", "-s", "3840x2160", "-f", seeded],
                    environment: environment)
                guard run.exitStatus == 0, FileManager.default.contents(atPath: seeded) == image else {
                    print("   generate_image.py: run \(index) FAILED with exit \(run.exitStatus)")
                    return
                }
                try? FileManager.default.removeItem(atPath: seeded)
                if index > 0 { seeds.append(run) }
            }
            if index > 0 {
                single.append(run)
                pipes.append(pipe)
            }
        }

        // The floor: the same run with an 8x8 image, what any reply costs; and the 4K reply over URLSession.
        let tiny = TestImages.png(width: 8, height: 8)
        gateway.setHandler { _ in .imagesB64(tiny) }
        var floors: [Measurement] = []
        for index in 0...max(1, options.runs / 2) {
            let out = folder.appendingPathComponent("tiny-\(index).png").path
            let run = ProcessMeter.run(options.binary.path, arguments + ["-f", out], environment: environment)
            try? FileManager.default.removeItem(atPath: out)
            if index > 0, run.exitStatus == 0 { floors.append(run) }
        }
        gateway.setHandler { _ in reply }
        var sessions: [Measurement] = []
        for index in 0...max(1, options.runs / 2) {
            let out = folder.appendingPathComponent("session-\(index).png").path
            let run = ProcessMeter.run(
                options.binary.path, arguments + ["-f", out],
                environment: environment.merging(["GEN_IMAGE_TRANSPORT": "urlsession"]) { $1 })
            try? FileManager.default.removeItem(atPath: out)
            if index > 0, run.exitStatus == 0 { sessions.append(run) }
        }

        // Ten images in one reply.
        let ten = FakeResponse.imagesSeveral(Array(repeating: .image(image), count: 10))
        gateway.setHandler { _ in ten }
        var several: [Measurement] = []
        for index in 0...max(1, options.runs / 2) {
            let out = folder.appendingPathComponent("ten-\(index)")
            let run = ProcessMeter.run(
                options.binary.path, arguments + ["-f", out.appendingPathComponent("x.png").path],
                environment: environment)
            let saved = (try? FileManager.default.contentsOfDirectory(atPath: out.path))?.count ?? 0
            try? FileManager.default.removeItem(at: out)
            guard run.exitStatus == 0, saved == 10 else {
                print("   ten images: run \(index) FAILED with exit \(run.exitStatus), \(saved) saved")
                return
            }
            if index > 0 { several.append(run) }
        }

        // Eight such replies at batch -j 8.
        gateway.setHandler { _ in reply }
        let file = folder.appendingPathComponent("eight.json")
        let items = (1...8).map { #"{"prompt": "4K benchmark \#($0)", "size": "3840x2160"}"# }
        let text = #"{"global": {"model": "gpt-image-2"}, "prompts": ["# + items.joined(separator: ",") + "]}"
        _ = FileManager.default.createFile(atPath: file.path, contents: Data(text.utf8))
        var batches: [Measurement] = []
        for index in 0...max(1, options.runs / 2) {
            let out = folder.appendingPathComponent("eight-\(index)")
            let run = ProcessMeter.run(
                options.binary.path, ["batch", file.path, "-j", "8", "--out-dir", out.path, "--quiet"],
                environment: environment)
            let saved =
                (try? FileManager.default.contentsOfDirectory(atPath: out.path))?.filter { $0.hasSuffix(".png") }
                .count ?? 0
            try? FileManager.default.removeItem(at: out)
            guard run.exitStatus == 0, saved == 8 else {
                print("   batch -j 8: run \(index) FAILED with exit \(run.exitStatus), \(saved) saved")
                return
            }
            if index > 0 { batches.append(run) }
        }
        gateway.setHandler(nil)

        let wall = median(single.map(\.seconds))
        let pipeWall = median(pipes.map(\.seconds))
        let seedWall = median(seeds.map(\.seconds))
        let peakOne = single.map(\.peakBytes).max() ?? 0
        let peakTen = several.map(\.peakBytes).max() ?? 0
        let peakEight = batches.map(\.peakBytes).max() ?? 0
        func ratio(_ value: Double) -> String { String(format: "%.2f×", value) }
        let floor = floors.map(\.peakBytes).max() ?? 0
        let session = sessions.map(\.peakBytes).max() ?? 0
        let rows: [(String, String, String, String, Bool?)] = [
            ("(the floor: an 8x8 image's reply, peak)", "—", "—", mb(floor), nil),
            ("one 12 MB base64 reply, peak", "55 MB", "≤ 36 MB", mb(peakOne), peakOne <= 36_000_000),
            ("(the same over URLSession, peak)", "—", "—", mb(session), nil),
            ("10 such images in one reply, peak", "362 MB", "≤ 80 MB", mb(peakTen), peakTen <= 80_000_000),
            ("8 such replies at -j 8, peak", "118–144 MB", "≤ 80 MB", mb(peakEight), peakEight <= 80_000_000),
            (
                "4K wall vs curl \\| jq \\| base64 -d", "0.81×", "≤ 0.6×",
                "\(ratio(wall / pipeWall)) (\(seconds(wall)) vs \(seconds(pipeWall)))", wall <= 0.6 * pipeWall
            ),
            seeds.isEmpty
                ? ("4K wall vs the seed's generate_image.py", "0.60×", "≤ 0.4×", seedLabel, nil)
                : (
                    "4K wall vs the seed's generate_image.py", "0.60×", "≤ 0.4×",
                    "\(ratio(wall / seedWall)) (\(seconds(wall)) vs \(seconds(seedWall)), \(seedLabel))",
                    wall <= 0.4 * seedWall
                ),
            (
                "CPU for a 4K reply (user+sys)", "—", "print it",
                String(
                    format: "%.3f s (pipeline %.3f s)", median(single.map(\.cpuSeconds)),
                    median(pipes.map(\.cpuSeconds))),
                nil
            ),
        ]
        print("   | Case | Today | Goal | Now |")
        print("   |---|---|---|---|")
        for row in rows {
            let mark = row.4.map { $0 ? " (met)" : " (NOT MET)" } ?? ""
            print("   | \(row.0) | \(row.1) | \(row.2) | \(row.3)\(mark) |")
        }
        print(
            "   (\(options.runs) runs of one reply, \(several.count) of ten images, \(batches.count) batches; "
                + "walls are medians, peaks the largest)")
    }

    /// `curl | jq | base64 -d`, as case 1 runs it.
    private func pipeline(into path: String) -> String {
        let body = #"{"model":"gpt-image-2","prompt":"4K benchmark","size":"3840x2160"}"#
        let extractor =
            FileManager.default.isExecutableFile(atPath: "/usr/bin/jq")
            ? "jq -r '.data[0].b64_json'"
            : "python3 -c 'import json,sys; sys.stdout.write(json.load(sys.stdin)[\"data\"][0][\"b64_json\"])'"
        return "curl -sS -X POST -H 'Authorization: Bearer sk-bench' -H 'Content-Type: application/json' "
            + "-d '\(body)' '\(gateway.baseURL)/images/generations' | \(extractor) | base64 -d > '\(path)'"
    }

    /// The seed's `generate_image.py` (from `--seed-script`, else the stand-in written from its description),
    /// with its fixed host replaced by the fake gateway's, and what the table calls it; nil with the reason
    /// when it cannot run here.
    private func seedScript() -> (script: URL?, label: String) {
        if options.skipSeedScript { return (nil, "not run: --no-seed-script") }
        let given = options.seedScript ?? BenchOptions.seedStandIn
        let label = options.seedScript == nil ? "the stand-in (SeedStandIn)" : "the script given"
        guard let text = try? String(contentsOf: given, encoding: .utf8), text.contains("https://api.apiyi.com") else {
            return (nil, "not run: \(given.path) is not the seed's generate_image.py (no https://api.apiyi.com in it)")
        }
        // The first python3 on PATH, which must have `requests` (a pyenv or venv may hold it).
        let probe = ProcessMeter.run("/usr/bin/env", ["python3", "-c", "import requests"], environment: environment)
        guard probe.exitStatus == 0 else {
            return (nil, "not run: the first python3 on PATH has no `requests` (pip install requests)")
        }
        let origin = gateway.baseURL.hasSuffix("/v1") ? String(gateway.baseURL.dropLast(3)) : gateway.baseURL
        let patched = folder.appendingPathComponent("generate_image.py")
        let rewritten = text.replacingOccurrences(of: "https://api.apiyi.com", with: origin)
        guard (try? rewritten.write(to: patched, atomically: true, encoding: .utf8)) != nil else {
            return (nil, "not run: cannot write \(patched.path)")
        }
        return (patched, label)
    }
}
