import Foundation

/// The texts that `Models/` shows a person, in English and Simplified Chinese side by side.
///
/// One constructor per text: its parameters are the values it shows, so a wrong name or value is
/// a compile error. Values are never translated; `Message` parameters render in the same language.
extension Message {
    // MARK: - Request parameters

    static var plannerChoiceResponseFormat: Message {
        Message(.plannerChoiceResponseFormat)
    }

    // MARK: - Planning

    static var modelAlternativeAllSize: Message {
        Message(.modelAlternativeAllSize)
    }

    static var modelAlternativeGptImage2ResponseFormat: Message {
        Message(.modelAlternativeGptImage2ResponseFormat)
    }

    static func modelAlternativeNoQuality(model: String) -> Message {
        Message(.modelAlternativeNoQuality, .value("model", model))
    }

    static func modelAlternativePngOnlyCompression(model: String) -> Message {
        Message(.modelAlternativePngOnlyCompression, .value("model", model))
    }

    static func modelAlternativePngOnlyFormat(model: String) -> Message {
        Message(.modelAlternativePngOnlyFormat, .value("model", model))
    }

    static var modelAlternativeResponsesMask: Message {
        Message(.modelAlternativeResponsesMask)
    }

    static var modelAlternativeResponsesResponseFormat: Message {
        Message(.modelAlternativeResponsesResponseFormat)
    }

    static var modelAlternativeVipQuality: Message {
        Message(.modelAlternativeVipQuality)
    }

    static var modelWaitHighQuality: Message {
        Message(.modelWaitHighQuality)
    }

    static var modelWaitSeveralImages: Message {
        Message(.modelWaitSeveralImages)
    }

    static var plannerChoiceAction: Message {
        Message(.plannerChoiceAction)
    }

    static var plannerChoiceBackground: Message {
        Message(.plannerChoiceBackground)
    }

    static var plannerChoiceModeration: Message {
        Message(.plannerChoiceModeration)
    }

    static var plannerChoiceOutputFormat: Message {
        Message(.plannerChoiceOutputFormat)
    }

    static var plannerChoiceQuality: Message {
        Message(.plannerChoiceQuality)
    }

    static func sizeRuleMaxEdge(max: String) -> Message {
        Message(.sizeRuleMaxEdge, .value("max", max))
    }

    static func sizeRuleMaxPixels(max: String, pixels: String) -> Message {
        Message(.sizeRuleMaxPixels, .value("max", max), .value("pixels", pixels))
    }

    static func sizeRuleMinPixels(min: String, pixels: String) -> Message {
        Message(.sizeRuleMinPixels, .value("min", min), .value("pixels", pixels))
    }

    static func sizeRuleMultiple(multiple: String) -> Message {
        Message(.sizeRuleMultiple, .value("multiple", multiple))
    }

    static func sizeRuleRatio(ratio: String) -> Message {
        Message(.sizeRuleRatio, .value("ratio", ratio))
    }

    static func sizeRuleSummary(
        multiple: String, max: String, ratio: String, min: String, maxPixels: String
    ) -> Message {
        Message(
            .sizeRuleSummary,
            .value("multiple", multiple),
            .value("max", max),
            .value("ratio", ratio),
            .value("min", min),
            .value("maxPixels", maxPixels))
    }

    // MARK: - Providers and data URIs

    static func providerCellAccepted(values: String) -> Message {
        Message(.providerCellAccepted, .value("values", values))
    }

    static var providerCellNotOffered: Message {
        Message(.providerCellNotOffered)
    }

    static var providerCellRefused: Message {
        Message(.providerCellRefused)
    }

    static func providerCellWithNote(accepted: Message, note: Message) -> Message {
        Message(.providerCellWithNote, .message("accepted", accepted), .message("note", note))
    }

    static func providerCellWithRefusal(accepted: Message, value: String) -> Message {
        Message(.providerCellWithRefusal, .message("accepted", accepted), .value("value", value))
    }

    static func providerFact(flag: Message, cell: Message) -> Message {
        Message(.providerFact, .message("flag", flag), .message("cell", cell))
    }

    static func providerFactIgnored(name: String, note: Message) -> Message {
        Message(.providerFactIgnored, .value("name", name), .message("note", note))
    }

    static var providerFactOnlyHere: Message {
        Message(.providerFactOnlyHere)
    }

    static func providerFactRefusal(value: String, reason: Message) -> Message {
        Message(.providerFactRefusal, .value("value", value), .message("reason", reason))
    }

    static var providerFactSame: Message {
        Message(.providerFactSame)
    }

    static func providerJoin(first: Message, rest: Message) -> Message {
        Message(.providerJoin, .message("first", first), .message("rest", rest))
    }

    static func providerLine(model: String, provider: String, facts: Message) -> Message {
        Message(.providerLine, .value("model", model), .value("provider", provider), .message("facts", facts))
    }

    static func providerLineNotOffered(provider: String, models: String) -> Message {
        Message(.providerLineNotOffered, .value("provider", provider), .value("models", models))
    }

    static var providerVibeapiImagesN: Message {
        Message(.providerVibeapiImagesN)
    }

    static var providerVibeapiResponsesN: Message {
        Message(.providerVibeapiResponsesN)
    }

    static var providerVibeapiTransparent: Message {
        Message(.providerVibeapiTransparent)
    }

    static var providerVibeapiTransparentHint: Message {
        Message(.providerVibeapiTransparentHint)
    }

    static var providerVibeapiUrlIsDataUri: Message {
        Message(.providerVibeapiUrlIsDataUri)
    }
}
