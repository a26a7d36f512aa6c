import Foundation
import ImageAPIClient

/// The texts that `Commands/` shows a person, in English and Simplified Chinese side by side.
///
/// One constructor per text: its parameters are the values it shows, so a wrong name or value is
/// a compile error. Values are never translated; `Message` parameters render in the same language.
extension Message {
    // MARK: - Batch under pressure

    static var optionAllowOutside: Message {
        Message(
            en: "Let items' \"filename\" write outside the batch file's folder and --out-dir (../, absolute "
                + "paths, ~/). Without it such items are refused before anything is sent.",
            zh: "允许条目的 \"filename\" 写到批量文件所在文件夹和 --out-dir 之外（../、绝对路径、~/）。不加此项时，这类条目会在发送任何请求之前被拒绝。")
    }

    // MARK: - The plain command

    static func cliDoctorFailed(failed: String, count: String) -> Message {
        Message(
            en: "gen-image doctor: \(failed) of \(count) checks failed",
            zh: "gen-image doctor: \(count) 项检查中有 \(failed) 项未通过")
    }

    static func cliDoctorPassed(count: String) -> Message {
        Message(en: "gen-image doctor: all \(count) checks passed", zh: "gen-image doctor: 全部 \(count) 项检查通过")
    }

    static func cliSignalNumber(number: String) -> Message {
        Message(en: "signal \(number)", zh: "信号 \(number)")
    }

    // MARK: - Batch progress and summary

    static var batchStdin: Message {
        Message(en: "from stdin", zh: "标准输入")
    }

    // MARK: - Usage errors

    static var usageBatchMissingFile: Message {
        Message(en: "missing the batch file", zh: "缺少批量文件")
    }

    static var usageBatchMissingFileHint: Message {
        Message(
            en: "gen-image batch jobs.json (or - to read it from stdin)",
            zh: "gen-image batch jobs.json（或用 - 从 stdin 读取）")
    }

    static var usageBatchOneFileHint: Message {
        Message(en: "gen-image batch takes one file; prompts go inside it", zh: "gen-image batch 只接受一个文件；提示词写在文件里")
    }

    static var usageBatchOutDirEmpty: Message {
        Message(en: "--out-dir is empty", zh: "--out-dir 为空")
    }

    static var usageBatchOutDirEmptyHint: Message {
        Message(en: "pass a folder such as --out-dir images", zh: "请给出文件夹，例如 --out-dir images")
    }

    static func usageBatchUnreadable(path: String) -> Message {
        Message(en: "batch file not found or unreadable: \(path)", zh: "找不到批量文件或无法读取：\(path)")
    }

    static var usageBatchUnreadableHint: Message {
        Message(
            en: "check the path; write the file as described in references/batch-template.md",
            zh: "请检查路径；按 references/batch-template.md 的说明编写文件")
    }

    static var usageCompletionsMissingShell: Message {
        Message(en: "completions needs one shell name", zh: "completions 需要一个 shell 名称")
    }

    static var usageCompletionsMissingShellHint: Message {
        Message(en: "gen-image completions bash (or zsh, fish)", zh: "gen-image completions bash（或 zsh、fish）")
    }

    static func usageCompletionsUnknownShell(shell: String) -> Message {
        Message(en: "unknown shell '\(shell)'", zh: "未知的 shell '\(shell)'")
    }

    static func usageCompletionsUnknownShellHint(shells: String) -> Message {
        Message(en: "use one of: \(shells)", zh: "请用以下之一：\(shells)")
    }

    static func usageUnknownSubcommand(name: String, suggestion: String) -> Message {
        Message(
            en: "unknown subcommand '\(name)'; did you mean '\(suggestion)'?",
            zh: "未知子命令 '\(name)'；是不是想用 '\(suggestion)'？")
    }

    static func usageUnknownSubcommandHint(synopsis: String) -> Message {
        Message(en: "gen-image \(synopsis)", zh: "用法为 gen-image \(synopsis)")
    }

    // MARK: - Help texts

