import ImageAPIClient

/// The texts `gen-image mcp` shows: tool descriptions, progress, result lines and refusals, in English and
/// Simplified Chinese side by side. Argument names are values (never translated).
extension Message {
    // MARK: - The subcommand

    static var subcommandMcp: Message {
        Message(
            en: "Serve generate_image, run_batch, check_setup and image_info to MCP clients on stdin/stdout.",
            zh: "通过标准输入输出为 MCP 客户端提供 generate_image、run_batch、check_setup 和 image_info 工具。")
    }

    static var mcpHelpOverview: Message {
        Message(
            en: "Run gen-image as an MCP server (JSON-RPC 2.0, one message per line on stdin/stdout; notes on "
                + "stderr). The key comes from the environment the client's configuration gives the server "
                + "(APIYI_API_KEY, VIBEAPI_API_KEY or OPENAI_API_KEY). Images are saved under the working folder or "
                + "--out-dir, and never outside them unless --allow-outside is given.",
            zh: "以 MCP 服务器方式运行 gen-image（JSON-RPC 2.0，标准输入输出每行一条消息；说明写到标准错误）。密钥来自客户端配置给服务器的环境变量"
                + "（APIYI_API_KEY、VIBEAPI_API_KEY 或 OPENAI_API_KEY）。图片保存在工作文件夹或 --out-dir 下，除非加 --allow-outside，"
                + "否则绝不写到它们之外。")
    }

    static func mcpOptionConcurrency(max: String, default: String) -> Message {
        Message(
            en: "Requests in flight at once across all calls, 1 to \(max) (default \(`default`)); calls beyond wait "
                + "their turn.",
            zh: "所有调用加起来同时进行的请求数，1 到 \(max)（默认 \(`default`)）；超出的调用排队等待。")
    }

    static var mcpOptionOutDir: Message {
        Message(
            en: "A folder tools may write to besides the working folder, and where images go when a call names "
                + "no file (default: the working folder).",
            zh: "除工作文件夹外工具可写入的文件夹；调用未指定文件时图片也保存到这里（默认：工作文件夹）。")
    }

    static var mcpOptionAllowOutside: Message {
        Message(
            en: "Let calls write anywhere, not only inside the working folder and --out-dir.",
            zh: "允许调用写到任何位置，而不只是工作文件夹和 --out-dir 之内。")
    }

    static var mcpOptionModel: Message {
        Message(
            en: "Model for calls that name none. Default: $GEN_IMAGE_MODEL, else chosen per call as a single run "
                + "would.",
            zh: "调用未指定模型时使用的模型。默认：$GEN_IMAGE_MODEL，否则像单次运行那样按调用选择。")
    }

    static var mcpInstructions: Message {
        Message(
            en: "gen-image makes and edits images with GPT Image 2 models. Call check_setup first when unsure the key "
                + "works (it costs nothing). generate_image saves one image and returns its path, size, cost and "
                + "request id (never the image itself); run_batch runs many at once. A request takes 20-300 s and "
                + "reports progress. Paths are relative to the server's working folder.",
            zh: "gen-image 用 GPT Image 2 系列模型生成和编辑图片。不确定密钥是否可用时先调用 check_setup（不花钱）。generate_image 保存一张图片，"
                + "返回路径、尺寸、费用和请求 ID（不返回图片本身）；run_batch 一次并发生成多张。每个请求需要 20-300 秒，期间报告进度。"
                + "路径相对于服务器的工作文件夹。")
    }

    // MARK: - Tools

    static var mcpGenerateTitle: Message {
        Message(en: "Generate or edit an image", zh: "生成或编辑图片")
    }

    static func mcpGenerateDescription(models: String) -> Message {
        Message(
            en: "Generate an image from a prompt, or edit or fuse the images in input_images (a mask edits one "
                + "region). Saves the file under the working folder or out_dir and returns its path, delivered "
                + "size, cost and request id, with a file:// link; the image itself is never returned (preview: "
                + "true adds a small one). Bad values are refused before anything is sent or billed. Price and usual wait "
                + "per model: \(models).",
            zh: "根据提示词生成图片，或编辑、融合 input_images 中的图片（mask 只编辑一个区域）。文件保存在工作文件夹或 out_dir 下，"
                + "返回路径、实际尺寸、费用和请求 ID 以及 file:// 链接；从不返回图片本身（preview: true 附带一张小预览）。"
                + "错误的取值在发送和计费之前就会被拒绝。各模型的价格和通常等待时间：\(models)。")
    }

