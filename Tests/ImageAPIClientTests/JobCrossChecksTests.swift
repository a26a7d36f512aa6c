import FakeGateway
import Foundation
import Testing

@testable import ImageAPIClient

/// `JobCrossChecks`: the checks across a job's values, each read from the model table and each failing before
/// anything is sent.
@Suite("Planning streams, the Responses endpoint, masks, moderation and background")
struct JobCrossChecksTests {
    func plan(_ job: ImageJob) throws -> PlannedJob {
        try JobPlanner.plan(job)
    }

    func failure(_ job: ImageJob) -> ImageAPIError? {
        do {
            _ = try JobPlanner.plan(job)
            return nil
        } catch {
            return error
        }
    }

    @Test func responsesEndpointDefaultsToTheTextModelDrivingGptImage2() throws {
        let planned = try plan(ImageJob(prompt: "x", endpoint: .responses))
        #expect(planned.model == "gpt-5.5")
        #expect(planned.imageModel == "gpt-image-2")
        #expect(planned.endpoint == .responses)
        #expect(planned.stream)
        #expect(planned.instructions == ModelCatalog.gpt55.defaultInstructions)
        #expect(planned.timeout == 360)
    }

    @Test func theTextModelRowTakesTheToolsColumnsFromTheTable() {
        let text = ModelCatalog.gpt55
        let tool = ModelCatalog.gptImage2
        #expect(text.imageToolModel == tool.name)
        #expect(text.qualities == tool.qualities && text.outputFormats == tool.outputFormats)
        #expect(text.moderations == tool.moderations && text.backgrounds == tool.backgrounds)
        #expect(text.streaming == .always(maxPartialImages: 3))
        #expect(!text.accepts(.mask) && !text.accepts(.responseFormat))
        #expect(text.accepts(.instructions) && text.accepts(.action))
        #expect(!tool.accepts(.instructions) && !tool.accepts(.action))
    }

    @Test func anImageModelWithTheResponsesEndpointIsExplained() throws {
        let error = try #require(failure(ImageJob(prompt: "x", model: .explicit("gpt-image-2"), endpoint: .responses)))
        #expect(error.code == .invalidArgument)
        #expect(error.message.contains("model names the text model"))
        #expect(error.hint?.contains("drop model to use gpt-5.5") == true)
    }

    @Test func aTextModelOutsideTheResponsesEndpointIsExplained() throws {
        for endpoint in [Endpoint.chat, .images] {
            let error = try #require(failure(ImageJob(prompt: "x", model: .explicit("gpt-5.5"), endpoint: endpoint)))
            #expect(error.message.contains("gpt-5.5 is a text model"))
        }
        #expect(try plan(ImageJob(prompt: "x", model: .explicit("gpt-5.5"))).endpoint == .responses)
    }

    @Test func anotherTextModelStillGetsTheToolsRules() throws {
        let planned = try plan(
            ImageJob(
                prompt: "x", model: .explicit("gpt-5.4-mini"), endpoint: .responses,
                options: ImageOptions([.size: "2048x1152"])))
        #expect(planned.model == "gpt-5.4-mini")
        #expect(planned.imageModel == "gpt-image-2")
        let error = failure(
            ImageJob(
                prompt: "x", model: .explicit("gpt-5.4-mini"), endpoint: .responses,
                options: ImageOptions([.size: "1920x1080"])))
        #expect(error?.message.contains("multiples of 16") == true)
    }

    @Test func anImageModelFromTheEnvironmentIsNotUsedAsTheTextModel() throws {
        let planned = try plan(
            ImageJob(prompt: "x", model: .automatic(preferred: "gpt-image-2-vip"), endpoint: .responses))
        #expect(planned.model == "gpt-5.5")
    }