    static var batchHelpEnv: Message {
        Message(
            en: "As for gen-image (see gen-image --help): APIYI_API_KEY, GEN_IMAGE_PROVIDER, "
                + "GEN_IMAGE_BASE_URL,\nGEN_IMAGE_MODEL (the model for items that name none), "
                + "GEN_IMAGE_PROGRESS_INTERVAL, proxies.",
            zh: "与 gen-image 相同（见 gen-image "
                + "--help）：APIYI_API_KEY、GEN_IMAGE_PROVIDER、GEN_IMAGE_BASE_URL、\nGEN_IMAGE_MODEL（未指定模型的条目所用的模型）、GEN_IMAGE_PROGRESS_INTERVAL、代理变量。"
        )
    }

    static var batchHelpExit0: Message {
        Message(en: "every item was saved or skipped", zh: "每个条目都已保存或跳过")
    }

    static var batchHelpExit1: Message {
        Message(en: "the manifest could not be written", zh: "无法写入清单")
    }

    static var batchHelpExit130: Message {
        Message(
            en: "cancelled by Ctrl-C or SIGTERM; finished images kept, manifest written",
            zh: "被 Ctrl-C 或 SIGTERM 取消；已完成的图片保留，清单已写入")
    }

    static var batchHelpExit2: Message {
        Message(en: "the file or a flag is invalid; nothing was sent", zh: "文件或某个选项无效；未发送任何内容")
    }

    static var batchHelpExit3: Message {
        Message(en: "no API key (and some item needs one); nothing was sent", zh: "没有 API 密钥（且有条目需要）；未发送任何内容")
    }

    static var batchHelpExit4: Message {
        Message(
            en: "some items failed (or never started after --fail-fast); the others were saved",
            zh: "部分条目失败（或因 --fail-fast 未启动）；其余已保存")
    }

    static var batchHelpFileChecked: Message {
        Message(
            en: "The whole file is checked before anything is sent. See references/batch-template.md.",
            zh: "发送任何内容之前会先检查整个文件。详见 references/batch-template.md。")
    }

    static var batchHelpFileItems: Message {
        Message(
            en: "Each item: prompt (required), filename, input_images (up to 5), and any global field but "
                + "size_hint;\nan item's field wins over global's, and an item's \"field\": null drops global's. "
                + "size_hint goes in\nfront of prompts that do not already start with a ratio phrase. Relative "
                + "paths are read from the\nbatch file's folder.",
            zh: "每个条目：prompt（必填）、filename、input_images（最多 5 个），以及除 size_hint 外的\n任何 global 字段；条目的字段优先于 global "
                + "的，条目中的 \"field\": null 会去掉 global 的\n该字段。size_hint 加在尚未以比例短语开头的提示词前面。相对路径从批量文件所在的文件夹读取。")
    }

    static var batchHelpFileJsonl: Message {
        Message(
            en: "JSON Lines: one {\"prompt\": …} per line; a first line {\"global\": {…}} sets the defaults.",
            zh: "JSON Lines：每行一个 {\"prompt\": …}；首行为 {\"global\": {…}} 时设定默认值。")
    }

    static var batchHelpOutputManifest: Message {
        Message(
            en: "<file-stem>.results.json in --out-dir: each item's status, path, error, attempts, fingerprint.",
            zh: "--out-dir 中的 <文件名>.results.json：每个条目的状态、路径、错误、尝试次数和请求指纹。")
    }

    static var batchHelpOutputStderr: Message {
        Message(
            en: "[k/N] started / ok <seconds> <path> / failed [<code>]: <reason> / skipped, then a summary.",
            zh: "[k/N] 开始 / 成功 <秒数> <路径> / 失败 [<代码>]：<原因> / 已跳过，最后是汇总。")
    }

    static var batchHelpOutputStdout: Message {
        Message(
            en: "the absolute path of each image saved, one per line, as each finishes.",
            zh: "每张已保存图片的绝对路径，每行一个，每完成一张就输出一行。")
    }

    static var batchHelpOverview: Message {
        Message(
            en: "Make many images from one file, several at once: the skills' batch template (JSON "
                + "with\n\"prompts\") or JSON Lines. Resumable: an item whose image already exists is skipped.",
            zh: "从一个文件批量生成图片，多个同时进行：技能的批量模板（含 \"prompts\" 的 JSON）\n或 JSON Lines。可断点续跑：图片已存在的条目会被跳过。")
    }

