import Testing

@testable import ImageAPIClient

@Suite("Sizes")
struct SizeRuleTests {
    let limits = FlexibleSizeLimits()

    @Test(
        "2048×1152, 2048X1152 and 2048 x 1152 all read as 2048x1152",
        arguments: [
            "2048x1152", "2048×1152", "2048X1152", "2048 x 1152", " 2048 × 1152 ", "2048*1152",
        ])
    func normalisesSeparators(text: String) {
        #expect(ImageSize(parsing: text)?.description == "2048x1152")
    }

    @Test func readsAuto() {
        #expect(ImageSize(parsing: "AUTO") == .auto)
    }

    @Test(
        "rejects what is not WxH",
        arguments: [
            "", "x", "2048", "2048x", "x1152", "-5x10", "0x100", "1e3x100",
            "2048x1152x3", "１０２４x１０２４", "9999999x1",
        ])
    func rejectsMalformed(text: String) {
        #expect(ImageSize(parsing: text) == nil)
    }

    @Test(
        "gpt-image-2 rules, each named when it fails",
        arguments: [
            (4096, 2160, "longest edge"),
            (2050, 1152, "multiples of 16"),
            (3840, 1088, "times the short edge"),
            (640, 640, "at least 655,360"),
            (3840, 2176, "at most 8,294,400"),
        ])
    func namesTheRuleThatFailed(width: Int, height: Int, rule: String) throws {
        let problem = try #require(limits.violation(width: width, height: height))
        #expect(problem.contains(rule))
    }

    @Test(
        "the skill guide's sizes are valid",
        arguments: [
            "1024x1024", "1536x1024", "1024x1536", "2048x2048", "2048x1152", "3840x2160", "2160x3840",
            "1280x720", "2560x1440", "3840x1600", "1600x3840", "1920x1088",
        ])
    func acceptsGuideSizes(text: String) throws {
        guard case .pixels(let width, let height) = try #require(ImageSize(parsing: text)) else {
            Issue.record("not pixels")
            return
        }
        #expect(limits.violation(width: width, height: height) == nil)
    }

    @Test(
        "the suggestion is valid and keeps the shape",
        arguments: [
            (5000, 1000), (4096, 2160), (2050, 1152), (640, 640), (100, 3000), (3840, 2176), (1921, 1081), (10, 10),
        ])
    func suggestsANearbyValidSize(width: Int, height: Int) {
        let near = limits.nearestValid(width: width, height: height)
        #expect(limits.violation(width: near.width, height: near.height) == nil)
        let asked = min(max(Double(width) / Double(height), 1 / 3), 3)
        let got = Double(near.width) / Double(near.height)
        #expect(abs(got / asked - 1) < 0.08)
    }

    /// The skill guide lists 1920x1080 as a custom size, but 1080 is not a multiple of 16 (the scripts' own
    /// check rejects it too); the error must offer the nearest valid size instead.
    @Test func guideExample1920x1080GetsAValidNeighbour() {
        #expect(limits.violation(width: 1920, height: 1080)?.contains("multiples of 16") == true)
        let near = limits.nearestValid(width: 1920, height: 1080)
        #expect(near.width == 1920 && (near.height == 1072 || near.height == 1088))
    }

    @Test func suggestsCloseToA4KRequest() {
        let near = limits.nearestValid(width: 4096, height: 2160)
        #expect(near.width <= 3840 && near.width >= 3800)
    }

    @Test func vipHasThirtyPresetsInTenRatios() {
        let presets = ModelCatalog.vipPresets
        #expect(presets.count == 30)
        #expect(Set(presets.map(\.ratio)).count == 10)
        #expect(presets.contains { $0.text == "3840x2160" && $0.ratio == "16:9" && $0.tier == "4K" })
    }

    @Test func vipSuggestionsShareTheAskedRatio() {
        let sixteenNine = JobPlanner.closestRatioPresets(width: 1920, height: 1080, presets: ModelCatalog.vipPresets)
        #expect(sixteenNine.map(\.text) == ["1280x720", "2048x1152", "3840x2160"])
        let portrait = JobPlanner.closestRatioPresets(width: 1000, height: 1500, presets: ModelCatalog.vipPresets)
        #expect(portrait.allSatisfy { $0.ratio == "2:3" })
    }
}
