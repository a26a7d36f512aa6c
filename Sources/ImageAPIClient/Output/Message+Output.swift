import Foundation

/// The texts that `Output/` shows a person, in English and Simplified Chinese side by side.
///
/// One constructor per text: its parameters are the values it shows, so a wrong name or value is
/// a compile error. Values are never translated; `Message` parameters render in the same language.
extension Message {
    // MARK: - Saving images

    static func outputExtensionChanged(format: String, extension extensionValue: String, name: String) -> Message {
        Message(
            en: "the image is \(format) but the file name had \(extensionValue); saved as \(name)",
            zh: "图片是 \(format)，但文件名的扩展名是 \(extensionValue)；已保存为 \(name)")
    }

    static func outputExtensionMissing(format: String, name: String) -> Message {
        Message(
            en: "the image is \(format) but the file name had no extension; saved as \(name)",
            zh: "图片是 \(format)，但文件名没有扩展名；已保存为 \(name)")
    }

    static func outputFolderCreate(folder: String) -> Message {
        Message(en: "could not create folder \(folder)", zh: "无法创建文件夹 \(folder)")
    }

    static var outputFolderCreateHint: Message {
        Message(
            en: "check that the path is writable, or pass \(setting: "filename") with a different folder",
            zh: "请确认路径可写，或用 \(setting: "filename") 指定其他文件夹")
    }

    static func outputFolderWrite(folder: String) -> Message {
        Message(en: "could not write to \(folder)", zh: "无法写入 \(folder)")
    }

    static var outputFolderWriteHint: Message {
        Message(
            en: "check free space and permissions, or pass \(setting: "filename") with a different folder",
            zh: "请检查剩余空间和权限，或用 \(setting: "filename") 指定其他文件夹")
    }

    static func outputNoFreeName(folder: String) -> Message {
        Message(en: "could not find a free file name in \(folder)", zh: "无法在 \(folder) 中找到可用的文件名")
    }

    static func outputRenamed(existing: String, name: String) -> Message {
        Message(
            en: "\(existing) already exists; saved as \(name) instead of overwriting it",
            zh: "\(existing) 已存在；已另存为 \(name)，没有覆盖它")
    }

    static func outputSave(path: String, detail: String) -> Message {
        Message(en: "could not save \(path): \(detail)", zh: "无法保存 \(path)：\(detail)")
    }

    static var outputSaveHint: Message {
        Message(en: "check that the folder is writable", zh: "请确认文件夹可写")
    }

    // MARK: - Cut texts and bounded numbers

    static func outputPreflightCannotCreate(folder: String, parent: String) -> Message {
        Message(
            en: "cannot create the folder \(folder): \(parent) is not writable",
            zh: "无法创建文件夹 \(folder)：\(parent) 不可写")
    }

    static var outputPreflightHint: Message {
        Message(
            en: "choose another place with \(setting: "filename"), or fix the folder's permissions; nothing was sent",
            zh: "请用 \(setting: "filename") 换个位置，或修正该文件夹的权限；没有发送任何请求")
    }

    static func outputPreflightNameTooLong(name: String, bytes: String, max: String) -> Message {
        Message(
            en: "the file name \(name) is \(bytes) bytes long; at most \(max) bytes fit",
            zh: "文件名 \(name) 长 \(bytes) 字节；最多只能 \(max) 字节")
    }

    static var outputPreflightNameTooLongHint: Message {
        Message(
            en: "choose a shorter name with \(setting: "filename"); nothing was sent",
            zh: "请用 \(setting: "filename") 指定更短的文件名；没有发送任何请求")
    }

    static func outputPreflightCreateFailed(folder: String, path: String, detail: String) -> Message {
        Message(
            en: "cannot create the folder \(folder): \(path): \(detail)",
            zh: "无法创建文件夹 \(folder)：\(path)：\(detail)")
    }

    static func outputPreflightDanglingLink(folder: String, link: String, destination: String) -> Message {
        Message(
            en: "cannot save in \(folder): \(link) is a symbolic link to \(destination), which does not exist",
            zh: "无法保存到 \(folder)：\(link) 是指向 \(destination) 的符号链接，而该位置不存在")
    }

    static func outputPreflightFolderNameTooLong(name: String, bytes: String, max: String) -> Message {
        Message(
            en: "the folder name \(name) is \(bytes) bytes long; a file system takes at most \(max) bytes per name",
            zh: "文件夹名 \(name) 长 \(bytes) 字节；文件系统的每个名称最多 \(max) 字节")
    }

    static func outputPreflightPathTooLong(folder: String, bytes: String, max: String) -> Message {
        Message(
            en: "the path to save in (\(folder)) is \(bytes) bytes long with the file name; at most \(max) bytes fit",
            zh: "保存路径（\(folder)）加上文件名长 \(bytes) 字节；最多只能 \(max) 字节")
    }

    static var outputPreflightPathHint: Message {
        Message(
            en: "choose a shorter path with \(setting: "filename"); nothing was sent",
            zh: "请用 \(setting: "filename") 指定更短的路径；没有发送任何请求")
    }

    static func outputPreflightNotFolder(folder: String, path: String) -> Message {
        Message(
            en: "cannot save in \(folder): \(path) is a file, not a folder",
            zh: "无法保存到 \(folder)：\(path) 是文件而不是文件夹")
    }

    static func outputPreflightNotWritable(folder: String) -> Message {
        Message(en: "cannot write to the folder \(folder)", zh: "无法写入文件夹 \(folder)")
    }

    // MARK: - Free space

    static func outputSpaceUpTo(pixels: String, format: String) -> Message {
        Message(en: "\(format) of up to \(pixels) pixels", zh: "最多 \(pixels) 像素的 \(format)")
    }

    static func outputSpaceShort(folder: String, free: String, image: Message, needed: String) -> Message {
        Message(
            en: "not enough free space in \(folder): \(free) free, and the image this request can return "
                + "(\(image)) may take up to \(needed)",
            zh: "\(folder) 的剩余空间不足：只剩 \(free)，而这个请求可能返回的图片（\(image)）最多需要 \(needed)")
    }

    static var outputSpaceShortHint: Message {
        Message(
            en: "free some space, or save on another disk with \(setting: "filename"); nothing was sent",
            zh: "请腾出一些空间，或用 \(setting: "filename") 保存到其他磁盘；没有发送任何请求")
    }
}
