import Foundation
import ImageAPIClient

/// The texts that `Frontend/` shows a person, in English and Simplified Chinese side by side.
///
/// One constructor per text: its parameters are the values it shows, so a wrong name or value is
/// a compile error. Values are never translated; `Message` parameters render in the same language.
extension Message {
    // MARK: - Usage errors

    static var usageEndpointHint: Message {
        Message(en: "use chat, images or responses", zh: "请用 chat、images 或 responses")
    }

    static var usageFilenameEmpty: Message {
        Message(en: "-f/--filename is empty", zh: "-f/--filename 为空")
    }

    static var usageFilenameEmptyHint: Message {
        Message(en: "pass a file name such as cat.png", zh: "请给出文件名，例如 cat.png")
    }

    static func usageGivenTwice(option: String) -> Message {
        Message(en: "\(option) was given more than once", zh: "\(option) 给出了不止一次")
    }

    static var usageGivenTwiceHint: Message {
        Message(en: "give it once; quote values that contain spaces", zh: "只给一次；含空格的值请加引号")
    }

    static func usageInvalidBaseUrl(source: String, url: String) -> Message {
        Message(en: "invalid \(source) '\(url)'", zh: "\(source) '\(url)' 无效")
    }

    static var usageInvalidBaseUrlHint: Message {
        Message(
            en: "use an http(s) URL such as https://api.apiyi.com/v1",
            zh: "请用 http(s) 地址，例如 https://api.apiyi.com/v1")
    }

    static var usageLangHint: Message {
        Message(en: "use en or zh", zh: "请用 en 或 zh")
    }

    static var usageMissingPrompt: Message {
        Message(en: "missing -p/--prompt", zh: "缺少 -p/--prompt")
    }

    static var usageMissingPromptHint: Message {
        Message(
            en: "e.g. gen-image -p \"一只可爱的橘猫在草地上玩耍\" -f cat.png",
            zh: "例如 gen-image -p \"一只可爱的橘猫在草地上玩耍\" -f cat.png")
    }

    static func usageNeedsPaths(option: String, value: String) -> Message {
        Message(en: "\(option) needs at least one \(value) path", zh: "\(option) 至少需要一个路径（<\(value)>）")
    }

    static var usageNeedsPathsHint: Message {
        Message(en: "e.g. -i photo.png, or -i ref1.png ref2.png", zh: "例如 -i photo.png，或 -i ref1.png ref2.png")
    }

    static func usageNeedsValue(option: String) -> Message {
        Message(en: "\(option) needs a value", zh: "\(option) 需要一个值")
    }

    static func usageNeedsValueHint(spelling: String, value: String) -> Message {
        Message(en: "e.g. \(spelling) <\(value)>", zh: "例如 \(spelling) <\(value)>")
    }

    static var usageNoPositionalsHint: Message {
        Message(
            en: "gen-image takes no positional arguments; pass the prompt with -p \"…\"",
            zh: "gen-image 不接受位置参数；请用 -p \"…\" 传入提示词")
    }

    static func usageQuotePromptHint(phrase: String) -> Message {
        Message(
            en: "pass the prompt with -p and quote it whole: -p \"\(phrase)\"",
            zh: "请用 -p 传入提示词，并给整段加上引号：-p \"\(phrase)\"")
    }

    static var usageStdinNotUtf8: Message {
        Message(en: "the prompt on stdin is not valid UTF-8", zh: "stdin 上的提示词不是有效的 UTF-8 文本")
    }

    static func usageTakesNoValue(option: String) -> Message {
        Message(en: "\(option) takes no value", zh: "\(option) 不接受值")
    }

    static var usageTimeoutHint: Message {
        Message(en: "use a number of seconds, e.g. --timeout 600", zh: "请给出秒数，例如 --timeout 600")
    }

    static func usageUnexpectedArgument(argument: String) -> Message {
        Message(en: "unexpected argument '\(argument)'", zh: "多余的参数 '\(argument)'")
    }

    static func usageUnexpectedArguments(argument: String) -> Message {
        Message(en: "unexpected arguments '\(argument)'", zh: "多余的参数 '\(argument)'")
    }

