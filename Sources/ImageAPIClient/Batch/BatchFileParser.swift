import Foundation

/// Reads a batch file in either skill's template or as JSON Lines, and reports every problem it finds with
/// its item, line and field, rather than stopping at the first.
///
/// Only the shape is checked here (required fields, types, unknown names); whether a model takes a value is
/// decided by `BatchPlanner` through the same `JobPlanner` a single run uses.
public enum BatchFileParser {
    /// Fields `global` may set.
    public static let globalFields = [
        "model", "size", "quality", "output_format", "output_compression", "response_format", "size_hint",
    ]
    /// Fields an item may set.
    public static let itemFields = [
        "prompt", "filename", "input_images", "model", "size", "quality", "output_format", "output_compression",
        "response_format",
    ]
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
                    error: invalid("the batch file is empty", hint: "write {\"prompts\": [{\"prompt\": \"…\"}]}")))
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
                        "the batch file holds \(root.kindName), not an object",
                        hint: "write {\"prompts\": [{\"prompt\": \"…\"}, …]}, or one {\"prompt\": \"…\"} per line")))
            return (BatchFile(layout: .template, items: []), problems)
        } catch {
            if firstLineIsAnObject(bytes) {
                return (jsonLines(bytes, problems: &problems), problems)
            }
            problems.append(
                BatchProblem(
                    line: error.line,
                    error: invalid(
                        "column \(error.column): \(error.message)",
                        hint: "the file must be JSON: {\"prompts\": [...]}, or JSON Lines (one object per line)")))
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
                    hint: itemFields.contains(key) ? "item fields go inside the elements of \"prompts\"" : nil))
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
                    error: invalid(
                        "the batch file has no \"prompts\"",
                        hint: "add \"prompts\": [{\"prompt\": \"…\", \"filename\": \"…\"}, …]")))
            return file
        }
        guard case .array(let elements) = prompts.kind else {
            problems.append(
                BatchProblem(
                    line: prompts.line, field: "prompts",
                    error: invalid("\"prompts\" must be an array, not \(prompts.kindName)")))
            return file
        }
        if elements.isEmpty {
            problems.append(
                BatchProblem(
                    line: prompts.line, field: "prompts",
                    error: invalid("\"prompts\" is empty", hint: "add at least one {\"prompt\": \"…\"}")))
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
                            "column \(error.column): \(error.message)",
                            hint: "in JSON Lines each line is one complete object: {\"prompt\": \"…\"}")))
                continue
            }
            if case .object = node.kind, node["prompt"] == nil, node["global"] != nil || node["description"] != nil {
                guard !seenItem else {
                    problems.append(
                        BatchProblem(
                            line: lineNumber, field: "global",
                            error: invalid(
                                "a line with \"global\" must come first, before any item",
                                hint: "move it to the first line")))
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
                BatchProblem(error: invalid("the batch file has no items", hint: "add {\"prompt\": \"…\"}")))
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
                    error: invalid("\"global\" must be an object, not \(node.kindName)")))
            return BatchSettings()
        }
        for (key, value) in members where !globalFields.contains(key) {
            let hint: String? =
                ["prompt", "filename", "input_images"].contains(key)
                ? "\(key) belongs to each item in \"prompts\", not to \"global\"" : nil
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
                    error: invalid("an item must be an object such as {\"prompt\": \"…\"}, not \(node.kindName)")))
            return nil
        }
        let before = problems.count
        for (key, value) in members where !itemFields.contains(key) {
            let hint: String? =
                key == "size_hint"
                ? "size_hint is read from \"global\" only; in an item, start the prompt with the ratio phrase itself"
                : nil
            problems.append(unknownField(key, line: value.line, index: index, allowed: itemFields, hint: hint))
        }
        var prompt: String?
        let promptNode = node["prompt"]
        if let promptNode {
            prompt = string(promptNode, field: "prompt", index: index, problems: &problems)
        }
        if promptNode == nil || promptNode?.kindName == "null" {
            problems.append(
                BatchProblem(
                    index: index, line: node.line, field: "prompt",
                    error: invalid("the item has no prompt", hint: "add \"prompt\": \"…\" (it is required)")))
        } else if let text = prompt, text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            problems.append(
                BatchProblem(
                    index: index, line: node["prompt"]?.line, field: "prompt",
                    error: invalid("the prompt is empty", hint: "write the user's words in \"prompt\"")))
        }
        var filename: String?
        if let value = node["filename"] {
            filename = string(value, field: "filename", index: index, problems: &problems)
            if filename?.isEmpty == true {
                problems.append(
                    BatchProblem(
                        index: index, line: value.line, field: "filename",
                        error: invalid("the filename is empty", hint: "give a name such as cat.png, or leave it out")))
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
        settings.size = text("size")
        settings.quality = text("quality")
        settings.outputFormat = text("output_format")
        settings.responseFormat = text("response_format")
        if prefix == "global." { settings.sizeHint = text("size_hint") }
        if let value = node["output_compression"] {
            settings.outputCompression = integer(
                value, field: prefix + "output_compression", index: index, problems: &problems)
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
                    error: invalid("\(field) must be a string, not \(node.kindName)")))
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
                            error: invalid("every entry of \(field) must be a file path (a non-empty string)")))
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
                        "\(field) must be an array of paths, not \(node.kindName)",
                        hint: "write \"\(field)\": [\"ref1.png\", \"ref2.png\"]")))
            return []
        }
    }

    private static func integer(_ node: JSONNode, field: String, index: Int?, problems: inout [BatchProblem]) -> Int? {
        switch node.kind {
        case .null: return nil
        case .number(let value, let isInteger) where isInteger && abs(value) < 1e9: return Int(value)
        case .string(let text) where Int(text.trimmingCharacters(in: .whitespaces)) != nil:
            return Int(text.trimmingCharacters(in: .whitespaces))
        default:
            problems.append(
                BatchProblem(
                    index: index, line: node.line, field: field,
                    error: invalid("\(field) must be a whole number from 0 to 100", hint: "e.g. \"\(field)\": 80")))
            return nil
        }
    }

    // MARK: - Helpers

    private static func unknownField(
        _ name: String, line: Int, index: Int?, allowed: [String], hint: String? = nil
    ) -> BatchProblem {
        BatchProblem(
            index: index, line: line, field: name,
            error: invalid(
                "unknown field \"\(name)\"", hint: hint ?? "the fields here are: \(allowed.joined(separator: ", "))"))
    }

    private static func nodeMembers(_ node: JSONNode) -> [(key: String, value: JSONNode)] {
        if case .object(let members) = node.kind { return members }
        return []
    }

    private static func invalid(_ message: String, hint: String? = nil) -> ImageAPIError {
        ImageAPIError(.invalidArgument, message, hint: hint)
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
