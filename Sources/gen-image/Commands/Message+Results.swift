import ImageAPIClient

/// The texts of `gen-image history` and `gen-image gallery`, in English and Simplified Chinese side by side.
extension Message {
    static var subcommandHistory: Message {
        Message(
            en: "What was made, newest first, with today's and this month's cost; --search, --since, --limit.",
            zh: "按时间倒序列出生成记录，并显示今天和本月的费用；可用 --search、--since、--limit。")
    }

    static var historyHelpOverview: Message {
        Message(
            en: "Lists the history every run and batch item appends to ($XDG_STATE_HOME/gen-image/history.jsonl, "
                + "by default ~/.local/state/gen-image/): time, outcome, model, size, cost, the prompt and the saved "
                + "paths, newest first, then what today and this month cost. --no-history or GEN_IMAGE_HISTORY=off "
                + "keeps a run out of it.",
            zh: "列出每次运行和每个批量条目追加的历史记录（$XDG_STATE_HOME/gen-image/history.jsonl，默认在 "
                + "~/.local/state/gen-image/）：时间、结果、模型、尺寸、费用、提示词和保存路径，按时间倒序，"
                + "最后是今天和本月的费用。--no-history 或 GEN_IMAGE_HISTORY=off 可不记录某次运行。")
    }

    static var optionHistorySearch: Message {
        Message(
            en: "Only entries whose prompt, model, outcome, path or settings contain this text (any case).",
            zh: "只列出提示词、模型、结果、路径或参数中含有此文字的记录（不分大小写）。")
    }

    static var optionHistorySince: Message {
        Message(
            en: "Only entries from this date on: 2026-12-01, an ISO 8601 time, or 3d / 12h / 2w ago.",
            zh: "只列出此时间之后的记录：2026-12-01、ISO 8601 时间，或 3d / 12h / 2w 表示多久以前。")
    }

    static var optionHistoryLimit: Message {
        Message(en: "Show at most N entries (default 20; 0 for all).", zh: "最多显示 N 条（默认 20；0 表示全部）。")
    }

    static var usageSinceHint: Message {
        Message(
            en: "use a date (2026-12-01), an ISO 8601 time, or 3d, 12h, 2w",
            zh: "请用日期（2026-12-01）、ISO 8601 时间，或 3d、12h、2w")
    }

    static func historyEmpty(path: String) -> Message {
        Message(en: "gen-image: no history yet (\(path))", zh: "gen-image: 还没有历史记录（\(path)）")
    }

    static func historyMore(shown: String, matching: String) -> Message {
        Message(
            en: "gen-image: \(shown) of \(matching) shown; --limit 0 shows all",
            zh: "gen-image: 显示了 \(matching) 条中的 \(shown) 条；--limit 0 显示全部")
    }

    static func historyCost(today: String, todayImages: String, month: String, monthImages: String) -> Message {
        Message(
            en: "gen-image: cost today \(today) (\(todayImages) images) · this month \(month) (\(monthImages) images)",
            zh: "gen-image: 今天费用 \(today)（\(todayImages) 张） · 本月 \(month)（\(monthImages) 张）")
    }

    static var subcommandGallery: Message {
        Message(
            en: "Make an HTML page of images that carry gen-image's record (files or a folder); -o names it.",
            zh: "为带有 gen-image 记录的图片（文件或文件夹）生成 HTML 页面；-o 指定页面文件。")
    }

    static var galleryHelpOverview: Message {
        Message(
            en: "Makes one self-contained HTML page (inline CSS, relative image paths, nothing from the network) "
                + "with a card per image carrying gen-image's record: thumbnail, prompt, model, size asked and "
                + "delivered, cost, and the command that makes it again. With no file, the current folder. The "
                + "page goes to gallery.html in the folder (or beside the first file) unless -o names it; its path "
                + "is printed on stdout.",
            zh: "生成一个自包含的 HTML 页面（内联 CSS、相对图片路径、不从网络加载任何内容），每张带 gen-image 记录的图片"
                + "一张卡片：缩略图、提示词、模型、请求与实际尺寸、费用，以及重新生成的命令。不给文件时用当前文件夹。"
                + "页面默认写到该文件夹（或第一个文件旁边）的 gallery.html，可用 -o 指定；页面路径输出到 stdout。")
    }

    static var optionGalleryPage: Message {
        Message(en: "Where to write the page (default gallery.html).", zh: "页面写到哪里（默认 gallery.html）。")
    }

    static func galleryNothing(path: String) -> Message {
        Message(en: "no image with a gen-image record in \(path)", zh: "\(path) 中没有带 gen-image 记录的图片")
    }

    static var galleryNothingHint: Message {
        Message(
            en: "images saved with --no-metadata carry no record; 'gen-image info FILE' shows what a file carries",
            zh: "用 --no-metadata 保存的图片没有记录；'gen-image info FILE' 可查看文件内容")
    }

    static func galleryWriteFailed(path: String, detail: String) -> Message {
        Message(en: "could not write \(path): \(detail)", zh: "无法写入 \(path)：\(detail)")
    }

    static func gallerySkipped(count: String) -> Message {
        Message(
            en: "gen-image: \(count) files without a gen-image record left out",
            zh: "gen-image: 略过了 \(count) 个没有 gen-image 记录的文件")
    }

    static func batchGallery(path: String) -> Message {
        Message(en: "gen-image: gallery: \(path)", zh: "gen-image: 图片页面：\(path)")
    }

    static func galleryMissing(path: String) -> Message {
        Message(en: "\(path) does not exist", zh: "\(path) 不存在")
    }

    static var galleryNotOurs: Message {
        Message(
            en: "a file that is not a gen-image page has that name; choose another with -o",
            zh: "同名文件不是 gen-image 生成的页面；请用 -o 换一个名字")
    }

    static var galleryNotWritable: Message {
        Message(en: "the folder cannot be written; choose another with -o", zh: "该文件夹无法写入；请用 -o 换一个位置")
    }

    static var batchHelpOutputGallery: Message {
        Message(
            en: "<file-stem>.html beside it: a page of every item, rewritten as items finish.",
            zh: "旁边的 <文件名>.html：所有条目的图片页面，随条目完成而更新。")
    }
}
