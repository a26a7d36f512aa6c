import FakeGateway
import Foundation
import Testing

@testable import ImageAPIClient

/// Planning a batch: each item through `JobPlanner`, overrides, size hints, output names, resume.
@Suite("Batch planning")
struct BatchPlannerTests {
    func plan(_ text: String, in folder: URL, force: Bool = false, outDir: URL? = nil) -> BatchPlan {
        let (file, problems) = BatchFileParser.parse(Data(text.utf8))
        #expect(problems.isEmpty, "\(problems)")
        return BatchPlanner.plan(
            file, settings: .init(baseDirectory: folder, outputDirectory: outDir, force: force))
    }

    @Test func itemFieldsOverrideGlobalAndTheModelFollowsAsForASingleRun() throws {
        let folder = try TemporaryFolder()
        let plan = plan(
            """
            {"global": {"size": "1024x1024", "quality": "high", "output_format": "png"},
             "prompts": [{"prompt": "a", "filename": "a.png"},
                         {"prompt": "b", "filename": "b.jpg", "size": "2048x1152", "output_format": "jpeg",
                          "output_compression": 80},
                         {"prompt": "c", "filename": "c.png", "model": "gpt-image-2-vip", "size": "auto",
                          "quality": null, "output_format": null}]}
            """, in: folder.url)
        #expect(plan.problems.isEmpty, "\(plan.problems)")
        let options = plan.jobs.map { job in
            ImageOptions(
                Dictionary(uniqueKeysWithValues: job.planned.parameters.map { ($0.option, $0.value.wireText) }))
        }
        #expect(options[0] == ImageOptions([.size: "1024x1024", .quality: "high", .outputFormat: "png"]))
        #expect(
            options[1]
                == ImageOptions([.size: "2048x1152", .quality: "high", .outputFormat: "jpeg", .outputCompression: "80"])
        )
        #expect(options[2] == ImageOptions([.size: "auto"]), "null drops the global value")
        #expect(plan.jobs.map(\.planned.model) == ["gpt-image-2", "gpt-image-2", "gpt-image-2-vip"])
        #expect(plan.jobs.map(\.planned.timeout) == [600, 600, 300])
    }

    @Test func aPlanningErrorNamesItsItemAndField() throws {
        let folder = try TemporaryFolder()
        let (file, _) = BatchFileParser.parse(
            Data(
                """
                {"global": {"size": "1920x1080"},
                 "prompts": [{"prompt": "ok", "size": "1024x1024"},
                             {"prompt": "inherits the bad size"},
                             {"prompt": "all", "model": "gpt-image-2-all", "size": "1024x1024"},
                             {"prompt": "q", "size": "auto", "quality": "ultra"},
                             {"prompt": "c", "size": "auto", "output_compression": 50},
                             {"prompt": "m", "model": "dall-e-9"},
                             {"prompt": "i", "size": "auto", "input_images": ["missing.png"]},
                             {"prompt": "dup", "size": "auto", "filename": "same.png"},
                             {"prompt": "dup", "size": "auto", "filename": "same.jpg"}]}
                """.utf8))
        let plan = BatchPlanner.plan(file, settings: .init(baseDirectory: folder.url))
        let placed = plan.problems.map { "\($0.index!) \($0.field ?? "-") \($0.error.code)" }
        #expect(
            placed == [
                "2 size (from global) invalid_argument", "3 size unsupported_option", "4 quality invalid_argument",
                "5 output_compression invalid_argument", "6 model invalid_argument",
                "7 input_images input_not_found", "9 filename invalid_argument",
            ])
        #expect(plan.problems[0].error.hint?.contains("1920x1088") == true)
        #expect(plan.problems.last?.error.message == "item 8 already saves to same.jpg")
        #expect(plan.jobs.map(\.item.index) == [1, 8])
    }

    @Test func theSizeHintGoesOnlyWhereNoSizeIsSetAndNoPhraseIsThere() throws {
        let folder = try TemporaryFolder()
        let plan = plan(
            """
            {"global": {"size_hint": "横版 16:9"},
             "prompts": [{"prompt": "山间日出风景"}, {"prompt": "竖版 9:16 手机海报，城市"},
                         {"prompt": "a lighthouse", "model": "gpt-image-2-vip", "size": "2048x1152"}]}
            """, in: folder.url)
        #expect(plan.jobs.map(\.planned.prompt) == ["横版 16:9，山间日出风景", "竖版 9:16 手机海报，城市", "a lighthouse"])
        #expect(plan.jobs.map(\.item.prompt) == ["山间日出风景", "竖版 9:16 手机海报，城市", "a lighthouse"])
    }

    @Test func pathsResolveAgainstTheBatchFolderAndAutomaticNamesAreStable() throws {
        let folder = try TemporaryFolder()
        try TestImages.png(width: 8, height: 8).write(to: folder.url.appendingPathComponent("ref.png"))
        let out = folder.url.appendingPathComponent("out")
        let plan = plan(
            """
            {"prompts": [{"prompt": "a red fox, at dawn", "filename": "sub/fox.png", "input_images": ["ref.png"]},
                         {"prompt": "猫 在 草地 上"},
                         {"prompt": "jpeg one", "size": "auto", "output_format": "jpeg"},
                         {"prompt": "into a folder", "filename": "pics/"}]}
            """, in: folder.url, outDir: out)
        #expect(plan.problems.isEmpty, "\(plan.problems)")
        let base = folder.url.standardizedFileURL
        #expect(plan.jobs[0].target == base.appendingPathComponent("sub/fox.png"))
        #expect(plan.jobs[0].planned.inputs.map(\.url) == [base.appendingPathComponent("ref.png")])
        #expect(!plan.jobs[0].automaticName)
        #expect(plan.jobs[1].target == out.standardizedFileURL.appendingPathComponent("002-猫-在-草地.png"))
        #expect(plan.jobs[2].target.lastPathComponent == "003-jpeg-one.jpg")
        #expect(plan.jobs[3].target == base.appendingPathComponent("pics/004-into-a-folder.png"))
        #expect(plan.jobs.allSatisfy { $0.existing == nil && $0.willRun })
    }

    @Test func anExistingOutputUnderAnyImageExtensionIsSkippedUnlessForced() throws {
        let folder = try TemporaryFolder()
        try Data("x".utf8).write(to: folder.url.appendingPathComponent("done.jpg"))
        try Data("x".utf8).write(to: folder.url.appendingPathComponent("002-second.webp"))
        try Data("x".utf8).write(to: folder.url.appendingPathComponent("notes.txt"))
        let text = """
            {"prompts": [{"prompt": "a", "filename": "done.png"}, {"prompt": "second"},
                         {"prompt": "c", "filename": "notes.txt"}]}
            """
        let plan = plan(text, in: folder.url)
        #expect(plan.jobs.map { $0.existing?.lastPathComponent } == ["done.jpg", "002-second.webp", nil])
        #expect(plan.jobsToRun.map(\.item.index) == [3])
        let forced = self.plan(text, in: folder.url, force: true)
        #expect(forced.jobsToRun.count == 3)
    }

    @Test func theEstimateReadsTheCatalog() throws {
        let folder = try TemporaryFolder()
        let plan = plan(
            """
            {"prompts": [{"prompt": "a"}, {"prompt": "b", "model": "gpt-image-2-vip"},
                         {"prompt": "c", "size": "auto", "quality": "low"}]}
            """, in: folder.url)
        let estimate = plan.estimatedCost
        #expect(abs(estimate.dollars - (0.03 + 0.03 + 0.006)) < 1e-9)
        #expect(estimate.unpriced == 0)
    }
}

