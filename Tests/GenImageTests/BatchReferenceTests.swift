import FakeGateway
import Foundation
import Testing

/// Every command `references/batch-template.md` shows is run against the fake gateway, with the example files
/// it shows, so the agent's guide can never drift from what gen-image does. A ```json or ```jsonl block whose
/// info string names a file (```json sunrise.json) is written to that file first; every line of a ```sh block
/// is then run in order with `/bin/sh -c`, `gen-image` on the PATH, and must exit 0 (or the `# exit N` it
/// states).
@Suite("Batch guide")
struct BatchReferenceTests {
    @Test func everyCommandInTheGuideRuns() throws {
        let blocks = MarkdownReference.blocks(in: try MarkdownReference.text(of: "batch-template.md"))
        let scenario = try Scenario()
        var written: [String] = []
        var inputs: Set<String> = []
        for block in blocks where ["json", "jsonl"].contains(block.info.first) && block.info.count == 2 {
            try scenario.write(Data((block.text + "\n").utf8), to: block.info[1])
            written.append(block.info[1])
            let objects = block.info[0] == "json" ? [block.text] : block.text.components(separatedBy: "\n")
            for object in objects {
                guard let data = object.data(using: .utf8),
                    let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
                else { continue }
                let items = (json["prompts"] as? [[String: Any]]) ?? [json]
                for item in items { inputs.formUnion(item["input_images"] as? [String] ?? []) }
            }
        }
        #expect(written == ["sunrise.json", "posts.json", "cats.jsonl"])
        for input in inputs { try scenario.write(TestImages.png(width: 16, height: 16), to: input) }

        let commands = blocks.filter { $0.info.first == "sh" }.flatMap(MarkdownReference.shellLines)
        #expect(commands.count >= 6)
        var outputs: [String: CLIResult] = [:]
        for command in commands {
            #expect(command.contains("gen-image batch"), "not a batch command: \(command)")
            let expected = MarkdownReference.expectedExit(of: command)
            let result = try MarkdownReference.runShell(command, in: scenario)
            #expect(result.exitCode == expected, "\(command)\n\(result.stderr)")
            if outputs[command] == nil { outputs[command] = result }
        }

        // What the guide says about its own examples.
        let dryRun = try #require(outputs["gen-image batch sunrise.json --dry-run"])
        #expect(dryRun.stdout.contains("prompt: 横版 16:9，山间日出风景，水彩画风格"))
        #expect(dryRun.stdout.contains("prompt: 横版 16:9 电影画幅，山间日出风景，写实摄影风格"))
        let rerun = commands.filter { $0 == "gen-image batch sunrise.json" }
        #expect(rerun.count == 2, "the guide runs sunrise.json twice to show resume")
        for name in [
            "sunrise_realistic.png", "sunrise_watercolor.png", "sunrise_anime.png", "content_01.png",
            "cat_orange.png", "lighthouse.png", "sunrise.results.json", "posts/posts.results.json", "cats.results.json",
        ] {
            #expect(scenario.files.contains(name), "missing \(name): \(scenario.files)")
        }
        let chat = scenario.gateway.requests(to: "/v1/chat/completions").compactMap(\.jsonBody)
        let prompts = chat.compactMap { ($0["messages"] as? [[String: Any]])?.first?["content"] as? String }
        #expect(prompts.filter { $0 == "横版 16:9，山间日出风景，水彩画风格" }.count == 1, "sent once: the re-run skipped it")
        #expect(prompts.contains("1:1 方形构图，一只可爱的橘猫"))
    }
}