    @Test func moderationAndBackgroundAreCheckedAgainstTheRow() throws {
        let planned = try plan(
            ImageJob(
                prompt: "x", model: .explicit("gpt-image-2"),
                options: ImageOptions([.outputFormat: "webp", .moderation: "LOW", .background: "Transparent"])))
        #expect(planned.parameters[.moderation]?.wireText == "low")
        #expect(planned.parameters[.background]?.wireText == "transparent")
        #expect(
            failure(
                ImageJob(prompt: "x", model: .explicit("gpt-image-2"), options: ImageOptions([.moderation: "high"])))?
                .message.contains("invalid moderation level 'high'") == true)
        #expect(
            failure(
                ImageJob(prompt: "x", model: .explicit("gpt-image-2"), options: ImageOptions([.background: "green"])))?
                .message.contains("invalid background 'green'") == true)
        let vip = failure(
            ImageJob(prompt: "x", model: .explicit("gpt-image-2-vip"), options: ImageOptions([.moderation: "low"])))
        #expect(vip?.code == .unsupportedOption)
        #expect(vip?.hint?.contains("gpt-image-2, gpt-5.5 (--endpoint responses)") == true)
    }

    @Test("a transparent background needs PNG or WebP", arguments: [("jpeg", false), ("png", true), ("webp", true)])
    func transparentNeedsAlphaFormats(format: String, ok: Bool) throws {
        let job = ImageJob(
            prompt: "x", model: .explicit("gpt-image-2"),
            options: ImageOptions([.outputFormat: "\(format)", .background: "transparent"]))
        #expect((failure(job) == nil) == ok)
        if !ok { #expect(failure(job)?.message == "a transparent background needs PNG or WebP output, not JPEG") }
        #expect(
            failure(
                ImageJob(
                    prompt: "x", model: .explicit("gpt-image-2"), options: ImageOptions([.background: "transparent"]))
            ) == nil)
    }

    @Test func streamingRulesComeFromTheRow() throws {
        let gpt2 = ModelChoice.explicit("gpt-image-2")
        #expect(
            try plan(ImageJob(prompt: "x", model: gpt2, options: ImageOptions([.partialImages: "3"]), stream: true))
                .stream)
        #expect(
            failure(ImageJob(prompt: "x", model: gpt2, options: ImageOptions([.partialImages: "4"]), stream: true))?
                .message == "invalid partial_images 4")
        #expect(
            failure(ImageJob(prompt: "x", model: gpt2, options: ImageOptions([.partialImages: "-1"]), stream: true))
                != nil)
        #expect(
            failure(ImageJob(prompt: "x", model: gpt2, options: ImageOptions([.partialImages: "2"])))?
                .message == "partial_images needs stream")
        #expect(
            failure(ImageJob(prompt: "x", model: gpt2, keepPartials: true))?.message == "keep_partials needs stream"
        )
        #expect(
            failure(ImageJob(prompt: "x", model: gpt2, stream: true, keepPartials: true))?
                .message == "keep_partials needs partial_images 1 to 3")
        for model in ["gpt-image-2-vip", "gpt-image-2-all"] {
            let error = failure(ImageJob(prompt: "x", model: .explicit(model), stream: true))
            #expect(error?.code == .unsupportedOption)
            #expect(error?.message == "\(model) does not accept stream")
            #expect(error?.parameter == .stream && error?.model == model)
        }
        // The Responses API always streams, so --keep-partials needs nothing more there.
        #expect(try plan(ImageJob(prompt: "x", endpoint: .responses, keepPartials: true)).keepPartials)
    }

    @Test func aFlagSetToFalseIsNotGiven() throws {
        let planned = try plan(ImageJob(prompt: "x", model: .explicit("gpt-image-2-all"), options: [.stream: "false"]))
        #expect(!planned.stream && planned.parameters[.stream] == nil)
        #expect(failure(ImageJob(prompt: "x", model: .explicit("gpt-image-2-all"), options: [.stream: "TRUE"])) != nil)
    }

    @Test func withoutMStreamingOptionsPickGptImage2() throws {
        let planned = try plan(ImageJob(prompt: "x", options: ImageOptions([.moderation: "low"]), stream: true))
        #expect(planned.model == "gpt-image-2")
        #expect(planned.notes.first?.message.contains("using gpt-image-2 because moderation") == true)
    }

    @Test func instructionsAndActionBelongToTheResponsesEndpoint() throws {
        let images = failure(ImageJob(prompt: "x", model: .explicit("gpt-image-2"), instructions: "be brief"))
        #expect(images?.message == "gpt-image-2 does not accept instructions")
        #expect(images?.hint?.contains("gpt-5.5 (--endpoint responses)") == true)
        let action = failure(
            ImageJob(prompt: "x", model: .explicit("gpt-image-2"), options: ImageOptions([.action: "edit"])))
        #expect(action?.message == "gpt-image-2 does not accept action")
        #expect(
            failure(ImageJob(prompt: "x", endpoint: .responses, instructions: "  "))?.message
                == "instructions is empty")
        #expect(
            failure(ImageJob(prompt: "x", endpoint: .responses, options: ImageOptions([.action: "edit"])))?
                .message == "action edit needs an image to edit")
        #expect(
            failure(ImageJob(prompt: "x", endpoint: .responses, options: ImageOptions([.action: "redo"])))?
                .message.contains("invalid action 'redo'") == true)
        let custom = try plan(ImageJob(prompt: "x", endpoint: .responses, instructions: "Draw exactly one image."))
        #expect(custom.instructions == "Draw exactly one image.")
    }

    @Test func unknownImagesModelsMayStreamButChatModelsMayNot() throws {
        #expect(try plan(ImageJob(prompt: "x", model: .explicit("new-model"), endpoint: .images, stream: true)).stream)
        let chat = failure(ImageJob(prompt: "x", model: .explicit("new-model"), endpoint: .chat, stream: true))
        #expect(chat?.message == "new-model does not accept stream")
    }
}

