import Foundation
import ImageAPIClient

/// The texts that `Commands/` shows a person, in English and Simplified Chinese side by side.
///
/// One constructor per text: its parameters are the values it shows, so a wrong name or value is
/// a compile error. Values are never translated; `Message` parameters render in the same language.
extension Message {
    // MARK: - Batch under pressure

    static var optionAllowOutside: Message {
        Message(.optionAllowOutside)
    }

    // MARK: - The plain command

    static func cliDoctorFailed(failed: String, count: String) -> Message {
        Message(.cliDoctorFailed, .value("failed", failed), .value("count", count))
    }

    static func cliDoctorPassed(count: String) -> Message {
        Message(.cliDoctorPassed, .value("count", count))
    }

    static func cliSignalNumber(number: String) -> Message {
        Message(.cliSignalNumber, .value("number", number))
    }

    // MARK: - Batch progress and summary

    static var batchStdin: Message {
        Message(.batchStdin)
    }

    // MARK: - Usage errors

    static var usageBatchMissingFile: Message {
        Message(.usageBatchMissingFile)
    }

    static var usageBatchMissingFileHint: Message {
        Message(.usageBatchMissingFileHint)
    }

    static var usageBatchOneFileHint: Message {
        Message(.usageBatchOneFileHint)
    }

    static var usageBatchOutDirEmpty: Message {
        Message(.usageBatchOutDirEmpty)
    }

    static var usageBatchOutDirEmptyHint: Message {
        Message(.usageBatchOutDirEmptyHint)
    }

    static func usageBatchUnreadable(path: String) -> Message {
        Message(.usageBatchUnreadable, .value("path", path))
    }

    static var usageBatchUnreadableHint: Message {
        Message(.usageBatchUnreadableHint)
    }

    static var usageCompletionsMissingShell: Message {
        Message(.usageCompletionsMissingShell)
    }

    static var usageCompletionsMissingShellHint: Message {
        Message(.usageCompletionsMissingShellHint)
    }

    static func usageCompletionsUnknownShell(shell: String) -> Message {
        Message(.usageCompletionsUnknownShell, .value("shell", shell))
    }

    static func usageCompletionsUnknownShellHint(shells: String) -> Message {
        Message(.usageCompletionsUnknownShellHint, .value("shells", shells))
    }

    static func usageUnknownSubcommand(name: String, suggestion: String) -> Message {
        Message(.usageUnknownSubcommand, .value("name", name), .value("suggestion", suggestion))
    }

    static func usageUnknownSubcommandHint(synopsis: String) -> Message {
        Message(.usageUnknownSubcommandHint, .value("synopsis", synopsis))
    }

    // MARK: - Help texts

    static var batchHelpEnv: Message {
        Message(.batchHelpEnv)
    }

    static var batchHelpExit0: Message {
        Message(.batchHelpExit0)
    }

    static var batchHelpExit1: Message {
        Message(.batchHelpExit1)
    }

    static var batchHelpExit130: Message {
        Message(.batchHelpExit130)
    }

    static var batchHelpExit2: Message {
        Message(.batchHelpExit2)
    }

    static var batchHelpExit3: Message {
        Message(.batchHelpExit3)
    }

    static var batchHelpExit4: Message {
        Message(.batchHelpExit4)
    }

    static var batchHelpFileChecked: Message {
        Message(.batchHelpFileChecked)
    }

    static var batchHelpFileItems: Message {
        Message(.batchHelpFileItems)
    }

    static var batchHelpFileJsonl: Message {
        Message(.batchHelpFileJsonl)
    }

    static var batchHelpOutputManifest: Message {
        Message(.batchHelpOutputManifest)
    }

    static var batchHelpOutputStderr: Message {
        Message(.batchHelpOutputStderr)
    }

    static var batchHelpOutputStdout: Message {
        Message(.batchHelpOutputStdout)
    }

    static var batchHelpOverview: Message {
        Message(.batchHelpOverview)
    }

