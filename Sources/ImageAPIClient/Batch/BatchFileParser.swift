import Foundation

/// Reads a batch file in either skill's template or as JSON Lines, and reports every problem it finds with
/// its item, line and field, rather than stopping at the first.
///
/// Only the shape is checked here (required fields, types, unknown names); whether a model takes a value is
/// decided by `BatchPlanner` through the same `JobPlanner` a single run uses.
public enum BatchFileParser {
    /// Fields `global` may set: the model, the shape, and every request parameter but files (a mask belongs to
    /// one item's input image).
    public static let globalFields =
        ["model"] + ImageOption.batchFields.filter { !$0.isPerItem }.map(\.rawValue) + shapeFields + [
            "metadata", "size_hint",
        ]
    /// Fields an item may set.
    public static let itemFields =
        ["prompt", "filename", "input_images", "model"] + ImageOption.batchFields.map(\.rawValue) + shapeFields
        + ["metadata"]
    /// The single run's `--aspect` and `--resolution`, settable in `global` and in each item.
    public static let shapeFields = ["aspect", "resolution"]
    /// Fields the template's top level may set.
    public static let rootFields = ["description", "global", "prompts"]

    /// Parses `data`; the file is usable only when `problems` is empty.
    public static func parse(_ data: Data) -> (file: BatchFile, problems: [BatchProblem]) {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var problems: [BatchProblem] = []
        guard bytes.contains(where: { !isWhitespace($0) }) else {
            problems.append(
                BatchProblem(
                    error: invalid(Message.batchFileEmpty, hint: Message.batchFileEmptyHint)))
            return (BatchFile(layout: .template, items: []), problems)
        }
        do {
            let root = try JSONReader.parse(bytes)
            if case .object = root.kind, root["prompts"] != nil || root["prompt"] == nil {
                let file = template(root, problems: &problems)
                return (file, problems)
            }
            if case .object = root.kind {
                return (jsonLines(bytes, problems: &problems), problems)
            }
            problems.append(
                BatchProblem(
                    line: root.line,
                    error: invalid(
                        Message.batchFileNotObject(kind: root.kindText),
                        hint: Message.batchFileNotObjectHint)))
            return (BatchFile(layout: .template, items: []), problems)
        } catch {
            if firstLineIsAnObject(bytes) {
                return (jsonLines(bytes, problems: &problems), problems)
            }
            problems.append(
                BatchProblem(
                    line: error.line,
                    error: invalid(
                        Message.batchSyntax(column: String(error.column), message: error.message),
                        hint: Message.batchSyntaxHint)))
            return (BatchFile(layout: .template, items: []), problems)
        }
    }

    // MARK: - Layouts

    private static func template(_ root: JSONNode, problems: inout [BatchProblem]) -> BatchFile {
        var file = BatchFile(layout: .template, items: [])
        guard case .object(let members) = root.kind else { return file }
        for (key, value) in members where !rootFields.contains(key) {
            problems.append(
                unknownField(
                    key, line: value.line, index: nil, allowed: rootFields,
                    hint: itemFields.contains(key) ? Message.batchFieldItemAtRoot : nil))
        }
        if let node = root["description"] {
            file.description = string(node, field: "description", index: nil, problems: &problems)
        }
        if let node = root["global"] {
            file.global = global(node, problems: &problems)
        }
        guard let prompts = root["prompts"] else {
            problems.append(
                BatchProblem(
                    line: root.line, field: "prompts",
                    error: invalid(Message.batchPromptsMissing, hint: Message.batchPromptsMissingHint)))
            return file
        }
        guard case .array(let elements) = prompts.kind else {
            problems.append(
                BatchProblem(
                    line: prompts.line, field: "prompts",
                    error: invalid(Message.batchPromptsNotArray(kind: prompts.kindText))))
            return file
        }
        if elements.isEmpty {
            problems.append(
                BatchProblem(
                    line: prompts.line, field: "prompts",
                    error: invalid(Message.batchPromptsEmpty, hint: Message.batchPromptsEmptyHint)))
        }
        for (offset, element) in elements.enumerated() {
            if let item = item(element, index: offset + 1, problems: &problems) {
                file.items.append(item)
            }
        }
        return file
    }

