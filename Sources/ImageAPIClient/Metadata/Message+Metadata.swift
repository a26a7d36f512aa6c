import Foundation

/// The texts that `Metadata/` shows a person, in English and Simplified Chinese side by side.
extension Message {
    static func metadataUnreadable(path: String) -> Message {
        Message(en: "could not read \(path)", zh: "无法读取 \(path)")
    }

    static func metadataNotImage(path: String) -> Message {
        Message(en: "\(path) is not a PNG, JPEG or WebP image", zh: "\(path) 不是 PNG、JPEG 或 WebP 图片")
    }

    static func metadataInputMissing(name: String, path: String) -> Message {
        Message(
            en: "input \(name) is gone (it was at \(path))",
            zh: "输入图片 \(name) 已不存在（原路径 \(path)）")
    }

    static func metadataInputChanged(name: String, path: String) -> Message {
        Message(
            en: "input \(name) has changed since the image was made (\(path) has other bytes)",
            zh: "输入图片 \(name) 在生成后已被修改（\(path) 的内容不同）")
    }

    static var metadataInputHint: Message {
        Message(
            en: "put the original file back, or pass \(setting: "input_images") with the images to use",
            zh: "请放回原文件，或用 \(setting: "input_images") 指定要使用的图片")
    }

    static func metadataSidecarContentCredentials(name: String) -> Message {
        Message(
            en: "the image carries Content Credentials (C2PA), so it was saved unchanged; its metadata is in \(name)",
            zh: "图片带有内容凭证（C2PA），因此原样保存；元数据写在 \(name)")
    }

    static func metadataSidecarTooLarge(name: String) -> Message {
        Message(
            en: "the metadata is too large for this format, so it was written to \(name)",
            zh: "元数据超出此格式的容量，已写入 \(name)")
    }

    static func metadataSidecarUnreadable(name: String) -> Message {
        Message(
            en:
                "could not add metadata to the image's structure, so it was saved unchanged; the metadata is in \(name)",
            zh: "无法在图片结构中加入元数据，因此原样保存；元数据写在 \(name)")
    }

    static func metadataSidecarNotEmbedded(name: String) -> Message {
        Message(
            en: "could not write the image again with its metadata (is the disk full?), so it was saved unchanged; "
                + "the metadata is in \(name)",
            zh: "无法重写带元数据的图片（磁盘满了？），因此原样保存；元数据写在 \(name)")
    }

    static func metadataSidecarNotWritten(path: String) -> Message {
        Message(
            en: "could not write the metadata file \(path); the image is saved without it",
            zh: "无法写入元数据文件 \(path)；图片已保存，但没有元数据")
    }
}
