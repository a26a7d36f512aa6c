import FakeGateway
import Foundation
import Testing

/// VibeAPI as seed 004 documents it, through the real binary: `-r url` answers a data URI in `data[0].url`,
/// which is decoded (never fetched, never printed); the per-provider rows decide `-r` and `--background`.
@Suite("VibeAPI and per-provider rows, end to end")
struct VibeAPIEndToEndTests {
    static let vibe: [String: String?] = ["VIBEAPI_API_KEY": CLIRunner.markerKey, "APIYI_API_KEY": nil]

    /// The VibeAPI scenario: the fake gateway answers the Images API as VibeAPI does.
    static func scenario(image: Data, claimedType: String? = nil, name: String = #function) throws -> Scenario {
        let scenario = try Scenario(name)
        scenario.gateway.defaultImage = image
        scenario.gateway.imitateVibeAPI(claimedType: claimedType)
        return scenario
    }

    @Test(arguments: [
        ("png", TestImages.png(width: 64, height: 48), "cat.png"),
        ("jpeg", TestImages.jpeg(width: 80, height: 60), "cat.jpg"),
        ("webp", TestImages.webp(width: 30, height: 40), "cat.webp"),
    ])
    func aURLHoldingADataURIIsDecodedAndSaved(format: String, image: Data, name: String) throws {
        let scenario = try Self.scenario(image: image)
        let result = try scenario.run(
            ["--provider", "vibeapi", "-m", "gpt-image-2", "-r", "url", "-o", format, "-p", "a cat", "-f", name],
            environment: Self.vibe)
        let saved = scenario.expectSaved(result, bytes: image)
        #expect(saved?.lastPathComponent == name)
        let body = try #require(scenario.gateway.requests(to: "/v1/images/generations").first?.jsonBody)
        #expect(body["response_format"] as? String == "url")
        #expect(scenario.gateway.requests.count == 1, "a data URI is never fetched")
        #expect(!result.stderr.contains("base64") && !result.stderr.contains("not a valid URL"), "\(result.stderr)")
        #expect(!result.stderr.contains("warning"), "the claim matches the bytes: \(result.stderr)")
    }

