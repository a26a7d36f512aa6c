import Foundation

/// Issue #11's parse measurement: a 50 MB batch file written on one line (as scripts and agents write it)
/// against the same items pretty-printed, each checked by `gen-image batch FILE --dry-run`. Goal: the single-line
/// file within 1.5 × the pretty one (parsing was quadratic in the line's length).
extension Bench {
    func minifiedParse() {
        let target = 50_000_000
        var items: [String] = []
        var size = 0
        let words = String(repeating: "a quiet harbour at dawn, boats and gulls, soft light; ", count: 18)
        while size < target {
            let index = items.count + 1
            let item =
                "{\"prompt\": \"\(index) \(words)\", \"filename\": \"img/\(index).png\", \"model\": \"gpt-image-2\", "
                + "\"size\": \"1024x1024\", \"quality\": \"low\"}"
            size += item.utf8.count + 2
            items.append(item)
        }
        let single = folder.appendingPathComponent("minified.json")
        let pretty = folder.appendingPathComponent("pretty.json")
        let head = "{\"description\": \"parse benchmark\", \"prompts\": ["
        _ = FileManager.default.createFile(
            atPath: single.path, contents: Data((head + items.joined(separator: ",") + "]}").utf8))
        let prettyItems = items.map { "    " + $0.replacingOccurrences(of: "\", \"", with: "\",\n      \"") }
        _ = FileManager.default.createFile(
            atPath: pretty.path, contents: Data((head + "\n" + prettyItems.joined(separator: ",\n") + "\n]}\n").utf8))
        items = []
        let singleBytes = (try? FileManager.default.attributesOfItem(atPath: single.path)[.size] as? Int) ?? 0
        let prettyBytes = (try? FileManager.default.attributesOfItem(atPath: pretty.path)[.size] as? Int) ?? 0
        print("")
        print(
            "9. parse a batch file with --dry-run: \(mb(singleBytes)) on one line vs \(mb(prettyBytes)) "
                + "pretty-printed (the same items)")
        var singleRuns: [Measurement] = []
        var prettyRuns: [Measurement] = []
        let runs = min(options.runs, 3)
        for _ in 0..<runs {
            for (file, label) in [(single, "single"), (pretty, "pretty")] {
                let run = ProcessMeter.run(
                    options.binary.path, ["batch", file.path, "--dry-run", "--quiet"], environment: environment)
                guard run.exitStatus == 0 else {
                    print("   \(label): FAILED with exit \(run.exitStatus)")
                    return
                }
                if label == "single" { singleRuns.append(run) } else { prettyRuns.append(run) }
            }
        }
        let singleWall = median(singleRuns.map(\.seconds))
        let prettyWall = median(prettyRuns.map(\.seconds))
        print(
            "   one line: wall \(seconds(singleWall)) (median of \(runs))   peak memory "
                + mb(singleRuns.map(\.peakBytes).max() ?? 0))
        print(
            "   pretty:   wall \(seconds(prettyWall)) (median of \(runs))   peak memory "
                + mb(prettyRuns.map(\.peakBytes).max() ?? 0))
        print(
            "   goal: one line ≤ 1.5 × pretty: \(verdict(singleWall <= 1.5 * prettyWall)) "
                + "(ratio \(String(format: "%.2f", singleWall / prettyWall)))")
        try? FileManager.default.removeItem(at: single)
        try? FileManager.default.removeItem(at: pretty)
    }
}