    static func usageUnknownOption(option: String) -> Message {
        Message(en: "unknown option '\(option)'", zh: "未知选项 '\(option)'")
    }

    static var usageUnknownOptionHint: Message {
        Message(en: "run 'gen-image --help' to see every option", zh: "运行 'gen-image --help' 查看所有选项")
    }

    static func usageUnknownOptionSuggestion(option: String, suggestion: String) -> Message {
        Message(
            en: "unknown option '\(option)'; did you mean '\(suggestion)'?",
            zh: "未知选项 '\(option)'；是不是想用 '\(suggestion)'？")
    }

    static func usageUnknownProvider(provider: String, source: String) -> Message {
        Message(en: "unknown provider '\(provider)' in \(source)", zh: "\(source) 中的网关 '\(provider)' 未知")
    }

    static func usageUnknownProviderHint(providers: String) -> Message {
        Message(
            en: "use one of: \(providers); any other gateway works with --base-url",
            zh: "请用以下之一：\(providers)；其他任何网关都可以用 --base-url 指定")
    }

    static func usageWholeNumberHint(low: String, high: String) -> Message {
        Message(en: "use a whole number from \(low) to \(high)", zh: "请用 \(low) 到 \(high) 之间的整数")
    }

    // MARK: - --max-time

    static var optionMaxTime: Message {
        Message(
            en: "Deadline for the whole run: every attempt, wait between attempts and download; gen-image stops "
                + "at once when it passes. Without it the worst case is (retries + 1) × --timeout plus the waits "
                + "(up to 300 s each when the gateway's Retry-After asks): 3 × 360 s + 2 × 300 s = 28 min for "
                + "gpt-image-2 with the defaults.",
            zh: "整个运行的时限（秒）：包括每次尝试、尝试之间的等待和下载；到时 gen-image 立即停止。不设时最坏情况为（重试次数 + 1）× --timeout 再加等待时间（网关以 "
                + "Retry-After 要求时每次最多 300 秒）：gpt-image-2 按默认设置为 3 × 360 秒 + 2 × 300 秒 = 28 分钟。")
    }

    static var usageMaxTimeHint: Message {
        Message(
            en: "give the whole run's limit in seconds, e.g. --max-time 300",
            zh: "请以秒为单位给出整个运行的时限，例如 --max-time 300")
    }

    static func usageMaxTimeTooLongHint(max: String) -> Message {
        Message(
            en: "the whole run's limit is at most \(max) s (one day), e.g. --max-time 300",
            zh: "整个运行的时限最多 \(max) 秒（一天），例如 --max-time 300")
    }

    // MARK: - A newcomer's first mistakes

    static var usageHelpWordHint: Message {
        Message(
            en: "for help run 'gen-image --help' (or 'gen-image batch --help', 'gen-image skill --help')",
            zh: "查看帮助请运行 'gen-image --help'（或 'gen-image batch --help'、'gen-image skill --help'）")
    }

    static func usageNoCount(option: String) -> Message {
        Message(
            en: "\(option): the image count is spelled -n (1-10)",
            zh: "\(option)：图片数量的选项是 -n（1-10）")
    }

    static var usageNoCountHint: Message {
        Message(
            en: "e.g. gen-image -p \"a red fox\" -n 3 (saved as NAME-1 ... NAME-3); for different prompts write a "
                + "batch file and run 'gen-image batch FILE'",
            zh: "例如 gen-image -p \"a red fox\" -n 3（保存为 NAME-1 … NAME-3）；不同提示词请写进批量文件并运行 "
                + "'gen-image batch FILE'")
    }

    static func usageQuotePromptWholeHint(option: String, quoted: String) -> Message {
        Message(en: "quote the whole prompt: \(option) \(quoted)", zh: "请给整段提示词加上引号：\(option) \(quoted)")
    }

    static func usageQuoteValueHint(option: String, quoted: String) -> Message {
        Message(en: "quote the whole value: \(option) \(quoted)", zh: "请给整个值加上引号：\(option) \(quoted)")
    }

