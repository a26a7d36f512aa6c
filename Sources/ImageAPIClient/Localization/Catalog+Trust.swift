/// Texts of issue #10 (trust): gateway texts cut to size, bounds on numbers.
extension Catalog {
    static let trust: [String: Entry] = [
        "gateway.text.cut": Entry(
            en: "{text}… ({count} more characters not shown)", zh: "{text}……（另有 {count} 个字符未显示）"),
        "usage.timeout.too_long.hint": Entry(
            en: "the timeout is at most {max} s (one day), e.g. --timeout 600",
            zh: "超时最多 {max} 秒（一天），例如 --timeout 600"),
    ]
}
