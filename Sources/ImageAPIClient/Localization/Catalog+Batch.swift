/// Texts of batch files: their JSON, their fields, where a problem is, and the manifest.
extension Catalog {
    static let batch: [String: Entry] = [
        "batch.file.empty": Entry(en: "the batch file is empty", zh: "批量文件为空"),
        "batch.file.empty.hint": Entry(
            en: "write {\"prompts\": [{\"prompt\": \"…\"}]}", zh: "请写成 {\"prompts\": [{\"prompt\": \"…\"}]}"),
        "batch.file.not_object": Entry(en: "the batch file holds {kind}, not an object", zh: "批量文件的内容是{kind}，而不是对象"),
        "batch.file.not_object.hint": Entry(
            en: "write {\"prompts\": [{\"prompt\": \"…\"}, …]}, or one {\"prompt\": \"…\"} per line",
            zh: "请写成 {\"prompts\": [{\"prompt\": \"…\"}, …]}，或每行一个 {\"prompt\": \"…\"}"),
        "batch.file.no_items": Entry(en: "the batch file has no items", zh: "批量文件中没有条目"),
        "batch.file.no_items.hint": Entry(en: "add {\"prompt\": \"…\"}", zh: "请加上 {\"prompt\": \"…\"}"),
        "batch.syntax": Entry(en: "column {column}: {message}", zh: "第 {column} 列：{message}"),
        "batch.syntax.hint": Entry(
            en: "the file must be JSON: {\"prompts\": [...]}, or JSON Lines (one object per line)",
            zh: "文件必须是 JSON：{\"prompts\": [...]}，或 JSON Lines（每行一个对象）"),
        "batch.syntax.lines.hint": Entry(
            en: "in JSON Lines each line is one complete object: {\"prompt\": \"…\"}",
            zh: "JSON Lines 中每行都是一个完整的对象：{\"prompt\": \"…\"}"),
        "batch.prompts.missing": Entry(en: "the batch file has no \"prompts\"", zh: "批量文件中没有 \"prompts\""),
        "batch.prompts.missing.hint": Entry(
            en: "add \"prompts\": [{\"prompt\": \"…\", \"filename\": \"…\"}, …]",
            zh: "请加上 \"prompts\": [{\"prompt\": \"…\", \"filename\": \"…\"}, …]"),
        "batch.prompts.not_array": Entry(
            en: "\"prompts\" must be an array, not {kind}", zh: "\"prompts\" 必须是数组，而不是{kind}"),
        "batch.prompts.empty": Entry(en: "\"prompts\" is empty", zh: "\"prompts\" 为空"),
        "batch.prompts.empty.hint": Entry(
            en: "add at least one {\"prompt\": \"…\"}", zh: "请至少加上一个 {\"prompt\": \"…\"}"),
        "batch.global.late": Entry(
            en: "a line with \"global\" must come first, before any item", zh: "含 \"global\" 的行必须放在最前面，位于所有条目之前"),
        "batch.global.late.hint": Entry(en: "move it to the first line", zh: "请把它移到第一行"),
        "batch.global.not_object": Entry(
            en: "\"global\" must be an object, not {kind}", zh: "\"global\" 必须是对象，而不是{kind}"),
        "batch.item.not_object": Entry(
            en: "an item must be an object such as {\"prompt\": \"…\"}, not {kind}",
            zh: "条目必须是像 {\"prompt\": \"…\"} 这样的对象，而不是{kind}"),
        "batch.item.no_prompt": Entry(en: "the item has no prompt", zh: "条目没有提示词"),
        "batch.item.no_prompt.hint": Entry(
            en: "add \"prompt\": \"…\" (it is required)", zh: "请加上 \"prompt\": \"…\"（必填）"),
        "batch.item.empty_prompt.hint": Entry(en: "write the user's words in \"prompt\"", zh: "请在 \"prompt\" 中写入用户的原话"),
        "batch.item.empty_filename": Entry(en: "the filename is empty", zh: "文件名为空"),
        "batch.item.empty_filename.hint": Entry(
            en: "give a name such as cat.png, or leave it out", zh: "请给出像 cat.png 这样的名称，或者省略它"),
        "batch.field.unknown": Entry(en: "unknown field \"{field}\"", zh: "未知字段 \"{field}\""),
        "batch.field.allowed": Entry(en: "the fields here are: {fields}", zh: "这里可用的字段：{fields}"),
        "batch.field.item_at_root": Entry(
            en: "item fields go inside the elements of \"prompts\"", zh: "条目字段应写在 \"prompts\" 的元素里"),
        "batch.field.item_in_global": Entry(
            en: "{field} belongs to each item in \"prompts\", not to \"global\"",
            zh: "{field} 属于 \"prompts\" 中的每个条目，而不属于 \"global\""),
        "batch.field.size_hint_in_item": Entry(
            en: "size_hint is read from \"global\" only; in an item, start the prompt with the ratio phrase itself",
            zh: "size_hint 只从 \"global\" 读取；在条目中请直接以比例短语开头写提示词"),
        "batch.value.not_string": Entry(en: "{field} must be a string, not {kind}", zh: "{field} 必须是字符串，而不是{kind}"),
        "batch.value.bad_path": Entry(
            en: "every entry of {field} must be a file path (a non-empty string)", zh: "{field} 的每一项都必须是文件路径（非空字符串）"),
        "batch.value.not_paths": Entry(
            en: "{field} must be an array of paths, not {kind}", zh: "{field} 必须是路径数组，而不是{kind}"),
        "batch.value.not_paths.hint": Entry(
            en: "write \"{field}\": [\"ref1.png\", \"ref2.png\"]", zh: "请写成 \"{field}\": [\"ref1.png\", \"ref2.png\"]"),
        "batch.value.not_percent": Entry(
            en: "{field} must be a whole number from 0 to 100", zh: "{field} 必须是 0 到 100 的整数"),
        "batch.value.not_percent.hint": Entry(en: "e.g. \"{field}\": 80", zh: "例如 \"{field}\": 80"),
        "batch.duplicate_target": Entry(en: "item {item} already saves to {name}", zh: "第 {item} 项已经保存到 {name}"),
        "batch.duplicate_target.hint": Entry(en: "give each item its own filename", zh: "请给每个条目指定不同的文件名"),
        "batch.location.item": Entry(en: "item {index}", zh: "第 {index} 项"),
        "batch.location.line": Entry(en: "line {line}", zh: "第 {line} 行"),
        "batch.location.item_line": Entry(en: "item {index} (line {line})", zh: "第 {index} 项（第 {line} 行）"),
        "batch.location.field": Entry(en: "{place}, {field}", zh: "{place}，{field}"),
        "batch.location.from_global": Entry(en: "{field} (from global)", zh: "{field}（来自 global）"),
        "batch.problem": Entry(en: "{location}: {message}", zh: "{location}：{message}"),
        "json.kind.null": Entry(en: "null", zh: "空值（null）"),
        "json.kind.bool": Entry(en: "true/false", zh: "布尔值（true/false）"),
        "json.kind.number": Entry(en: "a number", zh: "数字"),
        "json.kind.string": Entry(en: "a string", zh: "字符串"),
        "json.kind.array": Entry(en: "an array", zh: "数组"),
        "json.kind.object": Entry(en: "an object", zh: "对象"),
        "json.trailing_text": Entry(en: "unexpected text after the end of the JSON value", zh: "JSON 值结束后还有多余的文本"),
        "json.unexpected_end": Entry(en: "the text ends where a value was expected", zh: "文本在应有值的位置结束了"),
        "json.single_quotes": Entry(en: "strings must be in double quotes, not single quotes", zh: "字符串必须用双引号，而不是单引号"),
        "json.expected_value": Entry(
            en: "expected a value (a string, number, object, array, true, false or null)",
            zh: "此处应为一个值（字符串、数字、对象、数组、true、false 或 null）"),
        "json.too_deep": Entry(en: "values are nested too deeply", zh: "值嵌套过深"),
        "json.trailing_comma.object": Entry(en: "a trailing comma is not allowed before '}'", zh: "'}' 之前不允许有多余的逗号"),
        "json.trailing_comma.array": Entry(en: "a trailing comma is not allowed before ']'", zh: "']' 之前不允许有多余的逗号"),
        "json.expected_name": Entry(en: "expected a member name in double quotes", zh: "此处应为双引号括起的成员名"),
        "json.expected_colon": Entry(en: "expected ':' after the member name", zh: "成员名之后应为 ':'"),
        "json.expected_object_end": Entry(en: "expected ',' or '}'", zh: "此处应为 ',' 或 '}'"),
        "json.expected_array_end": Entry(en: "expected ',' or ']'", zh: "此处应为 ',' 或 ']'"),
        "json.duplicate": Entry(
            en: "the member \"{name}\" appears twice in this object", zh: "成员 \"{name}\" 在这个对象中出现了两次"),
        "json.number.invalid": Entry(en: "invalid number", zh: "无效的数字"),
        "json.number.fraction": Entry(en: "invalid number: digits must follow '.'", zh: "无效的数字：'.' 之后必须有数字"),
        "json.number.exponent": Entry(en: "invalid number: digits must follow the exponent", zh: "无效的数字：指数之后必须有数字"),
        "json.string.unclosed": Entry(en: "a string is not closed (missing '\"')", zh: "字符串没有闭合（缺少 '\"'）"),
        "json.string.utf8": Entry(en: "a string is not valid UTF-8", zh: "字符串不是有效的 UTF-8"),
        "json.string.surrogate": Entry(
            en: "a \\u escape starts a surrogate pair that is not completed", zh: "\\u 转义开始了一个不完整的代理对"),
        "json.string.bad_unicode": Entry(en: "invalid \\u escape", zh: "无效的 \\u 转义"),
        "json.string.short_unicode": Entry(en: "a \\u escape needs four hex digits", zh: "\\u 转义需要四位十六进制数字"),
        "json.string.bad_escape": Entry(en: "invalid escape in a string", zh: "字符串中有无效的转义"),
        "json.string.line_break": Entry(
            en: "a string runs past the end of the line (write a line break as \\n)", zh: "字符串越过了行尾（换行请写成 \\n）"),
        "json.string.control": Entry(en: "a control character must be escaped in a string", zh: "字符串中的控制字符必须转义"),
        "manifest.folder": Entry(en: "could not create folder {folder} for the manifest", zh: "无法为清单创建文件夹 {folder}"),
        "manifest.write": Entry(en: "could not write the manifest in {folder}", zh: "无法在 {folder} 中写入清单"),
        "manifest.write.hint": Entry(en: "check free space and permissions", zh: "请检查剩余空间和权限"),
        "manifest.no_free_name": Entry(
            en: "could not find a free name for the manifest in {folder}", zh: "无法在 {folder} 中为清单找到可用的文件名"),
    ]
}