    static var mcpBatchTitle: Message {
        Message(en: "Run a batch of images", zh: "批量生成图片")
    }

    static var mcpBatchDescription: Message {
        Message(
            en: "Make many images at once, like `gen-image batch`: give \"file\" (a batch file in the skills' "
                + "template or JSON Lines; relative paths in it are read against its folder, and its "
                + "<name>.results.json is written so a re-run skips finished items) or \"items\" (objects with the "
                + "fields of generate_image) with an optional \"global\". Every item is checked before anything is "
                + "sent. Returns each item's status, path and request id, and the total cost.",
            zh: "像 `gen-image batch` 一样一次生成多张图片：给出 \"file\"（技能模板或 JSON Lines 格式的批量文件；其中的相对路径相对于它所在的文件夹，"
                + "并写出 <名称>.results.json，重跑时跳过已完成的条目）或 \"items\"（字段与 generate_image 相同的对象），可选 \"global\"。"
                + "发送任何请求之前先检查每个条目。返回每个条目的状态、路径和请求 ID，以及总费用。")
    }

    static var mcpSetupTitle: Message {
        Message(en: "Check the setup", zh: "检查配置")
    }

    static var mcpSetupDescription: Message {
        Message(
            en: "Check what `gen-image doctor` checks: the key, the base URL, the proxy, DNS, the connection and "
                + "the gateway, each with what to do when it fails. Sends no image request and costs nothing.",
            zh: "检查 `gen-image doctor` 所检查的内容：密钥、base URL、代理、DNS、连接和网关，失败的每项都说明该怎么办。"
                + "不发送生成请求，不花钱。")
    }

    static var mcpInfoTitle: Message {
        Message(en: "Read an image's facts", zh: "读取图片信息")
    }

    static var mcpInfoDescription: Message {
        Message(
            en: "Read an image file's format, pixel size and byte size from its header, without decoding it or "
                + "sending anything.",
            zh: "从文件头读取图片的格式、像素尺寸和字节数，不解码，也不发送任何请求。")
    }

    // MARK: - Arguments

    static func mcpFieldModel(defaultModel: String, sizedModel: String, models: String) -> Message {
        Message(
            en: "The model. Without it: \(defaultModel), or \(sizedModel) when size, quality or output_format is "
                + "given. Price and usual wait: \(models).",
            zh: "模型。不填时用 \(defaultModel)；给了 size、quality 或 output_format 时用 \(sizedModel)。价格和通常等待时间：\(models)。")
    }

    static func mcpModelLine(model: String, price: String, wait: String) -> Message {
        Message(en: "\(model): \(price), \(wait)", zh: "\(model)：\(price)，\(wait)")
    }

    static func mcpPriceTokens(low: String, high: String) -> Message {
        Message(
            en: "billed by tokens, about $\(low) (low) to $\(high) (high quality) per 1024x1024 image",
            zh: "按 token 计费，每张 1024x1024 图片约 $\(low)（low）到 $\(high)（high 质量）")
    }

    static var mcpFieldFilename: Message {
        Message(
            en: "Where to save the image: relative to out_dir if given, else to the server's working folder. "
                + "Without it, a name is made from the time and the prompt. An existing file is never overwritten.",
            zh: "图片保存位置：给了 out_dir 时相对于它，否则相对于服务器的工作文件夹。不填时按时间和提示词起名。绝不覆盖已有文件。")
    }

    static var mcpFieldInputImages: Message {
        Message(
            en: "Images to edit (one) or fuse (several): paths of PNG, JPEG or WebP files, relative to the "
                + "server's working folder.",
            zh: "要编辑（一张）或融合（多张）的图片：PNG、JPEG 或 WebP 文件路径，相对于服务器的工作文件夹。")
    }

    static var mcpFieldSizeHint: Message {
        Message(
            en: "A ratio phrase such as \"横版 16:9\" put in front of every prompt that has no size or aspect.",
            zh: "比例短语（如 \"横版 16:9\"），加在没有 size 或 aspect 的每条提示词前面。")
    }

