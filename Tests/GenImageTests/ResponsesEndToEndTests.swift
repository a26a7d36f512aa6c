import FakeGateway
import Foundation
import Testing

/// `--endpoint responses` through the real binary: a text model drives gpt-image-2's image tool over a
/// stream; every image it delivers is saved, the revised prompt is shown, failures are clear.
@Suite("Responses API, end to end")
struct ResponsesEndToEndTests {
    static let final = TestImages.png(width: 64, height: 48)

    @Test func theRequestHasTheShapeVibeAPIRequires() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["--endpoint", "responses", "-p", "一只猫 \"quoted\"\nsecond line", "-f", "cat.png"])
        scenario.expectSaved(result, bytes: Self.final)
        let request = try #require(scenario.gateway.requests(to: "/v1/responses").first)
        #expect(request.header("Accept") == "text/event-stream")
        #expect(request.header("Content-Type") == "application/json")
        let body = try #require(request.jsonBody)
        #expect(Set(body.keys) == ["model", "instructions", "input", "stream", "tools"])
        #expect(body["model"] as? String == "gpt-5.5")
        #expect((body["instructions"] as? String)?.isEmpty == false)
        #expect(body["stream"] as? Bool == true)
        let input = try #require(body["input"] as? [[String: Any]])
        #expect(input.count == 1 && input[0]["role"] as? String == "user")
        let content = try #require(input[0]["content"] as? [[String: Any]])
        #expect(content.count == 1)
        #expect(content[0]["type"] as? String == "input_text")
        #expect(content[0]["text"] as? String == "一只猫 \"quoted\"\nsecond line", "the prompt is sent exactly as given")
        let tools = try #require(body["tools"] as? [[String: Any]])
        #expect(tools.count == 1)
        #expect(tools[0]["type"] as? String == "image_generation")
        #expect(Set(tools[0].keys) == ["type"], "no tool model (as VibeAPI documents) and only the options given")
        #expect(result.stderr.contains("with gpt-5.5 → gpt-image-2 (responses endpoint, streamed)"))
        // A line break in the model's words is shown as a space: text from outside cannot start a line.
        #expect(result.stderr.contains("gen-image: revised prompt: Revised: 一只猫 \"quoted\" second line"))
    }

    @Test func inputsOptionsInstructionsAndActionGoWhereTheSchemaPutsThem() throws {
        let scenario = try Scenario()
        let inputs = try scenario.writeThreeInputs()
        let result = try scenario.run([
            "--endpoint", "responses", "-p", "Put image 1 into image 2", "-i", "a.png", "b.jpg", "c.webp",
            "-s", "1536x1024", "-q", "low", "-o", "webp", "-c", "50", "--moderation", "low", "--background", "opaque",
            "--partial-images", "2", "--action", "edit", "--instructions", "Make exactly one image.", "-f", "out.png",
        ])
        scenario.expectSaved(result, bytes: Self.final)
        let body = try #require(scenario.gateway.requests(to: "/v1/responses").first?.jsonBody)
        #expect(body["instructions"] as? String == "Make exactly one image.")
        let content = try #require((body["input"] as? [[String: Any]])?.first?["content"] as? [[String: Any]])
        #expect(content.map { $0["type"] as? String } == ["input_text", "input_image", "input_image", "input_image"])
        let urls = content.dropFirst().compactMap { $0["image_url"] as? String }
        #expect(
            urls == [
                "data:image/png;base64," + inputs[0].base64EncodedString(),
                "data:image/jpeg;base64," + inputs[1].base64EncodedString(),
                "data:image/webp;base64," + inputs[2].base64EncodedString(),
            ])
        let tool = try #require((body["tools"] as? [[String: Any]])?.first)
        #expect(tool["size"] as? String == "1536x1024")
        #expect(tool["quality"] as? String == "low")
        #expect(tool["output_format"] as? String == "webp")
        #expect(tool["output_compression"] as? Int == 50)
        #expect(tool["moderation"] as? String == "low")
        #expect(tool["background"] as? String == "opaque")
        #expect(tool["partial_images"] as? Int == 2)
        #expect(tool["action"] as? String == "edit")
        #expect(result.stderr.contains("partial image 1/2") && result.stderr.contains("partial image 2/2"))
        #expect(result.stderr.contains("fuse 3 images with gpt-5.5 → gpt-image-2"))
    }

    @Test func severalImagesAreAllSavedWithNumberedNames() throws {
        let scenario = try Scenario()
        let images = [
            TestImages.png(width: 40, height: 40), TestImages.jpeg(width: 50, height: 30),
            TestImages.png(width: 30, height: 60),
        ]
        let calls = images.enumerated().map { index, image in
            StreamShapes.ResponsesImage(
                id: "ig_\(index)", partials: [StreamShapes.partialImage(index)], result: image,
                revisedPrompt: "shape \(index + 1)")
        }
        scenario.gateway.enqueue(.splitEventStream(StreamShapes.responses(images: calls, keepalives: true)))
        let result = try scenario.run([
            "--endpoint", "responses", "-p", "Generate 3 images: a circle, a square, a triangle", "-f", "shapes.png",
        ])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let folder = scenario.folder.standardizedFileURL.path
        #expect(result.stdoutLines == ["\(folder)/shapes-1.png", "\(folder)/shapes-2.jpg", "\(folder)/shapes-3.png"])
        for (line, image) in zip(result.stdoutLines, images) {
            #expect(Unstamped.contents(atPath: line) == image)
        }
        #expect(scenario.files == ["shapes-1.png", "shapes-2.jpg", "shapes-3.png"])
        for number in 1...3 {
            #expect(result.stderr.contains("gen-image: revised prompt: shape \(number)"))
            #expect(result.stderr.contains("image \(number) received"))
        }
        #expect(result.stderr.contains("image 2: partial image 1 at "))
        #expect(result.stderr.contains("the image is JPEG but the file name had .png; saved as shapes-2.jpg"))
    }

    @Test func anImageDeliveredOnlyAsAPartialImageIsSaved() throws {
        // VibeAPI's documented stream: the image data is in partial_image_b64, output_item.done has no result.
        let scenario = try Scenario()
        let call = StreamShapes.ResponsesImage(id: "ig_v", partials: [Self.final], result: nil, revisedPrompt: "a cat")
        scenario.gateway.enqueue(.eventStream(StreamShapes.responses(images: [call], keepalives: true)))
        let result = try scenario.run(["--endpoint", "responses", "-p", "a cat", "-f", "cat.png"])
        scenario.expectSaved(result, bytes: Self.final)
        #expect(scenario.files == ["cat.png"])
    }

    @Test func keepPartialsOnTheResponsesEndpoint() throws {
        let scenario = try Scenario()
        let result = try scenario.run([
            "--endpoint", "responses", "-p", "a cat", "--partial-images", "2", "--keep-partials", "-f", "cat.png",
        ])
        scenario.expectSaved(result, bytes: Self.final)
        #expect(scenario.files == ["cat.partial-1.png", "cat.partial-2.png", "cat.png"])
    }

    @Test func anErrorEventFailsAndLeavesNothing() throws {
        let scenario = try Scenario()
        var body = StreamShapes.responses(images: [], completed: false)
        body.event("error", json: StreamShapes.responsesError(code: "server_error", message: "The image tool crashed"))
        scenario.gateway.enqueue(.eventStream(body, chunkSizes: [5, 50]))
        let result = try scenario.run(["--endpoint", "responses", "-p", "x", "-f", "x.png"])
        scenario.expectFailure(
            result, exitCode: 1,
            mentions: ["the stream reported an error: The image tool crashed", "api code: server_error"])
    }

    @Test func aFailedResponseForContentIsAContentBlock() throws {
        let scenario = try Scenario()
        var body = StreamShapes.responses(images: [], completed: false)
        body.event(
            "response.failed",
            json: [
                "type": "response.failed",
                "response": [
                    "status": "failed",
                    "error": ["code": "image_content_policy_violation", "message": "The prompt violates our policy"],
                ],
            ])
        scenario.gateway.enqueue(.eventStream(body))
        let result = try scenario.run(["--endpoint", "responses", "-p", "x", "-f", "x.png"])
        scenario.expectFailure(
            result, exitCode: 1, mentions: ["the response failed: The prompt violates", "change the prompt"])
    }

    @Test func aTextOnlyAnswerIsNoImage() throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(
            .eventStream(StreamShapes.responses(images: [], text: "Which colour should the cat be?")))
        let result = try scenario.run(["--endpoint", "responses", "-p", "a cat", "-f", "x.png"])
        scenario.expectFailure(
            result, exitCode: 1,
            mentions: ["the model answered with text instead of an image: Which colour should the cat be?"])
    }

    @Test func aStreamCutOffMidEventLeavesNothing() throws {
        let scenario = try Scenario()
        let call = StreamShapes.ResponsesImage(id: "ig_1", partials: [StreamShapes.partialImage(0)], result: Self.final)
        let body = StreamShapes.responses(images: [call]).dropping(last: 2_000)
        scenario.gateway.enqueue(.splitEventStream(body))
        let result = try scenario.run(["--endpoint", "responses", "-p", "x", "--keep-partials", "-f", "x.png"])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("was cut off in the middle of an event"))
        #expect(scenario.files == ["x.partial-1.png"], "only the partial image asked for is left")
    }

    @Test func finishedImagesOfAStreamWithoutItsClosingEventAreSavedWithAWarning() throws {
        let scenario = try Scenario()
        let call = StreamShapes.ResponsesImage(id: "ig_1", result: Self.final)
        scenario.gateway.enqueue(.eventStream(StreamShapes.responses(images: [call], completed: false)))
        let result = try scenario.run(["--endpoint", "responses", "-p", "x", "-f", "x.png"])
        scenario.expectSaved(result, bytes: Self.final)
        #expect(
            result.stderr.contains("warning: the stream ended without its closing event; saved the 1 finished image"))
    }

    @Test func aPartialImageAloneIsNotTakenFromAnUnfinishedStream() throws {
        let scenario = try Scenario()
        let call = StreamShapes.ResponsesImage(id: "ig_1", partials: [StreamShapes.partialImage(0)], result: nil)
        scenario.gateway.enqueue(.eventStream(StreamShapes.responses(images: [call], completed: false)))
        let result = try scenario.run(["--endpoint", "responses", "-p", "x", "-f", "x.png"])
        scenario.expectFailure(
            result, exitCode: 1, mentions: ["ended before the image was finished (1 partial image came)"])
    }

    @Test func instructionsAreRequiredByTheGatewayAndAlwaysSent() throws {
        // The fake gateway answers 400 "Instructions are required" like VibeAPI; the default avoids it.
        let scenario = try Scenario()
        let result = try scenario.run(["-m", "gpt-5.5", "-p", "x", "-f", "x.png"])
        scenario.expectSaved(result, bytes: Self.final)
        #expect(scenario.gateway.requests(to: "/v1/responses").count == 1)
    }

    @Test func anotherTextModelIsSentAsGiven() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["--endpoint", "responses", "-m", "gpt-5.4-mini", "-p", "x", "-f", "x.png"])
        scenario.expectSaved(result, bytes: Self.final)
        let body = try #require(scenario.gateway.requests(to: "/v1/responses").first?.jsonBody)
        #expect(body["model"] as? String == "gpt-5.4-mini")
        #expect((body["tools"] as? [[String: Any]])?.first?["model"] == nil)
    }

    @Test func aToolModelIsSentOnlyWhenTheUserNamesOne() throws {
        let scenario = try Scenario()
        let result = try scenario.run(
            ["--endpoint", "responses", "--tool-model", "gpt-image-2", "-q", "low", "-p", "x", "-f", "x.png"])
        scenario.expectSaved(result, bytes: Self.final)
        let tool = try #require(
            (scenario.gateway.requests(to: "/v1/responses").first?.jsonBody?["tools"] as? [[String: Any]])?.first)
        #expect(tool["model"] as? String == "gpt-image-2")
        #expect(tool["quality"] as? String == "low")
        let other = try Scenario()
        let misplaced = try other.run(["-m", "gpt-image-2", "--tool-model", "gpt-image-2", "-p", "x"])
        other.expectFailure(misplaced, exitCode: 2, mentions: ["--tool-model only applies", "--endpoint responses"])
        #expect(other.gateway.requests.isEmpty)
    }

    @Test func dryRunShowsTheStreamedRequestAndSendsNothing() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["--dry-run", "--endpoint", "responses", "-p", "x", "--partial-images", "2"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.contains("POST \(scenario.gateway.baseURL)/responses"))
        #expect(result.stdout.contains("Accept: text/event-stream"))
        #expect(result.stdout.contains("\"partial_images\" : 2"))
        #expect(scenario.gateway.requests.isEmpty)
    }

    @Test func anImageModelFromTheEnvironmentDoesNotBecomeTheTextModel() throws {
        let scenario = try Scenario()
        let result = try scenario.run(
            ["--endpoint", "responses", "-p", "x", "-f", "x.png"], environment: ["GEN_IMAGE_MODEL": "gpt-image-2-vip"])
        scenario.expectSaved(result)
        #expect(scenario.gateway.requests(to: "/v1/responses").first?.jsonBody?["model"] as? String == "gpt-5.5")
    }
}
