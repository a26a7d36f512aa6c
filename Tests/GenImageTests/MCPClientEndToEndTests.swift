import FakeGateway
import Foundation
import ImageAPIClient
import Testing

/// Issue #24: `gen-image mcp` driven by a real MCP client, the official Python SDK, against the fake gateway.
@Suite("MCP server, with the official Python SDK")
struct MCPClientEndToEndTests {
    /// The SDK's python, or nil after a loud note when python3 or PyPI cannot be had.
    static func sdk() -> URL? {
        switch PythonMCPSDK.python {
        case .success(let python): return python
        case .failure(let failure):
            FileHandle.standardError.write(
                Data("\n*** SKIPPED: the MCP Python SDK is missing: \(failure.reason)\n".utf8))
            return nil
        }
    }

    @Test func listsTheToolsWithSchemasFromTheTables() throws {
        guard let python = Self.sdk() else { return }
        let scenario = try Scenario()
        let run = try PythonMCPSDK.run(
            "list", python: python, folder: scenario.folder, baseURL: scenario.gateway.baseURL)
        #expect(run.output["protocol_version"] as? String == "2026-07-28", "the SDK probes server/discover first")
        let tools = try #require(run.output["tools"] as? [[String: Any]], "\(run.stderr)")
        let byName = Dictionary(uniqueKeysWithValues: tools.map { ($0["name"] as? String ?? "", $0) })
        #expect(tools.map { $0["name"] as? String } == ["generate_image", "run_batch", "check_setup", "image_info"])

        let generate = try #require(byName["generate_image"])
        let schema = try #require(generate["inputSchema"] as? [String: Any])
        let properties = try #require(schema["properties"] as? [String: [String: Any]])
        // Every field a batch item may set, and nothing else but the call's own three.
        #expect(Set(properties.keys) == Set(BatchFileParser.itemFields + ["out_dir", "provider", "preview"]))
        #expect(schema["required"] as? [String] == ["prompt"])
        #expect(properties["model"]?["enum"] as? [String] == ModelCatalog.models.map(\.name))
        #expect(properties["quality"]?["enum"] as? [String] == ["auto", "low", "medium", "high"])
        #expect(properties["output_format"]?["enum"] as? [String] == ["png", "jpeg", "webp"])
        #expect(properties["output_compression"]?["maximum"] as? Int == 100)
        #expect(properties["stream"]?["type"] as? String == "boolean")
        #expect(properties["resolution"]?["enum"] as? [String] == ["1k", "2k", "4k"])
        let description = try #require(generate["description"] as? String)
        #expect(description.contains("gpt-image-2-all: $0.03 per image, usually 60–300 s"), "\(description)")
        #expect(description.contains("gpt-image-2: billed by tokens"), "\(description)")
        #expect((generate["annotations"] as? [String: Any])?["readOnlyHint"] as? Bool == false)
        for name in ["check_setup", "image_info"] {
            let annotations = byName[name]?["annotations"] as? [String: Any]
            #expect(annotations?["readOnlyHint"] as? Bool == true, "\(name) is read-only")
        }
        let batch = try #require(byName["run_batch"]?["inputSchema"] as? [String: Any])
        let global = (batch["properties"] as? [String: Any])?["global"] as? [String: Any]
        #expect(
            Set(((global?["properties"] as? [String: Any]) ?? [:]).keys) == Set(BatchFileParser.globalFields))
    }

    @Test func generatesAnImageNamedInTheResultWithProgress() throws {
        guard let python = Self.sdk() else { return }
        let scenario = try Scenario()
        let image = TestImages.png(width: 1536, height: 1024)
        scenario.gateway.defaultImage = image
        let run = try PythonMCPSDK.run(
            "generate", python: python, folder: scenario.folder, baseURL: scenario.gateway.baseURL)
        let result = try #require(run.output["result"] as? [String: Any], "\(run.stderr)")
        #expect(result["isError"] as? Bool == false, "\(result)")
        let structured = try #require(result["structuredContent"] as? [String: Any])
        let expected = scenario.folder.appendingPathComponent("fox.png").standardizedFileURL.path
        #expect(structured["paths"] as? [String] == [expected])
        #expect(Unstamped.contents(atPath: expected) == image, "the file is there, as the gateway sent it")
        #expect(structured["size"] as? String == "1536x1024")
        #expect(structured["request_id"] as? String != nil)
        #expect((structured["cost_usd"] as? Double ?? 0) > 0)
        let content = try #require(result["content"] as? [[String: Any]])
        #expect(content.first?["type"] as? String == "text")
        #expect((content.first?["text"] as? String)?.contains(expected) == true)
        let link = try #require(content.first { $0["type"] as? String == "resource_link" })
        #expect(link["uri"] as? String == URL(fileURLWithPath: expected).absoluteString)
        #expect(link["mimeType"] as? String == "image/png")
        #expect(!content.contains { $0["type"] as? String == "image" }, "no image unless a preview is asked for")

        let progress = try #require(run.output["progress"] as? [[String: Any]])
        let values = progress.compactMap { $0["progress"] as? Double }
        #expect(!values.isEmpty)
        #expect(zip(values, values.dropFirst()).allSatisfy { $0 < $1 }, "progress grows: \(values)")
        #expect(progress.contains { ($0["message"] as? String)?.contains("waiting for the image") == true })

        let request = try #require(scenario.gateway.requests(to: "/v1/images/generations").first)
        #expect(request.jsonBody?["prompt"] as? String == "a red fox in snow, 横版 16:9", "the prompt as given")
        #expect(request.jsonBody?["size"] as? String == "1536x1024")
        let info = try #require((run.output["info"] as? [String: Any])?["structuredContent"] as? [String: Any])
        #expect(info["size"] as? String == "1536x1024")
        let everything = String(decoding: try JSONSerialization.data(withJSONObject: run.output), as: UTF8.self)
        #expect(!everything.contains(CLIRunner.markerKey), "the key never appears in a result")
        #expect(everything.utf8.count < 20_000, "no image bytes in the results")
    }

    @Test func aBadSizeIsAToolErrorWithTheFixAndNothingIsSent() throws {
        guard let python = Self.sdk() else { return }
        let scenario = try Scenario()
        let run = try PythonMCPSDK.run(
            "bad_size", python: python, folder: scenario.folder, baseURL: scenario.gateway.baseURL)
        let result = try #require(run.output["result"] as? [String: Any], "\(run.stderr)")
        #expect(result["isError"] as? Bool == true)
        let error = try #require((result["structuredContent"] as? [String: Any])?["error"] as? [String: Any])
        #expect(error["code"] as? String == "invalid_argument")
        #expect((error["message"] as? String)?.contains("1000x1000") == true)
        #expect((error["hint"] as? String)?.contains("\"size\" 1008x1008") == true, "the fix, named as the argument")
        let text = ((result["content"] as? [[String: Any]])?.first?["text"] as? String) ?? ""
        #expect(text.contains("nothing was sent"), "\(text)")
        #expect(scenario.gateway.requests.isEmpty, "nothing was sent")
        #expect(scenario.files.filter { !$0.hasPrefix(".tmp") }.isEmpty)
    }

    @Test func cancellingASlowCallStopsItAndLeavesNothing() throws {
        guard let python = Self.sdk() else { return }
        let scenario = try Scenario()
        // The "slow" prompt is answered after a minute; any other at once.
        scenario.gateway.setHandler { [weak gateway = scenario.gateway] request in
            guard let gateway else { return FakeResponse(status: 503) }
            var response = gateway.defaultResponse(to: request)
            if (request.jsonBody?["prompt"] as? String)?.contains("slow") == true { response.delay = 60 }
            return response
        }
        let run = try PythonMCPSDK.run(
            "cancel", python: python, folder: scenario.folder, baseURL: scenario.gateway.baseURL)
        #expect(run.output["cancelled_call_answered"] as? Bool == false, "\(run.output) \(run.stderr)")
        let progress = run.output["progress"] as? [[String: Any]] ?? []
        #expect(progress.contains { ($0["message"] as? String)?.contains("waiting for the image") == true })
        // The server runs one request at a time (-j 1): the next call ran, so the cancel freed the slot.
        let after = try #require(run.output["after"] as? [String: Any])
        #expect(after["isError"] as? Bool == false, "\(after)")
        #expect(run.seconds < 45, "nothing waited for the minute-long reply")
        #expect(scenario.gateway.requests(to: "/v1/images/generations").count == 2)
        #expect(scenario.files == ["quick.png"], "nothing left of the cancelled call: \(scenario.files)")
    }

    @Test func aHandshakeClientGets2025_11_25AndTheSameTools() throws {
        guard let python = Self.sdk() else { return }
        let scenario = try Scenario()
        let run = try PythonMCPSDK.run(
            "legacy", python: python, folder: scenario.folder, baseURL: scenario.gateway.baseURL)
        #expect(run.output["protocol_version"] as? String == "2025-11-25", "\(run.stderr)")
        #expect((run.output["tools"] as? [[String: Any]])?.count == 4)
        let result = try #require(run.output["result"] as? [String: Any])
        #expect(result["isError"] as? Bool == false)
        #expect(FileManager.default.fileExists(atPath: scenario.folder.appendingPathComponent("fox.png").path))
    }
}
