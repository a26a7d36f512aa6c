import Foundation

/// One optional request field, written as a JSON member or as a multipart text part.
struct OptionField {
    let name: String
    /// The value as text (a multipart part's body).
    let text: String
    /// Numbers and booleans are JSON literals, not strings (`output_compression: 85`, `stream: true`).
    var isNumber = false

    /// The value in a described JSON body.
    var bodyJSON: BodyJSON { isNumber ? .raw(text) : .string(text) }
}

extension OptionField {
    /// Every request parameter the plan holds, in the order they are sent, values normalised by the planner:
    /// the one listing of parameters, which each backend filters to the ones its shape takes.
    static func parameterFields(of planned: PlannedJob) -> [OptionField] {
        let options = planned.options
        var fields: [OptionField] = []
        if let size = options.size { fields.append(OptionField(name: "size", text: size)) }
        if let quality = options.quality { fields.append(OptionField(name: "quality", text: quality)) }
        if let format = options.outputFormat { fields.append(OptionField(name: "output_format", text: format)) }
        if let compression = options.outputCompression {
            fields.append(OptionField(name: "output_compression", text: String(compression), isNumber: true))
        }
        if let responseFormat = options.responseFormat {
            fields.append(OptionField(name: "response_format", text: responseFormat))
        }
        if let moderation = options.moderation { fields.append(OptionField(name: "moderation", text: moderation)) }
        if let background = options.background { fields.append(OptionField(name: "background", text: background)) }
        if let count = options.partialImages {
            fields.append(OptionField(name: "partial_images", text: String(count), isNumber: true))
        }
        if let action = options.action { fields.append(OptionField(name: "action", text: action)) }
        return fields
    }
}