    private static func jsonLines(_ bytes: [UInt8], problems: inout [BatchProblem]) -> BatchFile {
        var file = BatchFile(layout: .jsonLines, items: [])
        var index = 0
        var seenItem = false
        for (lineOffset, slice) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            guard slice.contains(where: { !isWhitespace($0) }) else { continue }
            let lineNumber = lineOffset + 1
            let node: JSONNode
            do {
                node = try JSONReader.parse(Array(slice), firstLine: lineNumber)
            } catch {
                index += 1
                seenItem = true
                problems.append(
                    BatchProblem(
                        index: index, line: error.line,
                        error: invalid(
                            Message.batchSyntax(column: String(error.column), message: error.message),
                            hint: Message.batchSyntaxLinesHint)))
                continue
            }
            if case .object = node.kind, node["prompt"] == nil, node["global"] != nil || node["description"] != nil {
                guard !seenItem else {
                    problems.append(
                        BatchProblem(
                            line: lineNumber, field: "global",
                            error: invalid(Message.batchGlobalLate, hint: Message.batchGlobalLateHint)))
                    continue
                }
                seenItem = true
                for (key, value) in nodeMembers(node) where !["global", "description"].contains(key) {
                    problems.append(
                        unknownField(key, line: value.line, index: nil, allowed: ["global", "description"]))
                }
                if let description = node["description"] {
                    file.description = string(description, field: "description", index: nil, problems: &problems)
                }
                if let global = node["global"] { file.global = self.global(global, problems: &problems) }
                continue
            }
            seenItem = true
            index += 1
            if let item = item(node, index: index, problems: &problems) {
                file.items.append(item)
            }
        }
        if index == 0 && problems.isEmpty {
            problems.append(
                BatchProblem(error: invalid(Message.batchFileNoItems, hint: Message.batchFileNoItemsHint)))
        }
        return file
    }

    private static func firstLineIsAnObject(_ bytes: [UInt8]) -> Bool {
        for slice in bytes.split(separator: 0x0A) where slice.contains(where: { !isWhitespace($0) }) {
            guard let node = try? JSONReader.parse(Array(slice)), case .object = node.kind else { return false }
            return true
        }
        return false
    }

    // MARK: - Sections

    private static func global(_ node: JSONNode, problems: inout [BatchProblem]) -> BatchSettings {
        if case .null = node.kind { return BatchSettings() }
        guard case .object(let members) = node.kind else {
            problems.append(
                BatchProblem(
                    line: node.line, field: "global",
                    error: invalid(Message.batchGlobalNotObject(kind: node.kindText))))
            return BatchSettings()
        }
        for (key, value) in members where !globalFields.contains(key) {
            let hint: Message? =
                ["prompt", "filename", "input_images"].contains(key)
                ? Message.batchFieldItemInGlobal(field: key) : nil
            problems.append(
                unknownField("global.\(key)", line: value.line, index: nil, allowed: globalFields, hint: hint))
        }
        return settings(node, prefix: "global.", index: nil, problems: &problems)
    }

    private static func item(_ node: JSONNode, index: Int, problems: inout [BatchProblem]) -> BatchItem? {
        guard case .object(let members) = node.kind else {
            problems.append(
                BatchProblem(
                    index: index, line: node.line,
                    error: invalid(Message.batchItemNotObject(kind: node.kindText))))
            return nil
        }
        let before = problems.count
        for (key, value) in members where !itemFields.contains(key) {
            let hint: Message? =
                key == "size_hint"
                ? Message.batchFieldSizeHintInItem : key == ImageOption.count.rawValue ? Message.batchFieldCount : nil
            problems.append(unknownField(key, line: value.line, index: index, allowed: itemFields, hint: hint))
        }
        var prompt: String?
        let promptNode = node["prompt"]
        if let promptNode {
            prompt = string(promptNode, field: "prompt", index: index, problems: &problems)
        }
        if promptNode == nil || promptNode?.isNull == true {
            problems.append(
                BatchProblem(
                    index: index, line: node.line, field: "prompt",
                    error: invalid(Message.batchItemNoPrompt, hint: Message.batchItemNoPromptHint)))
        } else if let text = prompt, text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            problems.append(
                BatchProblem(
                    index: index, line: node["prompt"]?.line, field: "prompt",
                    error: invalid(Message.plannerPromptEmpty, hint: Message.batchItemEmptyPromptHint)))
        }
        var filename: String?
        if let value = node["filename"] {
            filename = string(value, field: "filename", index: index, problems: &problems)
            if filename?.isEmpty == true {
                problems.append(
                    BatchProblem(
                        index: index, line: value.line, field: "filename",
                        error: invalid(
                            Message.batchItemEmptyFilename, hint: Message.batchItemEmptyFilenameHint)))
            }
        }
        var inputs: [String] = []
        if let value = node["input_images"] {
            inputs = stringList(value, field: "input_images", index: index, problems: &problems)
        }
        let settings = settings(node, prefix: "", index: index, problems: &problems)
        guard let prompt, problems.count == before else { return nil }
        return BatchItem(
            index: index, line: node.line, prompt: prompt, filename: filename, inputImages: inputs, settings: settings)
    }

    private static func settings(_ node: JSONNode, prefix: String, index: Int?, problems: inout [BatchProblem])
        -> BatchSettings
    {
        var settings = BatchSettings()
        func text(_ key: String) -> String? {
            node[key].flatMap { string($0, field: prefix + key, index: index, problems: &problems) }
        }
        settings.model = text("model")
        if prefix == "global." { settings.sizeHint = text("size_hint") }
        settings.aspect = text("aspect")
        settings.resolution = text("resolution")
        settings.metadata = text("metadata")
        for option in ImageOption.batchFields where prefix.isEmpty || !option.isPerItem {
            guard let value = node[option.rawValue] else { continue }
            let field = prefix + option.rawValue
            switch option.rule {
            case .flag:
                settings.options[option] = boolean(value, field: field, index: index, problems: &problems)
                    .map { $0 ? "true" : "false" }
            case .integer(let range, _, _):
                settings.options[option] = integer(value, field: field, range: range, index: index, problems: &problems)
                    .map(String.init)
            case .choice, .size, .file, .text:
                settings.options[option] = string(value, field: field, index: index, problems: &problems)
            }
        }
        if index != nil {
            for (key, value) in nodeMembers(node) where globalFields.contains(key) {
                if case .null = value.kind { settings.cleared.insert(key) }
            }
        }
        return settings
    }

    // MARK: - Values

    private static func string(_ node: JSONNode, field: String, index: Int?, problems: inout [BatchProblem])
        -> String?
    {
        switch node.kind {
        case .null: return nil
        case .string(let value): return value
        default:
            problems.append(
                BatchProblem(
                    index: index, line: node.line, field: field,
                    error: invalid(Message.batchValueNotString(field: field, kind: node.kindText)))
            )
            return nil
        }
    }

    private static func stringList(_ node: JSONNode, field: String, index: Int?, problems: inout [BatchProblem])
        -> [String]
    {
        switch node.kind {
        case .null: return []
        case .array(let elements):
            var list: [String] = []
            for element in elements {
                guard case .string(let value) = element.kind, !value.isEmpty else {
                    problems.append(
                        BatchProblem(
                            index: index, line: element.line, field: field,
                            error: invalid(Message.batchValueBadPath(field: field))))
                    continue
                }
                list.append(value)
            }
            return list
        default:
            problems.append(
                BatchProblem(
                    index: index, line: node.line, field: field,
                    error: invalid(
                        Message.batchValueNotPaths(field: field, kind: node.kindText),
                        hint: Message.batchValueNotPathsHint(field: field))))
            return []
        }
    }

    private static func boolean(_ node: JSONNode, field: String, index: Int?, problems: inout [BatchProblem]) -> Bool? {
        switch node.kind {
        case .null: return nil
        case .bool(let value): return value
        default:
            problems.append(
                BatchProblem(
                    index: index, line: node.line, field: field,
                    error: invalid(Message.batchValueNotBool(field: field, kind: node.kindText))))
            return nil
        }
    }

    /// A whole number; the message for anything else names the range and an example from the option's own rule
    /// (`partial_images` is 0–3, `output_compression` 0–100), so no field borrows another's words.
    private static func integer(
        _ node: JSONNode, field: String, range: ClosedRange<Int>, index: Int?, problems: inout [BatchProblem]
    ) -> Int? {
        switch node.kind {
        case .null: return nil
        case .number(let value, let isInteger) where isInteger && abs(value) < 1e15: return Int(value)
        case .string(let text) where Int(text.trimmingCharacters(in: .whitespaces)) != nil:
            return Int(text.trimmingCharacters(in: .whitespaces))
        default:
            problems.append(
                BatchProblem(
                    index: index, line: node.line, field: field,
                    error: invalid(
                        Message.batchValueNotWholeNumber(
                            field: field, low: String(range.lowerBound), high: String(range.upperBound)),
                        hint: Message.batchValueNotWholeNumberHint(field: field, example: String(example(in: range))))))
            return nil
        }
    }

    /// A typical value of `range` to show in an example: four fifths of the way up, rounded down (80 for
    /// 0–100, 2 for 0–3).
    static func example(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + (range.upperBound - range.lowerBound) * 4 / 5
    }

    // MARK: - Helpers

    private static func unknownField(
        _ name: String, line: Int, index: Int?, allowed: [String], hint: Message? = nil
    ) -> BatchProblem {
        BatchProblem(
            index: index, line: line, field: name,
            error: invalid(
                Message.batchFieldUnknown(field: name),
                hint: hint ?? Message.batchFieldAllowed(fields: allowed.joined(separator: ", "))))
    }

    private static func nodeMembers(_ node: JSONNode) -> [(key: String, value: JSONNode)] {
        if case .object(let members) = node.kind { return members }
        return []
    }

    private static func invalid(_ message: Message, hint: Message? = nil) -> ImageAPIError {
        ImageAPIError(.invalidArgument, message, hint: hint)
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
