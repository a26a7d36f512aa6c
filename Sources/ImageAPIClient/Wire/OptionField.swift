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
    /// The request parameters the plan holds that a request to `endpoint` carries, in `ImageOption`'s order,
    /// values checked by the planner: only those whose declaration names that API (`ImageOption.isSent(on:)`),
    /// so a parameter no backend opted into is never written. `stream` is each backend's own business (the
    /// Images API sends it before `partial_images`, Responses always streams); `n` is sent only where one
    /// request carries several images.
    static func parameterFields(of planned: PlannedJob, on endpoint: Endpoint) -> [OptionField] {
        planned.parameters.fields.filter {
            $0.option.isSent(on: endpoint) && $0.option != .stream
                && ($0.option != .count || planned.countPerRequest > 1)
        }.map { option, value in
            OptionField(option: option, text: value.wireText, isNumber: value.isJSONLiteral)
        }
    }
}
