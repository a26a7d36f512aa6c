import Foundation
import Testing

@testable import ImageAPIClient

@Suite("Planning and routing")
struct PlannerTests {
    func plan(_ job: ImageJob) throws -> PlannedJob {
        try JobPlanner.plan(job)
    }

    func error(_ job: ImageJob) -> ImageAPIError? {
        do {
            _ = try JobPlanner.plan(job)
            return nil
        } catch {
            return error
        }
    }

    @Test func defaultsToGptImage2AllOnChat() throws {
        let planned = try plan(ImageJob(prompt: "a cat"))
        #expect(planned.model == "gpt-image-2-all")
        #expect(planned.endpoint == .chat)
        #expect(planned.mode == .generate)
        #expect(planned.timeout == 300)
        #expect(planned.notes.isEmpty)
    }

    @Test(
        "without -m, a size/quality/format/compression flag picks gpt-image-2",
        arguments: [
            ImageOptions([.size: "2048x1152"]), ImageOptions([.quality: "high"]), ImageOptions([.outputFormat: "jpeg"]),
            ImageOptions([.outputFormat: "webp", .outputCompression: "80"]),
        ])
    func sizedOptionsPickGptImage2(options: ImageOptions) throws {
        let planned = try plan(ImageJob(prompt: "a cat", options: options))
        #expect(planned.model == "gpt-image-2")
        #expect(planned.endpoint == .images)
        #expect(planned.notes.map(\.code) == ["model_switched"])
    }

    @Test func automaticChoiceTakesAModelThatAcceptsEveryOption() throws {
        let planned = try plan(
            ImageJob(prompt: "x", options: ImageOptions([.size: "2048x1152", .responseFormat: "url"])))
        #expect(planned.model == "gpt-image-2-vip")
        #expect(planned.notes.first?.message.contains("using gpt-image-2-vip because size") == true)
    }

    @Test func errorsAfterAnAutomaticSwitchSayWhyThatModel() throws {
        let failure = try #require(error(ImageJob(prompt: "x", options: ImageOptions([.quality: "best"]))))
        #expect(failure.message.contains("invalid quality 'best' for gpt-image-2"))
        #expect(failure.hint?.contains("using gpt-image-2 because quality was given") == true)
    }

    @Test func environmentModelIsUsedWhenItAcceptsTheOptions() throws {
        let planned = try plan(
            ImageJob(
                prompt: "x", model: .automatic(preferred: "gpt-image-2-vip"), options: ImageOptions([.size: "auto"])))
        #expect(planned.model == "gpt-image-2-vip")
        #expect(planned.notes.isEmpty)
    }

    @Test(
        "an explicit model rejects options it does not take, naming the flag",
        arguments: [
            ("gpt-image-2-all", ImageOptions([.size: "1024x1024"]), "size", "横版 16:9"),
            ("gpt-image-2-all", ImageOptions([.quality: "high"]), "quality", "gpt-image-2"),
            ("gpt-image-2", ImageOptions([.responseFormat: "url"]), "response_format", "base64"),
            ("gpt-image-2-vip", ImageOptions([.quality: "low"]), "quality", "size"),
            ("gpt-image-2-vip", ImageOptions([.outputFormat: "png"]), "output_format", "gpt-image-2"),
        ])
    func rejectsUnsupportedOptions(model: String, options: ImageOptions, flag: String, advice: String) throws {
        let failure = try #require(error(ImageJob(prompt: "x", model: .explicit(model), options: options)))
        #expect(failure.code == .unsupportedOption)
        #expect(failure.message.contains(flag) && failure.message.contains(model))
        #expect(failure.parameter?.rawValue == flag && failure.model == model)
        #expect(failure.hint?.contains(advice) == true)
    }