/// Prices from the catalog and from `usage`.
@Suite("Batch cost")
struct BatchCostTests {
    @Test func tokensArePricedFromUsage() throws {
        let rates = try #require(ModelCatalog.gptImage2.tokenRates)
        let usage = JSONValue.object([
            "input_tokens": .number(1050), "output_tokens": .number(1756),
            "input_tokens_details": .object(["text_tokens": .number(26), "image_tokens": .number(1024)]),
        ])
        let expected: Double = (26.0 * 5 + 1024.0 * 8 + 1756.0 * 30) / 1_000_000
        let cost = try #require(rates.cost(of: usage))
        #expect(abs(cost - expected) < 1e-12)
        let chat = JSONValue.object(["prompt_tokens": .number(24), "completion_tokens": .number(818)])
        let chatExpected: Double = (24.0 * 5 + 818.0 * 30) / 1_000_000
        let chatCost = try #require(rates.cost(of: chat))
        #expect(abs(chatCost - chatExpected) < 1e-12)
        #expect(rates.cost(of: nil) == nil)
        #expect(rates.cost(of: .object(["total_tokens": .number(5)])) == nil)
    }

    @Test func anEstimateSaysWhatItGuessed() {
        var estimate = CostEstimate()
        estimate.add(ModelCatalog.gptImage2All, quality: nil, usage: nil)
        #expect(!estimate.isPartial)
        estimate.add(ModelCatalog.gptImage2, quality: "high", usage: nil)
        #expect(estimate.guessed == 1 && estimate.isPartial)
        estimate.add(ModelCatalog.passthrough(named: "x", endpoint: .images), quality: nil, usage: nil)
        #expect(estimate.unpriced == 1)
        #expect(abs(estimate.dollars - 0.241) < 1e-9)
        #expect(estimate.exact == 1)
    }
}
