import Foundation

/// The texts that `Inputs/` shows a person, in English and Simplified Chinese side by side.
///
/// One constructor per text: its parameters are the values it shows, so a wrong name or value is
/// a compile error. Values are never translated; `Message` parameters render in the same language.
extension Message {
    // MARK: - Input images and masks

    static func inputLarge(path: String, size: String, recommended: String) -> Message {
        Message(.inputLarge, .value("path", path), .value("size", size), .value("recommended", recommended))
    }

    static func inputNotFile(path: String) -> Message {
        Message(.inputNotFile, .value("path", path))
    }

    static var inputNotFileHint: Message {
        Message(.inputNotFileHint)
    }

    static func inputNotFound(path: String) -> Message {
        Message(.inputNotFound, .value("path", path))
    }

    static func inputNotImage(path: String) -> Message {
        Message(.inputNotImage, .value("path", path))
    }

    static var inputNotImageHint: Message {
        Message(.inputNotImageHint)
    }

    static var inputPermissions: Message {
        Message(.inputPermissions)
    }

    static func inputTooLarge(path: String, size: String, limit: String) -> Message {
        Message(.inputTooLarge, .value("path", path), .value("size", size), .value("limit", limit))
    }

    static func inputTooLargeHint(recommended: String) -> Message {
        Message(.inputTooLargeHint, .value("recommended", recommended))
    }

    static func inputTooMany(count: String, max: String) -> Message {
        Message(.inputTooMany, .value("count", count), .value("max", max))
    }

    static func inputTooManyHint(max: String) -> Message {
        Message(.inputTooManyHint, .value("max", max))
    }

    static func inputUnreadable(path: String) -> Message {
        Message(.inputUnreadable, .value("path", path))
    }

    static func maskFormatDiffers(format: String) -> Message {
        Message(.maskFormatDiffers, .value("format", format))
    }

    static func maskImageSizeUnknown(image: String) -> Message {
        Message(.maskImageSizeUnknown, .value("image", image))
    }

    static var maskImageSizeUnknownHint: Message {
        Message(.maskImageSizeUnknownHint)
    }

    static func maskNoAlpha(path: String) -> Message {
        Message(.maskNoAlpha, .value("path", path))
    }

    static var maskNoAlphaHint: Message {
        Message(.maskNoAlphaHint)
    }

    static func maskNotFound(path: String) -> Message {
        Message(.maskNotFound, .value("path", path))
    }

    static var maskNotFoundHint: Message {
        Message(.maskNotFoundHint)
    }

    static func maskNotPngFormat(path: String, format: String) -> Message {
        Message(.maskNotPngFormat, .value("path", path), .value("format", format))
    }

    static var maskNotPngHint: Message {
        Message(.maskNotPngHint)
    }

    static func maskNotPngNotImage(path: String) -> Message {
        Message(.maskNotPngNotImage, .value("path", path))
    }

    static func maskSizeMismatch(mask: String, image: String, size: String) -> Message {
        Message(.maskSizeMismatch, .value("mask", mask), .value("image", image), .value("size", size))
    }

    static func maskSizeMismatchHint(size: String) -> Message {
        Message(.maskSizeMismatchHint, .value("size", size))
    }

    static func maskTooLarge(path: String, size: String, limit: String) -> Message {
        Message(.maskTooLarge, .value("path", path), .value("size", size), .value("limit", limit))
    }

    static var maskTooLargeHint: Message {
        Message(.maskTooLargeHint)
    }

    static func maskUnreadable(path: String) -> Message {
        Message(.maskUnreadable, .value("path", path))
    }
}
