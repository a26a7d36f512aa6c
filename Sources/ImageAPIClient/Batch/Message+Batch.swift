import Foundation

/// The texts that `Batch/` shows a person, in English and Simplified Chinese side by side.
///
/// One constructor per text: its parameters are the values it shows, so a wrong name or value is
/// a compile error. Values are never translated; `Message` parameters render in the same language.
extension Message {
    // MARK: - Batch files

    static func batchDuplicateTarget(item: String, name: String) -> Message {
        Message(.batchDuplicateTarget, .value("item", item), .value("name", name))
    }

    static var batchDuplicateTargetHint: Message {
        Message(.batchDuplicateTargetHint)
    }

    static func batchFieldAllowed(fields: String) -> Message {
        Message(.batchFieldAllowed, .value("fields", fields))
    }

    static var batchFieldItemAtRoot: Message {
        Message(.batchFieldItemAtRoot)
    }

    static func batchFieldItemInGlobal(field: String) -> Message {
        Message(.batchFieldItemInGlobal, .value("field", field))
    }

    static var batchFieldSizeHintInItem: Message {
        Message(.batchFieldSizeHintInItem)
    }

    static func batchFieldUnknown(field: String) -> Message {
        Message(.batchFieldUnknown, .value("field", field))
    }

    static var batchFileEmpty: Message {
        Message(.batchFileEmpty)
    }

    static var batchFileEmptyHint: Message {
        Message(.batchFileEmptyHint)
    }

    static var batchFileNoItems: Message {
        Message(.batchFileNoItems)
    }

    static var batchFileNoItemsHint: Message {
        Message(.batchFileNoItemsHint)
    }

    static func batchFileNotObject(kind: Message) -> Message {
        Message(.batchFileNotObject, .message("kind", kind))
    }

    static var batchFileNotObjectHint: Message {
        Message(.batchFileNotObjectHint)
    }

    static var batchGlobalLate: Message {
        Message(.batchGlobalLate)
    }

    static var batchGlobalLateHint: Message {
        Message(.batchGlobalLateHint)
    }

    static func batchGlobalNotObject(kind: Message) -> Message {
        Message(.batchGlobalNotObject, .message("kind", kind))
    }

    static var batchItemEmptyFilename: Message {
        Message(.batchItemEmptyFilename)
    }

    static var batchItemEmptyFilenameHint: Message {
        Message(.batchItemEmptyFilenameHint)
    }

    static var batchItemEmptyPromptHint: Message {
        Message(.batchItemEmptyPromptHint)
    }

    static var batchItemNoPrompt: Message {
        Message(.batchItemNoPrompt)
    }

    static var batchItemNoPromptHint: Message {
        Message(.batchItemNoPromptHint)
    }

    static func batchItemNotObject(kind: Message) -> Message {
        Message(.batchItemNotObject, .message("kind", kind))
    }

    static func batchLocationField(place: String, field: String) -> Message {
        Message(.batchLocationField, .value("place", place), .value("field", field))
    }

    static func batchLocationFromGlobal(field: String) -> Message {
        Message(.batchLocationFromGlobal, .value("field", field))
    }

    static func batchLocationItem(index: String) -> Message {
        Message(.batchLocationItem, .value("index", index))
    }

    static func batchLocationItemLine(index: String, line: String) -> Message {
        Message(.batchLocationItemLine, .value("index", index), .value("line", line))
    }

    static func batchLocationLine(line: String) -> Message {
        Message(.batchLocationLine, .value("line", line))
    }

    static func batchProblem(location: String, message: String) -> Message {
        Message(.batchProblem, .value("location", location), .value("message", message))
    }

    static var batchPromptsEmpty: Message {
        Message(.batchPromptsEmpty)
    }

    static var batchPromptsEmptyHint: Message {
        Message(.batchPromptsEmptyHint)
    }

    static var batchPromptsMissing: Message {
        Message(.batchPromptsMissing)
    }

    static var batchPromptsMissingHint: Message {
        Message(.batchPromptsMissingHint)
    }

    static func batchPromptsNotArray(kind: Message) -> Message {
        Message(.batchPromptsNotArray, .message("kind", kind))
    }

    static func batchSyntax(column: String, message: Message) -> Message {
        Message(.batchSyntax, .value("column", column), .message("message", message))
    }

    static var batchSyntaxHint: Message {
        Message(.batchSyntaxHint)
    }

    static var batchSyntaxLinesHint: Message {
        Message(.batchSyntaxLinesHint)
    }

    static func batchValueBadPath(field: String) -> Message {
        Message(.batchValueBadPath, .value("field", field))
    }

    static func batchValueNotPaths(field: String, kind: Message) -> Message {
        Message(.batchValueNotPaths, .value("field", field), .message("kind", kind))
    }

    static func batchValueNotPathsHint(field: String) -> Message {
        Message(.batchValueNotPathsHint, .value("field", field))
    }

    static func batchValueNotWholeNumber(field: String, low: String, high: String) -> Message {
        Message(.batchValueNotWholeNumber, .value("field", field), .value("low", low), .value("high", high))
    }

    static func batchValueNotWholeNumberHint(field: String, example: String) -> Message {
        Message(.batchValueNotWholeNumberHint, .value("field", field), .value("example", example))
    }