    static func usageDidYouMeanOption(word: String, option: String) -> Message {
        Message(
            en: "'\(word)' is not a gen-image command or option; did you mean '\(option)'?",
            zh: "'\(word)' 不是 gen-image 的命令或选项；是不是想用 '\(option)'？")
    }

    static func usageDidYouMeanOptionHint(example: String) -> Message {
        Message(en: "options start with - or --: \(example)", zh: "选项以 - 或 -- 开头：\(example)")
    }

    static func usageUnknownCommand(word: String) -> Message {
        Message(en: "'\(word)' is not a gen-image command", zh: "'\(word)' 不是 gen-image 的命令")
    }

    static func usageUnknownCommandHint(commands: String) -> Message {
        Message(
            en: "the commands are \(commands); to make an image, give the prompt with -p: gen-image -p \"<your "
                + "prompt>\"; see 'gen-image --help'",
            zh: "可用命令：\(commands)；要生成图片，请用 -p 给出提示词：gen-image -p \"<你的提示词>\"；参见 'gen-image --help'")
    }

    // MARK: - Option help

    static var optionAction: Message {
        Message(
            en: "Force the image tool to make a new image or edit the -i image (--endpoint responses).",
            zh: "强制图像工具生成新图片或编辑 -i 图片（--endpoint responses）。")
    }

    static var optionAllowInsecureHttp: Message {
        Message(
            en: "Allow a plain http --base-url to a host other than this machine (the key then crosses the "
                + "network unencrypted).",
            zh: "允许 --base-url 使用指向本机以外主机的明文 http 地址（API 密钥会以未加密的形式在网络上传输）。")
    }

    static var optionApiKey: Message {
        Message(
            en: "API key. Default: the provider's variable ($APIYI_API_KEY, $VIBEAPI_API_KEY, $OPENAI_API_KEY).",
            zh: "API 密钥。默认：服务商对应的环境变量（$APIYI_API_KEY、$VIBEAPI_API_KEY、$OPENAI_API_KEY）。")
    }

    static var optionAspect: Message {
        Message(
            en: "The same shape on every model: gpt-image-2-all gets the size guide's phrase in front of the "
                + "prompt (the only change gen-image makes to it), gpt-image-2-vip the preset of that ratio, "
                + "gpt-image-2 a valid size of that ratio.",
            zh: "在每个模型上得到同样的比例：gpt-image-2-all 在提示词前加上尺寸指南中的比例短语（这是 gen-image 对提示词的唯一改动），gpt-image-2-vip "
                + "使用该比例的预设尺寸，gpt-image-2 使用该比例的有效尺寸。")
    }

    static var optionBackground: Message {
        Message(
            en: "auto, opaque or transparent; transparent needs PNG or WebP output (gpt-image-2, --endpoint "
                + "responses).",
            zh: "auto、opaque 或 transparent；transparent 需要 PNG 或 WebP 输出（gpt-image-2、--endpoint responses）。")
    }

    static var optionBaseUrl: Message {
        Message(
            en: "API base. Default: $GEN_IMAGE_BASE_URL, else the provider's (https://api.apiyi.com/v1).",
            zh: "API 地址。默认：$GEN_IMAGE_BASE_URL，否则为服务商的地址（https://api.apiyi.com/v1）。")
    }

    static var optionDryRun: Message {
        Message(
            en: "Print the request that would be sent (key masked, base64 shortened to its length) and exit 0; "
                + "sends nothing and needs no key.",
            zh: "打印将要发送的请求（密钥打码，base64 只显示长度）并以 0 退出；不发送任何内容，也不需要密钥。")
    }

    static var optionEndpoint: Message {
        Message(
            en: "chat, images or responses: the API to use instead of the model's own; required for models not "
                + "listed below. responses: a text model drives gpt-image-2's image tool (streamed; may return "
                + "several images).",
            zh: "chat、images 或 responses：代替模型默认接口使用的 API；下面未列出的模型必须指定。responses：由文本模型驱动 gpt-image-2 "
                + "的图像工具（流式；可能返回多张图片）。")
    }

