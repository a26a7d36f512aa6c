/// Messages for a newcomer's first mistakes: stray words, an image count, an empty key, a used-up balance.
extension Catalog {
    static let newcomer: [String: Entry] = [
        "usage.quote_prompt_whole.hint": Entry(
            en: "quote the whole prompt: {option} {quoted}", zh: "请给整段提示词加上引号：{option} {quoted}"),
        "usage.quote_value.hint": Entry(
            en: "quote the whole value: {option} {quoted}", zh: "请给整个值加上引号：{option} {quoted}"),
        "usage.unknown_command": Entry(
            en: "'{word}' is not a gen-image command", zh: "'{word}' 不是 gen-image 的命令"),
        "usage.unknown_command.hint": Entry(
            en: "the commands are {commands}; to make an image, give the prompt with -p: "
                + "gen-image -p \"<your prompt>\"; see 'gen-image --help'",
            zh: "可用命令：{commands}；要生成图片，请用 -p 给出提示词：gen-image -p \"<你的提示词>\"；"
                + "参见 'gen-image --help'"),
        "usage.help_word.hint": Entry(
            en: "for help run 'gen-image --help' (or 'gen-image batch --help', 'gen-image skill --help')",
            zh: "查看帮助请运行 'gen-image --help'（或 'gen-image batch --help'、'gen-image skill --help'）"),
        "usage.no_count": Entry(
            en: "{option}: there is no image count; these models return one image per request",
            zh: "{option}：没有图片数量选项；这些模型每次请求只返回一张图片"),
        "usage.no_count.hint": Entry(
            en: "for several images write them into a batch file and run 'gen-image batch FILE' "
                + "(see 'gen-image batch --help'), or run one command per image",
            zh: "要生成多张图片，请把它们写进批量文件并运行 'gen-image batch FILE'（参见 'gen-image batch --help'），"
                + "或每张图片运行一次命令"),
        "auth.empty": Entry(
            en: "no API key: {variable} is set but empty", zh: "没有 API 密钥：{variable} 已设置但为空"),
        "auth.empty_flag": Entry(
            en: "no API key: -k/--api-key was given an empty value", zh: "没有 API 密钥：-k/--api-key 的值为空"),
        "transport.hint.quota": Entry(
            en: "the account's balance or quota is used up; retrying will not help until it is topped up "
                + "(APIYI: https://api.apiyi.com, console → 充值; OpenAI: https://platform.openai.com/settings/"
                + "organization/billing)",
            zh: "账户余额或额度已用完；充值前重试没有用（APIYI：https://api.apiyi.com 控制台 → 充值；"
                + "OpenAI：https://platform.openai.com/settings/organization/billing）"),
    ]
}
