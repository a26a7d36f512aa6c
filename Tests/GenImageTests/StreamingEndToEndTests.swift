import FakeGateway
import Foundation
import Testing

/// `--stream` on the Images API through the real binary: partial images on the progress line (or saved with
/// `--keep-partials`), the final image saved as usual, and every way a stream can go wrong.
@Suite("Images API streaming, end to end")
struct StreamingEndToEndTests {
    static let final = TestImages.png(width: 64, height: 48)
    static let partials = (0..<3).map(StreamShapes.partialImage)

    @Test func partialImagesUpdateProgressAndOnlyTheFinalImageIsSaved() throws {
        let scenario = try Scenario()
        let result = try scenario.run([
            "-m", "gpt-image-2", "-p", "A red fox", "--stream", "--partial-images", "2", "-f", "fox.png",
        ])
        scenario.expectSaved(result, bytes: Self.final)
        let request = try #require(scenario.gateway.requests(to: "/v1/images/generations").first)
        let body = try #require(request.jsonBody)
        #expect(body["stream"] as? Bool == true)
        #expect(body["partial_images"] as? Int == 2)
        #expect(body["prompt"] as? String == "A red fox")
        #expect(request.header("Accept") == "text/event-stream")
        #expect(result.stderr.contains("gen-image: partial image 1/2 at "))
        #expect(result.stderr.contains("gen-image: partial image 2/2 at "))
        #expect(result.stderr.contains("(images endpoint, streamed)"))
        #expect(scenario.files == ["fox.png"])
    }

    @Test func keepPartialsSavesEachPartialBesideTheFinalImage() throws {
        let scenario = try Scenario()
        let result = try scenario.run([
            "-m", "gpt-image-2", "-p", "A red fox", "--stream", "--partial-images", "3", "--keep-partials", "-f",
            "fox.png",
        ])
        scenario.expectSaved(result, bytes: Self.final)
        #expect(scenario.files == ["fox.partial-1.png", "fox.partial-2.png", "fox.partial-3.png", "fox.png"])
        for index in 0..<3 {
            let url = scenario.folder.appendingPathComponent("fox.partial-\(index + 1).png")
            #expect(Unstamped.contents(atPath: url.path) == Self.partials[index])
            #expect(result.stderr.contains("partial image \(index + 1)/3 at "))
            #expect(result.stderr.contains("→ \(url.standardizedFileURL.path)"))
        }
        #expect(result.stdoutLines.count == 1, "partials are not results")
    }

    @Test func keepPartialsWithAnAutomaticNameSharesTheFinalImagesName() throws {
        let scenario = try Scenario()
        let result = try scenario.run([
            "-m", "gpt-image-2", "-p", "A red fox", "--stream", "--partial-images", "1", "--keep-partials",
        ])
        let saved = try #require(scenario.expectSaved(result, bytes: Self.final))
        let stem = saved.deletingPathExtension().lastPathComponent
        #expect(stem.contains("-a-red-fox-"))
        #expect(scenario.files == ["\(stem).partial-1.png", "\(stem).png"])
    }