    static var batchHelpStdin: Message {
        Message(en: "<file> may be - to read the file from stdin.", zh: "<file> 为 - 时从 stdin 读取文件。")
    }

    static func doctorHelpOverview(base: String) -> Message {
        Message(
            en: "Check that gen-image can reach the gateway: the key (masked), the base URL, the "
                + "proxy\nvariables in effect, DNS, a TCP connection to the host (or the proxy), and an HTTP(S) "
                + "request to\n\(base)/models. One line per check on stdout; exit 0 only if all pass, else 1.",
            zh: "检查 gen-image 能否连上网关：密钥（打码显示）、base URL、生效的代理变量、DNS、\n到主机（或代理）的 TCP 连接，以及对 \(base)/models 的 "
                + "HTTP(S) 请求。\n每项检查在 stdout 上输出一行；全部通过才以 0 退出，否则为 1。")
    }

    static var helpEnvApiKey: Message {
        Message(
            en: "API key for apiyi (or -k); VIBEAPI_API_KEY, OPENAI_API_KEY for the others.",
            zh: "apiyi 的 API 密钥（或用 -k）；其他网关用 VIBEAPI_API_KEY、OPENAI_API_KEY。")
    }

    static var helpEnvBaseUrl: Message {
        Message(en: "API base (or --base-url). Default: the provider's.", zh: "API 地址（或用 --base-url）。默认：服务商的地址。")
    }

    static var helpEnvModel: Message {
        Message(en: "Default model (or -m).", zh: "默认模型（或用 -m）。")
    }

    static var helpEnvProgressInterval: Message {
        Message(
            en: "Seconds between progress updates (default: 1 on a terminal, 10 otherwise).",
            zh: "进度更新的间隔秒数（默认：终端上为 1，否则为 10）。")
    }

    static var helpEnvProvider: Message {
        Message(
            en: "apiyi (default), vibeapi or openai (or --provider).",
            zh: "apiyi（默认）、vibeapi 或 openai（或用 --provider）。")
    }

    static var helpEnvProxies: Message {
        Message(en: "Proxies, read by libcurl.", zh: "代理，由 libcurl 读取。")
    }

    static var helpEnvProxyNames: Message {
        Message(
            en: "https_proxy, HTTPS_PROXY, ALL_PROXY, http_proxy (lower case only), NO_PROXY",
            zh: "https_proxy、HTTPS_PROXY、ALL_PROXY、http_proxy（只认小写）、NO_PROXY")
    }

    static var helpExit0: Message {
        Message(en: "the image was saved", zh: "图片已保存")
    }

    static var helpExit1: Message {
        Message(
            en: "the API or the network failed (HTTP error, timeout, no image in the reply)",
            zh: "API 或网络出错（HTTP 错误、超时、回复中没有图片）")
    }

    static var helpExit130: Message {
        Message(
            en: "cancelled by Ctrl-C or SIGTERM; temporary files removed, nothing saved",
            zh: "被 Ctrl-C 或 SIGTERM 取消；临时文件已删除，未保存任何内容")
    }

    static var helpExit2: Message {
        Message(en: "a usage or input error; nothing was sent", zh: "用法或输入错误；未发送任何内容")
    }

    static var helpExit3: Message {
        Message(en: "no API key", zh: "没有 API 密钥")
    }

    static var helpExit4: Message {
        Message(en: "gen-image batch: some items failed; the others were saved", zh: "gen-image batch：部分条目失败；其余已保存")
    }

    static func helpModelLine(endpoint: String, options: String, wait: String, price: String) -> Message {
        Message(en: "\(endpoint); \(options); \(wait); \(price).", zh: "接口：\(endpoint)；\(options)；\(wait)；\(price)。")
    }

    static var helpModelOthers: Message {
        Message(
            en: "Any other model id works with --endpoint chat|images; then its options are sent unchecked. With "
                + "--endpoint responses, -m names the text model and gpt-image-2's rules apply.",
            zh: "其他任何模型 ID 都可以配合 --endpoint chat|images 使用，此时它的选项不经检查直接发送。使用 --endpoint responses 时，-m "
                + "指定文本模型，并适用 gpt-image-2 的规则。")
    }