    static var mcpFieldOutDir: Message {
        Message(
            en: "The folder to save into, relative to the server's working folder; it must lie inside that folder "
                + "or the server's --out-dir.",
            zh: "保存到的文件夹，相对于服务器的工作文件夹；必须位于该文件夹或服务器的 --out-dir 之内。")
    }

    static var mcpFieldBatchOutDir: Message {
        Message(
            en: "Where images of items without a filename go (and the results file); inside the server's working "
                + "folder or --out-dir.",
            zh: "没有 filename 的条目的图片（以及结果文件）保存到哪里；须在服务器的工作文件夹或 --out-dir 之内。")
    }

    static var mcpFieldProvider: Message {
        Message(
            en: "The gateway (its key must be in the server's environment); default: the server's.",
            zh: "网关（其密钥须在服务器的环境变量中）；默认用服务器的设置。")
    }

    static func mcpFieldPreview(limit: String) -> Message {
        Message(
            en: "Also return a small preview inline, at most \(limit) KB: the image itself when that small, else a "
                + "shrunk copy of a PNG (JPEG and WebP get only their link).",
            zh: "同时内联返回一张不超过 \(limit) KB 的小预览：图片足够小时就是它本身，否则是 PNG 的缩小副本（JPEG 和 WebP 只返回链接）。")
    }

    static var mcpFieldFile: Message {
        Message(
            en: "A batch file (the skills' template or JSON Lines), relative to the server's working folder.",
            zh: "批量文件（技能模板或 JSON Lines），相对于服务器的工作文件夹。")
    }

    static var mcpFieldItems: Message {
        Message(en: "The images to make, each with generate_image's fields.", zh: "要生成的图片，每项的字段与 generate_image 相同。")
    }

    static var mcpFieldGlobal: Message {
        Message(
            en: "Defaults every item inherits unless it sets the field itself (with items only).",
            zh: "每个条目继承的默认值，条目自己设置的字段优先（仅与 items 一起使用）。")
    }

    static func mcpFieldConcurrency(limit: String) -> Message {
        Message(
            en: "Requests in flight at once (default 4); the server never runs more than \(limit) across all calls.",
            zh: "同时进行的请求数（默认 4）；所有调用加起来服务器最多同时运行 \(limit) 个。")
    }

    static var mcpFieldPath: Message {
        Message(en: "The image file, relative to the server's working folder.", zh: "图片文件，相对于服务器的工作文件夹。")
    }

    // MARK: - Progress

    static func mcpProgressLine(phase: String, seconds: String) -> Message {
        Message(en: "\(phase) · \(seconds) s", zh: "\(phase) · \(seconds) 秒")
    }

    static var mcpPhaseQueued: Message {
        Message(
            en: "queued: other calls are using every request slot", zh: "排队中：其他调用占用了全部请求名额")
    }

    static func mcpPhaseSending(model: String) -> Message {
        Message(en: "sending to \(model)", zh: "正在发送给 \(model)")
    }

    static func mcpPhaseWaiting(wait: String) -> Message {
        Message(en: "waiting for the image (\(wait))", zh: "等待图片（\(wait)）")
    }

    static var mcpPhaseDownloading: Message {
        Message(en: "downloading the image", zh: "正在下载图片")
    }

    static var mcpPhaseSaving: Message {
        Message(en: "saving", zh: "正在保存")
    }

    static func mcpPhasePartial(index: String, expected: String) -> Message {
        Message(en: "partial image \(index)/\(expected)", zh: "预览图 \(index)/\(expected)")
    }

    static func mcpPhaseImageReceived(number: String) -> Message {
        Message(en: "image \(number) received", zh: "已收到第 \(number) 张图片")
    }

    static func mcpPhaseBatch(done: String, total: String, running: String) -> Message {
        Message(en: "\(done) of \(total) done, \(running) in flight", zh: "已完成 \(done)/\(total)，进行中 \(running)")
    }

    static var mcpPhaseChecking: Message {
        Message(en: "checking", zh: "正在检查")
    }

    // MARK: - Results