    static var optionFilename: Message {
        Message(
            en: "Where to save the image; folders are created, an existing file is never overwritten. Default: "
                + "YYYY-MM-DD-HH-MM-SS-<first-words>-<id>.<ext> in the current folder.",
            zh: "图片的保存位置；文件夹会自动创建，已有文件绝不会被覆盖。默认：当前文件夹下的 YYYY-MM-DD-HH-MM-SS-<first-words>-<id>.<ext>。")
    }

    static var optionHelp: Message {
        Message(en: "Show this help.", zh: "显示本帮助。")
    }

    static var optionInputImage: Message {
        Message(
            en: "1 to 5 PNG/JPEG/WebP images to edit or fuse, in the order the prompt names them. Takes every "
                + "argument up to the next option.",
            zh: "要编辑或融合的 1 到 5 张 PNG/JPEG/WebP 输入图片，按提示词提到它们的顺序给出。会取走下一个选项之前的所有参数。")
    }

    static var optionInstructions: Message {
        Message(
            en: "System text for the model driving the image tool (--endpoint responses; a short default is sent "
                + "otherwise).",
            zh: "给驱动图像工具的模型的系统指令（--endpoint responses；不指定时发送一段简短的默认指令）。")
    }

    static var optionJson: Message {
        Message(
            en: "Print exactly one JSON object on stdout instead of the path: {\"ok\": true, \"files\": […], …} "
                + "or {\"ok\": false, \"error\": {\"code\": …}}. Progress and messages stay on stderr.",
            zh: "在 stdout 上只输出一个 JSON 对象而不是路径：{\"ok\": true, \"files\": […], …} 或 {\"ok\": false, \"error\": "
                + "{\"code\": …}}。进度和消息仍输出到 stderr。")
    }

    static var optionMetadata: Message {
        Message(
            en: "Where the image's provenance (prompt, model, settings, inputs) goes: in the file (default), in a "
                + "NAME.EXT.json sidecar, or nowhere. An image with Content Credentials (C2PA) is never changed.",
            zh: "图片来源信息（提示词、模型、参数、输入图）写在哪里：文件内（默认）、旁边的 NAME.EXT.json，或不写。"
                + "带内容凭证（C2PA）的图片从不改动。")
    }

    static var optionCount: Message {
        Message(
            en: "Make N images (1-10), saved as NAME-1 ... NAME-N: one request where the gateway takes n, "
                + "otherwise N requests at once.",
            zh: "生成 N 张图片（1-10），保存为 NAME-1 … NAME-N：服务商支持 n 时发一个请求，否则同时发 N 个请求。")
    }

    static var optionPreview: Message {
        Message(
            en: "Show the saved image in the terminal (kitty, ghostty, iTerm2, WezTerm, VS Code); "
                + "or GEN_IMAGE_PREVIEW=1.",
            zh: "在终端里显示保存的图片（kitty、ghostty、iTerm2、WezTerm、VS Code）；也可设 GEN_IMAGE_PREVIEW=1。")
    }

    static var optionNoHistory: Message {
        Message(
            en: "Do not add this run to the history (~/.local/state/gen-image/history.jsonl); "
                + "or GEN_IMAGE_HISTORY=off.",
            zh: "不把这次运行记入历史（~/.local/state/gen-image/history.jsonl）；也可设 GEN_IMAGE_HISTORY=off。")
    }

    static var optionNoMetadata: Message {
        Message(
            en: "Write no metadata at all (same as --metadata none): the prompt stays private.",
            zh: "完全不写元数据（同 --metadata none）：提示词不会留在文件里。")
    }

    static var usageMetadataHint: Message {
        Message(en: "use embed, sidecar or none", zh: "可选 embed、sidecar 或 none")
    }

    static func usageMetadataConflict(value: String) -> Message {
        Message(
            en: "--no-metadata and --metadata \(value) contradict each other",
            zh: "--no-metadata 与 --metadata \(value) 互相矛盾")
    }

    static var optionKeepPartials: Message {
        Message(
            en: "Save each partial image as <name>.partial-<n>.<ext> (only the final image is printed on stdout).",
            zh: "把每张部分图保存为 <name>.partial-<n>.<ext>（stdout 上只输出最终图片）。")
    }

