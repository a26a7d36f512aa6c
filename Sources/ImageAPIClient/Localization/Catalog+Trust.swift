/// Texts of issue #10 (trust): gateway texts cut to size, bounds on numbers.
extension Catalog {
    static let trust: [String: Entry] = [
        "gateway.text.cut": Entry(
            en: "{text}… ({count} more characters not shown)", zh: "{text}……（另有 {count} 个字符未显示）"),
        "output.preflight.name_too_long": Entry(
            en: "the file name {name} is {bytes} bytes long; at most {max} bytes fit",
            zh: "文件名 {name} 长 {bytes} 字节；最多只能 {max} 字节"),
        "output.preflight.name_too_long.hint": Entry(
            en: "choose a shorter name with -f; nothing was sent", zh: "请用 -f 指定更短的文件名；没有发送任何请求"),
        "output.preflight.not_folder": Entry(
            en: "cannot save in {folder}: {path} is a file, not a folder",
            zh: "无法保存到 {folder}：{path} 是文件而不是文件夹"),
        "output.preflight.not_writable": Entry(
            en: "cannot write to the folder {folder}", zh: "无法写入文件夹 {folder}"),
        "output.preflight.cannot_create": Entry(
            en: "cannot create the folder {folder}: {parent} is not writable",
            zh: "无法创建文件夹 {folder}：{parent} 不可写"),
        "output.preflight.hint": Entry(
            en: "choose another place with -f (or --out-dir), or fix the folder's permissions; nothing was sent",
            zh: "请用 -f（或 --out-dir）换个位置，或修正该文件夹的权限；没有发送任何请求"),
        "output.recovered": Entry(
            en: "the image was billed and is kept at {path}", zh: "这张图片已计费，已保存到 {path}"),
        "help.output.recovery": Entry(
            en: "an image billed but not savable where asked is kept in ~/.local/share/gen-image/recovered",
            zh: "已计费但无法保存到指定位置的图片会保存在 ~/.local/share/gen-image/recovered"),
        "help.output.closed_stdout": Entry(
            en: "a closed stdout (| head -1) stops the printing only; the exit code is the run's",
            zh: "stdout 被关闭（| head -1）时只停止输出，运行照常完成；退出码取决于运行结果"),
        "usage.timeout.too_long.hint": Entry(
            en: "the timeout is at most {max} s (one day), e.g. --timeout 600",
            zh: "超时最多 {max} 秒（一天），例如 --timeout 600"),
    ]
}
