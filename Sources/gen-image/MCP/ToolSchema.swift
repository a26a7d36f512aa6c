import Foundation
import ImageAPIClient

/// The tools' JSON Schemas, derived from the declarations the command line and batch files already read: the
/// fields a batch item and `global` may set (`BatchFileParser`), each parameter's `rule` (`ImageOption`), the
/// values the models' rows accept (`ModelCatalog`), and the command line's help text for the same setting
/// (`OptionTable`). Add a parameter there and it appears here, typed and described; there is no second list.
enum ToolSchema {
    /// The schema of one field a batch item or `global` may set.
    static func property(_ field: String, wording: Wording) -> JSONValue {
        var schema = type(of: field)
        let description = describe(field, wording: wording)
        if case .object(var fields) = schema, !description.isEmpty {
            fields["description"] = .string(description)
            schema = .object(fields)
        }
        return schema
    }

    /// The fields of one image: a batch item's, in declaration order.
    static func itemProperties(wording: Wording) -> [String: JSONValue] {
        Dictionary(uniqueKeysWithValues: BatchFileParser.itemFields.map { ($0, property($0, wording: wording)) })
    }

    /// The fields `global` may set.
    static func globalProperties(wording: Wording) -> [String: JSONValue] {
        Dictionary(uniqueKeysWithValues: BatchFileParser.globalFields.map { ($0, property($0, wording: wording)) })
    }

    /// `{"type": "object", "properties": …, "required": …, "additionalProperties": false}`.
    static func object(_ properties: [String: JSONValue], required: [String] = []) -> JSONValue {
        var schema: [String: JSONValue] = [
            "type": .string("object"), "properties": .object(properties), "additionalProperties": .bool(false),
        ]
        if !required.isEmpty { schema["required"] = .array(required.map(JSONValue.string)) }
        return .object(schema)
    }

    /// The values a choice may take on any known model, in the order the rows list them.
    static func choices(_ column: KeyPath<ModelSpec, [String]>) -> [String] {
        var seen: [String] = []
        for model in ModelCatalog.models {
            for value in model[keyPath: column] where !seen.contains(value) { seen.append(value) }
        }
        return seen
    }

    private static func strings(_ values: [String]) -> JSONValue {
        .array(values.map(JSONValue.string))
    }

    /// The field's JSON type, with its enum or range.
    private static func type(of field: String) -> JSONValue {
        switch field {
        case "prompt", "filename", "size_hint", "aspect":
            return .object(["type": .string("string"), "minLength": .number(1)])
        case "input_images":
            let most = ModelCatalog.models.map(\.maxInputImages).max() ?? 5
            return .object([
                "type": .string("array"), "items": .object(["type": .string("string"), "minLength": .number(1)]),
                "maxItems": .number(Double(most)),
            ])
        case "model":
            return .object(["type": .string("string"), "enum": strings(ModelCatalog.models.map(\.name))])
        case "resolution":
            return .object(["type": .string("string"), "enum": strings(Resolution.allCases.map(\.rawValue))])
        default:
            guard let option = ImageOption(rawValue: field) else { return .object(["type": .string("string")]) }
            switch option.rule {
            case .choice(let column, _):
                return .object(["type": .string("string"), "enum": strings(choices(column))])
            case .size, .file, .text:
                return .object(["type": .string("string"), "minLength": .number(1)])
            case .integer(let range, _, _):
                return .object([
                    "type": .string("integer"), "minimum": .number(Double(range.lowerBound)),
                    "maximum": .number(Double(range.upperBound)),
                ])
            case .flag:
                return .object(["type": .string("boolean")])
            }
        }
    }

    /// The field's description: the command line's help for the same setting; the models' prices and waits
    /// for `model`.
    private static func describe(_ field: String, wording: Wording) -> String {
        switch field {
        case "model": return models(wording: wording)
        case "size_hint": return wording.text(.mcpFieldSizeHint)
        case "input_images": return wording.text(.mcpFieldInputImages)
        case "filename": return wording.text(.mcpFieldFilename)
        default:
            guard let row = OptionTable.all.first(where: { $0.setting?.rawValue == field }) else { return "" }
            return wording.text(row.help)
        }
    }

    /// `The model. Without it: …. Price and usual wait: gpt-image-2-all: $0.03 per image, usually 60–300 s; …`.
    static func models(wording: Wording) -> String {
        wording.text(
            .mcpFieldModel(
                defaultModel: ModelCatalog.defaultModel, sizedModel: ModelCatalog.defaultSizedModel,
                models: modelLines(wording: wording)))
    }

    /// `gpt-image-2-all: $0.03 per image, usually 60–300 s; gpt-image-2: …`, one per model of the table.
    static func modelLines(wording: Wording) -> String {
        ModelCatalog.models.map { model in
            wording.text(
                .mcpModelLine(model: model.name, price: price(model, wording: wording), wait: wait(model, wording)))
        }.joined(separator: "; ")
    }

    /// `$0.03 per image`, or the token-billed range per 1024x1024 image.
    static func price(_ model: ModelSpec, wording: Wording) -> String {
        switch model.price {
        case .perImage(let dollars): return wording.text(.helpModelPerImage(dollars: "\(dollars)"))
        case .perToken(let low, _, let high):
            return wording.text(.mcpPriceTokens(low: "\(low)", high: "\(high)"))
        case .unknown:
            return model.imageToolModel != nil ? wording.text(.helpModelTextAndImageTokens) : "?"
        }
    }

    /// `usually 60–300 s`, and when it runs longer.
    static func wait(_ model: ModelSpec, _ wording: Wording) -> String {
        var text = wording.usualWait(model.expectedWait)
        if let longer = model.expectedWait.longerWhen(in: wording.language) { text += " (\(longer))" }
        return text
    }
}