    static var optionLang: Message {
        Message(
            en: "Language of the messages on stderr. Default: from LC_ALL, LC_MESSAGES or LANG (zh* gives "
                + "Chinese), else English. JSON keys and error codes never change.",
            zh: "stderr 上消息的语言。默认：取自 LC_ALL、LC_MESSAGES 或 LANG（zh* 为中文），否则为英文。JSON 的键和错误码始终不变。")
    }

    static var optionMask: Message {
        Message(
            en: "PNG with an alpha channel, the size of the first -i image, under 4 MB: its transparent pixels "
                + "mark what to edit (gpt-image-2).",
            zh: "带 alpha 通道的 PNG 遮罩，尺寸与第一张 -i 图片相同，小于 4MB：透明像素标出要编辑的区域（gpt-image-2）。")
    }

    static var optionModel: Message {
        Message(
            en: "Model. Default: $GEN_IMAGE_MODEL, else gpt-image-2-all, or gpt-image-2 when -s/-q/-o/-c is "
                + "given. With --endpoint responses: the text model driving the image tool (default gpt-5.5).",
            zh: "模型。默认：$GEN_IMAGE_MODEL，否则为 gpt-image-2-all；给出 -s/-q/-o/-c 时为 gpt-image-2。使用 --endpoint "
                + "responses 时：驱动图像工具的文本模型（默认 gpt-5.5）。")
    }

    static var optionModeration: Message {
        Message(
            en: "Content filtering level (gpt-image-2, --endpoint responses).",
            zh: "内容审核级别（gpt-image-2、--endpoint responses）。")
    }

    static var optionOutputCompression: Message {
        Message(en: "Compression for jpeg/webp output (gpt-image-2).", zh: "jpeg/webp 输出的压缩率（gpt-image-2）。")
    }

    static var optionOutputFormat: Message {
        Message(en: "Output format (gpt-image-2).", zh: "输出格式（gpt-image-2）。")
    }

    static var optionPartialImages: Message {
        Message(en: "Partial images to send while streaming.", zh: "流式传输时网关发送的部分图数量。")
    }

    static var optionPrompt: Message {
        Message(
            en: "The prompt, sent exactly as given (required). \"-\" reads it from stdin.",
            zh: "提示词，原样发送（必填）。\"-\" 表示从 stdin 读取。")
    }

    static var optionProvider: Message {
        Message(
            en: "Gateway: sets the base URL, the key's variable and the default model (gpt-image-2-all on apiyi, "
                + "gpt-image-2 elsewhere). Default: $GEN_IMAGE_PROVIDER, else apiyi.",
            zh: "网关：决定 base URL、密钥所在的环境变量和默认模型（apiyi 上为 gpt-image-2-all，其他网关为 "
                + "gpt-image-2）。默认：$GEN_IMAGE_PROVIDER，否则为 apiyi。")
    }

    static var optionQuality: Message {
        Message(en: "Quality (gpt-image-2).", zh: "图片质量（gpt-image-2）。")
    }

    static var optionQuiet: Message {
        Message(
            en: "Print only errors on stderr (stdout still gets the saved path).",
            zh: "stderr 上只输出错误（stdout 仍输出保存的路径）。")
    }

    static var optionResolution: Message {
        Message(
            en: "Size tier for --aspect (default 1k; gpt-image-2-all ignores it).",
            zh: "--aspect 的尺寸档位（默认 1k；gpt-image-2-all 忽略此项）。")
    }

    static var optionResponseFormat: Message {
        Message(
            en: "How the gateway returns the image (gpt-image-2-all, gpt-image-2-vip). The file is saved either "
                + "way.",
            zh: "网关返回图片的方式（gpt-image-2-all、gpt-image-2-vip）。两种方式都会保存文件。")
    }

    static var optionRetries: Message {
        Message(
            en: "Send the request again up to n times (0-10, default 2) after 429, 500, 502, 503, 504 or a "
                + "failed connection, waiting about 2, 4, 8 s… (or as Retry-After asks). Refusals are never "
                + "retried.",
            zh: "遇到 429、500、502、503、504 或连接失败时重试，最多 n 次（0-10，默认 2），每次间隔约 2、4、8 秒…（或按 Retry-After 的要求）。被拒绝的请求从不重试。")
    }