    static func batchValueNotString(field: String, kind: Message) -> Message {
        Message(.batchValueNotString, .value("field", field), .message("kind", kind))
    }

    static func jsonDuplicate(name: String) -> Message {
        Message(.jsonDuplicate, .value("name", name))
    }

    static var jsonExpectedArrayEnd: Message {
        Message(.jsonExpectedArrayEnd)
    }

    static var jsonExpectedColon: Message {
        Message(.jsonExpectedColon)
    }

    static var jsonExpectedName: Message {
        Message(.jsonExpectedName)
    }

    static var jsonExpectedObjectEnd: Message {
        Message(.jsonExpectedObjectEnd)
    }

    static var jsonExpectedValue: Message {
        Message(.jsonExpectedValue)
    }

    static var jsonKindArray: Message {
        Message(.jsonKindArray)
    }

    static var jsonKindBool: Message {
        Message(.jsonKindBool)
    }

    static var jsonKindNull: Message {
        Message(.jsonKindNull)
    }

    static var jsonKindNumber: Message {
        Message(.jsonKindNumber)
    }

    static var jsonKindObject: Message {
        Message(.jsonKindObject)
    }

    static var jsonKindString: Message {
        Message(.jsonKindString)
    }

    static var jsonNumberExponent: Message {
        Message(.jsonNumberExponent)
    }

    static var jsonNumberFraction: Message {
        Message(.jsonNumberFraction)
    }

    static var jsonNumberInvalid: Message {
        Message(.jsonNumberInvalid)
    }

    static var jsonSingleQuotes: Message {
        Message(.jsonSingleQuotes)
    }

    static var jsonStringBadEscape: Message {
        Message(.jsonStringBadEscape)
    }

    static var jsonStringBadUnicode: Message {
        Message(.jsonStringBadUnicode)
    }

    static var jsonStringControl: Message {
        Message(.jsonStringControl)
    }

    static var jsonStringLineBreak: Message {
        Message(.jsonStringLineBreak)
    }

    static var jsonStringShortUnicode: Message {
        Message(.jsonStringShortUnicode)
    }

    static var jsonStringSurrogate: Message {
        Message(.jsonStringSurrogate)
    }

    static var jsonStringUnclosed: Message {
        Message(.jsonStringUnclosed)
    }

    static var jsonStringUtf8: Message {
        Message(.jsonStringUtf8)
    }

    static var jsonTooDeep: Message {
        Message(.jsonTooDeep)
    }

    static var jsonTrailingCommaArray: Message {
        Message(.jsonTrailingCommaArray)
    }

    static var jsonTrailingCommaObject: Message {
        Message(.jsonTrailingCommaObject)
    }

    static var jsonTrailingText: Message {
        Message(.jsonTrailingText)
    }

    static var jsonUnexpectedEnd: Message {
        Message(.jsonUnexpectedEnd)
    }

    static func manifestFolder(folder: String) -> Message {
        Message(.manifestFolder, .value("folder", folder))
    }

    static func manifestNoFreeName(folder: String) -> Message {
        Message(.manifestNoFreeName, .value("folder", folder))
    }

    static func manifestWrite(folder: String) -> Message {
        Message(.manifestWrite, .value("folder", folder))
    }

    static var manifestWriteHint: Message {
        Message(.manifestWriteHint)
    }

    // MARK: - Batch under pressure

    static func batchLockBusy(pid: String, path: String) -> Message {
        Message(.batchLockBusy, .value("pid", pid), .value("path", path))
    }

    static func batchFileLockBusy(pid: String, path: String) -> Message {
        Message(.batchFileLockBusy, .value("pid", pid), .value("path", path))
    }

    static var batchLockBusyHint: Message {
        Message(.batchLockBusyHint)
    }

    static func batchLockOpen(path: String, detail: String) -> Message {
        Message(.batchLockOpen, .value("path", path), .value("detail", detail))
    }

    static func batchPathOutside(path: String, folder: String, outDir: String) -> Message {
        Message(.batchPathOutside, .value("path", path), .value("folder", folder), .value("outDir", outDir))
    }

    static var batchPathOutsideHint: Message {
        Message(.batchPathOutsideHint)
    }

    static func batchValueNotBool(field: String, kind: Message) -> Message {
        Message(.batchValueNotBool, .value("field", field), .message("kind", kind))
    }

    // MARK: - Usage errors

    /// use W:H such as 16:9, 9:16 or 1:1
    package static var usageAspectHint: Message {
        Message(.usageAspectHint)
    }

    /// invalid value '{value}' for {option}
    package static func usageInvalidValue(value: String, option: String) -> Message {
        Message(.usageInvalidValue, .value("value", value), .value("option", option))
    }

    /// use 1k, 2k or 4k
    package static var usageResolutionHint: Message {
        Message(.usageResolutionHint)
    }

    /// --resolution needs --aspect
    package static var usageResolutionNeedsAspect: Message {
        Message(.usageResolutionNeedsAspect)
    }

    /// e.g. --aspect 16:9 --resolution 2k, or -s WxH (as the front end spells them)
    package static var usageResolutionNeedsAspectHint: Message {
        Message(.usageResolutionNeedsAspectHint)
    }
}
