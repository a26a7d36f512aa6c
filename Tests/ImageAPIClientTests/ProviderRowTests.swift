import Foundation
import Testing

@testable import ImageAPIClient

/// The provider rows (`ProviderModelRow`) applied to the model table: what each gateway accepts, refuses and
/// ignores, read by the planner, `doctor`, `--help` and the table in references/providers.md alike.
@Suite("Provider rows")
struct ProviderRowTests {
    static let providersPage = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("references/providers.md")

    func plan(_ job: ImageJob, at provider: Provider) throws(ImageAPIError) -> PlannedJob {
        try JobPlanner.plan(job, provider: provider)
    }

    @Test func vibeAPIWidensGptImage2WithResponseFormat() throws {
        let job = ImageJob(
            prompt: "x", model: .explicit("gpt-image-2"), options: ImageOptions([.responseFormat: "URL"]))
        #expect(try plan(job, at: .vibeapi).parameters[.responseFormat]?.wireText == "url")
        for provider in [Provider.apiyi, .openai] {
            #expect(throws: ImageAPIError.self) { try plan(job, at: provider) }
        }
        #expect(ModelCatalog.spec(named: "gpt-image-2")?.responseFormats == [], "the model's own row is unchanged")
    }

    @Test func vibeAPINarrowsTheBackgroundWithItsOwnReason() throws {
        for model in ["gpt-image-2", "gpt-5.5"] {
            let job = ImageJob(
                prompt: "x", model: .explicit(model), options: ImageOptions([.background: "Transparent"]))
            do {
                _ = try plan(job, at: .vibeapi)
                Issue.record("\(model): transparent was accepted at vibeapi")
            } catch {
                #expect(error.code == .unsupportedOption)
                #expect(error.message.contains("VibeAPI's gpt-image-2 does not support a transparent background"))
                #expect(error.hint(in: .zh)?.contains("provider openai") == true)
            }
            #expect(try plan(job, at: .openai).parameters[.background]?.wireText == "transparent")
            var opaque = job
            opaque.options[.background] = "opaque"
            #expect(try plan(opaque, at: .vibeapi).parameters[.background]?.wireText == "opaque")
        }
    }

    @Test func modelsAGatewayDoesNotServeAreRefusedAndNeverChosenAutomatically() throws {
        let vip = ImageJob(prompt: "x", model: .explicit("gpt-image-2-vip"))
        #expect(throws: ImageAPIError.self) { try plan(vip, at: .vibeapi) }
        #expect(try plan(vip, at: .apiyi).model == "gpt-image-2-vip")
        // At APIYI `-s 2048x1152 -r url` lands on the vip model; at VibeAPI gpt-image-2 takes both.
        let sized = ImageJob(
            prompt: "x", model: .automatic(preferred: nil),
            options: ImageOptions([.size: "2048x1152", .responseFormat: "url"]))
        #expect(try plan(sized, at: .apiyi).model == "gpt-image-2-vip")
        var atVibe = sized
        atVibe.model = .automatic(preferred: "gpt-image-2")
        #expect(try plan(atVibe, at: .vibeapi).model == "gpt-image-2")
        #expect(ModelCatalog.models(at: .vibeapi).map(\.name) == ["gpt-image-2", "gpt-5.5"])
    }

    @Test func theSummaryNamesEveryDifferenceInBothLanguages() {
        #expect(
            ProviderSummary.differences.map { "\($0.model) \($0.option.rawValue)" }
                == ["gpt-image-2 response_format", "gpt-image-2 background", "gpt-5.5 background"])
        let vibe = ProviderSummary.lines(for: .vibeapi)
        #expect(
            vibe.first?.text(in: .en)
                == "gpt-image-2 at vibeapi: response_format accepted b64_json|url (url answers a data URI); "
                + "background accepted auto|opaque; transparent not supported; n silently ignored, always one "
                + "image per request (gen-image sends one request per image)")
        #expect(vibe.last?.text(in: .zh) == "vibeapi 不提供：gpt-image-2-all, gpt-image-2-vip")
    }

    /// The providers page's table is the summary's, row for row; regenerate it from the failure message.
    @Test func theProvidersPageTableIsTheModelTables() throws {
        let page = try String(contentsOf: Self.providersPage, encoding: .utf8)
        let begin =
            "<!-- provider-differences:begin (generated from the model table; checked by ProviderRowTests) -->\n"
        let end = "<!-- provider-differences:end -->"
        let start = try #require(page.range(of: begin), "references/providers.md lacks the provider table's markers")
        let stop = try #require(page.range(of: end, range: start.upperBound..<page.endIndex))
        let table = String(page[start.upperBound..<stop.lowerBound])
        #expect(table == ProviderSummary.markdownTable(), "expected:\n\(ProviderSummary.markdownTable())")
    }
}

/// A batch plans every item against the rows of the provider it runs at.
@Suite("Provider rows in batches")
struct ProviderRowBatchTests {
    @Test func eachItemIsCheckedAgainstTheProvidersRows() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rows-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (file, problems) = BatchFileParser.parse(
            Data(
                """
                {"prompts": [{"prompt": "a", "model": "gpt-image-2", "response_format": "url"}]}
                """.utf8))
        #expect(problems.isEmpty)
        var settings = BatchPlanner.Settings(baseDirectory: folder)
        settings.provider = .vibeapi
        let atVibe = BatchPlanner.plan(file, settings: settings)
        #expect(atVibe.problems.isEmpty, "\(atVibe.problems)")
        #expect(atVibe.jobs.first?.planned.parameters[.responseFormat]?.wireText == "url")
        settings.provider = .apiyi
        let atAPIYI = BatchPlanner.plan(file, settings: settings)
        #expect(atAPIYI.problems.map(\.field) == ["response_format"])
    }
}
