import ImageAPIClient

/// The texts of `gen-image history` and `gen-image gallery`, in English and Simplified Chinese side by side.
extension Message {
    static var subcommandHistory: Message {
        Message(.subcommandHistory)
    }

    static var historyHelpOverview: Message {
        Message(.historyHelpOverview)
    }

    static var optionHistorySearch: Message {
        Message(.optionHistorySearch)
    }

    static var optionHistorySince: Message {
        Message(.optionHistorySince)
    }

    static var optionHistoryLimit: Message {
        Message(.optionHistoryLimit)
    }

    static var usageSinceHint: Message {
        Message(.usageSinceHint)
    }

    static func historyEmpty(path: String) -> Message {
        Message(.historyEmpty, .value("path", path))
    }

    static func historyMore(shown: String, matching: String) -> Message {
        Message(.historyMore, .value("shown", shown), .value("matching", matching))
    }

    static func historyCost(today: String, todayImages: String, month: String, monthImages: String) -> Message {
        Message(
            .historyCost,
            .value("today", today),
            .value("todayImages", todayImages),
            .value("month", month),
            .value("monthImages", monthImages))
    }

    static var subcommandGallery: Message {
        Message(.subcommandGallery)
    }

    static var galleryHelpOverview: Message {
        Message(.galleryHelpOverview)
    }

    static var optionGalleryPage: Message {
        Message(.optionGalleryPage)
    }

    static func galleryNothing(path: String) -> Message {
        Message(.galleryNothing, .value("path", path))
    }

    static var galleryNothingHint: Message {
        Message(.galleryNothingHint)
    }

    static func galleryWriteFailed(path: String, detail: String) -> Message {
        Message(.galleryWriteFailed, .value("path", path), .value("detail", detail))
    }

    static func gallerySkipped(count: String) -> Message {
        Message(.gallerySkipped, .value("count", count))
    }

    static func batchGallery(path: String) -> Message {
        Message(.batchGallery, .value("path", path))
    }

    static func galleryMissing(path: String) -> Message {
        Message(.galleryMissing, .value("path", path))
    }

    static var galleryNotOurs: Message {
        Message(.galleryNotOurs)
    }

    static var galleryNotWritable: Message {
        Message(.galleryNotWritable)
    }

    static var batchHelpOutputGallery: Message {
        Message(.batchHelpOutputGallery)
    }
}
