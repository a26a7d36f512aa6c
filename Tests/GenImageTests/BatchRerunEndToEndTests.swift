import FakeGateway
import Foundation
import Testing

/// Issue #21, point 5: a rerun keeps the record. Running a finished batch again leaves each item's record of
/// the run that made it (path, request id, usage, cost), marked `kept`, and says `6 already done (kept), 0 run`;
/// on a terminal each saved path is printed once.
@Suite("A batch rerun keeps its record, end to end")
struct BatchRerunEndToEndTests {
    static let sixItems =
        #"{"prompts": [\#((1...6).map { #"{"prompt": "product shot \#($0)"}"# }.joined(separator: ","))]}"#

    func results(_ scenario: Scenario) throws -> [String: Any] {
        let data = try #require(
            FileManager.default.contents(atPath: scenario.folder.appendingPathComponent("jobs.results.json").path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func jobs(_ results: [String: Any]) -> [[String: Any]] {
        results["jobs"] as? [[String: Any]] ?? []
    }

    @Test func aFinishedBatchRunAgainKeepsEveryRecord() throws {
        let scenario = try Scenario()
        try scenario.write(Data(Self.sixItems.utf8), to: "jobs.json")
        let first = try scenario.run(["batch", "jobs.json"])
        #expect(first.exitCode == 0, "stderr: \(first.stderr)")
        let made = try results(scenario)
        let madeJobs = jobs(made)
        #expect(madeJobs.count == 6)
        let firstCost = try #require((made["summary"] as? [String: Any])?["estimated_cost_usd"] as? Double)
        #expect(firstCost > 0)
        #expect(madeJobs.allSatisfy { ($0["estimated_cost_usd"] as? Double ?? 0) > 0 }, "each record has its cost")
        let sent = scenario.gateway.requests.count

        for run in 1...2 {
            let again = try scenario.run(["batch", "jobs.json"])
            #expect(again.exitCode == 0, "stderr: \(again.stderr)")
            #expect(scenario.gateway.requests.count == sent, "nothing sent again")
            #expect(again.stdout.isEmpty)
            #expect(again.stderr.contains("6 already done (kept), 0 run of 6"), "run \(run): \(again.stderr)")
            #expect(again.stderr.contains("[6/6] already done: "))
            let kept = try results(scenario)
            let keptJobs = jobs(kept)
            #expect(keptJobs.map { $0["status"] as? String } == Array(repeating: "ok", count: 6), "\(keptJobs)")
            #expect(keptJobs.allSatisfy { $0["kept"] as? Bool == true })
            for (now, then) in zip(keptJobs, madeJobs) {
                // Issue #22's `delivered` and `warnings` are part of the record kept.
                let fields = [
                    "path", "request_id", "fingerprint", "prompt_sent", "attempts", "estimated_cost_usd", "delivered",
                    "warnings",
                ]
                for field in fields {
                    #expect(
                        (now[field] as? NSObject) == (then[field] as? NSObject) && now[field] != nil,
                        "run \(run), \(field): \(now[field] ?? "nil") vs \(then[field] ?? "nil")")
                }
                #expect((now["usage"] as? NSDictionary) == (then["usage"] as? NSDictionary))
            }
            let summary = try #require(kept["summary"] as? [String: Any])
            #expect(summary["kept"] as? Int == 6 && summary["skipped"] as? Int == 6 && summary["ok"] as? Int == 0)
            #expect(summary["estimated_cost_usd"] as? Double == 0, "nothing was spent in this run")
            #expect(abs((summary["kept_cost_usd"] as? Double ?? 0) - firstCost) < 1e-9, "\(summary)")
        }
    }

    @Test func inChineseToo() throws {
        let scenario = try Scenario()
        try scenario.write(Data(Self.sixItems.utf8), to: "jobs.json")
        #expect(try scenario.run(["batch", "jobs.json"]).exitCode == 0)
        let again = try scenario.run(["batch", "jobs.json", "--lang", "zh"])
        #expect(again.exitCode == 0, "stderr: \(again.stderr)")
        #expect(again.stderr.contains("6 个已完成（保留记录），运行 0 个"), "\(again.stderr)")
        #expect(again.stderr.contains("（保留原记录）"))
    }

    @Test func aMissingImageRunsAgainAndTheOthersKeepTheirRecords() throws {
        let scenario = try Scenario()
        try scenario.write(Data(Self.sixItems.utf8), to: "jobs.json")
        #expect(try scenario.run(["batch", "jobs.json"]).exitCode == 0)
        let before = jobs(try results(scenario))
        let removed = try #require(before[2]["path"] as? String)
        try FileManager.default.removeItem(atPath: removed)

        let again = try scenario.run(["batch", "jobs.json"])
        #expect(again.exitCode == 0, "stderr: \(again.stderr)")
        #expect(again.stdoutLines == [removed])
        #expect(again.stderr.contains("5 already done (kept), 1 run: 1 ok, 0 failed of 6"), "\(again.stderr)")
        let after = jobs(try results(scenario))
        #expect(after.map { $0["kept"] as? Bool } == [true, true, nil, true, true, true])
        #expect(after[2]["request_id"] as? String != before[2]["request_id"] as? String, "a new request")
        #expect(after[0]["request_id"] as? String == before[0]["request_id"] as? String)
    }

    @Test func anImageFoundWithoutARecordIsSkippedAsBefore() throws {
        let scenario = try Scenario()
        try scenario.write(Data(#"{"prompts": [{"prompt": "a", "filename": "a.png"}]}"#.utf8), to: "jobs.json")
        try scenario.write(TestImages.png(width: 8, height: 8), to: "a.png")
        let run = try scenario.run(["batch", "jobs.json"])
        #expect(run.exitCode == 0, "stderr: \(run.stderr)")
        #expect(run.stderr.contains("1 already done (skipped), 0 run of 1"), "\(run.stderr)")
        #expect(jobs(try results(scenario)).first?["status"] as? String == "skipped")
        #expect(scenario.gateway.requests.isEmpty)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func onATerminalEachPathIsPrintedOnce() throws {
        #if os(Linux)
            let scenario = try Scenario()
            try scenario.write(Data(#"{"prompts": [{"prompt": "one"}, {"prompt": "two"}]}"#.utf8), to: "j.json")
            // util-linux `script` runs the command on a pseudo-terminal: stdout and stderr are the same screen.
            let result = try CLIRunner.run(
                ["-qec", "'\(CLIRunner.binary.path)' batch j.json", "/dev/null"], in: scenario.folder,
                environment: ["TERM": "xterm", "GEN_IMAGE_BASE_URL": scenario.gateway.baseURL],
                executable: URL(fileURLWithPath: "/usr/bin/script"))
            #expect(result.exitCode == 0, "\(result.stdout)")
            for name in ["001-one.png", "002-two.png"] {
                let path = scenario.folder.appendingPathComponent(name).path
                #expect(result.stdout.components(separatedBy: path).count - 1 == 1, "\(name): \(result.stdout)")
            }
            #expect(result.stdout.contains("[2/2] ok ") || result.stdout.contains("[1/2] ok "))

            // Piped, stdout still has each path for a script, and the log on stderr names it too.
            let piped = try scenario.run(["batch", "j.json", "--force"])
            #expect(piped.exitCode == 0)
            #expect(piped.stdoutLines.count == 2)
            for path in piped.stdoutLines { #expect(piped.stderr.contains(" ok "), "\(path)") }
            #expect(piped.stdoutLines.allSatisfy { piped.stderr.contains($0) }, "\(piped.stderr)")
        #endif
    }
}
