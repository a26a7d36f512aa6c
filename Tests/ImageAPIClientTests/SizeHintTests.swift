import Testing

@testable import ImageAPIClient

/// `global.size_hint`: put in front of a prompt unless it already starts with a ratio phrase.
@Suite("Size hint")
struct SizeHintTests {
    @Test(
        "Prompts that already start with a ratio phrase",
        arguments: [
            "横版 16:9 电影画幅，日落山脉风景", "竖版 9:16 手机海报，城市夜景", "1:1 方形构图，一只猫", "1024×1024 方图，头像",
            "宽屏 16:9 电影画幅", "横幅 21:9 超宽银幕，海岸线", "4:3 标准画幅，静物", "3:2 经典画幅", "经典画幅，老街",
            "单反比例，人像", "超长竖版构图，瀑布", "1:4 竖版，长卷", "超宽横版，草原", "4:1 横幅", "竖屏 9:16，舞者",
            "横屏，赛车", "方形构图，logo", "手机壁纸 9:16，星空", "电影画幅 16:9，雨夜", "  【横版 16:9】雨夜",
            "16：9 横版，全角冒号", "Horizontal 16:9 Movie aspect ratio, sunset mountain scenery",
            "Vertical 9:16 Mobile poster, city night", "1:1 Square composition, a cat", "Square composition, a cat",
            "Wide screen 16:9, mountains", "A 2048x1152 wallpaper of the sea",
        ])
    func recognised(_ prompt: String) {
        #expect(SizeHint.startsWithRatioPhrase(prompt))
        #expect(SizeHint.apply("横版 16:9", to: prompt) == prompt)
    }

    @Test(
        "Prompts without one",
        arguments: [
            "山间日出风景，水彩画风格", "一只可爱的橘猫在草地上玩耍", "Sunset mountain landscape",
            "A cat at the window at 3:45 in the afternoon", "画一张横版海报", "Landscape photo of a lake",
        ])
    func notRecognised(_ prompt: String) {
        #expect(!SizeHint.startsWithRatioPhrase(prompt))
    }

    @Test func theHintGoesInFrontJoinedAsTheSkillDoes() {
        #expect(SizeHint.apply("横版 16:9", to: "山间日出风景，水彩画风格") == "横版 16:9，山间日出风景，水彩画风格")
        #expect(SizeHint.apply("横版 16:9，", to: "日落") == "横版 16:9，日落")
        #expect(SizeHint.apply("Horizontal 16:9", to: "a quiet harbour") == "Horizontal 16:9, a quiet harbour")
        #expect(SizeHint.apply("竖版 9:16 ", to: "city") == "竖版 9:16 city")
        #expect(SizeHint.apply(nil, to: "  keep  me \n") == "  keep  me \n")
        #expect(SizeHint.apply("  ", to: "keep") == "keep")
    }
}