    static var batchHelpStdin: Message {
        Message(.batchHelpStdin)
    }

    static func doctorHelpOverview(base: String) -> Message {
        Message(.doctorHelpOverview, .value("base", base))
    }

    static var helpEnvApiKey: Message {
        Message(.helpEnvApiKey)
    }

    static var helpEnvBaseUrl: Message {
        Message(.helpEnvBaseUrl)
    }

    static var helpEnvModel: Message {
        Message(.helpEnvModel)
    }

    static var helpEnvProgressInterval: Message {
        Message(.helpEnvProgressInterval)
    }

    static var helpEnvProvider: Message {
        Message(.helpEnvProvider)
    }

    static var helpEnvProxies: Message {
        Message(.helpEnvProxies)
    }

    static var helpEnvProxyNames: Message {
        Message(.helpEnvProxyNames)
    }

    static var helpExit0: Message {
        Message(.helpExit0)
    }

    static var helpExit1: Message {
        Message(.helpExit1)
    }

    static var helpExit130: Message {
        Message(.helpExit130)
    }

    static var helpExit2: Message {
        Message(.helpExit2)
    }

    static var helpExit3: Message {
        Message(.helpExit3)
    }

    static var helpExit4: Message {
        Message(.helpExit4)
    }

    static func helpModelLine(endpoint: String, options: String, wait: String, price: String) -> Message {
        Message(
            .helpModelLine,
            .value("endpoint", endpoint),
            .value("options", options),
            .value("wait", wait),
            .value("price", price))
    }

    static var helpModelOthers: Message {
        Message(.helpModelOthers)
    }

    static func helpModelPerImage(dollars: String) -> Message {
        Message(.helpModelPerImage, .value("dollars", dollars))
    }

    static var helpModelPerToken: Message {
        Message(.helpModelPerToken)
    }

    static var helpModelRatioInPrompt: Message {
        Message(.helpModelRatioInPrompt)
    }

    static func helpModelResponses(model: String) -> Message {
        Message(.helpModelResponses, .value("model", model))
    }

    static var helpModelResponsesAny: Message {
        Message(.helpModelResponsesAny)
    }

    static var helpModelSizeAny: Message {
        Message(.helpModelSizeAny)
    }

    static func helpModelSizePresets(count: String) -> Message {
        Message(.helpModelSizePresets, .value("count", count))
    }

    static func helpModelTakes(options: String) -> Message {
        Message(.helpModelTakes, .value("options", options))
    }

    static var helpModelTakesNothing: Message {
        Message(.helpModelTakesNothing)
    }

    static var helpModelTextAndImageTokens: Message {
        Message(.helpModelTextAndImageTokens)
    }

    static var helpOutputStderr: Message {
        Message(.helpOutputStderr)
    }

    static var helpOutputStdout: Message {
        Message(.helpOutputStdout)
    }

    static var helpOverview: Message {
        Message(.helpOverview)
    }

    static var subcommandBatch: Message {
        Message(.subcommandBatch)
    }

    static var subcommandCompletions: Message {
        Message(.subcommandCompletions)
    }

    static var subcommandDoctor: Message {
        Message(.subcommandDoctor)
    }

    // MARK: - --max-time

    static func cliMaxTime(limit: String) -> Message {
        Message(.cliMaxTime, .value("limit", limit))
    }

    static var cliMaxTimeHint: Message {
        Message(.cliMaxTimeHint)
    }

    // MARK: - A newcomer's first mistakes

    static func authEmpty(variable: String) -> Message {
        Message(.authEmpty, .value("variable", variable))
    }

    static var authEmptyFlag: Message {
        Message(.authEmptyFlag)
    }

    // MARK: - Option help

    static var optionBatchDryRun: Message {
        Message(.optionBatchDryRun)
    }

    static var optionBatchEndpoint: Message {
        Message(.optionBatchEndpoint)
    }

    static var optionBatchModel: Message {
        Message(.optionBatchModel)
    }