    @Test func aDataURIWhoseClaimContradictsItsBytesIsKeptUnderItsRealFormatWithAWarning() throws {
        let jpeg = TestImages.jpeg(width: 80, height: 60)
        let scenario = try Self.scenario(image: jpeg, claimedType: "image/png")
        let result = try scenario.run(
            ["--provider", "vibeapi", "-m", "gpt-image-2", "-r", "url", "-p", "a cat", "-f", "cat.png", "--json"],
            environment: Self.vibe)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains("data[0].url claims image/png but holds JPEG bytes; saved as .jpg"),
            "\(result.stderr)")
        let json = JSONEndToEndTests.envelope(result)
        let path = try #require((json["files"] as? [[String: Any]])?.first?["path"] as? String)
        #expect(path.hasSuffix(".jpg"))
        #expect(Unstamped.contents(atPath: path) == jpeg, "the paid image is kept")
        let notes = json["notes"] as? [String] ?? []
        #expect(notes.contains { $0.contains("claims image/png but holds JPEG bytes") }, "\(json)")
    }

    @Test func aDataURIHoldingNoImageFailsNamingTypeAndLengthOnly() throws {
        let junk = Data(repeating: 0x41, count: 3000)
        let scenario = try Self.scenario(image: junk, claimedType: "image/png")
        let result = try scenario.run(
            ["--provider", "vibeapi", "-m", "gpt-image-2", "-r", "url", "-p", "a cat", "-f", "cat.png"],
            environment: Self.vibe)
        scenario.expectFailure(result, exitCode: 1, mentions: ["data[0].url", "claiming image/png", "3 KB"])
        #expect(!result.stderr.contains("QUFB"), "no base64 in the message: \(result.stderr)")
    }

    /// Seed 004 says a `url` reply carries as much data as `b64_json`: a 10 MB image must not reach stderr,
    /// whether it is saved or refused.
    @Test func aTenMegabyteDataURIKeepsStderrAndJSONSmall() throws {
        var big = TestImages.png(width: 64, height: 48)
        big.append(Data(repeating: 0xA7, count: 10_000_000))
        let scenario = try Self.scenario(image: big)
        let saved = try scenario.run(
            ["--provider", "vibeapi", "-m", "gpt-image-2", "-r", "url", "-p", "a cat", "-f", "big.png"],
            environment: Self.vibe)
        scenario.expectSaved(saved, bytes: big)
        #expect(saved.stderr.utf8.count < 4_000, "stderr: \(saved.stderr.utf8.count) bytes")

        var junk = Data("not an image ".utf8)
        junk.append(big.dropFirst(200))
        scenario.gateway.defaultImage = junk
        let failed = try scenario.run(
            ["--provider", "vibeapi", "-m", "gpt-image-2", "-r", "url", "-p", "a cat", "-f", "junk.png", "--json"],
            environment: Self.vibe)
        #expect(failed.exitCode == 1)
        #expect(failed.stderr.utf8.count < 4_000, "stderr: \(failed.stderr.utf8.count) bytes")
        #expect(failed.stdout.utf8.count < 4_000, "--json: \(failed.stdout.utf8.count) bytes")
        #expect(failed.stderr.contains("claiming image/png") && failed.stderr.contains("10 MB"), "\(failed.stderr)")
    }

    @Test func aChatReplyPastingBase64IsShownByLengthOnly() throws {
        let scenario = try Scenario()
        let pasted = String(repeating: "QUJDRA", count: 200_000)
        scenario.gateway.enqueue(.chat(content: "here is your file: data:application/pdf;base64,\(pasted) done"))
        let result = try scenario.run(["-p", "a cat", "-f", "cat.png", "--json"])
        #expect(result.exitCode == 1)
        #expect(result.stderr.utf8.count < 4_000, "stderr: \(result.stderr.utf8.count) bytes")
        #expect(result.stdout.utf8.count < 4_000, "--json: \(result.stdout.utf8.count) bytes")
        #expect(!result.stderr.contains("QUJDRAQUJDRA"), "\(result.stderr)")
        #expect(result.stderr.contains("data:application/pdf;base64,<"), "\(result.stderr)")
    }

    @Test func vibeAPIAcceptsBothResponseFormatsForGptImage2() throws {
        let image = TestImages.png(width: 64, height: 48)
        let scenario = try Self.scenario(image: image)
        let result = try scenario.run(
            ["--provider", "vibeapi", "-m", "gpt-image-2", "-r", "b64_json", "-p", "a cat", "-f", "cat.png"],
            environment: Self.vibe)
        scenario.expectSaved(result, bytes: image)
        let body = try #require(scenario.gateway.requests(to: "/v1/images/generations").first?.jsonBody)
        #expect(body["response_format"] as? String == "b64_json")
    }

    @Test func apiyiRefusesResponseFormatForGptImage2AndSaysWhereItIsAccepted() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["--provider", "apiyi", "-m", "gpt-image-2", "-r", "url", "-p", "a cat"])
        scenario.expectFailure(
            result, exitCode: 2, mentions: ["gpt-image-2 does not accept -r", "at vibeapi (--provider vibeapi)"])
        #expect(scenario.gateway.requests.isEmpty)
    }

    @Test func vibeAPIRefusesATransparentBackgroundWithItsOwnReasonBeforeSending() throws {
        let scenario = try Self.scenario(image: TestImages.png(width: 8, height: 8))
        for endpoint in [["-m", "gpt-image-2"], ["--endpoint", "responses"]] {
            let result = try scenario.run(
                ["--provider", "vibeapi"] + endpoint + ["--background", "transparent", "-p", "a logo"],
                environment: Self.vibe)
            scenario.expectFailure(
                result, exitCode: 2,
                mentions: ["does not support a transparent background", "--background opaque", "--provider openai"])
        }
        #expect(scenario.gateway.requests.isEmpty, "refused before anything is sent or billed")
        let opaque = try scenario.run(
            ["--provider", "vibeapi", "-m", "gpt-image-2", "--background", "opaque", "-p", "a logo", "-f", "l.png"],
            environment: Self.vibe)
        scenario.expectSaved(opaque)
    }

    @Test func openAIAndAPIYIStillTakeATransparentBackground() throws {
        for provider in ["openai", "apiyi"] {
            let scenario = try Scenario()
            let result = try scenario.run(
                [
                    "--provider", provider, "-m", "gpt-image-2", "--background", "transparent", "-p", "a logo",
                    "-f", "logo.png",
                ],
                environment: ["OPENAI_API_KEY": CLIRunner.markerKey])
            scenario.expectSaved(result)
            let body = try #require(scenario.gateway.requests(to: "/v1/images/generations").first?.jsonBody)
            #expect(body["background"] as? String == "transparent")
        }
    }

    @Test func aModelTheProviderDoesNotServeIsRefusedNamingWhoServesIt() throws {
        let scenario = try Scenario()
        let result = try scenario.run(
            ["--provider", "vibeapi", "-m", "gpt-image-2-vip", "-p", "a cat"], environment: Self.vibe)
        scenario.expectFailure(
            result, exitCode: 2,
            mentions: ["vibeapi does not offer gpt-image-2-vip", "--provider apiyi", "gpt-image-2, gpt-5.5"])
        #expect(scenario.gateway.requests.isEmpty)
    }

    @Test func aBatchChecksItsItemsAgainstTheProvidersRows() throws {
        let image = TestImages.webp(width: 30, height: 40)
        let scenario = try Self.scenario(image: image)
        try scenario.write(
            Data(#"{"prompts": [{"prompt": "a cat", "filename": "cat.webp", "response_format": "url"}]}"#.utf8),
            to: "jobs.json")
        let refused = try scenario.run(["batch", "jobs.json", "-m", "gpt-image-2"])
        #expect(refused.exitCode == 2, "\(refused.stderr)")
        #expect(refused.stderr.contains("--provider vibeapi"), "\(refused.stderr)")
        let result = try scenario.run(
            ["batch", "jobs.json", "--provider", "vibeapi", "-m", "gpt-image-2"], environment: Self.vibe)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(Unstamped.contents(atPath: scenario.folder.appendingPathComponent("cat.webp").path) == image)
        #expect(scenario.gateway.requests(to: "/v1/images/generations").count == 1)
    }

    @Test func aBatchManifestCarriesNoBase64() throws {
        var junk = Data("not an image ".utf8)
        junk.append(Data(repeating: 0x41, count: 2_000_000))
        let scenario = try Self.scenario(image: junk)
        try scenario.write(Data(#"{"prompts": [{"prompt": "a cat", "response_format": "url"}]}"#.utf8), to: "jobs.json")
        let result = try scenario.run(
            ["batch", "jobs.json", "--provider", "vibeapi", "-m", "gpt-image-2", "--json"], environment: Self.vibe)
        #expect(result.exitCode == 4, "the item failed: \(result.stderr)")
        let manifest = try #require(
            FileManager.default.contents(atPath: scenario.folder.appendingPathComponent("jobs.results.json").path))
        #expect(manifest.count < 4_000, "manifest: \(manifest.count) bytes")
        #expect(result.stdout.utf8.count < 4_000 && result.stderr.utf8.count < 4_000)
        let text = String(decoding: manifest, as: UTF8.self)
        #expect(text.contains("claiming image/png") && !text.contains("QUFB"), "\(text)")
    }

    @Test func aGatewayPageEchoingBase64IsShownWithoutIt() throws {
        let scenario = try Scenario()
        let echoed = Data((0..<30_000).map { UInt8(truncatingIfNeeded: $0 * 7) }).base64EncodedString()
        let page = "<html><body><h1>Bad image</h1><pre>\(echoed)</pre></body></html>"
        scenario.gateway.enqueue(.html(status: 400, page))
        let result = try scenario.run(["-p", "a cat", "-f", "cat.png", "--json"])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("Bad image"), "\(result.stderr)")
        #expect(result.stderr.contains("<base64, "), "\(result.stderr)")
        for output in [result.stderr, result.stdout] {
            #expect(!output.contains(String(echoed.prefix(60))), "\(output)")
        }
    }

    @Test func completionsOfferTheTablesToolModels() throws {
        #expect(try DoctorAndCompletionsTests().complete(["gen-image", "--tool-model", ""]) == ["gpt-image-2"])
    }

    @Test func doctorShowsTheRowsInForceForTheChosenProvider() throws {
        let scenario = try Scenario()
        let vibe = try scenario.run(["doctor", "--provider", "vibeapi", "--timeout", "2"], environment: Self.vibe)
        #expect(
            vibe.stderr.contains(
                "info  model: gpt-image-2 at vibeapi: -r/--response-format accepted b64_json|url "
                    + "(url answers a data URI); --background accepted auto|opaque; transparent not supported"),
            "\(vibe.stderr)")
        #expect(vibe.stderr.contains("not offered at vibeapi: gpt-image-2-all, gpt-image-2-vip"))
        let apiyi = try scenario.run(["doctor", "--timeout", "2"])
        #expect(apiyi.stderr.contains("info  model: gpt-image-2 at apiyi: -r/--response-format refused"))
        #expect(apiyi.stderr.contains("info  model: gpt-image-2-vip at apiyi: offered by this provider only"))
    }
}

