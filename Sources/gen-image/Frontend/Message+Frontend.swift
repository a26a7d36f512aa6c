import Foundation
import ImageAPIClient

/// The texts that `Frontend/` shows a person, in English and Simplified Chinese side by side.
///
/// One constructor per text: its parameters are the values it shows, so a wrong name or value is
/// a compile error. Values are never translated; `Message` parameters render in the same language.
extension Message {
    // MARK: - Usage errors

    static var usageEndpointHint: Message {
        Message(.usageEndpointHint)
    }

    static var usageFilenameEmpty: Message {
        Message(.usageFilenameEmpty)
    }

    static var usageFilenameEmptyHint: Message {
        Message(.usageFilenameEmptyHint)
    }

    static func usageGivenTwice(option: String) -> Message {
        Message(.usageGivenTwice, .value("option", option))
    }

    static var usageGivenTwiceHint: Message {
        Message(.usageGivenTwiceHint)
    }

    static func usageInvalidBaseUrl(source: String, url: String) -> Message {
        Message(.usageInvalidBaseUrl, .value("source", source), .value("url", url))
    }

    static var usageInvalidBaseUrlHint: Message {
        Message(.usageInvalidBaseUrlHint)
    }

    static var usageLangHint: Message {
        Message(.usageLangHint)
    }

    static var usageMissingPrompt: Message {
        Message(.usageMissingPrompt)
    }

    static var usageMissingPromptHint: Message {
        Message(.usageMissingPromptHint)
    }

    static func usageNeedsPaths(option: String, value: String) -> Message {
        Message(.usageNeedsPaths, .value("option", option), .value("value", value))
    }

    static var usageNeedsPathsHint: Message {
        Message(.usageNeedsPathsHint)
    }

    static func usageNeedsValue(option: String) -> Message {
        Message(.usageNeedsValue, .value("option", option))
    }

    static func usageNeedsValueHint(spelling: String, value: String) -> Message {
        Message(.usageNeedsValueHint, .value("spelling", spelling), .value("value", value))
    }

    static var usageNoPositionalsHint: Message {
        Message(.usageNoPositionalsHint)
    }

    static func usageQuotePromptHint(phrase: String) -> Message {
        Message(.usageQuotePromptHint, .value("phrase", phrase))
    }

    static var usageStdinNotUtf8: Message {
        Message(.usageStdinNotUtf8)
    }

    static func usageTakesNoValue(option: String) -> Message {
        Message(.usageTakesNoValue, .value("option", option))
    }

    static var usageTimeoutHint: Message {
        Message(.usageTimeoutHint)
    }

    static func usageUnexpectedArgument(argument: String) -> Message {
        Message(.usageUnexpectedArgument, .value("argument", argument))
    }

    static func usageUnexpectedArguments(argument: String) -> Message {
        Message(.usageUnexpectedArguments, .value("argument", argument))
    }

    static func usageUnknownOption(option: String) -> Message {
        Message(.usageUnknownOption, .value("option", option))
    }

    static var usageUnknownOptionHint: Message {
        Message(.usageUnknownOptionHint)
    }

    static func usageUnknownOptionSuggestion(option: String, suggestion: String) -> Message {
        Message(.usageUnknownOptionSuggestion, .value("option", option), .value("suggestion", suggestion))
    }

    static func usageUnknownProvider(provider: String, source: String) -> Message {
        Message(.usageUnknownProvider, .value("provider", provider), .value("source", source))
    }

    static func usageUnknownProviderHint(providers: String) -> Message {
        Message(.usageUnknownProviderHint, .value("providers", providers))
    }

    // MARK: - --max-time

    static var optionMaxTime: Message {
        Message(.optionMaxTime)
    }

    static var usageMaxTimeHint: Message {
        Message(.usageMaxTimeHint)
    }

    static func usageMaxTimeTooLongHint(max: String) -> Message {
        Message(.usageMaxTimeTooLongHint, .value("max", max))
    }

    // MARK: - A newcomer's first mistakes

    static var usageHelpWordHint: Message {
        Message(.usageHelpWordHint)
    }

    static func usageNoCount(option: String) -> Message {
        Message(.usageNoCount, .value("option", option))
    }

    static var usageNoCountHint: Message {
        Message(.usageNoCountHint)
    }

    static func usageQuotePromptWholeHint(option: String, quoted: String) -> Message {
        Message(.usageQuotePromptWholeHint, .value("option", option), .value("quoted", quoted))
    }

    static func usageQuoteValueHint(option: String, quoted: String) -> Message {
        Message(.usageQuoteValueHint, .value("option", option), .value("quoted", quoted))
    }

    static func usageDidYouMeanOption(word: String, option: String) -> Message {
        Message(.usageDidYouMeanOption, .value("word", word), .value("option", option))
    }

