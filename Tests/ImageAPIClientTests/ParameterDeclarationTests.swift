import FakeGateway
import Foundation
import Testing

@testable import ImageAPIClient

/// Each parameter's one declaration decides what each backend writes, what the fingerprint covers and what may
/// switch the automatic model: every case against every API, by the bodies the backends really write.
@Suite("Parameter declarations")
struct ParameterDeclarationTests {
    /// A checked PNG on disk, for the mask and the input image of an edit.
    final class Files {
        let folder: TemporaryFolder
        let input: InputImage
        let mask: InputImage

        init() throws {
            folder = try TemporaryFolder()
            let png = TestImages.png(width: 8, height: 8)
            let inputURL = folder.url.appendingPathComponent("in.png")
            let maskURL = folder.url.appendingPathComponent("mask.png")
            try png.write(to: inputURL)
            try TestImages.png(width: 8, height: 8, grayscale: true).write(to: maskURL)
            input = InputImage(url: inputURL, format: .png, byteCount: png.count)
            mask = InputImage(url: maskURL, format: .png, byteCount: png.count)
        }
    }

    /// A value of the kind `option`'s rule checks: the backends write what the planner hands them.
    static func sample(_ option: ImageOption, files: Files) throws -> ParameterValue {
        switch option.rule {
        case .choice: return .text("b64_json")
        case .size: return .size(try #require(ImageSize(parsing: "1024x1024")))
        case .integer(let range, _, _): return .integer(max(range.lowerBound, min(2, range.upperBound)))
        case .flag: return .flag
        case .file: return .file(files.mask)
        case .text: return .text("be brief")
        }
    }

    /// A plan for `endpoint` holding `parameters` (plus `stream` on the Responses API, as the planner adds).
    static func planned(
        _ parameters: [ImageOption: ParameterValue], endpoint: Endpoint, inputs: [InputImage] = []
    ) -> PlannedJob {
        var checked = Parameters()
        for (option, value) in parameters { checked[option] = value }
        if endpoint == .responses { checked[.stream] = .flag }
        let spec = endpoint == .responses ? ModelCatalog.gpt55 : ModelCatalog.gptImage2
        return PlannedJob(
            spec: spec, endpoint: endpoint, mode: ImageMode(inputCount: inputs.count), parameters: checked,
            inputs: inputs, output: .automatic(directory: URL(fileURLWithPath: "/tmp")), timeout: 60, notes: [],
            userPrompt: "a fox")
    }

    /// The keys a backend wrote beyond those every request of its shape holds; for the Responses API, the
    /// top-level ones and those of its image tool.
    static func optionKeys(of planned: PlannedJob) throws -> Set<String> {
        let request = planned.backend.request(for: planned) { "b" }
        switch request.body {
        case .multipart(_, let parts):
            return Set(parts.map(\.name)).subtracting(["model", "prompt", "image[]"])
        case .json(let json):
            guard case .object(let members) = json else { throw Failure("not an object") }
            var keys = Set(members.map(\.key))
            switch planned.endpoint {
            case .chat: keys.subtract(["model", "messages"])
            case .images: keys.subtract(["model", "prompt"])
            case .responses:
                keys.subtract(["model", "instructions", "input", "stream", "tools"])
                guard case .array(let tools)? = members.first(where: { $0.key == "tools" })?.value,
                    case .object(let tool)? = tools.first
                else { throw Failure("no image tool") }
                keys.formUnion(tool.map(\.key).filter { $0 != "type" })
            }
            return keys
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// What a request to `endpoint` holds for `option` by its declaration: its field where it opted in, nothing
    /// elsewhere. A file is a part of the edits form only; text sits beside the tool as `instructions`, which
    /// every Responses request holds; the Responses API always streams; partial images travel after `stream`.
    static func expectedKeys(_ option: ImageOption, endpoint: Endpoint, edit: Bool) -> Set<String> {
        guard option.isSent(on: endpoint) else { return [] }
        switch option.rule {
        case .file: return endpoint == .images && edit ? [option.rawValue] : []
        case .text: return []
        case .choice, .size, .integer, .flag: break
        }
        if endpoint == .responses, option == .stream { return [] }
        if endpoint == .images, option == .partialImages { return ["stream", option.rawValue] }
        return [option.rawValue]
    }

    @Test(arguments: ImageOption.allCases, Endpoint.allCases)
    func eachBackendWritesExactlyTheParametersDeclaredForIt(option: ImageOption, endpoint: Endpoint) throws {
        let files = try Files()
        var parameters = [option: try Self.sample(option, files: files)]
        // The Images API sends partial images only in a stream, so they are asked for in one.
        if option == .partialImages, endpoint == .images { parameters[.stream] = .flag }
        for edit in [false, true] {
            let planned = Self.planned(parameters, endpoint: endpoint, inputs: edit ? [files.input] : [])
            #expect(
                try Self.optionKeys(of: planned) == Self.expectedKeys(option, endpoint: endpoint, edit: edit),
                "\(option.rawValue) on \(endpoint.rawValue)\(edit ? " (edit)" : "")")
        }
    }

    @Test func theChatBodyHoldsOnlyWhatTheChatEndpointTakesWhateverThePlanHolds() throws {
        let files = try Files()
        var every: [ImageOption: ParameterValue] = [:]
        for option in ImageOption.allCases { every[option] = try Self.sample(option, files: files) }
        for inputs in [[], [files.input]] {
            let keys = try Self.optionKeys(of: Self.planned(every, endpoint: .chat, inputs: inputs))
            #expect(
                keys
                    == [
                        "size", "quality", "output_format", "output_compression", "background", "moderation",
                        "response_format",
                    ])
        }
        // The declarations agree with the typed body: an option declared as sent on chat has a member there.
        let typed = Set(ChatBody.TopLevelField.allCases.map(\.option)).union([.responseFormat])
        #expect(Set(ImageOption.allCases.filter { $0.isSent(on: .chat) }) == typed)
        // `-r url` is the chat default and is not sent; the top-level fields keep their JSON types.
        let plain = Self.planned(
            [.responseFormat: .text("url"), .outputCompression: .integer(80), .quality: .text("high")],
            endpoint: .chat)
        let request = plain.backend.request(for: plain) { "b" }
        guard case .json(.object(let members)) = request.body else { throw Failure("not a JSON object") }
        #expect(members.map(\.key) == ["model", "messages", "quality", "output_compression"])
        guard case .raw("80") = members[3].value, case .string("high") = members[2].value else {
            throw Failure("the fields lost their JSON types: \(members)")
        }
    }

    @Test(arguments: ImageOption.allCases)
    func theFingerprintCoversExactlyTheParametersThatChangeTheImage(option: ImageOption) throws {
        let files = try Files()
        let without = RequestFingerprint.of(Self.planned([:], endpoint: .images, inputs: [files.input]))
        let with = RequestFingerprint.of(
            Self.planned([option: try Self.sample(option, files: files)], endpoint: .images, inputs: [files.input]))
        #expect((with != without) == option.changesImage, "\(option.rawValue)")
    }

    /// Each existing parameter's decisions, as made when they were declared: a change to one is deliberate.
    struct Row: Sendable, CustomStringConvertible {
        let option: ImageOption
        let changesImage: Bool
        let switchesModel: Bool
        let openOnUnknownModels: Bool
        let sentOn: Set<Endpoint>
        var description: String { option.rawValue }
    }

    static let rows: [Row] = [
        Row(option: .size, changesImage: true, switchesModel: true, openOnUnknownModels: true, sentOn: .all),
        Row(option: .quality, changesImage: true, switchesModel: true, openOnUnknownModels: true, sentOn: .all),
        Row(option: .outputFormat, changesImage: true, switchesModel: true, openOnUnknownModels: true, sentOn: .all),
        Row(
            option: .outputCompression, changesImage: true, switchesModel: true, openOnUnknownModels: true,
            sentOn: .all),
        Row(
            option: .responseFormat, changesImage: false, switchesModel: false, openOnUnknownModels: true,
            sentOn: [.chat, .images]),
        Row(option: .background, changesImage: true, switchesModel: true, openOnUnknownModels: false, sentOn: .all),
        Row(option: .moderation, changesImage: true, switchesModel: true, openOnUnknownModels: false, sentOn: .all),
        Row(
            option: .action, changesImage: true, switchesModel: false, openOnUnknownModels: false,
            sentOn: [.responses]),
        Row(
            option: .stream, changesImage: false, switchesModel: true, openOnUnknownModels: false,
            sentOn: [.images, .responses]),
        Row(
            option: .partialImages, changesImage: false, switchesModel: true, openOnUnknownModels: false,
            sentOn: [.images, .responses]),
        Row(
            option: .instructions, changesImage: true, switchesModel: false, openOnUnknownModels: false,
            sentOn: [.responses]),
        Row(option: .mask, changesImage: true, switchesModel: true, openOnUnknownModels: false, sentOn: [.images]),
        Row(option: .count, changesImage: false, switchesModel: false, openOnUnknownModels: true, sentOn: [.images]),
    ]

    @Test(arguments: rows)
    func theDeclaredDecisionsAreTheOnesMade(row: Row) {
        let declared = row.option.declaration
        #expect(declared.changesImage == row.changesImage)
        #expect(declared.switchesModel == row.switchesModel)
        #expect(declared.openOnUnknownModels == row.openOnUnknownModels)
        #expect(declared.sentOn == row.sentOn)
    }

    @Test func onlyAParameterDeclaredToSwitchMovesTheAutomaticChoice() throws {
        // What the default model does not take and the sized model does, given alone without -m.
        let values: [ImageOption: String] = [
            .size: "1536x1024", .quality: "low", .outputFormat: "webp", .background: "opaque", .moderation: "low",
            .stream: "true",
        ]
        for (option, value) in values {
            #expect(option.switchesModel)
            let planned = try JobPlanner.plan(ImageJob(prompt: "a cat", options: [option: value]))
            #expect(planned.model == ModelCatalog.defaultSizedModel, "\(option.rawValue)")
            #expect(planned.notes.map(\.code) == ["model_switched"], "\(option.rawValue)")
        }
        // The options that must not move it are refused by the sized model or taken by the default one.
        let allModel = try #require(ModelCatalog.spec(named: ModelCatalog.defaultModel))
        for option in ImageOption.allCases where !option.switchesModel {
            #expect(!ModelCatalog.gptImage2.accepts(option) || allModel.accepts(option), "\(option.rawValue)")
        }
    }
}

extension Set<Endpoint> {
    /// Every API.
    static var all: Set<Endpoint> { Set(Endpoint.allCases) }
}