/// Each mask rule has its own test: exists, PNG, alpha channel, the first input's pixel size, under 4 MB,
/// and only with an input image, on a model whose row takes masks.
@Suite("Mask checks")
final class MaskCheckerTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gen-image-mask-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func write(_ data: Data, _ name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    func job(mask: String?, inputs: [String], model: String = "gpt-image-2", endpoint: Endpoint? = nil) -> ImageJob {
        ImageJob(prompt: "x", inputImages: inputs, model: .explicit(model), endpoint: endpoint, mask: mask)
    }

    func failure(_ job: ImageJob) -> ImageAPIError? {
        do {
            _ = try JobPlanner.plan(job)
            return nil
        } catch {
            return error
        }
    }

    @Test func aGoodMaskIsPlanned() throws {
        let input = try write(TestImages.png(width: 64, height: 48), "in.png")
        let mask = try write(TestImages.pngWithAlpha(width: 64, height: 48), "mask.png")
        let planned = try JobPlanner.plan(job(mask: mask, inputs: [input]))
        #expect(planned.mask?.url.path == mask)
        #expect(planned.notes.isEmpty)
        let grey = try write(TestImages.pngWithAlpha(width: 64, height: 48, grayscale: true), "grey.png")
        #expect(try JobPlanner.plan(job(mask: grey, inputs: [input])).mask != nil)
    }

    @Test func theMaskMustBeAPNG() throws {
        let input = try write(TestImages.jpeg(width: 64, height: 48), "in.jpg")
        let mask = try write(TestImages.jpeg(width: 64, height: 48), "mask.jpg")
        let error = failure(job(mask: mask, inputs: [input]))
        #expect(error?.code == .inputNotImage)
        #expect(error?.message.contains("the mask must be a PNG image") == true)
        #expect(error?.message.hasSuffix("mask.jpg is JPEG") == true, "\(String(describing: error))")
        let text = try write(Data("not an image at all".utf8), "mask.txt")
        #expect(failure(job(mask: text, inputs: [input]))?.message.contains("is not an image") == true)
    }

    @Test func theMaskNeedsAnAlphaChannel() throws {
        let input = try write(TestImages.png(width: 64, height: 48), "in.png")
        let mask = try write(TestImages.png(width: 64, height: 48), "rgb.png")
        let error = failure(job(mask: mask, inputs: [input]))
        #expect(error?.code == .invalidArgument)
        #expect(error?.message.contains("the mask has no alpha channel") == true)
    }

    @Test func theMaskMustMatchTheFirstInputsSize() throws {
        let first = try write(TestImages.png(width: 64, height: 48), "first.png")
        let second = try write(TestImages.png(width: 32, height: 32), "second.png")
        let mask = try write(TestImages.pngWithAlpha(width: 32, height: 32), "mask.png")
        let error = failure(job(mask: mask, inputs: [first, second]))
        #expect(
            error?.message == "the mask is 32x32 but the image to edit (first.png) is 64x48; they must be the same size"
        )
        #expect(error?.hint?.contains("resize the mask to 64x48") == true)
    }

    @Test func theMaskMustBeUnderFourMegabytes() throws {
        let input = try write(TestImages.png(width: 16, height: 16), "in.png")
        var big = TestImages.pngWithAlpha(width: 16, height: 16)
        big.append(Data(count: 4_000_000 - big.count))
        let mask = try write(big, "big.png")
        let error = failure(job(mask: mask, inputs: [input]))
        #expect(error?.code == .inputTooLarge)
        #expect(error?.message.contains("it must be under 4 MB") == true)
        var under = TestImages.pngWithAlpha(width: 16, height: 16)
        under.append(Data(count: 3_999_999 - under.count))
        #expect(failure(job(mask: try write(under, "under.png"), inputs: [input])) == nil)
    }

    @Test func aMaskNeedsAnImageToEdit() throws {
        let mask = try write(TestImages.pngWithAlpha(width: 16, height: 16), "mask.png")
        let error = failure(job(mask: mask, inputs: []))
        #expect(error?.message == "mask needs the image to edit")
    }

    @Test func aMaskNeedsAModelThatTakesOne() throws {
        let input = try write(TestImages.png(width: 16, height: 16), "in.png")
        let mask = try write(TestImages.pngWithAlpha(width: 16, height: 16), "mask.png")
        for model in ["gpt-image-2-all", "gpt-image-2-vip"] {
            let error = failure(job(mask: mask, inputs: [input], model: model))
            #expect(error?.code == .unsupportedOption)
            #expect(error?.message == "\(model) does not accept mask")
        }
        let responses = failure(job(mask: mask, inputs: [input], model: "gpt-5.5", endpoint: .responses))
        #expect(responses?.message == "gpt-5.5 does not accept mask")
    }

    @Test func aMissingMaskIsNotFound() throws {
        let input = try write(TestImages.png(width: 16, height: 16), "in.png")
        let error = failure(job(mask: folder.appendingPathComponent("nope.png").path, inputs: [input]))
        #expect(error?.code == .inputNotFound)
    }

    @Test func aJPEGImageToEditDrawsAWarning() throws {
        let input = try write(TestImages.jpeg(width: 64, height: 48), "in.jpg")
        let mask = try write(TestImages.pngWithAlpha(width: 64, height: 48), "mask.png")
        let planned = try JobPlanner.plan(job(mask: mask, inputs: [input]))
        #expect(planned.notes.map(\.code) == ["mask_format"])
    }
}