    static func helpModelPerImage(dollars: String) -> Message {
        Message(en: "$\(dollars) per image", zh: "每张 $\(dollars)")
    }

    static var helpModelPerToken: Message {
        Message(en: "billed by tokens", zh: "按 token 计费")
    }

    static var helpModelRatioInPrompt: Message {
        Message(
            en: " Put the ratio at the start of the prompt, e.g. \"横版 16:9\", \"竖版 9:16\".",
            zh: "比例写在提示词开头，例如 \"横版 16:9\"、\"竖版 9:16\"。")
    }

    static func helpModelResponses(model: String) -> Message {
        Message(
            en: "Responses API (--endpoint responses), a text model driving \(model)'s image tool, always "
                + "streamed, may return several images",
            zh: "Responses API（--endpoint responses），由文本模型驱动 \(model) 的图像工具，始终流式，可能返回多张图片")
    }

    static var helpModelResponsesAny: Message {
        Message(
            en: "Responses API (--endpoint responses), a text model driving an image tool, always streamed, may "
                + "return several images",
            zh: "Responses API（--endpoint responses），由文本模型驱动图像工具，始终流式，可能返回多张图片")
    }

    static var helpModelSizeAny: Message {
        Message(en: "-s any valid WxH", zh: "-s 任意有效的 WxH")
    }

    static func helpModelSizePresets(count: String) -> Message {
        Message(en: "-s auto or one of \(count) presets", zh: "-s auto 或 \(count) 个预设尺寸之一")
    }

    static func helpModelTakes(options: String) -> Message {
        Message(en: "takes \(options)", zh: "接受 \(options)")
    }

    static var helpModelTakesNothing: Message {
        Message(en: "no size or quality options", zh: "不接受尺寸或质量选项")
    }

    static var helpModelTextAndImageTokens: Message {
        Message(en: "billed by text tokens plus image tokens", zh: "按文本 token 加图像 token 计费")
    }

    static var helpOutputStderr: Message {
        Message(
            en: "progress, notes, warnings, errors as 'gen-image: error [code]: …' (--quiet: errors only).",
            zh: "进度、说明、警告和错误（'gen-image: 错误 [code]：…'；--quiet：只输出错误）。")
    }

    static var helpOutputStdout: Message {
        Message(
            en: "the absolute path of each saved image, one per line, and nothing else.",
            zh: "每张已保存图片的绝对路径，每行一个，别无其他。")
    }

    static var helpOverview: Message {
        Message(
            en: "Generate and edit images with GPT Image 2 models through APIYI or any OpenAI-compatible gateway.",
            zh: "通过 APIYI 或任何兼容 OpenAI 的网关，使用 GPT Image 2 模型生成和编辑图片。")
    }

    static var subcommandBatch: Message {
        Message(
            en: "Make many images from the skills' batch template or JSON Lines, several at once; resumable. See "
                + "'gen-image batch --help'.",
            zh: "根据技能的批量模板或 JSON Lines 批量生成图片，多个同时进行；可断点续跑。详见 'gen-image batch --help'。")
    }

    static var subcommandCompletions: Message {
        Message(
            en: "Print a shell completion script, e.g. source <(gen-image completions bash).",
            zh: "打印 shell 补全脚本，例如 source <(gen-image completions bash)。")
    }

    static var subcommandDoctor: Message {
        Message(
            en: "Check the key, base URL, proxy, DNS, connection and gateway; exit 0 only if all pass.",
            zh: "检查密钥、base URL、代理、DNS、连接和网关；全部通过才以 0 退出。")
    }

    // MARK: - --max-time

    static func cliMaxTime(limit: String) -> Message {
        Message(
            en: "stopped: --max-time of \(limit) passed before the image arrived",
            zh: "已停止：图片到达前已超过 --max-time 的 \(limit)")
    }

    static var cliMaxTimeHint: Message {
        Message(
            en: "nothing was saved; the gateway may still finish (and bill) a request it received; raise "
                + "--max-time or try again later",
            zh: "没有保存任何文件；网关仍可能完成已收到的请求（并计费）；请提高 --max-time 或稍后重试")
    }

