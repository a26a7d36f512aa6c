/// The help text of each command-line option (`option.<long-name>`, hyphens as underscores), shown by `--help`
/// and as shell completion descriptions.
extension Catalog {
    static let options: [String: Entry] = [
        "option.prompt": Entry(
            en: "The prompt, sent exactly as given (required). \"-\" reads it from stdin.",
            zh: "提示词，原样发送（必填）。\"-\" 表示从 stdin 读取。"),
        "option.filename": Entry(
            en: "Where to save the image; folders are created, an existing file is never overwritten. "
                + "Default: YYYY-MM-DD-HH-MM-SS-<first-words>-<id>.<ext> in the current folder.",
            zh: "图片的保存位置；文件夹会自动创建，已有文件绝不会被覆盖。"
                + "默认：当前文件夹下的 YYYY-MM-DD-HH-MM-SS-<first-words>-<id>.<ext>。"),
        "option.input_image": Entry(
            en: "1 to 5 PNG/JPEG/WebP images to edit or fuse, in the order the prompt names them. "
                + "Takes every argument up to the next option.",
            zh: "要编辑或融合的 1 到 5 张 PNG/JPEG/WebP 输入图片，按提示词提到它们的顺序给出。"
                + "会取走下一个选项之前的所有参数。"),
        "option.response_format": Entry(
            en: "How the gateway returns the image (gpt-image-2-all, gpt-image-2-vip). The file is saved either way.",
            zh: "网关返回图片的方式（gpt-image-2-all、gpt-image-2-vip）。两种方式都会保存文件。"),
        "option.size": Entry(
            en: "Output size, e.g. 2048x1152 (gpt-image-2: any valid size; gpt-image-2-vip: its 30 presets).",
            zh: "输出尺寸，例如 2048x1152（gpt-image-2：任意有效尺寸；gpt-image-2-vip：它的 30 个预设尺寸）。"),
        "option.aspect": Entry(
            en: "The same shape on every model: gpt-image-2-all gets the size guide's phrase in front of the "
                + "prompt (the only change gen-image makes to it), gpt-image-2-vip the preset of that ratio, "
                + "gpt-image-2 a valid size of that ratio.",
            zh: "在每个模型上得到同样的比例：gpt-image-2-all 在提示词前加上尺寸指南中的比例短语"
                + "（这是 gen-image 对提示词的唯一改动），gpt-image-2-vip 使用该比例的预设尺寸，"
                + "gpt-image-2 使用该比例的有效尺寸。"),
        "option.resolution": Entry(
            en: "Size tier for --aspect (default 1k; gpt-image-2-all ignores it).",
            zh: "--aspect 的尺寸档位（默认 1k；gpt-image-2-all 忽略此项）。"),
        "option.quality": Entry(en: "Quality (gpt-image-2).", zh: "图片质量（gpt-image-2）。"),
        "option.output_format": Entry(en: "Output format (gpt-image-2).", zh: "输出格式（gpt-image-2）。"),
        "option.output_compression": Entry(
            en: "Compression for jpeg/webp output (gpt-image-2).", zh: "jpeg/webp 输出的压缩率（gpt-image-2）。"),
        "option.mask": Entry(
            en: "PNG with an alpha channel, the size of the first -i image, under 4 MB: its transparent pixels "
                + "mark what to edit (gpt-image-2).",
            zh: "带 alpha 通道的 PNG 遮罩，尺寸与第一张 -i 图片相同，小于 4MB：透明像素标出要编辑的区域"
                + "（gpt-image-2）。"),
        "option.moderation": Entry(
            en: "Content filtering level (gpt-image-2, --endpoint responses).",
            zh: "内容审核级别（gpt-image-2、--endpoint responses）。"),
        "option.background": Entry(
            en: "auto, opaque or transparent; transparent needs PNG or WebP output (gpt-image-2, --endpoint "
                + "responses).",
            zh: "auto、opaque 或 transparent；transparent 需要 PNG 或 WebP 输出（gpt-image-2、--endpoint responses）。"),
        "option.stream": Entry(
            en: "Stream the reply, showing partial images as they arrive (gpt-image-2; always on with "
                + "--endpoint responses).",
            zh: "以流式接收回复，部分图一到就显示（gpt-image-2；使用 --endpoint responses 时始终开启）。"),
        "option.partial_images": Entry(
            en: "Partial images to send while streaming.", zh: "流式传输时网关发送的部分图数量。"),
        "option.keep_partials": Entry(
            en: "Save each partial image as <name>.partial-<n>.<ext> (only the final image is printed on stdout).",
            zh: "把每张部分图保存为 <name>.partial-<n>.<ext>（stdout 上只输出最终图片）。"),
        "option.instructions": Entry(
            en: "System text for the model driving the image tool (--endpoint responses; a short default "
                + "is sent otherwise).",
            zh: "给驱动图像工具的模型的系统指令（--endpoint responses；不指定时发送一段简短的默认指令）。"),
        "option.action": Entry(
            en: "Force the image tool to make a new image or edit the -i image (--endpoint responses).",
            zh: "强制图像工具生成新图片或编辑 -i 图片（--endpoint responses）。"),
        "option.api_key": Entry(
            en: "API key. Default: the provider's variable ($APIYI_API_KEY, $VIBEAPI_API_KEY, $OPENAI_API_KEY).",
            zh: "API 密钥。默认：服务商对应的环境变量（$APIYI_API_KEY、$VIBEAPI_API_KEY、$OPENAI_API_KEY）。"),
        "option.provider": Entry(
            en: "Gateway: sets the base URL, the key's variable and the default model (gpt-image-2-all on apiyi, "
                + "gpt-image-2 elsewhere). Default: $GEN_IMAGE_PROVIDER, else apiyi.",
            zh: "网关：决定 base URL、密钥所在的环境变量和默认模型（apiyi 上为 gpt-image-2-all，"
                + "其他网关为 gpt-image-2）。默认：$GEN_IMAGE_PROVIDER，否则为 apiyi。"),
        "option.model": Entry(
            en: "Model. Default: $GEN_IMAGE_MODEL, else gpt-image-2-all, or gpt-image-2 when -s/-q/-o/-c "
                + "is given. With --endpoint responses: the text model driving the image tool (default gpt-5.5).",
            zh: "模型。默认：$GEN_IMAGE_MODEL，否则为 gpt-image-2-all；给出 -s/-q/-o/-c 时为 gpt-image-2。"
                + "使用 --endpoint responses 时：驱动图像工具的文本模型（默认 gpt-5.5）。"),
        "option.endpoint": Entry(
            en: "chat, images or responses: the API to use instead of the model's own; required for models not "
                + "listed below. responses: a text model drives gpt-image-2's image tool (streamed; may return "
                + "several images).",
            zh: "chat、images 或 responses：代替模型默认接口使用的 API；下面未列出的模型必须指定。"
                + "responses：由文本模型驱动 gpt-image-2 的图像工具（流式；可能返回多张图片）。"),
        "option.base_url": Entry(
            en: "API base. Default: $GEN_IMAGE_BASE_URL, else the provider's (https://api.apiyi.com/v1).",
            zh: "API 地址。默认：$GEN_IMAGE_BASE_URL，否则为服务商的地址（https://api.apiyi.com/v1）。"),
        "option.timeout": Entry(
            en: "Deadline for each attempt, however slowly the reply trickles in. Default: 300 "
                + "(gpt-image-2-all, -vip), 360 (gpt-image-2), 600 (gpt-image-2 with -q high).",
            zh: "每次尝试的时限（秒），无论回复传得多慢，到时即止。默认：gpt-image-2-all 和 -vip 为 300，"
                + "gpt-image-2 为 360，gpt-image-2 加 -q high 为 600。"),
        "option.retries": Entry(
            en: "Send the request again up to n times (0-10, default 2) after 429, 500, 502, 503, 504 or a failed "
                + "connection, waiting about 2, 4, 8 s… (or as Retry-After asks). Refusals are never retried.",
            zh: "遇到 429、500、502、503、504 或连接失败时重试，最多 n 次（0-10，默认 2），"
                + "每次间隔约 2、4、8 秒…（或按 Retry-After 的要求）。被拒绝的请求从不重试。"),
        "option.retry_on_timeout": Entry(
            en: "Also retry after --timeout passes; off by default because the gateway bills a request it "
                + "received even if gen-image stopped waiting.",
            zh: "超过 --timeout 后也重试；默认关闭，因为即使 gen-image 已不再等待，网关仍会为已收到的请求计费。"),
        "option.allow_insecure_http": Entry(
            en: "Allow a plain http --base-url to a host other than this machine (the key then crosses the "
                + "network unencrypted).",
            zh: "允许 --base-url 使用指向本机以外主机的明文 http 地址（API 密钥会以未加密的形式在网络上传输）。"),
        "option.dry_run": Entry(
            en: "Print the request that would be sent (key masked, base64 shortened to its length) and exit 0; "
                + "sends nothing and needs no key.",
            zh: "打印将要发送的请求（密钥打码，base64 只显示长度）并以 0 退出；不发送任何内容，也不需要密钥。"),
        "option.json": Entry(
            en: "Print exactly one JSON object on stdout instead of the path: {\"ok\": true, \"files\": […], …} or "
                + "{\"ok\": false, \"error\": {\"code\": …}}. Progress and messages stay on stderr.",
            zh: "在 stdout 上只输出一个 JSON 对象而不是路径：{\"ok\": true, \"files\": […], …} 或 "
                + "{\"ok\": false, \"error\": {\"code\": …}}。进度和消息仍输出到 stderr。"),
        "option.lang": Entry(
            en: "Language of the messages on stderr. Default: from LC_ALL, LC_MESSAGES or LANG (zh* gives "
                + "Chinese), else English. JSON keys and error codes never change.",
            zh: "stderr 上消息的语言。默认：取自 LC_ALL、LC_MESSAGES 或 LANG（zh* 为中文），否则为英文。"
                + "JSON 的键和错误码始终不变。"),
        "option.quiet": Entry(
            en: "Print only errors on stderr (stdout still gets the saved path).",
            zh: "stderr 上只输出错误（stdout 仍输出保存的路径）。"),
        "option.help": Entry(en: "Show this help.", zh: "显示本帮助。"),
        "option.version": Entry(en: "Show the version.", zh: "显示版本号。"),

        // gen-image batch
        "option.concurrency": Entry(
            en: "Requests in flight at once, 1 to {max} (default {default}). A 429 halves it until enough jobs "
                + "succeed again.",
            zh: "同时进行的请求数，1 到 {max}（默认 {default}）。遇到 429 时减半，直到足够多的任务重新成功。"),
        "option.out_dir": Entry(
            en: "Folder for images of items without \"filename\" (named <index>-<first-words>.<ext>) and for the "
                + "results file <batch-file-stem>.results.json. Default: the batch file's folder (the current "
                + "folder for stdin).",
            zh: "未指定 \"filename\" 的条目的图片（命名为 <index>-<first-words>.<ext>）和结果文件 "
                + "<批量文件名>.results.json 的存放文件夹。默认：批量文件所在的文件夹（从 stdin 读取时为当前文件夹）。"),
        "option.force": Entry(
            en: "Run items whose image already exists too; the new image is saved beside the old one as "
                + "<name>-<timestamp>.<ext>, never over it. Without it such items are skipped.",
            zh: "图片已存在的条目也照样运行；新图片另存在旧图片旁边，名为 <name>-<timestamp>.<ext>，"
                + "绝不覆盖旧图片。不加此项时跳过这些条目。"),
        "option.fail_fast": Entry(
            en: "Start no new job after the first failure (jobs in flight finish).",
            zh: "出现第一个失败后不再启动新任务（进行中的任务会继续完成）。"),
        "option.batch.model": Entry(
            en: "Model for items that name none (an item's or global's \"model\" wins). Default: "
                + "$GEN_IMAGE_MODEL, else chosen per item as a single run would.",
            zh: "未指定模型的条目所用的模型（条目或 global 中的 \"model\" 优先）。"
                + "默认：$GEN_IMAGE_MODEL，否则按单次运行的规则逐条选择。"),
        "option.batch.endpoint": Entry(
            en: "API to use for every item instead of its model's own; required for models gen-image does "
                + "not list.",
            zh: "所有条目都使用的 API，代替各自模型的默认接口；gen-image 未列出的模型必须指定。"),
        "option.batch.dry_run": Entry(
            en: "Check the file and print, on stdout, what each item would do (model, prompt as sent, "
                + "options, output path, or skip); sends nothing, needs no key, writes no manifest.",
            zh: "检查文件，并在 stdout 上打印每个条目将要做什么（模型、实际发送的提示词、选项、输出路径，"
                + "或跳过）；不发送任何内容，不需要密钥，也不写清单。"),
        "option.batch.quiet": Entry(
            en: "Print only failures and errors on stderr (stdout still gets the saved paths).",
            zh: "stderr 上只输出失败和错误（stdout 仍输出保存的路径）。"),
    ]
}
