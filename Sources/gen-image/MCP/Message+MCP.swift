import ImageAPIClient

/// The texts `gen-image mcp` shows: tool descriptions, progress, result lines and refusals, in English and
/// Simplified Chinese side by side. Argument names are values (never translated).
extension Message {
    // MARK: - The subcommand

    static var subcommandMcp: Message {
        Message(.subcommandMcp)
    }

    static var mcpHelpOverview: Message {
        Message(.mcpHelpOverview)
    }

    static func mcpOptionConcurrency(max: String, default defaultValue: String) -> Message {
        Message(.mcpOptionConcurrency, .value("max", max), .value("defaultValue", defaultValue))
    }

    static var mcpOptionOutDir: Message {
        Message(.mcpOptionOutDir)
    }

    static var mcpOptionAllowOutside: Message {
        Message(.mcpOptionAllowOutside)
    }

    static var mcpOptionModel: Message {
        Message(.mcpOptionModel)
    }

    static var mcpInstructions: Message {
        Message(.mcpInstructions)
    }

    // MARK: - Tools

    static var mcpGenerateTitle: Message {
        Message(.mcpGenerateTitle)
    }

    static func mcpGenerateDescription(models: String) -> Message {
        Message(.mcpGenerateDescription, .value("models", models))
    }

    static var mcpBatchTitle: Message {
        Message(.mcpBatchTitle)
    }

    static var mcpBatchDescription: Message {
        Message(.mcpBatchDescription)
    }

    static var mcpSetupTitle: Message {
        Message(.mcpSetupTitle)
    }

    static var mcpSetupDescription: Message {
        Message(.mcpSetupDescription)
    }

    static var mcpInfoTitle: Message {
        Message(.mcpInfoTitle)
    }

    static var mcpInfoDescription: Message {
        Message(.mcpInfoDescription)
    }

    // MARK: - Arguments

    static func mcpFieldModel(defaultModel: String, sizedModel: String, models: String) -> Message {
        Message(
            .mcpFieldModel,
            .value("defaultModel", defaultModel),
            .value("sizedModel", sizedModel),
            .value("models", models))
    }

    static func mcpModelLine(model: String, price: String, wait: String) -> Message {
        Message(.mcpModelLine, .value("model", model), .value("price", price), .value("wait", wait))
    }

    static func mcpPriceTokens(low: String, high: String) -> Message {
        Message(.mcpPriceTokens, .value("low", low), .value("high", high))
    }

    static var mcpFieldFilename: Message {
        Message(.mcpFieldFilename)
    }

    static var mcpFieldInputImages: Message {
        Message(.mcpFieldInputImages)
    }

    static var mcpFieldSizeHint: Message {
        Message(.mcpFieldSizeHint)
    }

    static var mcpFieldOutDir: Message {
        Message(.mcpFieldOutDir)
    }

    static var mcpFieldBatchOutDir: Message {
        Message(.mcpFieldBatchOutDir)
    }

    static var mcpFieldProvider: Message {
        Message(.mcpFieldProvider)
    }

    static func mcpFieldPreview(limit: String) -> Message {
        Message(.mcpFieldPreview, .value("limit", limit))
    }

    static var mcpFieldFile: Message {
        Message(.mcpFieldFile)
    }

    static var mcpFieldItems: Message {
        Message(.mcpFieldItems)
    }

    static var mcpFieldGlobal: Message {
        Message(.mcpFieldGlobal)
    }

    static func mcpFieldConcurrency(limit: String) -> Message {
        Message(.mcpFieldConcurrency, .value("limit", limit))
    }

    static var mcpFieldPath: Message {
        Message(.mcpFieldPath)
    }

    // MARK: - Progress

    static func mcpProgressLine(phase: String, seconds: String) -> Message {
        Message(.mcpProgressLine, .value("phase", phase), .value("seconds", seconds))
    }

    static var mcpPhaseQueued: Message {
        Message(.mcpPhaseQueued)
    }

    static func mcpPhaseSending(model: String) -> Message {
        Message(.mcpPhaseSending, .value("model", model))
    }

    static func mcpPhaseWaiting(wait: String) -> Message {
        Message(.mcpPhaseWaiting, .value("wait", wait))
    }

    static func mcpPhasePartial(index: String, expected: String) -> Message {
        Message(.mcpPhasePartial, .value("index", index), .value("expected", expected))
    }

    static func mcpPhaseImageReceived(number: String) -> Message {
        Message(.mcpPhaseImageReceived, .value("number", number))
    }

    static func mcpPhaseBatch(done: String, total: String, running: String) -> Message {
        Message(.mcpPhaseBatch, .value("done", done), .value("total", total), .value("running", running))
    }

    static var mcpPhaseChecking: Message {
        Message(.mcpPhaseChecking)
    }

    // MARK: - Results

    static func mcpSavedLine(
        path: String, size: String, format: String, bytes: String, cost: String, request: String, more: String
    ) -> Message {
        more.isEmpty
            ? mcpSavedLineOne(path: path, size: size, format: format, bytes: bytes, cost: cost, request: request)
            : mcpSavedLineMore(
                path: path, more: more, size: size, format: format, bytes: bytes, cost: cost, request: request)
    }

    static func mcpSavedLineOne(
        path: String, size: String, format: String, bytes: String, cost: String, request: String
    ) -> Message {
        Message(
            .mcpSavedLineOne,
            .value("path", path),
            .value("size", size),
            .value("format", format),
            .value("bytes", bytes),
            .value("cost", cost),
            .value("request", request))
    }

