import Foundation

/// The texts that `Batch/` shows a person, in English and Simplified Chinese side by side.
///
/// One constructor per text: its parameters are the values it shows, so a wrong name or value is
/// a compile error. Values are never translated; `Message` parameters render in the same language.
extension Message {
    // MARK: - Batch files

    static func batchDuplicateTarget(item: String, name: String) -> Message {
        Message(en: "item \(item) already saves to \(name)", zh: "第 \(item) 项已经保存到 \(name)")
    }

    static var batchDuplicateTargetHint: Message {
        Message(en: "give each item its own filename", zh: "请给每个条目指定不同的文件名")
    }

    static func batchFieldAllowed(fields: String) -> Message {
        Message(en: "the fields here are: \(fields)", zh: "这里可用的字段：\(fields)")
    }

    static var batchFieldItemAtRoot: Message {
        Message(en: "item fields go inside the elements of \"prompts\"", zh: "条目字段应写在 \"prompts\" 的元素里")
    }

    static func batchFieldItemInGlobal(field: String) -> Message {
        Message(
            en: "\(field) belongs to each item in \"prompts\", not to \"global\"",
            zh: "\(field) 属于 \"prompts\" 中的每个条目，而不属于 \"global\"")
    }

    static var batchFieldSizeHintInItem: Message {
        Message(
            en: "size_hint is read from \"global\" only; in an item, start the prompt with the ratio phrase "
                + "itself",
            zh: "size_hint 只从 \"global\" 读取；在条目中请直接以比例短语开头写提示词")
    }

    static func batchFieldUnknown(field: String) -> Message {
        Message(en: "unknown field \"\(field)\"", zh: "未知字段 \"\(field)\"")
    }

    static var batchFileEmpty: Message {
        Message(en: "the batch file is empty", zh: "批量文件为空")
    }

    static var batchFileEmptyHint: Message {
        Message(en: "write {\"prompts\": [{\"prompt\": \"…\"}]}", zh: "请写成 {\"prompts\": [{\"prompt\": \"…\"}]}")
    }

    static var batchFileNoItems: Message {
        Message(en: "the batch file has no items", zh: "批量文件中没有条目")
    }

    static var batchFileNoItemsHint: Message {
        Message(en: "add {\"prompt\": \"…\"}", zh: "请加上 {\"prompt\": \"…\"}")
    }

    static func batchFileNotObject(kind: Message) -> Message {
        Message(en: "the batch file holds \(kind), not an object", zh: "批量文件的内容是\(kind)，而不是对象")
    }

    static var batchFileNotObjectHint: Message {
        Message(
            en: "write {\"prompts\": [{\"prompt\": \"…\"}, …]}, or one {\"prompt\": \"…\"} per line",
            zh: "请写成 {\"prompts\": [{\"prompt\": \"…\"}, …]}，或每行一个 {\"prompt\": \"…\"}")
    }

    static var batchGlobalLate: Message {
        Message(en: "a line with \"global\" must come first, before any item", zh: "含 \"global\" 的行必须放在最前面，位于所有条目之前")
    }

    static var batchGlobalLateHint: Message {
        Message(en: "move it to the first line", zh: "请把它移到第一行")
    }

    static func batchGlobalNotObject(kind: Message) -> Message {
        Message(en: "\"global\" must be an object, not \(kind)", zh: "\"global\" 必须是对象，而不是\(kind)")
    }

    static var batchItemEmptyFilename: Message {
        Message(en: "the filename is empty", zh: "文件名为空")
    }

    static var batchItemEmptyFilenameHint: Message {
        Message(en: "give a name such as cat.png, or leave it out", zh: "请给出像 cat.png 这样的名称，或者省略它")
    }

    static var batchItemEmptyPromptHint: Message {
        Message(en: "write the user's words in \"prompt\"", zh: "请在 \"prompt\" 中写入用户的原话")
    }

    static var batchItemNoPrompt: Message {
        Message(en: "the item has no prompt", zh: "条目没有提示词")
    }

    static var batchItemNoPromptHint: Message {
        Message(en: "add \"prompt\": \"…\" (it is required)", zh: "请加上 \"prompt\": \"…\"（必填）")
    }