    @Test func errorsCarryTheSettingTheModelTheAllowedValuesAndARemedy() throws {
        let choice = try #require(
            error(ImageJob(prompt: "x", model: .explicit("gpt-image-2"), options: [.quality: "best"])))
        #expect(choice.parameter == .quality && choice.model == "gpt-image-2")
        #expect(choice.allowed == ["auto", "low", "medium", "high"])
        #expect(choice.remedy == .useValues(["auto", "low", "medium", "high"]))
        let range = try #require(
            error(ImageJob(prompt: "x", model: .explicit("gpt-image-2"), options: [.partialImages: "9"], stream: true)))
        #expect(range.parameter == .partialImages && range.remedy == .useWholeNumber(0...3))
        let unsupported = try #require(
            error(ImageJob(prompt: "x", model: .explicit("gpt-image-2-vip"), options: [.moderation: "low"])))
        #expect(unsupported.code == .unsupportedOption && unsupported.parameter == .moderation)
        #expect(
            unsupported.remedy
                == .dropOrUseModels(.moderation, models: ["gpt-image-2", "gpt-5.5 (--endpoint responses)"]))
        // The library names no flag: a front end spells the setting (here as a batch file would).
        let quoted = Spelling { setting, _ in "\"\(setting)\"" }
        #expect(unsupported.message(in: .en, spelling: quoted) == #"gpt-image-2-vip does not accept "moderation""#)
        #expect(unsupported.hint(in: .en, spelling: quoted)?.hasPrefix(#"drop "moderation", or use a model"#) == true)
        let model = try #require(error(ImageJob(prompt: "x", model: .explicit("dall-e-9"))))
        #expect(model.setting == .model && model.parameter == nil)
    }

    @Test func unknownModelNeedsAnEndpoint() throws {
        let failure = try #require(error(ImageJob(prompt: "x", model: .explicit("gpt-image-3"))))
        #expect(failure.code == .invalidArgument)
        #expect(failure.hint?.contains("endpoint chat") == true)
    }

    @Test func unknownModelWithEndpointFiltersNothing() throws {
        let planned = try plan(
            ImageJob(
                prompt: "x", model: .explicit("gpt-image-2.5"), endpoint: .images,
                options: ImageOptions([.size: "2K", .quality: "xhigh", .outputFormat: "avif", .responseFormat: "url"])))
        #expect(planned.endpoint == .images)
        #expect(planned.parameters[.size]?.wireText == "2K")
        #expect(planned.parameters[.quality]?.wireText == "xhigh")
        #expect(planned.parameters[.outputFormat]?.wireText == "avif")
    }

    @Test func endpointOverrideRoutesAKnownModel() throws {
        let planned = try plan(ImageJob(prompt: "x", model: .explicit("gpt-image-2-all"), endpoint: .images))
        #expect(planned.endpoint == .images)
    }

    @Test func sizeIsNormalisedBeforeSending() throws {
        let planned = try plan(ImageJob(prompt: "x", options: ImageOptions([.size: "2048 × 1152"])))
        #expect(planned.parameters[.size]?.wireText == "2048x1152")
    }

    @Test(
        "defaults: 300 s for -all and -vip, 360 s for gpt-image-2, 600 s with -q high",
        arguments: [
            ("gpt-image-2-all", nil, 300.0), ("gpt-image-2-vip", nil, 300), ("gpt-image-2", nil, 360),
            ("gpt-image-2", "high", 600), ("gpt-image-2", "low", 360),
        ] as [(String, String?, Double)])
    func defaultTimeouts(model: String, quality: String?, seconds: Double) throws {
        let planned = try plan(
            ImageJob(prompt: "x", model: .explicit(model), options: ImageOptions(quality.map { [.quality: $0] } ?? [:]))
        )
        #expect(planned.timeout == seconds)
    }

    @Test func explicitTimeoutWins() throws {
        #expect(try plan(ImageJob(prompt: "x", timeout: 12.5)).timeout == 12.5)
    }

    @Test func compressionNeedsJpegOrWebp() throws {
        let failure = try #require(
            error(
                ImageJob(
                    prompt: "x", model: .explicit("gpt-image-2"), options: ImageOptions([.outputCompression: "80"]))))
        #expect(failure.code == .invalidArgument)
        #expect(failure.hint?.contains("output_format jpeg") == true)
        let outOfRange = try #require(
            error(ImageJob(prompt: "x", options: ImageOptions([.outputFormat: "jpeg", .outputCompression: "101"]))))
        #expect(outOfRange.message.contains("101"))
    }

    @Test(
        "bad values are named",
        arguments: [
            ImageOptions([.quality: "ultra"]), ImageOptions([.outputFormat: "gif"]), ImageOptions([.size: "big"]),
        ])
    func badValues(options: ImageOptions) throws {
        let failure = try #require(error(ImageJob(prompt: "x", model: .explicit("gpt-image-2"), options: options)))
        #expect(failure.code == .invalidArgument)
    }

    @Test func jpgMeansJpeg() throws {
        let planned = try plan(ImageJob(prompt: "x", options: ImageOptions([.outputFormat: "JPG"])))
        #expect(planned.parameters[.outputFormat]?.wireText == "jpeg")
    }

    @Test func emptyPromptIsRefused() throws {
        #expect(error(ImageJob(prompt: "  \n"))?.code == .invalidArgument)
    }

    @Test func promptIsKeptExactly() throws {
        let prompt = "  横版 16:9，日落山脉风景 \"quoted\" \\ end  "
        #expect(try plan(ImageJob(prompt: prompt)).prompt == prompt)
    }
}