    static func mcpSavedLine(
        path: String, size: String, format: String, bytes: String, cost: String, request: String, more: String
    ) -> Message {
        let others = more.isEmpty ? "" : " (+\(more))"
        let othersZh = more.isEmpty ? "" : "（另有 \(more) 张）"
        return Message(
            en: "saved \(path)\(others) · \(size) \(format), \(bytes) · cost \(cost) · request \(request)",
            zh: "已保存 \(path)\(othersZh) · \(size) \(format)，\(bytes) · 费用 \(cost) · 请求 \(request)")
    }

    static func mcpBatchLine(
        total: String, ok: String, skipped: String, failed: String, cost: String, manifest: String
    ) -> Message {
        Message(
            en: "batch of \(total): \(ok) saved, \(skipped) skipped, \(failed) failed or not run · cost \(cost) · "
                + "results \(manifest)",
            zh: "批量共 \(total) 个：\(ok) 个已保存，\(skipped) 个跳过，\(failed) 个失败或未运行 · 费用 \(cost) · 结果 \(manifest)")
    }

    static func mcpInfoLine(path: String, size: String, format: String, bytes: String) -> Message {
        Message(en: "\(path): \(size) \(format), \(bytes)", zh: "\(path)：\(size) \(format)，\(bytes)")
    }

    static func mcpErrorLine(code: String, message: String, hint: String) -> Message {
        Message(en: "error [\(code)]: \(message)\(hint)", zh: "错误 [\(code)]：\(message)\(hint)")
    }

    static func mcpRefused(code: String, problems: String) -> Message {
        Message(
            en: "error [\(code)]: \(problems) (nothing was sent)", zh: "错误 [\(code)]：\(problems)（未发送任何请求）")
    }

    static func mcpPreviewTooLarge(bytes: String, limit: String) -> Message {
        Message(
            en: "no preview: the image is \(bytes), over \(limit) KB, and only a PNG can be shrunk here; open its link",
            zh: "无预览：图片有 \(bytes)，超过 \(limit) KB，且这里只能缩小 PNG；请打开它的链接")
    }

    static func mcpEarlierSaves(paths: String) -> Message {
        Message(
            en: "note: a call cancelled earlier was billed and its image saved: \(paths)",
            zh: "注意：之前取消的调用已计费，图片已保存：\(paths)")
    }

    // MARK: - Refusals

    static var mcpNothingSent: Message {
        Message(en: "the arguments were refused; nothing was sent", zh: "参数被拒绝；未发送任何请求")
    }

    static var mcpArgumentsNotObject: Message {
        Message(en: "the arguments must be a JSON object", zh: "参数必须是 JSON 对象")
    }

    static func mcpFieldUnknown(field: String) -> Message {
        Message(en: "unknown argument \"\(field)\"", zh: "未知参数 \"\(field)\"")
    }

    static func mcpFieldsAllowed(fields: String) -> Message {
        Message(en: "the arguments are: \(fields)", zh: "可用参数：\(fields)")
    }

    static func mcpNotAPath(field: String) -> Message {
        Message(en: "\"\(field)\" must be a non-empty path", zh: "\"\(field)\" 必须是非空路径")
    }

    static func mcpNotString(field: String) -> Message {
        Message(en: "\"\(field)\" must be a string", zh: "\"\(field)\" 必须是字符串")
    }

    static func mcpNotBool(field: String) -> Message {
        Message(en: "\"\(field)\" must be true or false", zh: "\"\(field)\" 必须是 true 或 false")
    }

    static func mcpWholeNumber(field: String, low: String, high: String) -> Message {
        Message(
            en: "\"\(field)\" must be a whole number from \(low) to \(high)",
            zh: "\"\(field)\" 必须是 \(low) 到 \(high) 的整数")
    }

    static func mcpOutsideRoots(path: String, roots: String) -> Message {
        Message(
            en: "\(path) is outside the folders this server may write to (\(roots))",
            zh: "\(path) 不在此服务器可写入的文件夹（\(roots)）之内")
    }

    static var mcpOutsideRootsHint: Message {
        Message(
            en: "use a path inside the server's working folder; whoever configures the server can add a folder with "
                + "`gen-image mcp --out-dir DIR` (or lift the limit with --allow-outside)",
            zh: "请使用服务器工作文件夹内的路径；配置服务器的人可以用 `gen-image mcp --out-dir DIR` 增加一个文件夹（或用 --allow-outside 取消限制）")
    }