    static func batchItemNotObject(kind: Message) -> Message {
        Message(
            en: "an item must be an object such as {\"prompt\": \"…\"}, not \(kind)",
            zh: "条目必须是像 {\"prompt\": \"…\"} 这样的对象，而不是\(kind)")
    }

    static func batchLocationField(place: String, field: String) -> Message {
        Message(en: "\(place), \(field)", zh: "\(place)，\(field)")
    }

    static func batchLocationFromGlobal(field: String) -> Message {
        Message(en: "\(field) (from global)", zh: "\(field)（来自 global）")
    }

    static func batchLocationItem(index: String) -> Message {
        Message(en: "item \(index)", zh: "第 \(index) 项")
    }

    static func batchLocationItemLine(index: String, line: String) -> Message {
        Message(en: "item \(index) (line \(line))", zh: "第 \(index) 项（第 \(line) 行）")
    }

    static func batchLocationLine(line: String) -> Message {
        Message(en: "line \(line)", zh: "第 \(line) 行")
    }

    static func batchProblem(location: String, message: String) -> Message {
        Message(en: "\(location): \(message)", zh: "\(location)：\(message)")
    }

    static var batchPromptsEmpty: Message {
        Message(en: "\"prompts\" is empty", zh: "\"prompts\" 为空")
    }

    static var batchPromptsEmptyHint: Message {
        Message(en: "add at least one {\"prompt\": \"…\"}", zh: "请至少加上一个 {\"prompt\": \"…\"}")
    }

    static var batchPromptsMissing: Message {
        Message(en: "the batch file has no \"prompts\"", zh: "批量文件中没有 \"prompts\"")
    }

    static var batchPromptsMissingHint: Message {
        Message(
            en: "add \"prompts\": [{\"prompt\": \"…\", \"filename\": \"…\"}, …]",
            zh: "请加上 \"prompts\": [{\"prompt\": \"…\", \"filename\": \"…\"}, …]")
    }

    static func batchPromptsNotArray(kind: Message) -> Message {
        Message(en: "\"prompts\" must be an array, not \(kind)", zh: "\"prompts\" 必须是数组，而不是\(kind)")
    }

    static func batchSyntax(column: String, message: Message) -> Message {
        Message(en: "column \(column): \(message)", zh: "第 \(column) 列：\(message)")
    }

    static var batchSyntaxHint: Message {
        Message(
            en: "the file must be JSON: {\"prompts\": [...]}, or JSON Lines (one object per line)",
            zh: "文件必须是 JSON：{\"prompts\": [...]}，或 JSON Lines（每行一个对象）")
    }

    static var batchSyntaxLinesHint: Message {
        Message(
            en: "in JSON Lines each line is one complete object: {\"prompt\": \"…\"}",
            zh: "JSON Lines 中每行都是一个完整的对象：{\"prompt\": \"…\"}")
    }

    static func batchValueBadPath(field: String) -> Message {
        Message(
            en: "every entry of \(field) must be a file path (a non-empty string)",
            zh: "\(field) 的每一项都必须是文件路径（非空字符串）")
    }

    static func batchValueNotPaths(field: String, kind: Message) -> Message {
        Message(en: "\(field) must be an array of paths, not \(kind)", zh: "\(field) 必须是路径数组，而不是\(kind)")
    }

    static func batchValueNotPathsHint(field: String) -> Message {
        Message(
            en: "write \"\(field)\": [\"ref1.png\", \"ref2.png\"]",
            zh: "请写成 \"\(field)\": [\"ref1.png\", \"ref2.png\"]")
    }

    static func batchValueNotWholeNumber(field: String, low: String, high: String) -> Message {
        Message(en: "\(field) must be a whole number from \(low) to \(high)", zh: "\(field) 必须是 \(low) 到 \(high) 的整数")
    }

    static func batchValueNotWholeNumberHint(field: String, example: String) -> Message {
        Message(en: "e.g. \"\(field)\": \(example)", zh: "例如 \"\(field)\": \(example)")
    }

    static func batchValueNotString(field: String, kind: Message) -> Message {
        Message(en: "\(field) must be a string, not \(kind)", zh: "\(field) 必须是字符串，而不是\(kind)")
    }