    // MARK: - A newcomer's first mistakes

    static func authEmpty(variable: String) -> Message {
        Message(en: "no API key: \(variable) is set but empty", zh: "没有 API 密钥：\(variable) 已设置但为空")
    }

    static var authEmptyFlag: Message {
        Message(en: "no API key: -k/--api-key was given an empty value", zh: "没有 API 密钥：-k/--api-key 的值为空")
    }

    // MARK: - Option help

    static var optionBatchDryRun: Message {
        Message(
            en: "Check the file and print, on stdout, what each item would do (model, prompt as sent, options, "
                + "output path, or skip); sends nothing, needs no key, writes no manifest.",
            zh: "检查文件，并在 stdout 上打印每个条目将要做什么（模型、实际发送的提示词、选项、输出路径，或跳过）；不发送任何内容，不需要密钥，也不写清单。")
    }

    static var optionBatchEndpoint: Message {
        Message(
            en: "API to use for every item instead of its model's own; required for models gen-image does not "
                + "list.",
            zh: "所有条目都使用的 API，代替各自模型的默认接口；gen-image 未列出的模型必须指定。")
    }

    static var optionBatchModel: Message {
        Message(
            en: "Model for items that name none (an item's or global's \"model\" wins). Default: "
                + "$GEN_IMAGE_MODEL, else chosen per item as a single run would.",
            zh: "未指定模型的条目所用的模型（条目或 global 中的 \"model\" 优先）。默认：$GEN_IMAGE_MODEL，否则按单次运行的规则逐条选择。")
    }

    static var optionBatchQuiet: Message {
        Message(
            en: "Print only failures and errors on stderr (stdout still gets the saved paths).",
            zh: "stderr 上只输出失败和错误（stdout 仍输出保存的路径）。")
    }

    static func optionConcurrency(max: String, default defaultValue: String) -> Message {
        Message(
            en: "Requests in flight at once, 1 to \(max) (default \(defaultValue)). A 429 halves it until enough "
                + "jobs succeed again.",
            zh: "同时进行的请求数，1 到 \(max)（默认 \(defaultValue)）。遇到 429 时减半，直到足够多的任务重新成功。")
    }

    static var optionFailFast: Message {
        Message(
            en: "Start no new job after the first failure (jobs in flight finish).",
            zh: "出现第一个失败后不再启动新任务（进行中的任务会继续完成）。")
    }

    static var optionForce: Message {
        Message(
            en: "Run items whose image already exists too; the new image is saved beside the old one as "
                + "<name>-<timestamp>.<ext>, never over it. Without it such items are skipped.",
            zh: "图片已存在的条目也照样运行；新图片另存在旧图片旁边，名为 <name>-<timestamp>.<ext>，绝不覆盖旧图片。不加此项时跳过这些条目。")
    }

    static var optionOutDir: Message {
        Message(
            en: "Folder for images of items without \"filename\" (named <index>-<first-words>.<ext>) and for the "
                + "results file <batch-file-stem>.results.json. Default: the batch file's folder (the current "
                + "folder for stdin).",
            zh: "未指定 \"filename\" 的条目的图片（命名为 <index>-<first-words>.<ext>）和结果文件 <批量文件名>.results.json "
                + "的存放文件夹。默认：批量文件所在的文件夹（从 stdin 读取时为当前文件夹）。")
    }

    // MARK: - Providers and data URIs

    static func doctorLineModel(line: String) -> Message {
        Message(en: "info  model: \(line)", zh: "信息  模型：\(line)")
    }

    static var helpProvidersIntro: Message {
        Message(
            en: "What differs between providers (--provider), from the same table every check reads:",
            zh: "各网关（--provider）之间的差别，来自所有检查共用的同一张表：")
    }

    // MARK: - gen-image skill

    static var optionSkillForce: Message {
        Message(
            en: "Replace skill files that exist with other contents. Files you added to a skill folder are never "
                + "touched.",
            zh: "替换内容不同的已有技能文件。你自己加入技能文件夹的文件永远不会被改动。")
    }