    static var optionBatchQuiet: Message {
        Message(.optionBatchQuiet)
    }

    static func optionConcurrency(max: String, default defaultValue: String) -> Message {
        Message(.optionConcurrency, .value("max", max), .value("defaultValue", defaultValue))
    }

    static var optionFailFast: Message {
        Message(.optionFailFast)
    }

    static var optionForce: Message {
        Message(.optionForce)
    }

    static var optionOutDir: Message {
        Message(.optionOutDir)
    }

    // MARK: - Providers and data URIs

    static func doctorLineModel(line: String) -> Message {
        Message(.doctorLineModel, .value("line", line))
    }

    static var helpProvidersIntro: Message {
        Message(.helpProvidersIntro)
    }

    // MARK: - gen-image skill

    static var optionSkillForce: Message {
        Message(.optionSkillForce)
    }

    static func skillCancelled(signal: String) -> Message {
        Message(.skillCancelled, .value("signal", signal))
    }

    static func skillInstalled(name: String, path: String, written: String, unchanged: String) -> Message {
        Message(
            .skillInstalled,
            .value("name", name),
            .value("path", path),
            .value("written", written),
            .value("unchanged", unchanged))
    }

    static func skillLinked(path: String, original: String) -> Message {
        Message(.skillLinked, .value("path", path), .value("original", original))
    }

    static func skillNeedsToolchain(libraries: String) -> Message {
        Message(.skillNeedsToolchain, .value("libraries", libraries))
    }

    static var skillNext: Message {
        Message(.skillNext)
    }

    static var skillNoBinary: Message {
        Message(.skillNoBinary)
    }

    static func skillReplaced(files: String) -> Message {
        Message(.skillReplaced, .value("files", files))
    }

    static func skillWriteFailed(path: String, reason: String) -> Message {
        Message(.skillWriteFailed, .value("path", path), .value("reason", reason))
    }

    static var skillWriteFailedHint: Message {
        Message(.skillWriteFailedHint)
    }

    static var skillHelpFolders: Message {
        Message(.skillHelpFolders)
    }

    static var skillHelpInstall: Message {
        Message(.skillHelpInstall)
    }

    static var skillHelpList: Message {
        Message(.skillHelpList)
    }

    static var skillHelpOutput: Message {
        Message(.skillHelpOutput)
    }

    static var skillHelpOverview: Message {
        Message(.skillHelpOverview)
    }

    static var skillHelpPortable: Message {
        Message(.skillHelpPortable)
    }

    static var skillHelpSafety: Message {
        Message(.skillHelpSafety)
    }

    static var subcommandSkill: Message {
        Message(.subcommandSkill)
    }

    static var usageSkillAction: Message {
        Message(.usageSkillAction)
    }

    static var usageSkillActionHint: Message {
        Message(.usageSkillActionHint)
    }

    static func usageSkillBlocked(paths: String) -> Message {
        Message(.usageSkillBlocked, .value("paths", paths))
    }

    static var usageSkillBlockedHint: Message {
        Message(.usageSkillBlockedHint)
    }

    static var usageSkillListArguments: Message {
        Message(.usageSkillListArguments)
    }

    static func usageSkillUnknown(name: String) -> Message {
        Message(.usageSkillUnknown, .value("name", name))
    }

    static func usageSkillUnknownHint(names: String) -> Message {
        Message(.usageSkillUnknownHint, .value("names", names))
    }

    static func usageSkillWouldReplace(files: String) -> Message {
        Message(.usageSkillWouldReplace, .value("files", files))
    }

    static var usageSkillWouldReplaceHint: Message {
        Message(.usageSkillWouldReplaceHint)
    }

    // MARK: - Cut texts and bounded numbers

    static func cliFactBilled(cost: String) -> Message {
        Message(.cliFactBilled, .value("cost", cost))
    }

    static var helpOutputClosedStdout: Message {
        Message(.helpOutputClosedStdout)
    }

    static var helpOutputRecovery: Message {
        Message(.helpOutputRecovery)
    }
}
