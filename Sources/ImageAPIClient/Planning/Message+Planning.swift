import Foundation

/// The texts that `Planning/` shows a person, in English and Simplified Chinese side by side.
///
/// One constructor per text: its parameters are the values it shows, so a wrong name or value is
/// a compile error. Values are never translated; `Message` parameters render in the same language.
extension Message {
    // MARK: - Request parameters

    static func parameterIntegerInvalid(flag: Message, value: String) -> Message {
        Message(.parameterIntegerInvalid, .message("flag", flag), .value("value", value))
    }

    static func parameterTextEmpty(flag: Message) -> Message {
        Message(.parameterTextEmpty, .message("flag", flag))
    }

    static func parameterTextEmptyHint(flag: Message) -> Message {
        Message(.parameterTextEmptyHint, .message("flag", flag))
    }

    static func parameterWithValue(flag: Message, value: String) -> Message {
        Message(.parameterWithValue, .message("flag", flag), .value("value", value))
    }

    // MARK: - Planning

    static func aspectImpossible(model: String, ratio: String) -> Message {
        Message(.aspectImpossible, .value("model", model), .value("ratio", ratio))
    }

    static func aspectImpossibleHint(max: String) -> Message {
        Message(.aspectImpossibleHint, .value("max", max))
    }

    static func aspectNoPhrase(model: String, ratio: String) -> Message {
        Message(.aspectNoPhrase, .value("model", model), .value("ratio", ratio))
    }

    static func aspectNoSize(model: String, ratio: String) -> Message {
        Message(.aspectNoSize, .value("model", model), .value("ratio", ratio))
    }

    static func aspectNoSizeHint(ratios: String) -> Message {
        Message(.aspectNoSizeHint, .value("ratios", ratios))
    }

    static func aspectNoTier(model: String, resolution: String, ratio: String) -> Message {
        Message(.aspectNoTier, .value("model", model), .value("resolution", resolution), .value("ratio", ratio))
    }

    static func aspectNoTierHint(ratio: String, sizes: String) -> Message {
        Message(.aspectNoTierHint, .value("ratio", ratio), .value("sizes", sizes))
    }

    static func aspectRatios(ratios: String) -> Message {
        Message(.aspectRatios, .value("ratios", ratios))
    }

    static func aspectResolutionIgnored(model: String, resolution: String) -> Message {
        Message(.aspectResolutionIgnored, .value("model", model), .value("resolution", resolution))
    }

    static func aspectSizeConflict(size: Message) -> Message {
        Message(.aspectSizeConflict, .message("size", size))
    }

    static func aspectSizeConflictHint(ratio: String) -> Message {
        Message(.aspectSizeConflictHint, .value("ratio", ratio))
    }

    static func aspectUnknownModel(model: String) -> Message {
        Message(.aspectUnknownModel, .value("model", model))
    }

    static func aspectUnknownModelHint(models: String) -> Message {
        Message(.aspectUnknownModelHint, .value("models", models))
    }

    static func featureActionEdit(flag: Message) -> Message {
        Message(.featureActionEdit, .message("flag", flag))
    }

    static func featureActionEditHint(inputs: Message, flag: Message) -> Message {
        Message(.featureActionEditHint, .message("inputs", inputs), .message("flag", flag))
    }

    static var featureKeepPartialsCount: Message {
        Message(.featureKeepPartialsCount)
    }

    static var featureKeepPartialsCountHint: Message {
        Message(.featureKeepPartialsCountHint)
    }

    static var featureKeepPartialsStream: Message {
        Message(.featureKeepPartialsStream)
    }

    static var featureKeepPartialsStreamHint: Message {
        Message(.featureKeepPartialsStreamHint)
    }

    static func featureMaskNoImage(flag: Message) -> Message {
        Message(.featureMaskNoImage, .message("flag", flag))
    }

    static func featureMaskNoImageHint(inputs: Message) -> Message {
        Message(.featureMaskNoImageHint, .message("inputs", inputs))
    }

    static func featurePartialImagesStream(flag: Message, stream: Message) -> Message {
        Message(.featurePartialImagesStream, .message("flag", flag), .message("stream", stream))
    }

    static func featurePartialImagesStreamHint(stream: Message, flag: Message) -> Message {
        Message(.featurePartialImagesStreamHint, .message("stream", stream), .message("flag", flag))
    }

    static func featureTextModelEndpoint(model: String) -> Message {
        Message(.featureTextModelEndpoint, .value("model", model))
    }

    static var featureTextModelEndpointHint: Message {
        Message(.featureTextModelEndpointHint)
    }

    static func featureTextModelImageModel(model: String) -> Message {
        Message(.featureTextModelImageModel, .value("model", model))
    }

    static func featureTextModelImageModelHint(default defaultValue: String, tool: String, model: String) -> Message {
        Message(
            .featureTextModelImageModelHint,
            .value("defaultValue", defaultValue),
            .value("tool", tool),
            .value("model", model))
    }

    static func featureTransparentFormat(format: String) -> Message {
        Message(.featureTransparentFormat, .value("format", format))
    }

