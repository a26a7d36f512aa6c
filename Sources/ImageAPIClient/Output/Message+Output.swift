import Foundation

/// The texts that `Output/` shows a person, in English and Simplified Chinese side by side.
///
/// One constructor per text: its parameters are the values it shows, so a wrong name or value is
/// a compile error. Values are never translated; `Message` parameters render in the same language.
extension Message {
    // MARK: - Saving images

    static func outputExtensionChanged(format: String, extension extensionValue: String, name: String) -> Message {
        Message(
            .outputExtensionChanged,
            .value("format", format),
            .value("extensionValue", extensionValue),
            .value("name", name))
    }

    static func outputExtensionMissing(format: String, name: String) -> Message {
        Message(.outputExtensionMissing, .value("format", format), .value("name", name))
    }

    static func outputFolderCreate(folder: String) -> Message {
        Message(.outputFolderCreate, .value("folder", folder))
    }

    static var outputFolderCreateHint: Message {
        Message(.outputFolderCreateHint)
    }

    static func outputFolderWrite(folder: String) -> Message {
        Message(.outputFolderWrite, .value("folder", folder))
    }

    static var outputFolderWriteHint: Message {
        Message(.outputFolderWriteHint)
    }

    static func outputNoFreeName(folder: String) -> Message {
        Message(.outputNoFreeName, .value("folder", folder))
    }

    static func outputRenamed(existing: String, name: String) -> Message {
        Message(.outputRenamed, .value("existing", existing), .value("name", name))
    }

    static func outputSave(path: String, detail: String) -> Message {
        Message(.outputSave, .value("path", path), .value("detail", detail))
    }

    static var outputSaveHint: Message {
        Message(.outputSaveHint)
    }

    // MARK: - Cut texts and bounded numbers

    static func outputPreflightCannotCreate(folder: String, parent: String) -> Message {
        Message(.outputPreflightCannotCreate, .value("folder", folder), .value("parent", parent))
    }

    static var outputPreflightHint: Message {
        Message(.outputPreflightHint)
    }

    static func outputPreflightNameTooLong(name: String, bytes: String, max: String) -> Message {
        Message(.outputPreflightNameTooLong, .value("name", name), .value("bytes", bytes), .value("max", max))
    }

    static var outputPreflightNameTooLongHint: Message {
        Message(.outputPreflightNameTooLongHint)
    }

    static func outputPreflightCreateFailed(folder: String, path: String, detail: String) -> Message {
        Message(.outputPreflightCreateFailed, .value("folder", folder), .value("path", path), .value("detail", detail))
    }

    static func outputPreflightDanglingLink(folder: String, link: String, destination: String) -> Message {
        Message(
            .outputPreflightDanglingLink,
            .value("folder", folder),
            .value("link", link),
            .value("destination", destination))
    }

    static func outputPreflightFolderNameTooLong(name: String, bytes: String, max: String) -> Message {
        Message(.outputPreflightFolderNameTooLong, .value("name", name), .value("bytes", bytes), .value("max", max))
    }

    static func outputPreflightPathTooLong(folder: String, bytes: String, max: String) -> Message {
        Message(.outputPreflightPathTooLong, .value("folder", folder), .value("bytes", bytes), .value("max", max))
    }

    static var outputPreflightPathHint: Message {
        Message(.outputPreflightPathHint)
    }

    static func outputPreflightNotFolder(folder: String, path: String) -> Message {
        Message(.outputPreflightNotFolder, .value("folder", folder), .value("path", path))
    }

    static func outputPreflightNotWritable(folder: String) -> Message {
        Message(.outputPreflightNotWritable, .value("folder", folder))
    }

    // MARK: - Free space

    static func outputSpaceUpTo(pixels: String, format: String) -> Message {
        Message(.outputSpaceUpTo, .value("format", format), .value("pixels", pixels))
    }

    static func outputSpaceShort(folder: String, free: String, image: Message, needed: String) -> Message {
        Message(
            .outputSpaceShort,
            .value("folder", folder),
            .value("free", free),
            .message("image", image),
            .value("needed", needed))
    }

    static var outputSpaceShortHint: Message {
        Message(.outputSpaceShortHint)
    }
}
