import Foundation

/// One optional request field, written as a JSON member or as a multipart text part.
struct OptionField {
    /// The parameter; its raw value is the field's name.
    let option: ImageOption
    /// The value as text (a multipart part's body).
    let text: String
    /// Numbers and booleans are JSON literals, not strings (`output_compression: 85`, `stream: true`).
    var isNumber = false

    /// The field's name in the body.
    var name: String { option.rawValue }

    /// The value in a described JSON body.
    var bodyJSON: BodyJSON { isNumber ? .raw(text) : .string(text) }
}

extension OptionField {
    /// Every request parameter the plan holds, in `ImageOption`'s order, values checked by the planner: the one
    /// listing of parameters, which each backend filters to the ones its shape takes (`stream` is each
    /// backend's own business: the Images API sends it before `partial_images`, Responses always streams).
    static func parameterFields(of planned: PlannedJob) -> [OptionField] {
        planned.parameters.fields.filter {
            $0.option != .stream && ($0.option != .count || planned.countPerRequest > 1)
        }.map { option, value in
            OptionField(option: option, text: value.wireText, isNumber: value.isJSONLiteral)
        }
    }
}