    static func jsonDuplicate(name: String) -> Message {
        Message(en: "the member \"\(name)\" appears twice in this object", zh: "成员 \"\(name)\" 在这个对象中出现了两次")
    }

    static var jsonExpectedArrayEnd: Message {
        Message(en: "expected ',' or ']'", zh: "此处应为 ',' 或 ']'")
    }

    static var jsonExpectedColon: Message {
        Message(en: "expected ':' after the member name", zh: "成员名之后应为 ':'")
    }

    static var jsonExpectedName: Message {
        Message(en: "expected a member name in double quotes", zh: "此处应为双引号括起的成员名")
    }

    static var jsonExpectedObjectEnd: Message {
        Message(en: "expected ',' or '}'", zh: "此处应为 ',' 或 '}'")
    }

    static var jsonExpectedValue: Message {
        Message(
            en: "expected a value (a string, number, object, array, true, false or null)",
            zh: "此处应为一个值（字符串、数字、对象、数组、true、false 或 null）")
    }

    static var jsonKindArray: Message {
        Message(en: "an array", zh: "数组")
    }

    static var jsonKindBool: Message {
        Message(en: "true/false", zh: "布尔值（true/false）")
    }

    static var jsonKindNull: Message {
        Message(en: "null", zh: "空值（null）")
    }

    static var jsonKindNumber: Message {
        Message(en: "a number", zh: "数字")
    }

    static var jsonKindObject: Message {
        Message(en: "an object", zh: "对象")
    }

    static var jsonKindString: Message {
        Message(en: "a string", zh: "字符串")
    }

    static var jsonNumberExponent: Message {
        Message(en: "invalid number: digits must follow the exponent", zh: "无效的数字：指数之后必须有数字")
    }

    static var jsonNumberFraction: Message {
        Message(en: "invalid number: digits must follow '.'", zh: "无效的数字：'.' 之后必须有数字")
    }

    static var jsonNumberInvalid: Message {
        Message(en: "invalid number", zh: "无效的数字")
    }

    static var jsonSingleQuotes: Message {
        Message(en: "strings must be in double quotes, not single quotes", zh: "字符串必须用双引号，而不是单引号")
    }

    static var jsonStringBadEscape: Message {
        Message(en: "invalid escape in a string", zh: "字符串中有无效的转义")
    }

    static var jsonStringBadUnicode: Message {
        Message(en: "invalid \\u escape", zh: "无效的 \\u 转义")
    }

    static var jsonStringControl: Message {
        Message(en: "a control character must be escaped in a string", zh: "字符串中的控制字符必须转义")
    }

    static var jsonStringLineBreak: Message {
        Message(en: "a string runs past the end of the line (write a line break as \\n)", zh: "字符串越过了行尾（换行请写成 \\n）")
    }

    static var jsonStringShortUnicode: Message {
        Message(en: "a \\u escape needs four hex digits", zh: "\\u 转义需要四位十六进制数字")
    }

    static var jsonStringSurrogate: Message {
        Message(en: "a \\u escape starts a surrogate pair that is not completed", zh: "\\u 转义开始了一个不完整的代理对")
    }

    static var jsonStringUnclosed: Message {
        Message(en: "a string is not closed (missing '\"')", zh: "字符串没有闭合（缺少 '\"'）")
    }

    static var jsonStringUtf8: Message {
        Message(en: "a string is not valid UTF-8", zh: "字符串不是有效的 UTF-8")
    }

    static var jsonTooDeep: Message {
        Message(en: "values are nested too deeply", zh: "值嵌套过深")
    }

    static var jsonTrailingCommaArray: Message {
        Message(en: "a trailing comma is not allowed before ']'", zh: "']' 之前不允许有多余的逗号")
    }

    static var jsonTrailingCommaObject: Message {
        Message(en: "a trailing comma is not allowed before '}'", zh: "'}' 之前不允许有多余的逗号")
    }

    static var jsonTrailingText: Message {
        Message(en: "unexpected text after the end of the JSON value", zh: "JSON 值结束后还有多余的文本")
    }

    static var jsonUnexpectedEnd: Message {
        Message(en: "the text ends where a value was expected", zh: "文本在应有值的位置结束了")
    }