    static func usageDidYouMeanOptionHint(example: String) -> Message {
        Message(.usageDidYouMeanOptionHint, .value("example", example))
    }

    static func usageUnknownCommand(word: String) -> Message {
        Message(.usageUnknownCommand, .value("word", word))
    }

    static func usageUnknownCommandHint(commands: String) -> Message {
        Message(.usageUnknownCommandHint, .value("commands", commands))
    }

    // MARK: - Option help

    static var optionAction: Message {
        Message(.optionAction)
    }

    static var optionAllowInsecureHttp: Message {
        Message(.optionAllowInsecureHttp)
    }

    static var optionApiKey: Message {
        Message(.optionApiKey)
    }

    static var optionAspect: Message {
        Message(.optionAspect)
    }

    static var optionBackground: Message {
        Message(.optionBackground)
    }

    static var optionBaseUrl: Message {
        Message(.optionBaseUrl)
    }

    static var optionDryRun: Message {
        Message(.optionDryRun)
    }

    static var optionEndpoint: Message {
        Message(.optionEndpoint)
    }

    static var optionFilename: Message {
        Message(.optionFilename)
    }

    static var optionHelp: Message {
        Message(.optionHelp)
    }

    static var optionInputImage: Message {
        Message(.optionInputImage)
    }

    static var optionInstructions: Message {
        Message(.optionInstructions)
    }

    static var optionJson: Message {
        Message(.optionJson)
    }

    static var optionMetadata: Message {
        Message(.optionMetadata)
    }

    static var optionCount: Message {
        Message(.optionCount)
    }

    static var optionPreview: Message {
        Message(.optionPreview)
    }

    static var optionNoHistory: Message {
        Message(.optionNoHistory)
    }

    static var optionNoMetadata: Message {
        Message(.optionNoMetadata)
    }

    static var usageMetadataHint: Message {
        Message(.usageMetadataHint)
    }

    static func usageMetadataConflict(value: String) -> Message {
        Message(.usageMetadataConflict, .value("value", value))
    }

    static var optionKeepPartials: Message {
        Message(.optionKeepPartials)
    }

    static var optionLang: Message {
        Message(.optionLang)
    }

    static var optionMask: Message {
        Message(.optionMask)
    }

    static var optionModel: Message {
        Message(.optionModel)
    }

    static var optionModeration: Message {
        Message(.optionModeration)
    }

    static var optionOutputCompression: Message {
        Message(.optionOutputCompression)
    }

    static var optionOutputFormat: Message {
        Message(.optionOutputFormat)
    }

    static var optionPartialImages: Message {
        Message(.optionPartialImages)
    }

    static var optionPrompt: Message {
        Message(.optionPrompt)
    }

    static var optionProvider: Message {
        Message(.optionProvider)
    }

    static var optionQuality: Message {
        Message(.optionQuality)
    }

    static var optionQuiet: Message {
        Message(.optionQuiet)
    }

    static var optionResolution: Message {
        Message(.optionResolution)
    }

    static var optionResponseFormat: Message {
        Message(.optionResponseFormat)
    }

    static var optionRetries: Message {
        Message(.optionRetries)
    }

    static var optionRetryOnTimeout: Message {
        Message(.optionRetryOnTimeout)
    }

    static var optionSize: Message {
        Message(.optionSize)
    }

    static var optionStream: Message {
        Message(.optionStream)
    }

    static var optionTimeout: Message {
        Message(.optionTimeout)
    }

    static var optionVersion: Message {
        Message(.optionVersion)
    }

    // MARK: - Providers and data URIs

    static var optionToolModel: Message {
        Message(.optionToolModel)
    }

    // MARK: - Cut texts and bounded numbers

    static func usageTimeoutTooLongHint(max: String) -> Message {
        Message(.usageTimeoutTooLongHint, .value("max", max))
    }

    static func usageSecondsTooShortHint(option: String) -> Message {
        Message(.usageSecondsTooShortHint, .value("option", option))
    }

    static func usageEnvironmentRangeHint(variable: String, low: String, high: String) -> Message {
        Message(.usageEnvironmentRangeHint, .value("variable", variable), .value("low", low), .value("high", high))
    }

    static func usageArgumentNotUtf8(position: String, argument: String) -> Message {
        Message(.usageArgumentNotUtf8, .value("position", position), .value("argument", argument))
    }

    static func usageArgumentNotUtf8ForOption(position: String, argument: String, option: String) -> Message {
        Message(
            .usageArgumentNotUtf8ForOption,
            .value("option", option),
            .value("position", position),
            .value("argument", argument))
    }

    static var usageArgumentNotUtf8Hint: Message {
        Message(.usageArgumentNotUtf8Hint)
    }
}