    static func mcpFileTooLarge(path: String, limit: String) -> Message {
        Message(
            en: "\(path) is larger than \(limit); a batch file is that at most", zh: "\(path) 大于 \(limit)；批量文件最多这么大")
    }

    static var mcpBatchNeedsSource: Message {
        Message(
            en: "give \"file\" (a batch file's path) or \"items\" (a list of images)",
            zh: "请给出 \"file\"（批量文件路径）或 \"items\"（图片列表）")
    }

    static var mcpBatchBothSources: Message {
        Message(en: "give \"file\" or \"items\", not both", zh: "\"file\" 和 \"items\" 只能给一个")
    }

    static var mcpBatchItemsNotArray: Message {
        Message(en: "\"items\" must be a list of objects", zh: "\"items\" 必须是对象列表")
    }

    static var mcpBatchGlobalWithFile: Message {
        Message(
            en: "\"global\" goes with \"items\"; a batch file sets its own \"global\"",
            zh: "\"global\" 只与 \"items\" 一起使用；批量文件在文件里设置自己的 \"global\"")
    }

    static var mcpCancelledBeforeSending: Message {
        Message(en: "cancelled before anything was sent", zh: "在发送任何请求之前已取消")
    }

    static func mcpKeyMissing(variable: String) -> Message {
        Message(en: "no API key: \(variable) is not set for the server", zh: "没有 API 密钥：服务器的 \(variable) 未设置")
    }

    static func mcpKeyHint(variable: String, page: String) -> Message {
        Message(
            en: "get a key at \(page) and put \(variable) in the \"env\" of this server's entry in the MCP client's "
                + "configuration (claude mcp add … -e \(variable)=…), then restart the server",
            zh: "在 \(page) 获取密钥，把 \(variable) 写进 MCP 客户端配置中本服务器条目的 \"env\"（claude mcp add … -e \(variable)=…），然后重启服务器")
    }

    static func mcpInfoNotFound(path: String) -> Message {
        Message(en: "no file at \(path)", zh: "\(path) 处没有文件")
    }

    static var mcpInfoNotFoundHint: Message {
        Message(
            en: "give the path of an image file, relative to the server's working folder or absolute",
            zh: "请给出图片文件的路径，相对于服务器的工作文件夹或绝对路径")
    }

    static func mcpInfoNotImage(path: String) -> Message {
        Message(en: "\(path) is not a PNG, JPEG or WebP image", zh: "\(path) 不是 PNG、JPEG 或 WebP 图片")
    }

    // MARK: - Notes on stderr

    static func mcpLogStarted(folder: String, variable: String, key: String, concurrency: String) -> Message {
        Message(
            en: "gen-image mcp: serving on stdin/stdout; files under \(folder); \(variable) \(key); at most "
                + "\(concurrency) requests at once",
            zh: "gen-image mcp: 正在通过标准输入输出提供服务；文件保存在 \(folder) 下；\(variable) \(key)；最多同时 \(concurrency) 个请求")
    }

    static var mcpLogKeySet: Message {
        Message(en: "is set", zh: "已设置")
    }

    static var mcpLogKeyMissing: Message {
        Message(en: "is NOT set (calls will fail with auth_missing)", zh: "未设置（调用将以 auth_missing 失败）")
    }

    static func mcpLogInitialized(version: String) -> Message {
        Message(en: "gen-image mcp: client connected (protocol \(version))", zh: "gen-image mcp: 客户端已连接（协议 \(version)）")
    }

    static func mcpLogBadLine(message: String) -> Message {
        Message(en: "gen-image mcp: ignored a line: \(message)", zh: "gen-image mcp: 忽略了一行：\(message)")
    }

    static func mcpLogLineTooLong(bytes: String, limit: String) -> Message {
        Message(
            en: "gen-image mcp: dropped a line of \(bytes) bytes (the limit is \(limit))",
            zh: "gen-image mcp: 丢弃了一行 \(bytes) 字节的输入（上限 \(limit)）")
    }

    static func mcpLogCancelledButSaved(id: String, path: String) -> Message {
        Message(
            en: "gen-image mcp: call \(id) was cancelled after its image was billed; it was saved to \(path)",
            zh: "gen-image mcp: 调用 \(id) 在图片计费后被取消；图片已保存到 \(path)")
    }
}