    static func mcpSavedLineMore(
        path: String, more: String, size: String, format: String, bytes: String, cost: String, request: String
    ) -> Message {
        Message(
            .mcpSavedLineMore,
            .value("path", path),
            .value("more", more),
            .value("size", size),
            .value("format", format),
            .value("bytes", bytes),
            .value("cost", cost),
            .value("request", request))
    }

    static func mcpBatchLine(
        total: String, ok: String, skipped: String, failed: String, cost: String, manifest: String
    ) -> Message {
        Message(
            .mcpBatchLine,
            .value("total", total),
            .value("ok", ok),
            .value("skipped", skipped),
            .value("failed", failed),
            .value("cost", cost),
            .value("manifest", manifest))
    }

    static func mcpInfoLine(path: String, size: String, format: String, bytes: String) -> Message {
        Message(
            .mcpInfoLine,
            .value("path", path),
            .value("size", size),
            .value("format", format),
            .value("bytes", bytes))
    }

    static func mcpErrorLine(code: String, message: String, hint: String) -> Message {
        Message(.mcpErrorLine, .value("code", code), .value("message", message), .value("hint", hint))
    }

    static func mcpRefused(code: String, problems: String) -> Message {
        Message(.mcpRefused, .value("code", code), .value("problems", problems))
    }

    static func mcpPreviewTooLarge(bytes: String, limit: String) -> Message {
        Message(.mcpPreviewTooLarge, .value("bytes", bytes), .value("limit", limit))
    }

    static func mcpEarlierSaves(paths: String) -> Message {
        Message(.mcpEarlierSaves, .value("paths", paths))
    }

    // MARK: - Refusals

    static var mcpNothingSent: Message {
        Message(.mcpNothingSent)
    }

    static var mcpArgumentsNotObject: Message {
        Message(.mcpArgumentsNotObject)
    }

    static func mcpFieldUnknown(field: String) -> Message {
        Message(.mcpFieldUnknown, .value("field", field))
    }

    static func mcpFieldsAllowed(fields: String) -> Message {
        Message(.mcpFieldsAllowed, .value("fields", fields))
    }

    static func mcpNotAPath(field: String) -> Message {
        Message(.mcpNotAPath, .value("field", field))
    }

    static func mcpNotString(field: String) -> Message {
        Message(.mcpNotString, .value("field", field))
    }

    static func mcpNotBool(field: String) -> Message {
        Message(.mcpNotBool, .value("field", field))
    }

    static func mcpWholeNumber(field: String, low: String, high: String) -> Message {
        Message(.mcpWholeNumber, .value("field", field), .value("low", low), .value("high", high))
    }

    static func mcpOutsideRoots(path: String, roots: String) -> Message {
        Message(.mcpOutsideRoots, .value("path", path), .value("roots", roots))
    }

    static var mcpOutsideRootsHint: Message {
        Message(.mcpOutsideRootsHint)
    }

    static func mcpFileTooLarge(path: String, limit: String) -> Message {
        Message(.mcpFileTooLarge, .value("path", path), .value("limit", limit))
    }

    static var mcpBatchNeedsSource: Message {
        Message(.mcpBatchNeedsSource)
    }

    static var mcpBatchBothSources: Message {
        Message(.mcpBatchBothSources)
    }

    static var mcpBatchItemsNotArray: Message {
        Message(.mcpBatchItemsNotArray)
    }

    static var mcpBatchGlobalWithFile: Message {
        Message(.mcpBatchGlobalWithFile)
    }

    static var mcpCancelledBeforeSending: Message {
        Message(.mcpCancelledBeforeSending)
    }

    static func mcpKeyMissing(variable: String) -> Message {
        Message(.mcpKeyMissing, .value("variable", variable))
    }

    static func mcpKeyHint(variable: String, page: String) -> Message {
        Message(.mcpKeyHint, .value("page", page), .value("variable", variable))
    }

    static func mcpInfoNotFound(path: String) -> Message {
        Message(.mcpInfoNotFound, .value("path", path))
    }

    static var mcpInfoNotFoundHint: Message {
        Message(.mcpInfoNotFoundHint)
    }

    static func mcpInfoNotImage(path: String) -> Message {
        Message(.mcpInfoNotImage, .value("path", path))
    }

    // MARK: - Notes on stderr

    static func mcpLogStarted(folder: String, variable: String, key: String, concurrency: String) -> Message {
        Message(
            .mcpLogStarted,
            .value("folder", folder),
            .value("variable", variable),
            .value("key", key),
            .value("concurrency", concurrency))
    }

    static var mcpLogKeySet: Message {
        Message(.mcpLogKeySet)
    }

    static var mcpLogKeyMissing: Message {
        Message(.mcpLogKeyMissing)
    }

    static func mcpLogInitialized(version: String) -> Message {
        Message(.mcpLogInitialized, .value("version", version))
    }

    static func mcpLogBadLine(message: String) -> Message {
        Message(.mcpLogBadLine, .value("message", message))
    }

    static func mcpLogLineTooLong(bytes: String, limit: String) -> Message {
        Message(.mcpLogLineTooLong, .value("bytes", bytes), .value("limit", limit))
    }

    static func mcpLogCancelledButSaved(id: String, path: String) -> Message {
        Message(.mcpLogCancelledButSaved, .value("id", id), .value("path", path))
    }
}
