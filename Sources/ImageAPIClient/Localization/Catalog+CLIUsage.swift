/// The command line's usage errors and their hints: found before anything is sent, exit 2.
extension Catalog {
    static let cliUsage: [String: Entry] = [
        // The parser.
        "usage.unexpected_argument": Entry(
            en: "unexpected argument '{argument}'", zh: "多余的参数 '{argument}'"),
        "usage.unexpected_arguments": Entry(
            en: "unexpected arguments '{argument}'", zh: "多余的参数 '{argument}'"),
        "usage.no_positionals.hint": Entry(
            en: "gen-image takes no positional arguments; pass the prompt with -p \"…\"",
            zh: "gen-image 不接受位置参数；请用 -p \"…\" 传入提示词"),
        "usage.quote_prompt.hint": Entry(
            en: "pass the prompt with -p and quote it whole: -p \"{phrase}\"",
            zh: "请用 -p 传入提示词，并给整段加上引号：-p \"{phrase}\""),
        "usage.takes_no_value": Entry(en: "{option} takes no value", zh: "{option} 不接受值"),
        "usage.given_twice": Entry(en: "{option} was given more than once", zh: "{option} 给出了不止一次"),
        "usage.given_twice.hint": Entry(
            en: "give it once; quote values that contain spaces", zh: "只给一次；含空格的值请加引号"),
        "usage.needs_value": Entry(en: "{option} needs a value", zh: "{option} 需要一个值"),
        "usage.needs_value.hint": Entry(en: "e.g. {spelling} <{value}>", zh: "例如 {spelling} <{value}>"),
        "usage.needs_paths": Entry(
            en: "{option} needs at least one {value} path", zh: "{option} 至少需要一个路径（<{value}>）"),
        "usage.needs_paths.hint": Entry(
            en: "e.g. -i photo.png, or -i ref1.png ref2.png", zh: "例如 -i photo.png，或 -i ref1.png ref2.png"),
        "usage.unknown_option": Entry(en: "unknown option '{option}'", zh: "未知选项 '{option}'"),
        "usage.unknown_option.suggestion": Entry(
            en: "unknown option '{option}'; did you mean '{suggestion}'?",
            zh: "未知选项 '{option}'；是不是想用 '{suggestion}'？"),
        "usage.unknown_option.hint": Entry(
            en: "run 'gen-image --help' to see every option", zh: "运行 'gen-image --help' 查看所有选项"),
        "usage.unknown_subcommand": Entry(
            en: "unknown subcommand '{name}'; did you mean '{suggestion}'?",
            zh: "未知子命令 '{name}'；是不是想用 '{suggestion}'？"),
        "usage.unknown_subcommand.hint": Entry(en: "gen-image {synopsis}", zh: "用法为 gen-image {synopsis}"),

        // Values.
        "usage.invalid_value": Entry(en: "invalid value '{value}' for {option}", zh: "{option} 的值 '{value}' 无效"),
        "usage.whole_number.hint": Entry(
            en: "use a whole number from {low} to {high}", zh: "请用 {low} 到 {high} 之间的整数"),
        "usage.endpoint.hint": Entry(en: "use chat, images or responses", zh: "请用 chat、images 或 responses"),
        "usage.timeout.hint": Entry(
            en: "use a number of seconds, e.g. --timeout 600", zh: "请给出秒数，例如 --timeout 600"),
        "usage.lang.hint": Entry(en: "use en or zh", zh: "请用 en 或 zh"),
        "usage.aspect.hint": Entry(
            en: "use W:H such as 16:9, 9:16 or 1:1", zh: "请用 W:H 的形式，例如 16:9、9:16 或 1:1"),
        "usage.resolution.hint": Entry(en: "use 1k, 2k or 4k", zh: "请用 1k、2k 或 4k"),
        "usage.resolution_needs_aspect": Entry(
            en: "--resolution needs --aspect", zh: "--resolution 需要与 --aspect 一起使用"),
        "usage.resolution_needs_aspect.hint": Entry(
            en: "e.g. --aspect 16:9 --resolution 2k, or -s WxH", zh: "例如 --aspect 16:9 --resolution 2k，或改用 -s WxH"),
        "usage.unknown_provider": Entry(
            en: "unknown provider '{provider}' in {source}", zh: "{source} 中的网关 '{provider}' 未知"),
        "usage.unknown_provider.hint": Entry(
            en: "use one of: {providers}; any other gateway works with --base-url",
            zh: "请用以下之一：{providers}；其他任何网关都可以用 --base-url 指定"),
        "usage.invalid_base_url": Entry(en: "invalid {source} '{url}'", zh: "{source} '{url}' 无效"),
        "usage.invalid_base_url.hint": Entry(
            en: "use an http(s) URL such as https://api.apiyi.com/v1",
            zh: "请用 http(s) 地址，例如 https://api.apiyi.com/v1"),

        // gen-image -p …
        "usage.missing_prompt": Entry(en: "missing -p/--prompt", zh: "缺少 -p/--prompt"),
        "usage.missing_prompt.hint": Entry(
            en: "e.g. gen-image -p \"一只可爱的橘猫在草地上玩耍\" -f cat.png",
            zh: "例如 gen-image -p \"一只可爱的橘猫在草地上玩耍\" -f cat.png"),
        "usage.stdin_not_utf8": Entry(
            en: "the prompt on stdin is not valid UTF-8", zh: "stdin 上的提示词不是有效的 UTF-8 文本"),
        "usage.filename_empty": Entry(en: "-f/--filename is empty", zh: "-f/--filename 为空"),
        "usage.filename_empty.hint": Entry(
            en: "pass a file name such as cat.png", zh: "请给出文件名，例如 cat.png"),

        // gen-image batch
        "usage.batch.missing_file": Entry(en: "missing the batch file", zh: "缺少批量文件"),
        "usage.batch.missing_file.hint": Entry(
            en: "gen-image batch jobs.json (or - to read it from stdin)",
            zh: "gen-image batch jobs.json（或用 - 从 stdin 读取）"),
        "usage.batch.one_file.hint": Entry(
            en: "gen-image batch takes one file; prompts go inside it",
            zh: "gen-image batch 只接受一个文件；提示词写在文件里"),
        "usage.batch.out_dir_empty": Entry(en: "--out-dir is empty", zh: "--out-dir 为空"),
        "usage.batch.out_dir_empty.hint": Entry(
            en: "pass a folder such as --out-dir images", zh: "请给出文件夹，例如 --out-dir images"),
        "usage.batch.unreadable": Entry(
            en: "batch file not found or unreadable: {path}", zh: "找不到批量文件或无法读取：{path}"),
        "usage.batch.unreadable.hint": Entry(
            en: "check the path; write the file as described in references/batch-template.md",
            zh: "请检查路径；按 references/batch-template.md 的说明编写文件"),

        // gen-image completions
        "usage.completions.missing_shell": Entry(
            en: "completions needs one shell name", zh: "completions 需要一个 shell 名称"),
        "usage.completions.missing_shell.hint": Entry(
            en: "gen-image completions bash (or zsh, fish)", zh: "gen-image completions bash（或 zsh、fish）"),
        "usage.completions.unknown_shell": Entry(en: "unknown shell '{shell}'", zh: "未知的 shell '{shell}'"),
        "usage.completions.unknown_shell.hint": Entry(en: "use one of: {shells}", zh: "请用以下之一：{shells}"),
    ]
}
