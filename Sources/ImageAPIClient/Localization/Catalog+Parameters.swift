/// Texts about request parameters in general: their names, their values and what to do about them (issue 15).
extension Catalog {
    static let parameters: [String: Entry] = [
        "common.parameter": Entry(en: "{name}", zh: "{name}"),
        "planner.choice.response_format": Entry(en: "response format", zh: "响应格式"),
        "parameter.integer.invalid": Entry(en: "invalid {flag} {value}", zh: "无效的 {flag} {value}"),
        "parameter.whole_number": Entry(en: "use a whole number from {low} to {high}", zh: "请使用 {low} 到 {high} 的整数"),
        "parameter.text.empty": Entry(en: "{flag} is empty", zh: "{flag} 为空"),
        "parameter.text.empty.hint": Entry(en: "give {flag} some text, or drop it", zh: "为 {flag} 提供文本，或去掉它"),
        "parameter.with_value": Entry(en: "{flag} {value}", zh: "{flag} {value}"),
        "batch.input.check_path": Entry(
            en: "check the path (relative paths are read from the batch file's folder)",
            zh: "请检查路径（相对路径从批量文件所在的文件夹读取）"),
    ]
}
