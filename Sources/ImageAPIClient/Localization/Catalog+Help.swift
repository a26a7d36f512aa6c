/// The prose of `gen-image --help`, `gen-image batch --help` and `gen-image doctor --help` (the options' own
/// texts are in `Catalog+Options.swift`). Section titles, option spellings, variable names, exit code numbers
/// and examples are not translated. Texts with line breaks are laid out by hand, within 100 columns (a Chinese
/// character takes two).
extension Catalog {
    static let help: [String: Entry] = [
        "help.overview": Entry(
            en: "Generate and edit images with GPT Image 2 models through APIYI or any OpenAI-compatible gateway.",
            zh: "通过 APIYI 或任何兼容 OpenAI 的网关，使用 GPT Image 2 模型生成和编辑图片。"),

        // SUBCOMMANDS
        "subcommand.batch": Entry(
            en: "Make many images from the skills' batch template or JSON Lines, several at once; resumable. "
                + "See 'gen-image batch --help'.",
            zh: "根据技能的批量模板或 JSON Lines 批量生成图片，多个同时进行；可断点续跑。"
                + "详见 'gen-image batch --help'。"),
        "subcommand.doctor": Entry(
            en: "Check the key, base URL, proxy, DNS, connection and gateway; exit 0 only if all pass.",
            zh: "检查密钥、base URL、代理、DNS、连接和网关；全部通过才以 0 退出。"),
        "subcommand.completions": Entry(
            en: "Print a shell completion script, e.g. source <(gen-image completions bash).",
            zh: "打印 shell 补全脚本，例如 source <(gen-image completions bash)。"),

        // MODELS: one sentence per model, from its row in the model table.
        "help.model.line": Entry(
            en: "{endpoint}; {options}; {wait}; {price}.", zh: "接口：{endpoint}；{options}；{wait}；{price}。"),
        "help.model.responses": Entry(
            en: "Responses API (--endpoint responses), a text model driving {model}'s image tool, always streamed, "
                + "may return several images",
            zh: "Responses API（--endpoint responses），由文本模型驱动 {model} 的图像工具，始终流式，可能返回多张图片"),
        "help.model.responses_any": Entry(
            en: "Responses API (--endpoint responses), a text model driving an image tool, always streamed, "
                + "may return several images",
            zh: "Responses API（--endpoint responses），由文本模型驱动图像工具，始终流式，可能返回多张图片"),
        "help.model.size_any": Entry(en: "-s any valid WxH", zh: "-s 任意有效的 WxH"),
        "help.model.size_presets": Entry(
            en: "-s auto or one of {count} presets", zh: "-s auto 或 {count} 个预设尺寸之一"),
        "help.model.takes": Entry(en: "takes {options}", zh: "接受 {options}"),
        "help.model.takes_nothing": Entry(en: "no size or quality options", zh: "不接受尺寸或质量选项"),
        "help.model.per_image": Entry(en: "${dollars} per image", zh: "每张 ${dollars}"),
        "help.model.per_token": Entry(en: "billed by tokens", zh: "按 token 计费"),
        "help.model.text_and_image_tokens": Entry(
            en: "billed by text tokens plus image tokens", zh: "按文本 token 加图像 token 计费"),
        "help.model.ratio_in_prompt": Entry(
            en: " Put the ratio at the start of the prompt, e.g. \"横版 16:9\", \"竖版 9:16\".",
            zh: "比例写在提示词开头，例如 \"横版 16:9\"、\"竖版 9:16\"。"),
        "help.model.others": Entry(
            en: "Any other model id works with --endpoint chat|images; then its options are sent unchecked. With "
                + "--endpoint responses, -m names the text model and gpt-image-2's rules apply.",
            zh: "其他任何模型 ID 都可以配合 --endpoint chat|images 使用，此时它的选项不经检查直接发送。"
                + "使用 --endpoint responses 时，-m 指定文本模型，并适用 gpt-image-2 的规则。"),

        // OUTPUT, ENVIRONMENT, EXIT CODES
        "help.output.stdout": Entry(
            en: "the absolute path of each saved image, one per line, and nothing else.",
            zh: "每张已保存图片的绝对路径，每行一个，别无其他。"),
        "help.output.stderr": Entry(
            en: "progress, notes, warnings and errors (--quiet: errors only).",
            zh: "进度、说明、警告和错误（--quiet：只输出错误）。"),
        "help.env.api_key": Entry(
            en: "API key for apiyi (or -k); VIBEAPI_API_KEY, OPENAI_API_KEY for the others.",
            zh: "apiyi 的 API 密钥（或用 -k）；其他网关用 VIBEAPI_API_KEY、OPENAI_API_KEY。"),
        "help.env.provider": Entry(
            en: "apiyi (default), vibeapi or openai (or --provider).",
            zh: "apiyi（默认）、vibeapi 或 openai（或用 --provider）。"),
        "help.env.base_url": Entry(
            en: "API base (or --base-url). Default: the provider's.",
            zh: "API 地址（或用 --base-url）。默认：服务商的地址。"),
        "help.env.model": Entry(en: "Default model (or -m).", zh: "默认模型（或用 -m）。"),
        "help.env.progress_interval": Entry(
            en: "Seconds between progress updates (default: 1 on a terminal, 10 otherwise).",
            zh: "进度更新的间隔秒数（默认：终端上为 1，否则为 10）。"),
        "help.env.proxy_names": Entry(
            en: "https_proxy, HTTPS_PROXY, ALL_PROXY, http_proxy (lower case only), NO_PROXY",
            zh: "https_proxy、HTTPS_PROXY、ALL_PROXY、http_proxy（只认小写）、NO_PROXY"),
        "help.env.proxies": Entry(en: "Proxies, read by libcurl.", zh: "代理，由 libcurl 读取。"),
        "help.exit.0": Entry(en: "the image was saved", zh: "图片已保存"),
        "help.exit.1": Entry(
            en: "the API or the network failed (HTTP error, timeout, no image in the reply)",
            zh: "API 或网络出错（HTTP 错误、超时、回复中没有图片）"),
        "help.exit.2": Entry(en: "a usage or input error; nothing was sent", zh: "用法或输入错误；未发送任何内容"),
        "help.exit.3": Entry(en: "no API key", zh: "没有 API 密钥"),
        "help.exit.4": Entry(
            en: "gen-image batch: some items failed; the others were saved", zh: "gen-image batch：部分条目失败；其余已保存"),
        "help.exit.130": Entry(
            en: "cancelled by Ctrl-C or SIGTERM; temporary files removed, nothing saved",
            zh: "被 Ctrl-C 或 SIGTERM 取消；临时文件已删除，未保存任何内容"),

        // gen-image batch --help
        "batch_help.overview": Entry(
            en: "Make many images from one file, several at once: the skills' batch template (JSON with\n"
                + "\"prompts\") or JSON Lines. Resumable: an item whose image already exists is skipped.",
            zh: "从一个文件批量生成图片，多个同时进行：技能的批量模板（含 \"prompts\" 的 JSON）\n"
                + "或 JSON Lines。可断点续跑：图片已存在的条目会被跳过。"),
        "batch_help.stdin": Entry(
            en: "<file> may be - to read the file from stdin.", zh: "<file> 为 - 时从 stdin 读取文件。"),
        "batch_help.file.items": Entry(
            en: "Each item: prompt (required), filename, input_images (up to 5), and any global field "
                + "but size_hint;\nan item's field wins over global's, and an item's \"field\": null drops global's. "
                + "size_hint goes in\nfront of prompts that do not already start with a ratio phrase. "
                + "Relative paths are read from the\n"
                + "batch file's folder.",
            zh: "每个条目：prompt（必填）、filename、input_images（最多 5 个），以及除 size_hint 外的\n"
                + "任何 global 字段；条目的字段优先于 global 的，条目中的 \"field\": null 会去掉 global 的\n"
                + "该字段。size_hint 加在尚未以比例短语开头的提示词前面。相对路径从批量文件所在的文件夹读取。"),
        "batch_help.file.jsonl": Entry(
            en: "JSON Lines: one {\"prompt\": …} per line; a first line {\"global\": {…}} sets the defaults.",
            zh: "JSON Lines：每行一个 {\"prompt\": …}；首行为 {\"global\": {…}} 时设定默认值。"),
        "batch_help.file.checked": Entry(
            en: "The whole file is checked before anything is sent. See references/batch-template.md.",
            zh: "发送任何内容之前会先检查整个文件。详见 references/batch-template.md。"),
        "batch_help.output.stdout": Entry(
            en: "the absolute path of each image saved, one per line, as each finishes.",
            zh: "每张已保存图片的绝对路径，每行一个，每完成一张就输出一行。"),
        "batch_help.output.stderr": Entry(
            en: "[k/N] started / ok <seconds> <path> / failed: <reason> / skipped, then a summary.",
            zh: "[k/N] 开始 / 成功 <秒数> <路径> / 失败：<原因> / 已跳过，最后是汇总。"),
        "batch_help.output.manifest": Entry(
            en: "<file-stem>.results.json in --out-dir: each item's status, path, error, attempts, fingerprint.",
            zh: "--out-dir 中的 <文件名>.results.json：每个条目的状态、路径、错误、尝试次数和请求指纹。"),
        "batch_help.env": Entry(
            en: "As for gen-image (see gen-image --help): APIYI_API_KEY, GEN_IMAGE_PROVIDER, GEN_IMAGE_BASE_URL,\n"
                + "GEN_IMAGE_MODEL (the model for items that name none), GEN_IMAGE_PROGRESS_INTERVAL, proxies.",
            zh: "与 gen-image 相同（见 gen-image --help）：APIYI_API_KEY、GEN_IMAGE_PROVIDER、GEN_IMAGE_BASE_URL、\n"
                + "GEN_IMAGE_MODEL（未指定模型的条目所用的模型）、GEN_IMAGE_PROGRESS_INTERVAL、代理变量。"),
        "batch_help.exit.0": Entry(en: "every item was saved or skipped", zh: "每个条目都已保存或跳过"),
        "batch_help.exit.1": Entry(en: "the manifest could not be written", zh: "无法写入清单"),
        "batch_help.exit.2": Entry(
            en: "the file or a flag is invalid; nothing was sent", zh: "文件或某个选项无效；未发送任何内容"),
        "batch_help.exit.3": Entry(
            en: "no API key (and some item needs one); nothing was sent", zh: "没有 API 密钥（且有条目需要）；未发送任何内容"),
        "batch_help.exit.4": Entry(
            en: "some items failed (or never started after --fail-fast); the others were saved",
            zh: "部分条目失败（或因 --fail-fast 未启动）；其余已保存"),
        "batch_help.exit.130": Entry(
            en: "cancelled by Ctrl-C or SIGTERM; finished images kept, manifest written",
            zh: "被 Ctrl-C 或 SIGTERM 取消；已完成的图片保留，清单已写入"),

        // gen-image doctor --help ({base} is shown as written)
        "doctor_help.overview": Entry(
            en: "Check that gen-image can reach the gateway: the key (masked), the base URL, the proxy\n"
                + "variables in effect, DNS, a TCP connection to the host (or the proxy), and an HTTP(S) request to\n"
                + "{base}/models. One line per check on stdout; exit 0 only if all pass, else 1.",
            zh: "检查 gen-image 能否连上网关：密钥（打码显示）、base URL、生效的代理变量、DNS、\n"
                + "到主机（或代理）的 TCP 连接，以及对 {base}/models 的 HTTP(S) 请求。\n"
                + "每项检查在 stdout 上输出一行；全部通过才以 0 退出，否则为 1。"),
    ]
}
