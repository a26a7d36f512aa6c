/// What `gen-image skill install` and `gen-image skill list` say, and their help.
extension Catalog {
    static let skills: [String: Entry] = [
        "subcommand.skill": Entry(
            en: "Install the agent skills (SKILL.md, references, this binary) into a folder Claude Code or Codex "
                + "reads, or list them. See 'gen-image skill --help'.",
            zh: "把智能体技能（SKILL.md、参考文档和本程序）安装到 Claude Code 或 Codex 读取的文件夹，或列出技能。"
                + "详见 'gen-image skill --help'。"),
        "option.skill.force": Entry(
            en: "Replace skill files that exist with other contents. Files you added to a skill folder are never "
                + "touched.",
            zh: "替换内容不同的已有技能文件。你自己加入技能文件夹的文件永远不会被改动。"),

        // Help.
        "skill_help.overview": Entry(
            en: "Write complete skill folders for AI agents: SKILL.md, references/ and scripts/gen-image (a copy "
                + "of this binary).",
            zh: "为 AI 智能体写入完整的技能文件夹：SKILL.md、references/ 和 scripts/gen-image（本程序的副本）。"),
        "skill_help.install": Entry(
            en: "Installs every skill, or the NAMEs given, into DIR (default: the current folder), one folder each.\n"
                + "DIR is the first argument unless it is a skill's name.",
            zh: "把所有技能（或给出的 NAME）安装到 DIR（默认：当前文件夹），每个技能一个文件夹。\n"
                + "第一个参数是 DIR，除非它是某个技能的名字。"),
        "skill_help.list": Entry(
            en: "Prints each skill's name and description, one per line.",
            zh: "每行打印一个技能的名字和描述。"),
        "skill_help.folders": Entry(
            en: "Claude Code reads ~/.claude/skills (yours) and .claude/skills in a project.\n"
                + "Codex reads ~/.agents/skills (yours) and .agents/skills from the current folder up to the "
                + "repository root.",
            zh: "Claude Code 读取 ~/.claude/skills（个人）和项目中的 .claude/skills。\n"
                + "Codex 读取 ~/.agents/skills（个人），以及从当前文件夹到仓库根目录的 .agents/skills。"),
        "skill_help.safety": Entry(
            en: "Nothing is ever deleted. A file that exists with other contents is replaced only with --force;\n"
                + "without it nothing is written and the files are listed.",
            zh: "不会删除任何文件。内容不同的已有文件只有加 --force 才会被替换；\n不加时不写入任何文件，并列出这些文件。"),
        "skill_help.output": Entry(
            en: "stdout: the absolute path of each skill folder installed. stderr: what was written.",
            zh: "stdout：每个已安装技能文件夹的绝对路径。stderr：写入了什么。"),
        "skill_help.portable": Entry(
            en: "scripts/gen-image runs where the Swift toolchain is not installed only if this binary was built "
                + "with\n'swift build -c release --static-swift-stdlib'.",
            zh: "只有用 'swift build -c release --static-swift-stdlib' 构建的本程序，\n"
                + "复制成 scripts/gen-image 后才能在未安装 Swift 工具链的机器上运行。"),

        // Install.
        "skill.installed": Entry(
            en: "gen-image: installed {name} in {path} ({written} written, {unchanged} unchanged)",
            zh: "gen-image: 已安装 {name} 到 {path}（写入 {written} 个，未变 {unchanged} 个）"),
        "skill.replaced": Entry(en: "  replaced: {files}", zh: "  已替换：{files}"),
        "skill.next": Entry(
            en: "gen-image: Claude Code reads ~/.claude/skills and <project>/.claude/skills; Codex reads "
                + "~/.agents/skills and <project>/.agents/skills",
            zh: "gen-image: Claude Code 读取 ~/.claude/skills 和 <项目>/.claude/skills；Codex 读取 "
                + "~/.agents/skills 和 <项目>/.agents/skills"),
        "usage.skill.would_replace": Entry(
            en: "these skill files exist with other contents, so nothing was written: {files}",
            zh: "以下技能文件已存在且内容不同，因此未写入任何文件：{files}"),
        "usage.skill.would_replace.hint": Entry(
            en: "add --force to replace them (files you added to the skill folders are kept either way), or "
                + "install into another folder",
            zh: "加 --force 替换它们（你自己加入技能文件夹的文件无论如何都会保留），或安装到另一个文件夹"),
        "usage.skill.blocked": Entry(
            en: "cannot install: {paths} is in the way (a file where a folder goes, or a folder where a file goes); "
                + "nothing was written",
            zh: "无法安装：{paths} 挡住了路径（该放文件夹的位置是文件，或该放文件的位置是文件夹）；未写入任何文件"),
        "usage.skill.blocked.hint": Entry(
            en: "move it away, or install into another folder", zh: "请把它移走，或安装到另一个文件夹"),
        "usage.skill.unknown": Entry(
            en: "unknown skill '{name}'", zh: "未知技能“{name}”"),
        "usage.skill.unknown.hint": Entry(
            en: "the skills are: {names} (see 'gen-image skill list')",
            zh: "可用技能：{names}（参见 'gen-image skill list'）"),
        "usage.skill.action": Entry(
            en: "gen-image skill needs 'install' or 'list'", zh: "gen-image skill 需要 'install' 或 'list'"),
        "usage.skill.action.hint": Entry(
            en: "e.g. gen-image skill install ~/.claude/skills", zh: "例如 gen-image skill install ~/.claude/skills"),
        "usage.skill.list_arguments": Entry(
            en: "gen-image skill list takes no arguments", zh: "gen-image skill list 不接受参数"),
        "skill.cancelled": Entry(
            en: "gen-image: cancelled by {signal}: the skills are partly installed (every file written is "
                + "complete); run the same command again to finish",
            zh: "gen-image: 已被 {signal} 取消：技能只安装了一部分（已写入的文件都是完整的）；再次运行同一命令即可完成"),
        "skill.no_binary": Entry(
            en: "cannot find the running gen-image binary to copy into scripts/gen-image",
            zh: "找不到正在运行的 gen-image 程序，无法复制为 scripts/gen-image"),
        "skill.write_failed": Entry(
            en: "could not write the skills into {path}: {reason}", zh: "无法把技能写入 {path}：{reason}"),
        "skill.write_failed.hint": Entry(
            en: "choose a folder you can write to; files already written stay complete",
            zh: "请选择可写的文件夹；已写入的文件都是完整的"),
    ]
}
