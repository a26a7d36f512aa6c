import Foundation
import Testing

@testable import ImageAPIClient

/// `--aspect` asks for a shape the same way on every model; the planner reads each model's size rule.
@Suite("Aspect ratios")
struct AspectTests {
    func plan(_ ratio: String, _ model: String, _ resolution: Resolution = .oneK, given: Bool = false) throws
        -> PlannedJob
    {
        let request = AspectRequest(
            ratio: try #require(AspectRatio(parsing: ratio)), resolution: resolution, resolutionGiven: given)
        return try JobPlanner.plan(ImageJob(prompt: "一只猫", model: .explicit(model), aspect: request))
    }

    func failure(_ ratio: String, _ model: String, size: String? = nil) -> ImageAPIError? {
        do {
            var job = ImageJob(
                prompt: "x", model: .explicit(model), aspect: AspectRequest(ratio: AspectRatio(parsing: ratio)!))
            job.options[.size] = size
            _ = try JobPlanner.plan(job)
            return nil
        } catch {
            return error
        }
    }

    @Test func ratiosAreReducedAndParsedStrictly() {
        #expect(AspectRatio(parsing: "32:18") == AspectRatio(parsing: "16:9"))
        #expect(AspectRatio(parsing: " 21 : 9 ")?.description == "7:3")
        for bad in ["16x9", "16:", ":9", "0:1", "-1:1", "1:2:3", "a:b", "１６:９", "123456:1"] {
            #expect(AspectRatio(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test("gpt-image-2-all: the size guide's phrase in front of the prompt, the prompt otherwise untouched")
    func chatModelGetsThePhrase() throws {
        let planned = try plan("16:9", "gpt-image-2-all")
        #expect(planned.prompt == "横版 16:9，一只猫")
        #expect(planned.userPrompt == "一只猫")
        #expect(planned.parameters[.size]?.wireText == nil)
        #expect(try plan("21:9", "gpt-image-2-all").prompt.hasPrefix("横幅 21:9 超宽银幕，"))
        #expect(try plan("1:1", "gpt-image-2-all").notes.isEmpty)
        let ignored = try plan("9:16", "gpt-image-2-all", .fourK, given: true)
        #expect(ignored.notes.map(\.code) == ["resolution_ignored"])
    }

    @Test("gpt-image-2-vip: the preset of that ratio and tier, for every preset")
    func vipGetsItsPreset() throws {
        guard case .presets(let presets)? = ModelCatalog.spec(named: "gpt-image-2-vip")?.sizeRule else {
            Issue.record("vip has presets")
            return
        }
        for preset in presets {
            let resolution = try #require(Resolution(rawValue: preset.tier.lowercased()))
            let planned = try plan(preset.ratio, "gpt-image-2-vip", resolution)
            #expect(planned.parameters[.size]?.wireText == preset.text, "\(preset.ratio) \(preset.tier)")
            #expect(planned.prompt == "一只猫")
        }
    }

    @Test("gpt-image-2: a valid size of exactly that ratio near the tier", arguments: Resolution.allCases)
    func flexibleModelGetsAValidSize(resolution: Resolution) throws {
        guard case .flexible(let limits)? = ModelCatalog.spec(named: "gpt-image-2")?.sizeRule else {
            Issue.record("gpt-image-2 takes any valid size")
            return
        }
        for ratio in RatioPhrases.all.map(\.ratio) + ["3:1", "1:3", "5:4", "4:5"] {
            let planned = try plan(ratio, "gpt-image-2", resolution)
            let size = try #require((planned.parameters[.size]?.wireText).flatMap { ImageSize(parsing: $0) })
            guard case .pixels(let width, let height) = size else {
                Issue.record("expected pixels")
                continue
            }
            #expect(limits.violation(width: width, height: height) == nil)
            let wanted = try #require(AspectRatio(parsing: ratio)).value
            #expect(abs(Double(width) / Double(height) / wanted - 1) < 0.002, "\(ratio): \(width)x\(height)")
            let long = Double(max(width, height))
            #expect(long / Double(resolution.targetLongEdge) < 1.5, "\(ratio) \(resolution): \(width)x\(height)")
        }
        #expect(try plan("16:9", "gpt-image-2", .oneK).parameters[.size]?.wireText == "1280x720")
        #expect(try plan("16:9", "gpt-image-2", .fourK).parameters[.size]?.wireText == "3840x2160")
        #expect(try plan("1:1", "gpt-image-2", .fourK).parameters[.size]?.wireText == "2880x2880")
    }

    @Test func ratiosAModelCannotGiveListThoseItCan() {
        let vip = failure("2:5", "gpt-image-2-vip")
        #expect(vip?.message == "gpt-image-2-vip has no size of ratio 2:5")
        #expect(vip?.hint?.contains("1:1, 2:3, 3:2") == true)
        let chat = failure("7:5", "gpt-image-2-all")
        #expect(chat?.message == "gpt-image-2-all has no phrase for the ratio 7:5")
        #expect(chat?.hint?.contains("16:9, 9:16") == true)
        #expect(failure("4:1", "gpt-image-2")?.hint == "its ratios go up to 3:1 either way")
        #expect(
            failure("16:9", "gpt-image-2", size: "1024x1024")?.message == "aspect and size both set the size")
    }
}