    static func skillCancelled(signal: String) -> Message {
        Message(
            en: "gen-image: cancelled by \(signal): the skills are partly installed (every file written is "
                + "complete); run the same command again to finish",
            zh: "gen-image: 已被 \(signal) 取消：技能只安装了一部分（已写入的文件都是完整的）；再次运行同一命令即可完成")
    }

    static func skillInstalled(name: String, path: String, written: String, unchanged: String) -> Message {
        Message(
            en: "gen-image: installed \(name) in \(path) (\(written) written, \(unchanged) unchanged)",
            zh: "gen-image: 已安装 \(name) 到 \(path)（写入 \(written) 个，未变 \(unchanged) 个）")
    }

    static func skillLinked(path: String, original: String) -> Message {
        Message(
            en: "gen-image: \(path) is a hard link to \(original): one binary on disk for both skills",
            zh: "gen-image: \(path) 是 \(original) 的硬链接：两个技能共用磁盘上的一份程序")
    }

    static func skillNeedsToolchain(libraries: String) -> Message {
        Message(
            en: "this gen-image needs the Swift toolchain's libraries (\(libraries)), so the skills' scripts/gen-image "
                + "runs only where Swift is installed; for a portable one run 'swift build -c release "
                + "--static-swift-stdlib', then '.build/release/gen-image skill install …'",
            zh: "这个 gen-image 依赖 Swift 工具链的库（\(libraries)），技能里的 scripts/gen-image 只能在装有 Swift 的机器上运行；"
                + "要得到可移植的程序，请运行 'swift build -c release --static-swift-stdlib'，再运行 "
                + "'.build/release/gen-image skill install …'")
    }

    static var skillNext: Message {
        Message(
            en: "gen-image: Claude Code reads ~/.claude/skills and <project>/.claude/skills; Codex reads "
                + "~/.agents/skills and <project>/.agents/skills",
            zh: "gen-image: Claude Code 读取 ~/.claude/skills 和 <项目>/.claude/skills；Codex 读取 ~/.agents/skills 和 "
                + "<项目>/.agents/skills")
    }

    static var skillNoBinary: Message {
        Message(
            en: "cannot find the running gen-image binary to copy into scripts/gen-image",
            zh: "找不到正在运行的 gen-image 程序，无法复制为 scripts/gen-image")
    }

    static func skillReplaced(files: String) -> Message {
        Message(en: "  replaced: \(files)", zh: "  已替换：\(files)")
    }

    static func skillWriteFailed(path: String, reason: String) -> Message {
        Message(en: "could not write the skills into \(path): \(reason)", zh: "无法把技能写入 \(path)：\(reason)")
    }

    static var skillWriteFailedHint: Message {
        Message(
            en: "choose a folder you can write to; files already written stay complete",
            zh: "请选择可写的文件夹；已写入的文件都是完整的")
    }

    static var skillHelpFolders: Message {
        Message(
            en: "Claude Code reads ~/.claude/skills (yours) and .claude/skills in a project.\nCodex reads "
                + "~/.agents/skills (yours) and .agents/skills from the current folder up to the repository root.",
            zh: "Claude Code 读取 ~/.claude/skills（个人）和项目中的 .claude/skills。\nCodex 读取 "
                + "~/.agents/skills（个人），以及从当前文件夹到仓库根目录的 .agents/skills。")
    }

    static var skillHelpInstall: Message {
        Message(
            en: "Installs every skill, or the NAMEs given, into DIR (default: the current folder), one folder "
                + "each.\nDIR is the first argument unless it is a skill's name.",
            zh: "把所有技能（或给出的 NAME）安装到 DIR（默认：当前文件夹），每个技能一个文件夹。\n第一个参数是 DIR，除非它是某个技能的名字。")
    }

    static var skillHelpList: Message {
        Message(en: "Prints each skill's name and description, one per line.", zh: "每行打印一个技能的名字和描述。")
    }

    static var skillHelpOutput: Message {
        Message(
            en: "stdout: the absolute path of each skill folder installed. stderr: what was written.",
            zh: "stdout：每个已安装技能文件夹的绝对路径。stderr：写入了什么。")
    }

