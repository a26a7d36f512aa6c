import FakeGateway
import Foundation
import ImageAPIClient
import Testing

/// Issue #19, points 10 and 14: one run per batch file, whatever path reaches it; integer fields' messages
/// come from their own rules.
@Suite("Batch file identity and field ranges, end to end")
struct BatchIdentityEndToEndTests {
    /// Starts `batch <name>` on a thread of its own and waits until the gateway holds all `items` requests.
    private func startHoldingRun(_ scenario: Scenario, _ name: String, items: Int) -> (ResultBox, DispatchSemaphore) {
        let folder = scenario.folder
        let base = scenario.gateway.baseURL
        let first = ResultBox()
        let finished = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            first.set(
                try? CLIRunner.run(
                    ["batch", name, "-j", String(items)], in: folder, environment: ["GEN_IMAGE_BASE_URL": base]))
            finished.signal()
        }
        let deadline = Date().addingTimeInterval(30)
        while scenario.gateway.throttleCounts.imageRequests < items, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.01)
        }
        return (first, finished)
    }

    @Test(
        "a link, a hard link or another spelling of a running batch file is refused",
        arguments: ["alias.json", "hard.json", "sub/../jobs.json", "linked-folder/jobs.json"])
    func theSameFileByAnotherPathIsRefused(_ other: String) throws {
        let scenario = try Scenario()
        let items = (1...2).map { #"{"prompt": "image \#($0)", "filename": "img\#($0).png"}"# }
        try scenario.write(Data(#"{"prompts": [\#(items.joined(separator: ","))]}"#.utf8), to: "jobs.json")
        let jobs = scenario.folder.appendingPathComponent("jobs.json")
        try FileManager.default.createSymbolicLink(
            at: scenario.folder.appendingPathComponent("alias.json"), withDestinationURL: jobs)
        try FileManager.default.linkItem(at: jobs, to: scenario.folder.appendingPathComponent("hard.json"))
        try FileManager.default.createDirectory(
            at: scenario.folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: scenario.folder.appendingPathComponent("linked-folder"), withDestinationURL: scenario.folder)
        scenario.delayReplies(by: 3)
        let (first, finished) = startHoldingRun(scenario, "jobs.json", items: 2)

        // A different results file too (`--out-dir`): only the batch file itself is the same.
        let second = try scenario.run(["batch", other, "--out-dir", "elsewhere"])
        #expect(second.exitCode == 2, "stderr: \(second.stderr)")
        #expect(second.stderr.contains("another run of this batch is in progress (process "), "\(second.stderr)")
        #expect(second.stderr.contains("batch file \(scenario.folder.path)/"), "\(second.stderr)")
        #expect(second.stderr.contains("nothing was sent"))
        #if os(Linux)
            #expect(!second.stderr.contains("(process ?)"), "the holder is named: \(second.stderr)")
        #endif
        #expect(second.stdoutLines.isEmpty)
        finished.wait()
        let firstResult = try #require(first.value)
        #expect(firstResult.exitCode == 0, "stderr: \(firstResult.stderr)")
        #expect(scenario.gateway.throttleCounts.imageRequests == 2, "one request per item, billed once")
        #expect(!scenario.files.contains { $0.hasPrefix("elsewhere/") && $0.hasSuffix(".png") })
        #expect(FileManager.default.contents(atPath: jobs.path) != nil, "the batch file is never removed")

        // Once the first run is over, the same file by the other path runs (and finds everything done).
        let later = try scenario.run(["batch", other])
        #expect(later.exitCode == 0, "stderr: \(later.stderr)")
        #expect(scenario.gateway.throttleCounts.imageRequests == 2)
    }

    @Test func twoDifferentBatchFilesRunSideBySide() throws {
        let scenario = try Scenario()
        try scenario.write(Data(#"{"prompts": [{"prompt": "a", "filename": "a.png"}]}"#.utf8), to: "one.json")
        try scenario.write(Data(#"{"prompts": [{"prompt": "b", "filename": "b.png"}]}"#.utf8), to: "two.json")
        scenario.delayReplies(by: 2)
        let (first, finished) = startHoldingRun(scenario, "one.json", items: 1)
        let second = try scenario.run(["batch", "two.json"])
        #expect(second.exitCode == 0, "stderr: \(second.stderr)")
        finished.wait()
        #expect(first.value?.exitCode == 0)
        #expect(scenario.files.contains("a.png") && scenario.files.contains("b.png"))
    }

    // MARK: - Integer fields

    @Test("a non-number names the field's own range", arguments: ["en", "zh"])
    func aNonNumberNamesItsOwnRange(_ language: String) throws {
        let scenario = try Scenario()
        let text = """
            {"global": {"model": "gpt-image-2", "stream": true}, "prompts": [
              {"prompt": "a", "partial_images": "many"},
              {"prompt": "b", "output_format": "jpeg", "output_compression": "high"}
            ]}
            """
        try scenario.write(Data(text.utf8), to: "jobs.json")
        let result = try scenario.run(["batch", "jobs.json", "--lang", language])
        #expect(result.exitCode == 2, "stderr: \(result.stderr)")
        #expect(scenario.gateway.requests.isEmpty)
        if language == "en" {
            #expect(result.stderr.contains("partial_images must be a whole number from 0 to 3"), "\(result.stderr)")
            #expect(result.stderr.contains(#"e.g. "partial_images": 2"#), "\(result.stderr)")
            #expect(result.stderr.contains("output_compression must be a whole number from 0 to 100"))
            #expect(result.stderr.contains(#"e.g. "output_compression": 80"#))
        } else {
            #expect(result.stderr.contains("partial_images 必须是 0 到 3 的整数"), "\(result.stderr)")
            #expect(result.stderr.contains(#"例如 "partial_images": 2"#), "\(result.stderr)")
            #expect(result.stderr.contains("output_compression 必须是 0 到 100 的整数"))
        }
        #expect(!result.stderr.contains("0 to 100, e.g. \"partial_images\""))
    }

    /// Every integer field, whatever its rule: the message and the example lie inside the rule's range.
    @Test func everyIntegerFieldsMessageComesFromItsRule() throws {
        let scenario = try Scenario()
        for option in ImageOption.allCases {
            guard case .integer(let range, _, _) = option.rule else { continue }
            // `n` is no batch field (an item is one image); VariationsEndToEndTests checks its refusal.
            if option.rawValue == "n" { continue }
            let text = #"{"prompts": [{"prompt": "a", "\#(option.rawValue)": [1]}]}"#
            try scenario.write(Data(text.utf8), to: "jobs.json")
            let result = try scenario.run(["batch", "jobs.json"])
            #expect(result.exitCode == 2)
            let words = "\(option.rawValue) must be a whole number from \(range.lowerBound) to \(range.upperBound)"
            #expect(result.stderr.contains(words), "\(result.stderr)")
            let example = try #require(
                result.stderr.range(of: #"e.g. "\#(option.rawValue)": "#).map {
                    Int(result.stderr[$0.upperBound...].prefix { $0.isNumber })
                })
            #expect(example.map(range.contains) == true, "\(result.stderr)")
        }
        #expect(scenario.gateway.requests.isEmpty)
    }
}
