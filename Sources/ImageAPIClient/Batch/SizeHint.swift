import Foundation

/// The gpt-image-2-all skill's `global.size_hint`: a ratio phrase such as `横版 16:9` put in front of every
/// prompt that does not already start with one.
///
/// gpt-image-2-all has no size parameter; the skill's size guide says the shape is best described at the very
/// start of the prompt, and its batch template says a phrase already in the prompt wins over the hint. The
/// prompt itself is never changed otherwise.
enum SizeHint {
    /// Words that name a shape when a prompt starts with them: the phrases of both skills' size guides and of
    /// APIYI's measured table for gpt-image-2-all.
    static let ratioWords = [
        "横版", "竖版", "横屏", "竖屏", "宽屏", "横幅", "竖幅", "方图", "方形", "正方形", "电影画幅", "手机海报", "手机壁纸",
        "超宽银幕", "超宽横版", "超长竖版", "经典画幅", "标准画幅", "单反比例",
    ]

    /// English phrases from the guides' translations that name a shape without a number.
    static let englishPhrases = [
        "square composition", "square image", "widescreen", "wide screen", "movie aspect ratio", "mobile poster",
        "mobile wallpaper", "ultra-wide", "ultra wide", "aspect ratio",
    ]

    /// Whether `prompt` already starts with a ratio phrase: one of `ratioWords` or `englishPhrases` (ignoring
    /// case), or a ratio or size (`16:9`, `16：9`, `1024×1024`, `2048x1152`) in its first two words.
    static func startsWithRatioPhrase(_ prompt: String) -> Bool {
        let opening = "【[(（「“\"'‘"
        let text = prompt.drop { $0.isWhitespace || opening.contains($0) }
        let lowered = text.lowercased()
        if ratioWords.contains(where: { text.hasPrefix($0) }) { return true }
        if englishPhrases.contains(where: { lowered.hasPrefix($0) }) { return true }
        for word in text.split(whereSeparator: { $0.isWhitespace }).prefix(2) {
            let word = word.drop { opening.contains($0) }
            if word.prefixMatch(of: /\d{1,2}\s*[:：]\s*\d{1,2}/) != nil { return true }
            if word.prefixMatch(of: /\d{3,4}\s*[xX×*]\s*\d{3,4}/) != nil { return true }
        }
        return false
    }

    /// `prompt` with `hint` in front, unless there is no hint or the prompt already starts with a ratio phrase.
    ///
    /// The two are joined as the skill's examples are (`横版 16:9 电影画幅，山间日出风景`): by `，` when either is
    /// Chinese, by `, ` otherwise, and directly when the hint already ends in punctuation or a space.
    static func apply(_ hint: String?, to prompt: String) -> String {
        guard let hint, !hint.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
            !startsWithRatioPhrase(prompt)
        else { return prompt }
        let trimmed = hint.trimmingCharacters(in: .newlines)
        if let last = trimmed.last, last.isWhitespace || "，,、：:；;。.".contains(last) {
            return trimmed + prompt
        }
        let chinese = (trimmed + prompt).unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
        return trimmed + (chinese ? "，" : ", ") + prompt
    }
}
