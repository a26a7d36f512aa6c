/// Texts of `--max-time`, the deadline for a whole run.
extension Catalog {
    static let maxTime: [String: Entry] = [
        "option.max_time": Entry(
            en: "Deadline for the whole run: every attempt, wait between attempts and download; gen-image stops "
                + "at once when it passes. Without it the worst case is (retries + 1) × --timeout plus the waits "
                + "(up to 300 s each when the gateway's Retry-After asks): 3 × 360 s + 2 × 300 s = 28 min for "
                + "gpt-image-2 with the defaults.",
            zh: "整个运行的时限（秒）：包括每次尝试、尝试之间的等待和下载；到时 gen-image 立即停止。"
                + "不设时最坏情况为（重试次数 + 1）× --timeout 再加等待时间（网关以 Retry-After 要求时每次最多 300 秒）："
                + "gpt-image-2 按默认设置为 3 × 360 秒 + 2 × 300 秒 = 28 分钟。"),
        "usage.max_time.hint": Entry(
            en: "give the whole run's limit in seconds, e.g. --max-time 300",
            zh: "请以秒为单位给出整个运行的时限，例如 --max-time 300"),
        "usage.max_time.too_long.hint": Entry(
            en: "the whole run's limit is at most {max} s (one day), e.g. --max-time 300",
            zh: "整个运行的时限最多 {max} 秒（一天），例如 --max-time 300"),
        "cli.max_time": Entry(
            en: "stopped: --max-time of {limit} passed before the image arrived",
            zh: "已停止：图片到达前已超过 --max-time 的 {limit}"),
        "cli.max_time.hint": Entry(
            en: "nothing was saved; the gateway may still finish (and bill) a request it received; raise "
                + "--max-time or try again later",
            zh: "没有保存任何文件；网关仍可能完成已收到的请求（并计费）；请提高 --max-time 或稍后重试"),
    ]
}