    static func manifestFolder(folder: String) -> Message {
        Message(en: "could not create folder \(folder) for the manifest", zh: "无法为清单创建文件夹 \(folder)")
    }

    static func manifestNoFreeName(folder: String) -> Message {
        Message(en: "could not find a free name for the manifest in \(folder)", zh: "无法在 \(folder) 中为清单找到可用的文件名")
    }

    static func manifestWrite(folder: String) -> Message {
        Message(en: "could not write the manifest in \(folder)", zh: "无法在 \(folder) 中写入清单")
    }

    static var manifestWriteHint: Message {
        Message(en: "check free space and permissions", zh: "请检查剩余空间和权限")
    }

    // MARK: - Batch under pressure

    static func batchLockBusy(pid: String, path: String) -> Message {
        Message(
            en: "another run of this batch is in progress (process \(pid), lock \(path)); nothing was sent",
            zh: "此批量任务的另一次运行正在进行（进程 \(pid)，锁文件 \(path)）；没有发送任何请求")
    }

    static func batchFileLockBusy(pid: String, path: String) -> Message {
        Message(
            en: "another run of this batch is in progress (process \(pid), batch file \(path), perhaps reached "
                + "through a link or another spelling of its path); nothing was sent",
            zh: "此批量任务的另一次运行正在进行（进程 \(pid)，批量文件 \(path)，可能经由链接或路径的另一种写法）；没有发送任何请求")
    }

    static var batchLockBusyHint: Message {
        Message(
            en: "wait for it to finish, then run again: its saved images are skipped. A lock left by a run that "
                + "was killed never blocks",
            zh: "请等它结束后再运行：它已保存的图片会被跳过。被强制结束的运行留下的锁不会造成阻塞")
    }

    static func batchLockOpen(path: String, detail: String) -> Message {
        Message(en: "cannot create the batch lock \(path): \(detail)", zh: "无法创建批量任务锁 \(path)：\(detail)")
    }

    static func batchPathOutside(path: String, folder: String, outDir: String) -> Message {
        Message(
            en: "\(path) is outside the batch file's folder (\(folder)) and \(setting: "out_dir") (\(outDir))",
            zh: "\(path) 不在批量文件所在的文件夹（\(folder)）和 \(setting: "out_dir")（\(outDir)）之内")
    }

    static var batchPathOutsideHint: Message {
        Message(
            en: "use a name relative to the batch file's folder, or pass \(setting: "allow_outside") if the file is "
                + "yours and it should write there",
            zh: "请使用相对于批量文件所在文件夹的名称；如果文件是你自己写的且确实要写到那里，请加上 \(setting: "allow_outside")")
    }

    static func batchValueNotBool(field: String, kind: Message) -> Message {
        Message(en: "\(field) must be true or false, not \(kind)", zh: "\(field) 必须是 true 或 false，而不是\(kind)")
    }

    // MARK: - Usage errors

    /// use W:H such as 16:9, 9:16 or 1:1
    public static var usageAspectHint: Message {
        Message(en: "use W:H such as 16:9, 9:16 or 1:1", zh: "请用 W:H 的形式，例如 16:9、9:16 或 1:1")
    }

    /// invalid value '{value}' for {option}
    public static func usageInvalidValue(value: String, option: String) -> Message {
        Message(en: "invalid value '\(value)' for \(option)", zh: "\(option) 的值 '\(value)' 无效")
    }

    /// use 1k, 2k or 4k
    public static var usageResolutionHint: Message {
        Message(en: "use 1k, 2k or 4k", zh: "请用 1k、2k 或 4k")
    }

    /// --resolution needs --aspect
    public static var usageResolutionNeedsAspect: Message {
        Message(
            en: "\(setting: "resolution") needs \(setting: "aspect")",
            zh: "\(setting: "resolution") 需要与 \(setting: "aspect") 一起使用")
    }

    /// e.g. --aspect 16:9 --resolution 2k, or -s WxH (as the front end spells them)
    public static var usageResolutionNeedsAspectHint: Message {
        Message(
            en: "e.g. \(setting: "aspect") 16:9 \(setting: "resolution") 2k, or \(setting: "size") WxH",
            zh: "例如 \(setting: "aspect") 16:9 \(setting: "resolution") 2k，或改用 \(setting: "size") WxH")
    }
}