    static func featureTransparentFormatHint(options: Message, flag: Message) -> Message {
        Message(.featureTransparentFormatHint, .message("options", options), .message("flag", flag))
    }

    static func plannerChoiceInvalid(name: Message, value: String, model: String) -> Message {
        Message(.plannerChoiceInvalid, .message("name", name), .value("value", value), .value("model", model))
    }

    static func plannerCompressionFormat(flag: Message) -> Message {
        Message(.plannerCompressionFormat, .message("flag", flag))
    }

    static func plannerCompressionFormatHint(format: Message, flag: Message) -> Message {
        Message(.plannerCompressionFormatHint, .message("format", format), .message("flag", flag))
    }

    static var plannerModelEmpty: Message {
        Message(.plannerModelEmpty)
    }

    static var plannerModelEmptyHint: Message {
        Message(.plannerModelEmptyHint)
    }

    static func plannerModelSwitched(
        chosen: String, flag: Message, default defaultValue: String, modelFlag: Message
    ) -> Message {
        Message(
            .plannerModelSwitched,
            .value("chosen", chosen),
            .message("flag", flag),
            .value("defaultValue", defaultValue),
            .message("modelFlag", modelFlag))
    }

    static func plannerModelUnknown(model: String, source: String) -> Message {
        Message(.plannerModelUnknown, .value("model", model), .value("source", source))
    }

    static func plannerModelUnknownHint(models: String) -> Message {
        Message(.plannerModelUnknownHint, .value("models", models))
    }

    static func plannerOptionUnsupported(model: String, flag: Message) -> Message {
        Message(.plannerOptionUnsupported, .value("model", model), .message("flag", flag))
    }

    static var plannerPromptEmpty: Message {
        Message(.plannerPromptEmpty)
    }

    static var plannerPromptEmptyHint: Message {
        Message(.plannerPromptEmptyHint)
    }

    static func plannerPromptTooLong(length: String, max: String) -> Message {
        Message(.plannerPromptTooLong, .value("length", length), .value("max", max))
    }

    /// What to do about a prompt longer than the model takes.
    package static var plannerPromptTooLongHint: Message {
        Message(.plannerPromptTooLongHint)
    }

    /// The prompt on stdin ran past what any prompt may be; the rest was not read.
    package static var plannerPromptStdinTooLong: Message {
        plannerPromptStdinTooLongLimits(
            bytes: ImageJob.maxPromptBytes.grouped, max: ImageJob.maxPromptCharacters.grouped)
    }

    static func plannerPromptStdinTooLongLimits(bytes: String, max: String) -> Message {
        Message(.plannerPromptStdinTooLongLimits, .value("bytes", bytes), .value("max", max))
    }

    static func plannerSizeInvalid(size: String) -> Message {
        Message(.plannerSizeInvalid, .value("size", size))
    }

    static var plannerSizeInvalidHint: Message {
        Message(.plannerSizeInvalidHint)
    }

    static func plannerSizePreset(size: String, model: String, count: String) -> Message {
        Message(.plannerSizePreset, .value("size", size), .value("model", model), .value("count", count))
    }

    static func plannerSizePresetHint(ratio: String, sizes: String) -> Message {
        Message(.plannerSizePresetHint, .value("ratio", ratio), .value("sizes", sizes))
    }

    static func plannerSizeRule(size: String, model: String, problem: Message) -> Message {
        Message(.plannerSizeRule, .value("size", size), .value("model", model), .message("problem", problem))
    }

    static func plannerSizeRuleHint(flag: Message, size: String, model: String, rules: Message) -> Message {
        Message(
            .plannerSizeRuleHint,
            .message("flag", flag),
            .value("size", size),
            .value("model", model),
            .message("rules", rules))
    }

    static var plannerTimeoutInvalid: Message {
        Message(.plannerTimeoutInvalid)
    }

    // MARK: - Providers and data URIs

    static var featureToolModelEmpty: Message {
        Message(.featureToolModelEmpty)
    }

    static var featureToolModelEmptyHint: Message {
        Message(.featureToolModelEmptyHint)
    }

    static var featureToolModelEndpoint: Message {
        Message(.featureToolModelEndpoint)
    }

    static var featureToolModelEndpointHint: Message {
        Message(.featureToolModelEndpointHint)
    }

    static func providerModelNotOffered(provider: String, model: String, models: String) -> Message {
        Message(
            .providerModelNotOffered,
            .value("provider", provider),
            .value("model", model),
            .value("models", models))
    }

    static func providerModelNotOfferedHint(providers: String, model: String, models: String) -> Message {
        Message(
            .providerModelNotOfferedHint,
            .value("providers", providers),
            .value("model", model),
            .value("models", models))
    }

    static func providerOptionElsewhere(
        model: String, flag: Message, providers: String, provider: String
    ) -> Message {
        Message(
            .providerOptionElsewhere,
            .value("model", model),
            .message("flag", flag),
            .value("providers", providers),
            .value("provider", provider))
    }
}
