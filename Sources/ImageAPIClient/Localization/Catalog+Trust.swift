/// Texts of issue #10 (trust): gateway texts cut to size, bounds on numbers.
extension Catalog {
    static let trust: [String: Entry] = [
        "gateway.text.cut": Entry(
            en: "{text}… ({count} more characters not shown)", zh: "{text}……（另有 {count} 个字符未显示）"),
        "output.preflight.name_too_long": Entry(
            en: "the file name {name} is {bytes} bytes long; at most {max} bytes fit",
            zh: "文件名 {name} 长 {bytes} 字节；最多只能 {max} 字节"),
        "output.preflight.name_too_long.hint": Entry(
            en: "choose a shorter name with {@filename}; nothing was sent", zh: "请用 {@filename} 指定更短的文件名；没有发送任何请求"),
        "output.preflight.not_folder": Entry(
            en: "cannot save in {folder}: {path} is a file, not a folder",
            zh: "无法保存到 {folder}：{path} 是文件而不是文件夹"),
        "output.preflight.not_writable": Entry(
            en: "cannot write to the folder {folder}", zh: "无法写入文件夹 {folder}"),
        "output.preflight.cannot_create": Entry(
            en: "cannot create the folder {folder}: {parent} is not writable",
            zh: "无法创建文件夹 {folder}：{parent} 不可写"),
        "output.preflight.hint": Entry(
            en:
                "choose another place with {@filename} (or --out-dir), or fix the folder's permissions; nothing was sent",
            zh: "请用 {@filename}（或 --out-dir）换个位置，或修正该文件夹的权限；没有发送任何请求"),
        "output.recovered": Entry(
            en: "the image was billed and is kept at {path}", zh: "这张图片已计费，已保存到 {path}"),
        "help.output.recovery": Entry(
            en: "an image billed but not savable where asked is kept in ~/.local/share/gen-image/recovered",
            zh: "已计费但无法保存到指定位置的图片会保存在 ~/.local/share/gen-image/recovered"),
        "help.output.closed_stdout": Entry(
            en: "a closed stdout (| head -1) stops the printing only; the exit code is the run's",
            zh: "stdout 被关闭（| head -1）时只停止输出，运行照常完成；退出码取决于运行结果"),
        "base_url.query": Entry(
            en: "the base URL {url} has a query (?…) or a fragment (#…); the API path cannot follow it",
            zh: "基础 URL {url} 带有查询（?…）或片段（#…）；API 路径无法接在其后"),
        "base_url.query.hint": Entry(
            en: "give only scheme, host and path in {@base_url} (e.g. https://api.apiyi.com/v1); the key goes in "
                + "-k/--api-key or the key variable",
            zh: "{@base_url} 只写协议、主机和路径（如 https://api.apiyi.com/v1）；密钥请用 -k/--api-key 或密钥环境变量"),
        "transport.redirect": Entry(
            en: "the gateway answered with a redirect (HTTP {status}) to {host}; gen-image follows no redirect from "
                + "the API, so that the key never goes along",
            zh: "网关返回了重定向（HTTP {status}），指向 {host}；gen-image 不跟随 API 的重定向，以免密钥被一并发送"),
        "transport.redirect.nowhere": Entry(
            en: "the gateway answered with a redirect (HTTP {status}) without saying where to",
            zh: "网关返回了重定向（HTTP {status}），但没有给出目标地址"),
        "transport.redirect.hint": Entry(
            en: "check {@base_url} (or GEN_IMAGE_BASE_URL): use the API's own address, e.g. https://api.apiyi.com/v1",
            zh: "请检查 {@base_url}（或 GEN_IMAGE_BASE_URL）：使用 API 本身的地址，例如 https://api.apiyi.com/v1"),
        "doctor.gateway.not_api": Entry(
            en: "the base URL answered HTTP {status}: a server is there, but not the API",
            zh: "基础 URL 返回 HTTP {status}：那里有服务器，但不是 API"),
        "reply.several.beyond": Entry(
            en: "the reply held {total} images; the first {max} were saved, the other {rest} were not",
            zh: "响应中有 {total} 张图片；已保存前 {max} 张，其余 {rest} 张未保存"),
        "reply.several.failed": Entry(
            en: "image {number} of the reply could not be saved (link: {link})",
            zh: "响应中的第 {number} 张图片无法保存（链接：{link}）"),
        "reply.chat.several": Entry(
            en: "the reply linked {total} different images; the first was saved, the other {rest} were not: {links}",
            zh: "响应中链接了 {total} 张不同的图片；已保存第一张，其余 {rest} 张未保存：{links}"),
        "cli.fact.billed": Entry(en: "  cost: {cost} (billed)", zh: "  费用：{cost}（已计费）"),
        "output.saved.other": Entry(
            en: "another image of the reply was saved at {path}", zh: "响应中的另一张图片已保存到 {path}"),
        "stream.partial.not_saved": Entry(
            en: "partial image {number} could not be saved: {message}", zh: "第 {number} 张中间图无法保存：{message}"),
        "usage.timeout.too_long.hint": Entry(
            en: "the timeout is at most {max} s (one day), e.g. --timeout 600",
            zh: "超时最多 {max} 秒（一天），例如 --timeout 600"),
    ]
}
