import FakeGateway
import Foundation
import Testing

/// The history: one JSON line per request (runs and batch items) in `$XDG_STATE_HOME/gen-image/history.jsonl`,
/// private, never the key; `gen-image history` reads it back, newest first, with a cost line; `--no-history`
/// and `GEN_IMAGE_HISTORY=off` keep runs out of it. Each test's state folder is its own.
@Suite("History, end to end")
struct HistoryEndToEndTests {
    private static func lines(_ url: URL) -> [[String: Any]] {
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    @Test func everyRequestIsWrittenAndCanBeSearched() throws {
        let scenario = try Scenario()
        let state = scenario.folder.appendingPathComponent("state")
        let env: [String: String?] = ["XDG_STATE_HOME": state.path]
        scenario.gateway.setHandler { [weak gateway = scenario.gateway] request in
            guard let gateway else { return FakeResponse(status: 503) }
            if request.method == "POST", String(decoding: request.body, as: UTF8.self).contains("refuse me") {
                return .error(status: 401, message: "Invalid token", code: "invalid_api_key")
            }
            return gateway.defaultResponse(to: request)
        }
        #expect(try scenario.run(["-p", "a red fox", "-f", "fox.png"], environment: env).exitCode == 0)
        #expect(
            try scenario.run(["-m", "gpt-image-2", "-p", "a blue whale", "-q", "low"], environment: env).exitCode == 0)
        #expect(try scenario.run(["-p", "refuse me", "-f", "no.png"], environment: env).exitCode == 1)
        try scenario.write(Data(#"{"prompts": [{"prompt": "batch owl"}, {"prompt": "batch hen"}]}"#.utf8), to: "j.json")
        #expect(try scenario.run(["batch", "j.json"], environment: env).exitCode == 0)

        let file = state.appendingPathComponent("gen-image/history.jsonl")
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let raw = try String(contentsOf: file, encoding: .utf8)
        #expect(!raw.contains(CLIRunner.markerKey))
        let entries = Self.lines(file)
        #expect(entries.count == 5, "\(raw)")
        let fox = try #require(entries.first { $0["prompt"] as? String == "a red fox" })
        #expect(fox["outcome"] as? String == "ok")
        #expect(fox["model"] as? String == "gpt-image-2-all")
        #expect(fox["provider"] as? String == "apiyi")
        #expect(fox["endpoint"] as? String == "chat")
        #expect(fox["source"] as? String == "run")
        #expect((fox["paths"] as? [String]) == [scenario.folder.appendingPathComponent("fox.png").path])
        #expect(fox["request_id"] as? String != nil)
        #expect(fox["cost_usd"] as? Double == 0.03)
        #expect((fox["delivered"] as? [String: Any])?["width"] as? Int == 64)
        let whale = try #require(entries.first { $0["prompt"] as? String == "a blue whale" })
        #expect((whale["settings"] as? [String: String])?["quality"] == "low")
        let refused = try #require(entries.first { $0["prompt"] as? String == "refuse me" })
        #expect(refused["outcome"] as? String == "auth_failed")
        #expect((refused["paths"] as? [String])?.isEmpty == true)
        #expect(entries.filter { $0["source"] as? String == "batch" }.count == 2)

        let found = try scenario.run(["history", "--search", "FOX", "--json"], environment: env)
        #expect(found.exitCode == 0, "\(found.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(found.stdout.utf8)) as? [String: Any])
        let shown = try #require(json["entries"] as? [[String: Any]])
        #expect(shown.map { $0["prompt"] as? String } == ["a red fox"])
        let cost = try #require(json["cost"] as? [String: Any])
        #expect(cost["today_images"] as? Int == 4 && cost["month_images"] as? Int == 4, "\(cost)")
        let spent = entries.compactMap { $0["cost_usd"] as? Double }.reduce(0, +)
        #expect(abs((cost["today_usd"] as? Double ?? 0) - spent) < 0.0001, "\(cost) vs \(spent)")

        let listing = try scenario.run(["history"], environment: env)
        #expect(listing.exitCode == 0)
        let text = listing.stdout
        let order = ["batch", "refuse me", "a blue whale", "a red fox"].map { text.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil }, "\(text)")
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted(), "newest first:\n\(text)")
        #expect(listing.stderr.contains("cost today $"), "\(listing.stderr)")
        #expect(listing.stderr.contains("this month $"))

        #expect(try scenario.run(["history", "--limit", "1"], environment: env).stdout.contains("batch"))
        let future = try scenario.run(["history", "--since", "2999-01-01", "--json"], environment: env)
        #expect(future.stdout.contains(#""entries":[]"#), "\(future.stdout)")
        let bad = try scenario.run(["history", "--since", "yesterday-ish"], environment: env)
        #expect(bad.exitCode == 2)
    }

    @Test func noHistoryAndTheVariableKeepRunsOut() throws {
        let scenario = try Scenario()
        // Without XDG_STATE_HOME the history lives under HOME (the test's folder).
        let file = scenario.folder.appendingPathComponent(".local/state/gen-image/history.jsonl")
        #expect(try scenario.run(["-p", "private one", "--no-history"]).exitCode == 0)
        #expect(try scenario.run(["-p", "private two"], environment: ["GEN_IMAGE_HISTORY": "off"]).exitCode == 0)
        try scenario.write(Data(#"{"prompts": [{"prompt": "private three"}]}"#.utf8), to: "j.json")
        #expect(try scenario.run(["batch", "j.json", "--no-history"]).exitCode == 0)
        #expect(!FileManager.default.fileExists(atPath: file.path))
        #expect(try scenario.run(["-p", "kept"]).exitCode == 0)
        let entries = Self.lines(file)
        #expect(entries.map { $0["prompt"] as? String } == ["kept"])
    }

    @Test func aKeyEchoedByTheGatewayNeverReachesTheHistory() throws {
        let scenario = try Scenario()
        scenario.gateway.setHandler { [weak gateway = scenario.gateway] request in
            guard let gateway else { return FakeResponse(status: 503) }
            if String(decoding: request.body, as: UTF8.self).contains("fail") {
                return .error(status: 500, message: "upstream said \(CLIRunner.markerKey)", code: "server_error")
            }
            var response = gateway.defaultResponse(to: request)
            response.headers.append(("x-request-id", "echo-\(CLIRunner.markerKey)"))
            return response
        }
        #expect(try scenario.run(["-m", "gpt-image-2", "-p", "a cat", "-n", "2"]).exitCode == 0)
        #expect(try scenario.run(["-p", "please fail", "--retries", "0"]).exitCode == 1)
        let file = scenario.folder.appendingPathComponent(".local/state/gen-image/history.jsonl")
        let raw = try String(contentsOf: file, encoding: .utf8)
        #expect(Self.lines(file).count == 2, "\(raw)")
        #expect(!raw.contains(CLIRunner.markerKey), "\(raw)")
        #expect(raw.contains("echo-"))
    }
}
