/// Texts of issue #10 (trust): gateway texts cut to size, ...
extension Catalog {
    static let trust: [String: Entry] = [
        "gateway.text.cut": Entry(
            en: "{text}… ({count} more characters not shown)", zh: "{text}……（另有 {count} 个字符未显示）")
    ]
}