    static var skillHelpOverview: Message {
        Message(
            en: "Write complete skill folders for AI agents: SKILL.md, references/ and scripts/gen-image (a copy "
                + "of this binary).",
            zh: "为 AI 智能体写入完整的技能文件夹：SKILL.md、references/ 和 scripts/gen-image（本程序的副本）。")
    }

    static var skillHelpPortable: Message {
        Message(
            en: "scripts/gen-image runs where the Swift toolchain is not installed only if this binary was built "
                + "with\n'swift build -c release --static-swift-stdlib'.",
            zh: "只有用 'swift build -c release --static-swift-stdlib' 构建的本程序，\n复制成 scripts/gen-image 后才能在未安装 Swift "
                + "工具链的机器上运行。")
    }

    static var skillHelpSafety: Message {
        Message(
            en: "Nothing is ever deleted. A file that exists with other contents is replaced only with "
                + "--force;\nwithout it nothing is written and the files are listed.",
            zh: "不会删除任何文件。内容不同的已有文件只有加 --force 才会被替换；\n不加时不写入任何文件，并列出这些文件。")
    }

    static var subcommandSkill: Message {
        Message(
            en: "Install the agent skills (SKILL.md, references, this binary) into a folder Claude Code or Codex "
                + "reads, or list them. See 'gen-image skill --help'.",
            zh: "把智能体技能（SKILL.md、参考文档和本程序）安装到 Claude Code 或 Codex 读取的文件夹，或列出技能。详见 'gen-image skill --help'。")
    }

    static var usageSkillAction: Message {
        Message(en: "gen-image skill needs 'install' or 'list'", zh: "gen-image skill 需要 'install' 或 'list'")
    }

    static var usageSkillActionHint: Message {
        Message(en: "e.g. gen-image skill install ~/.claude/skills", zh: "例如 gen-image skill install ~/.claude/skills")
    }

    static func usageSkillBlocked(paths: String) -> Message {
        Message(
            en: "cannot install: \(paths) is in the way (a file where a folder goes, or a folder where a file "
                + "goes); nothing was written",
            zh: "无法安装：\(paths) 挡住了路径（该放文件夹的位置是文件，或该放文件的位置是文件夹）；未写入任何文件")
    }

    static var usageSkillBlockedHint: Message {
        Message(en: "move it away, or install into another folder", zh: "请把它移走，或安装到另一个文件夹")
    }

    static var usageSkillListArguments: Message {
        Message(en: "gen-image skill list takes no arguments", zh: "gen-image skill list 不接受参数")
    }

    static func usageSkillUnknown(name: String) -> Message {
        Message(en: "unknown skill '\(name)'", zh: "未知技能“\(name)”")
    }

    static func usageSkillUnknownHint(names: String) -> Message {
        Message(
            en: "the skills are: \(names) (see 'gen-image skill list')",
            zh: "可用技能：\(names)（参见 'gen-image skill list'）")
    }

    static func usageSkillWouldReplace(files: String) -> Message {
        Message(
            en: "these skill files exist with other contents, so nothing was written: \(files)",
            zh: "以下技能文件已存在且内容不同，因此未写入任何文件：\(files)")
    }

    static var usageSkillWouldReplaceHint: Message {
        Message(
            en: "add --force to replace them (files you added to the skill folders are kept either way), or "
                + "install into another folder",
            zh: "加 --force 替换它们（你自己加入技能文件夹的文件无论如何都会保留），或安装到另一个文件夹")
    }

    // MARK: - Cut texts and bounded numbers

    static func cliFactBilled(cost: String) -> Message {
        Message(en: "  cost: \(cost) (billed)", zh: "  费用：\(cost)（已计费）")
    }

    static var helpOutputClosedStdout: Message {
        Message(
            en: "a closed stdout (| head -1) stops the printing only; the exit code is the run's",
            zh: "stdout 被关闭（| head -1）时只停止输出，运行照常完成；退出码取决于运行结果")
    }

    static var helpOutputRecovery: Message {
        Message(
            en: "an image billed but not savable where asked is kept in ~/.local/share/gen-image/recovered",
            zh: "已计费但无法保存到指定位置的图片会保存在 ~/.local/share/gen-image/recovered")
    }
}