@Suite("Input images")
final class InputCheckTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gen-image-inputs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func file(_ name: String, _ bytes: [UInt8], size: Int? = nil) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        if let size {
            let handle = try FileHandle(forWritingTo: url)
            try handle.truncate(atOffset: UInt64(size))
            try handle.close()
        }
        return url.path
    }

    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16]
    static let webp: [UInt8] = Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WEBPVP8X".utf8)

    func check(_ paths: [String]) throws(ImageAPIError) -> ([InputImage], [Diagnostic]) {
        try InputImageChecker.check(paths, spec: ModelCatalog.gptImage2)
    }

    @Test func typesComeFromBytesNotNames() throws {
        let paths = [
            try file("a.png", Self.jpeg), try file("b.jpg", Self.webp), try file("c.webp", Self.png),
        ]
        let (inputs, notes) = try check(paths)
        #expect(inputs.map(\.format) == [.jpeg, .webp, .png])
        #expect(inputs.map(\.format.mimeType) == ["image/jpeg", "image/webp", "image/png"])
        #expect(notes.isEmpty)
    }

    @Test func missingFileIsInputNotFound() {
        #expect(throws: ImageAPIError.self) { try check([folder.appendingPathComponent("nope.png").path]) }
        do {
            _ = try check(["/definitely/missing.png"])
        } catch {
            #expect(error.code == .inputNotFound)
            #expect(error.message.contains("/definitely/missing.png"))
        }
    }

    @Test func directoryIsNotAnImage() {
        do {
            _ = try check([folder.path])
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .inputNotFound)
        }
    }

    @Test func nonImageBytesAreRefused() throws {
        let path = try file("photo.png", Array("GIF89a not really".utf8))
        do {
            _ = try check([path])
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .inputNotImage)
        }
    }

    @Test func moreThanFiveAreRefused() throws {
        let paths = try (0..<6).map { try file("i\($0).png", Self.png) }
        do {
            _ = try check(paths)
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .invalidArgument)
            #expect(error.message.contains("6"))
        }
    }

    @Test func overTenMegabytesWarnsAndOverFiftyIsRefused() throws {
        let large = try file("large.png", Self.png, size: 11 * 1024 * 1024)
        let (_, notes) = try check([large])
        #expect(notes.map(\.code) == ["input_large"])
        let huge = try file("huge.png", Self.png, size: 51 * 1024 * 1024)
        do {
            _ = try check([huge])
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .inputTooLarge)
        }
    }
}
