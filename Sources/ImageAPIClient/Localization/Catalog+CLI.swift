/// Texts of the `gen-image` command itself: labels, progress, summaries.
extension Catalog {
    static let cli: [String: Entry] = [
        "cli.error": Entry(en: "gen-image: error: {message}", zh: "gen-image: 错误:{message}"),
        "cli.hint": Entry(en: "  hint: {hint}", zh: "  提示:{hint}"),
        "cli.usage_pointer": Entry(
            en: "  run 'gen-image --help' for usage", zh: "  运行 'gen-image --help' 查看用法"),
        "cli.key.get": Entry(
            en: "  get a key at {page} (register, then create a key in the console)",
            zh: "  在 {page} 获取密钥(注册后在控制台创建密钥)"),
        "cli.key.set": Entry(en: "  then set it: export {variable}=\"sk-…\"", zh: "  然后设置:export {variable}=\"sk-…\""),
        "cli.key.flag": Entry(
            en: "  or pass it for one run with -k/--api-key", zh: "  或用 -k/--api-key 仅为本次运行传入"),
        "cli.fact.api_code": Entry(en: "api code: {value}", zh: "接口错误码:{value}"),
        "cli.fact.request_id": Entry(en: "request id: {value}", zh: "请求 ID:{value}"),
        "cli.fact.attempts": Entry(en: "attempts: {value}", zh: "尝试次数:{value}"),
        "cli.fact.image_url": Entry(en: "  image URL: {url}", zh: "  图片链接:{url}"),
        "cli.cancelled": Entry(
            en: "gen-image: cancelled by {signal}: {message}", zh: "gen-image: 已被 {signal} 取消:{message}"),
    ]
}