    static var optionRetryOnTimeout: Message {
        Message(
            en: "Also retry after --timeout passes; off by default because the gateway bills a request it "
                + "received even if gen-image stopped waiting.",
            zh: "超过 --timeout 后也重试；默认关闭，因为即使 gen-image 已不再等待，网关仍会为已收到的请求计费。")
    }

    static var optionSize: Message {
        Message(
            en: "Output size, e.g. 2048x1152 (gpt-image-2: any valid size; gpt-image-2-vip: its 30 presets).",
            zh: "输出尺寸，例如 2048x1152（gpt-image-2：任意有效尺寸；gpt-image-2-vip：它的 30 个预设尺寸）。")
    }

    static var optionStream: Message {
        Message(
            en: "Stream the reply, showing partial images as they arrive (gpt-image-2; always on with --endpoint "
                + "responses).",
            zh: "以流式接收回复，部分图一到就显示（gpt-image-2；使用 --endpoint responses 时始终开启）。")
    }

    static var optionTimeout: Message {
        Message(
            en: "Deadline for each attempt, however slowly the reply trickles in. Default: 300 (gpt-image-2-all, "
                + "-vip), 360 (gpt-image-2), 600 (gpt-image-2 with -q high).",
            zh: "每次尝试的时限（秒），无论回复传得多慢，到时即止。默认：gpt-image-2-all 和 -vip 为 300，gpt-image-2 为 360，gpt-image-2 加 -q "
                + "high 为 600。")
    }

    static var optionVersion: Message {
        Message(en: "Show the version.", zh: "显示版本号。")
    }

    // MARK: - Providers and data URIs

    static var optionToolModel: Message {
        Message(
            en: "The model named inside the Responses image tool (--endpoint responses). Default: none is sent, "
                + "as VibeAPI documents; the gateway runs gpt-image-2.",
            zh: "写进 Responses 图像工具的模型（--endpoint responses）。默认不发送，与 VibeAPI 文档一致；网关使用 gpt-image-2。")
    }

    // MARK: - Cut texts and bounded numbers

    static func usageTimeoutTooLongHint(max: String) -> Message {
        Message(
            en: "the timeout is at most \(max) s (one day), e.g. --timeout 600",
            zh: "超时最多 \(max) 秒（一天），例如 --timeout 600")
    }

    static func usageSecondsTooShortHint(option: String) -> Message {
        Message(
            en: "\(option) is at least 1 s: a shorter limit cannot carry a request, e.g. \(option) 600",
            zh: "\(option) 至少 1 秒：更短的时限无法完成请求，例如 \(option) 600")
    }

    static func usageEnvironmentRangeHint(variable: String, low: String, high: String) -> Message {
        Message(
            en: "set \(variable) to a number from \(low) to \(high), or unset it",
            zh: "请把 \(variable) 设为 \(low) 到 \(high) 之间的数，或取消设置")
    }

    static func usageArgumentNotUtf8(position: String, argument: String) -> Message {
        Message(
            en: "argument \(position) ('\(argument)') is not valid UTF-8",
            zh: "第 \(position) 个参数（'\(argument)'）不是有效的 UTF-8 文本")
    }

    static func usageArgumentNotUtf8ForOption(position: String, argument: String, option: String) -> Message {
        Message(
            en: "the value of \(option) (argument \(position), '\(argument)') is not valid UTF-8",
            zh: "\(option) 的值（第 \(position) 个参数，'\(argument)'）不是有效的 UTF-8 文本")
    }

    static var usageArgumentNotUtf8Hint: Message {
        Message(
            en: "gen-image takes arguments as given and will not guess at bytes that are not UTF-8 (shown as \\xFF); "
                + "use a UTF-8 name, e.g. convert it with iconv",
            zh: "gen-image 按原样使用参数，不会猜测非 UTF-8 的字节（显示为 \\xFF）；请使用 UTF-8 名称，例如用 iconv 转换")
    }
}