    @Test func editsStreamAsMultipartFields() throws {
        let scenario = try Scenario()
        try scenario.write(TestImages.png(width: 64, height: 64), to: "in.png")
        let result = try scenario.run([
            "-m", "gpt-image-2", "-p", "Add a rainbow", "-i", "in.png", "--stream", "--partial-images", "1",
            "--moderation", "low", "--background", "opaque", "-f", "out.png",
        ])
        scenario.expectSaved(result, bytes: Self.final)
        let parts = try #require(scenario.gateway.requests(to: "/v1/images/edits").first).multipartParts
        #expect(
            parts.map(\.name) == ["model", "prompt", "background", "moderation", "stream", "partial_images", "image[]"])
        #expect(parts.first { $0.name == "stream" }?.text == "true")
        #expect(parts.first { $0.name == "partial_images" }?.text == "1")
        #expect(result.stderr.contains("partial image 1/1"))
    }

    @Test func eventsSplitAtArbitraryBytesWithKeepalivesAndCRLF() throws {
        let scenario = try Scenario()
        let body = StreamShapes.images(partials: Self.partials, final: Self.final, keepalives: true, lineEnding: "\r\n")
        scenario.gateway.enqueue(.splitEventStream(body, bytesPerWrite: 61), for: "/v1/images/generations")
        let result = try scenario.run([
            "-m", "gpt-image-2", "-p", "x", "--stream", "--partial-images", "3", "--keep-partials", "-f", "x.png",
        ])
        scenario.expectSaved(result, bytes: Self.final)
        for index in 0..<3 {
            let url = scenario.folder.appendingPathComponent("x.partial-\(index + 1).png")
            #expect(Unstamped.contents(atPath: url.path) == Self.partials[index])
        }
    }

    @Test func anErrorEventFailsAndKeepsOnlyThePartialsAskedFor() throws {
        let scenario = try Scenario()
        var body = SSEBody()
        body.event(
            "image_generation.partial_image",
            json: StreamShapes.imagesPartial(kind: "image_generation", index: 0, image: Self.partials[0]))
        body.event(
            "error",
            json: [
                "error": [
                    "message": "The upstream image service failed", "type": "server_error", "code": "server_error",
                ]
            ])
        scenario.gateway.enqueue(.eventStream(body, chunkSizes: [7, 300]), for: "/v1/images/generations")
        let result = try scenario.run([
            "-m", "gpt-image-2", "-p", "x", "--stream", "--partial-images", "2", "--keep-partials", "-f", "x.png",
        ])
        #expect(result.exitCode == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("the stream reported an error: The upstream image service failed"))
        #expect(result.stderr.contains("the 1 partial image is kept"))
        #expect(result.stderr.contains("api code: server_error"))
        #expect(scenario.files == ["x.partial-1.png"])
        #expect(
            scenario.gateway.requests(to: "/v1/images/generations").count == 1, "a started stream is never sent again")
    }

    @Test func aContentBlockInTheStreamIsSaidSo() throws {
        let scenario = try Scenario()
        var body = SSEBody()
        body.event(
            "error",
            json: StreamShapes.responsesError(
                code: "moderation_blocked", message: "Your request was rejected by the safety system"))
        scenario.gateway.enqueue(.eventStream(body), for: "/v1/images/generations")
        let result = try scenario.run(["-m", "gpt-image-2", "-p", "x", "--stream"])
        scenario.expectFailure(result, exitCode: 1, mentions: ["rejected by the safety system", "change the prompt"])
    }

    @Test func aStreamCutOffMidEventIsAnErrorAndLeavesNothing() throws {
        let scenario = try Scenario()
        let body = StreamShapes.images(partials: [Self.partials[0]], final: Self.final).dropping(last: 500)
        scenario.gateway.enqueue(.splitEventStream(body), for: "/v1/images/generations")
        let result = try scenario.run([
            "-m", "gpt-image-2", "-p", "x", "--stream", "--partial-images", "1", "-f", "x.png",
        ])
        scenario.expectFailure(result, exitCode: 1, mentions: ["was cut off in the middle of an event"])
    }

    @Test func aConnectionCutMidStreamIsAnErrorAndLeavesNothing() throws {
        let scenario = try Scenario()
        let body = StreamShapes.images(partials: [Self.partials[0]], final: Self.final)
        var response = FakeResponse.eventStream(body, chunkSizes: [100], terminated: false)
        response.bodyMode = .truncated(sendBytes: response.body.count - 700)
        scenario.gateway.enqueue(response, for: "/v1/images/generations")
        let result = try scenario.run([
            "-m", "gpt-image-2", "-p", "x", "--stream", "--partial-images", "1", "-f", "x.png",
        ])
        scenario.expectFailure(result, exitCode: 1, mentions: ["cut off"])
    }

    @Test func aStreamThatEndsWithoutTheImageIsAnError() throws {
        let scenario = try Scenario()
        var body = SSEBody()
        body.comment()
        body.event(
            "image_generation.partial_image",
            json: StreamShapes.imagesPartial(kind: "image_generation", index: 0, image: Self.partials[0]))
        body.comment()
        scenario.gateway.enqueue(.eventStream(body), for: "/v1/images/generations")
        let result = try scenario.run([
            "-m", "gpt-image-2", "-p", "x", "--stream", "--partial-images", "1", "-f", "x.png",
        ])
        scenario.expectFailure(
            result, exitCode: 1, mentions: ["ended before the image was finished (1 partial image came)"])
    }

    @Test func anEmptyStreamIsAnError() throws {
        let scenario = try Scenario()
        var body = SSEBody()
        body.comment()
        scenario.gateway.enqueue(.eventStream(body), for: "/v1/images/generations")
        let result = try scenario.run(["-m", "gpt-image-2", "-p", "x", "--stream"])
        scenario.expectFailure(result, exitCode: 1, mentions: ["ended before any event"])
    }

    @Test func aGatewayThatIgnoresStreamStillDeliversTheImage() throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(.imagesB64(Self.final), for: "/v1/images/generations")
        let result = try scenario.run([
            "-m", "gpt-image-2", "-p", "x", "--stream", "--partial-images", "2", "-f", "x.png",
        ])
        scenario.expectSaved(result, bytes: Self.final)
        #expect(!result.stderr.contains("partial image"))
    }

    @Test func anHTTPErrorBeforeTheStreamIsReportedAndOverloadIsRetried() throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(.error(status: 400, message: "Invalid partial_images", code: "invalid_value"))
        let refused = try scenario.run(["-m", "gpt-image-2", "-p", "x", "--stream"])
        scenario.expectFailure(refused, exitCode: 1, mentions: ["HTTP 400", "Invalid partial_images"])
        #expect(scenario.gateway.requests.count == 1)

        let retried = try Scenario()
        retried.gateway.enqueue(.error(status: 503, message: "busy"))
        let result = try retried.run([
            "-m", "gpt-image-2", "-p", "x", "--stream", "--partial-images", "1", "-f", "x.png",
        ])
        retried.expectSaved(result, bytes: Self.final)
        #expect(retried.gateway.requests(to: "/v1/images/generations").count == 2)
        #expect(result.stderr.contains("partial image 1/1"))
    }

    /// One partial image at once, then `keepalives` comments trickling in at 1,000 bytes per 0.1 s, then the
    /// final image.
    static func slowStream(keepalives: Int) -> FakeResponse {
        var body = SSEBody()
        body.event(
            "image_generation.partial_image",
            json: StreamShapes.imagesPartial(kind: "image_generation", index: 0, image: Self.partials[0]))
        for _ in 0..<keepalives { body.comment() }
        body.event(
            "image_generation.completed",
            json: StreamShapes.imagesCompleted(kind: "image_generation", image: Self.final))
        var response = FakeResponse.eventStream(body, chunkSizes: [2_000, 16])
        response.bodyMode = .trickle(bytesPerChunk: 1_000, interval: 0.1)
        return response
    }

    @Test func theDeadlineBoundsTheWholeStream() throws {
        let scenario = try Scenario()
        // The first write carries the partial image; the rest trickles in for about two seconds.
        let response = Self.slowStream(keepalives: 100)
        scenario.gateway.enqueue(response, for: "/v1/images/generations")
        let started = Date()
        let result = try scenario.run([
            "-m", "gpt-image-2", "-p", "x", "--stream", "--partial-images", "1", "--timeout", "1", "-f", "x.png",
        ])
        #expect(Date().timeIntervalSince(started) < 8)
        scenario.expectFailure(result, exitCode: 1, mentions: ["did not arrive within 1 s (1 partial image came)"])
    }

    @Test func ctrlCMidStreamStopsAndKeepsOnlyThePartialsAskedFor() throws {
        let scenario = try Scenario()
        let response = Self.slowStream(keepalives: 400)
        scenario.gateway.enqueue(response, for: "/v1/images/generations")
        let partial = scenario.folder.appendingPathComponent("x.partial-1.png").path
        let result = try scenario.run(
            ["-m", "gpt-image-2", "-p", "x", "--stream", "--partial-images", "1", "--keep-partials", "-f", "x.png"],
            interrupt: .init(signal: SIGINT, when: { FileManager.default.fileExists(atPath: partial) }))
        #expect(result.exitCode == 130, "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("the request was cancelled"))
        #expect(result.stderr.contains("only the 1 partial image asked for is kept"))
        #expect(scenario.files == ["x.partial-1.png"], "left behind: \(scenario.files)")
    }

    @Test func withoutMStreamPicksGptImage2() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["-p", "x", "--stream", "-f", "x.png"])
        scenario.expectSaved(result, bytes: Self.final)
        #expect(result.stderr.contains("using gpt-image-2 because --stream was given"))
        #expect(scenario.gateway.requests(to: "/v1/images/generations").first?.jsonBody?["stream"] as? Bool == true)
    }

    @Test func moderationAndBackgroundAreSentToTheImagesAPI() throws {
        let scenario = try Scenario()
        let result = try scenario.run([
            "-m", "gpt-image-2", "-p", "A logo", "--moderation", "low", "--background", "transparent", "-o", "webp",
            "-f", "logo.png",
        ])
        scenario.expectSaved(result)
        let body = try #require(scenario.gateway.requests(to: "/v1/images/generations").first?.jsonBody)
        #expect(body["moderation"] as? String == "low")
        #expect(body["background"] as? String == "transparent")
        #expect(body["output_format"] as? String == "webp")
        #expect(body["stream"] == nil)
    }
}
