import Foundation

/// The texts that `Inputs/` shows a person, in English and Simplified Chinese side by side.
///
/// One constructor per text: its parameters are the values it shows, so a wrong name or value is
/// a compile error. Values are never translated; `Message` parameters render in the same language.
extension Message {
    // MARK: - Input images and masks

    static func inputLarge(path: String, size: String, recommended: String) -> Message {
        Message(
            en: "\(path) is \(size); the gateway recommends at most \(recommended) per image and may reject it",
            zh: "\(path) 为 \(size)；网关建议每张图片不超过 \(recommended)，可能会拒绝它")
    }

    static func inputNotFile(path: String) -> Message {
        Message(en: "input image is not a regular file: \(path)", zh: "输入图片不是普通文件：\(path)")
    }

    static var inputNotFileHint: Message {
        Message(en: "pass the path of an image file", zh: "请传入图片文件的路径")
    }

    static func inputNotFound(path: String) -> Message {
        Message(en: "input image not found: \(path)", zh: "找不到输入图片：\(path)")
    }

    static func inputNotImage(path: String) -> Message {
        Message(en: "input is not a PNG, JPEG or WebP image: \(path)", zh: "输入不是 PNG、JPEG 或 WebP 图片：\(path)")
    }

    static var inputNotImageHint: Message {
        Message(
            en: "convert it first (HEIC, GIF, BMP and others are not accepted; the file's bytes decide, not its "
                + "extension)",
            zh: "请先转换格式（不接受 HEIC、GIF、BMP 等格式；以文件内容而非扩展名为准）")
    }

    static var inputPermissions: Message {
        Message(en: "check its permissions", zh: "请检查它的权限")
    }

    static func inputTooLarge(path: String, size: String, limit: String) -> Message {
        Message(
            en: "input image is too large: \(path) is \(size), the limit is \(limit)",
            zh: "输入图片过大：\(path) 为 \(size)，上限为 \(limit)")
    }

    static func inputTooLargeHint(recommended: String) -> Message {
        Message(
            en: "shrink or re-encode it (the gateway recommends at most \(recommended) per image)",
            zh: "请缩小或重新编码（网关建议每张图片不超过 \(recommended)）")
    }

    static func inputTooMany(count: String, max: String) -> Message {
        Message(en: "too many input images: \(count) given, at most \(max)", zh: "输入图片过多：给了 \(count) 张，最多 \(max) 张")
    }

    static func inputTooManyHint(max: String) -> Message {
        Message(
            en: "merge or drop some images; \(setting: "input_images") takes 1 to \(max) paths",
            zh: "请合并或去掉部分图片；\(setting: "input_images") 接受 1 到 \(max) 个路径")
    }

    static func inputUnreadable(path: String) -> Message {
        Message(en: "cannot read input image: \(path)", zh: "无法读取输入图片：\(path)")
    }

    static func maskFormatDiffers(format: String) -> Message {
        Message(
            en: "the image to edit is \(format) and the mask is PNG; the API asks for both in the same format, "
                + "so convert the image to PNG if the gateway refuses",
            zh: "要编辑的图片是 \(format)，而遮罩是 PNG；API 要求两者格式相同，如果网关拒绝，请把图片转换为 PNG")
    }

    static func maskImageSizeUnknown(image: String) -> Message {
        Message(
            en: "cannot read the pixel size of \(image) to compare it with the mask",
            zh: "无法读取 \(image) 的像素尺寸，因而无法与遮罩比较")
    }

    static var maskImageSizeUnknownHint: Message {
        Message(
            en: "re-save the image to edit as PNG, or drop \(setting: "mask")",
            zh: "请把要编辑的图片重新存为 PNG，或去掉 \(setting: "mask")")
    }

    static func maskNoAlpha(path: String) -> Message {
        Message(en: "the mask has no alpha channel: \(path)", zh: "遮罩没有 alpha 通道：\(path)")
    }

    static var maskNoAlphaHint: Message {
        Message(
            en: "the transparent pixels mark what to edit; save it as RGBA or grayscale+alpha PNG (e.g. in "
                + "Python: mask.convert(\"RGBA\"), then putalpha)",
            zh: "透明像素标出要编辑的区域；请存为 RGBA 或灰度+alpha 的 PNG（例如在 Python 中：mask.convert(\"RGBA\")，然后 putalpha）")
    }

    static func maskNotFound(path: String) -> Message {
        Message(en: "mask not found: \(path)", zh: "找不到遮罩：\(path)")
    }

    static var maskNotFoundHint: Message {
        Message(
            en: "check the path given to \(setting: "mask")",
            zh: "请检查传给 \(setting: "mask") 的路径")
    }

    static func maskNotPngFormat(path: String, format: String) -> Message {
        Message(en: "the mask must be a PNG image: \(path) is \(format)", zh: "遮罩必须是 PNG 图片：\(path) 是 \(format)")
    }

    static var maskNotPngHint: Message {
        Message(
            en: "save the mask as PNG with an alpha channel (transparent where the image should change)",
            zh: "请把遮罩存为带 alpha 通道的 PNG（图片需要修改的地方设为透明）")
    }

    static func maskNotPngNotImage(path: String) -> Message {
        Message(en: "the mask must be a PNG image: \(path) is not an image", zh: "遮罩必须是 PNG 图片：\(path) 不是图片")
    }

    static func maskSizeMismatch(mask: String, image: String, size: String) -> Message {
        Message(
            en: "the mask is \(mask) but the image to edit (\(image)) is \(size); they must be the same size",
            zh: "遮罩为 \(mask)，而要编辑的图片（\(image)）为 \(size)；两者尺寸必须相同")
    }

    static func maskSizeMismatchHint(size: String) -> Message {
        Message(
            en: "resize the mask to \(size); it applies to the first \(setting: "input_images") image",
            zh: "请把遮罩调整为 \(size)；它作用于第一张 \(setting: "input_images") 图片")
    }

    static func maskTooLarge(path: String, size: String, limit: String) -> Message {
        Message(
            en: "the mask is too large: \(path) is \(size); it must be under \(limit)",
            zh: "遮罩过大：\(path) 为 \(size)；必须小于 \(limit)")
    }

    static var maskTooLargeHint: Message {
        Message(
            en: "a mask only needs alpha: save it as an 8-bit grayscale+alpha PNG, or shrink the image and mask",
            zh: "遮罩只需要 alpha 通道：请存为 8 位灰度+alpha 的 PNG，或缩小图片和遮罩")
    }

    static func maskUnreadable(path: String) -> Message {
        Message(en: "cannot read the mask: \(path)", zh: "无法读取遮罩：\(path)")
    }
}