/// A Responses `result` holding a data URI: decoded, its claim checked against the bytes.
@Suite("Data URIs in Responses results, end to end")
struct ResponsesDataURITests {
    static func stream(result: String) -> SSEBody {
        var body = SSEBody()
        let item: [String: Any] = [
            "type": "image_generation_call", "id": "ig_1", "status": "completed", "result": result,
            "revised_prompt": "a cat",
        ]
        body.event("response.output_item.done", json: ["type": "response.output_item.done", "item": item])
        body.event(
            "response.completed",
            json: ["type": "response.completed", "response": ["status": "completed", "output": [item]]])
        return body
    }

    @Test func aResultHoldingADataURIIsSavedUnderTheFormatOfItsBytes() throws {
        let scenario = try Scenario()
        let jpeg = TestImages.jpeg(width: 80, height: 60)
        scenario.gateway.enqueue(
            .eventStream(Self.stream(result: "data:image/png;base64," + jpeg.base64EncodedString())))
        let result = try scenario.run(["--endpoint", "responses", "-p", "a cat", "-f", "cat.png"])
        let saved = scenario.expectSaved(result, bytes: jpeg)
        #expect(saved?.pathExtension == "jpg")
        #expect(result.stderr.contains("warning: the image is JPEG but the file name had .png"), "\(result.stderr)")
        #expect(result.stderr.contains("result claims image/png but holds JPEG bytes"), "\(result.stderr)")
    }

    @Test func aResultWhoseDataURIHoldsNoImageFailsWithTypeAndLengthOnly() throws {
        let scenario = try Scenario()
        let junk = Data(repeating: 0x41, count: 300_000)
        scenario.gateway.enqueue(
            .eventStream(Self.stream(result: "data:image/webp;base64," + junk.base64EncodedString())))
        let result = try scenario.run(["--endpoint", "responses", "-p", "a cat", "-f", "cat.png"])
        scenario.expectFailure(result, exitCode: 1, mentions: ["result", "claiming image/webp", "300 KB"])
        #expect(result.stderr.utf8.count < 2_000 && !result.stderr.contains("QUFB"), "\(result.stderr)")
    }
}
