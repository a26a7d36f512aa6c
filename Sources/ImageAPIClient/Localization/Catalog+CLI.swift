/// Texts of the `gen-image` command itself: labels, progress, summaries.
extension Catalog {
    static let cli: [String: Entry] = [
        "cli.error": Entry(en: "gen-image: error: {message}", zh: "gen-image: 错误：{message}"),
        "cli.hint": Entry(en: "  hint: {hint}", zh: "  提示：{hint}"),
        "cli.usage_pointer": Entry(
            en: "  run '{command}' for usage", zh: "  运行 '{command}' 查看用法"),
        "cli.key.get": Entry(
            en: "  get a key at {page} (register, then create a key in the console)",
            zh: "  在 {page} 获取密钥（注册后在控制台创建密钥）"),
        "cli.key.set": Entry(en: "  then set it: export {variable}=\"sk-…\"", zh: "  然后设置：export {variable}=\"sk-…\""),
        "cli.key.flag": Entry(
            en: "  or pass it for one run with -k/--api-key", zh: "  或用 -k/--api-key 仅为本次运行传入"),
        "cli.fact.api_code": Entry(en: "api code: {value}", zh: "接口错误码：{value}"),
        "cli.fact.request_id": Entry(en: "request id: {value}", zh: "请求 ID：{value}"),
        "cli.fact.attempts": Entry(en: "attempts: {value}", zh: "尝试次数：{value}"),
        "cli.fact.image_url": Entry(en: "  image URL: {url}", zh: "  图片链接：{url}"),
        "cli.cancelled": Entry(
            en: "gen-image: cancelled by {signal}: {message}", zh: "gen-image: 已被 {signal} 取消：{message}"),
        "cli.signal.number": Entry(en: "signal {number}", zh: "信号 {number}"),
        "cli.signal.unknown": Entry(en: "a signal", zh: "某个信号"),
        "cli.dry_run": Entry(en: "gen-image: dry run: nothing was sent", zh: "gen-image: 试运行：未发送任何内容"),
        "cli.note": Entry(en: "note: {message}", zh: "注意：{message}"),
        "cli.warning": Entry(en: "warning: {message}", zh: "警告：{message}"),

        // Units and amounts.
        "cli.unit.seconds": Entry(en: "{value} s", zh: "{value} 秒"),
        "cli.unit.minutes": Entry(en: "{value} min", zh: "{value} 分钟"),
        "cli.unit.hours": Entry(en: "{value} h", zh: "{value} 小时"),
        "cli.unit.bytes": Entry(en: "{value} bytes", zh: "{value} 字节"),
        "cli.wait.usual": Entry(en: "usually {low}–{high} s", zh: "通常 {low}–{high} 秒"),
        "cli.wait.unknown": Entry(en: "wait time unknown", zh: "等待时间未知"),
        "cli.wait.longer": Entry(en: "{wait}, {longer}", zh: "{wait}，{longer}"),
        "cli.list": Entry(en: "{first}, {second}", zh: "{first}、{second}"),
        "cli.cost.estimated": Entry(en: "≈ {dollars} estimated", zh: "约 {dollars}（估算）"),

        // The run: what is asked, the wait, what was saved.
        "cli.mode.generate": Entry(en: "generate", zh: "生成图片"),
        "cli.mode.edit": Entry(en: "edit 1 image", zh: "编辑 1 张图片"),
        "cli.mode.fuse": Entry(en: "fuse {count} images", zh: "融合 {count} 张图片"),
        "cli.announce": Entry(
            en: "gen-image: {mode} with {model} ({endpoint} endpoint) · {expectation} · timeout {timeout}",
            zh: "gen-image: 用 {model} {mode}（{endpoint} 接口） · {expectation} · 超时 {timeout}"),
        "cli.announce.streamed": Entry(
            en: "gen-image: {mode} with {model} ({endpoint} endpoint, streamed) · {expectation} · timeout {timeout}",
            zh: "gen-image: 用 {model} {mode}（{endpoint} 接口，流式） · {expectation} · 超时 {timeout}"),
        "cli.phase.waiting": Entry(en: "waiting for the image", zh: "等待图片"),
        "cli.phase.downloading": Entry(en: "downloading the image", zh: "下载图片"),
        "cli.phase.saving": Entry(en: "saving", zh: "保存图片"),
        "cli.phase.retry": Entry(en: "waiting to retry", zh: "等待重试"),
        "cli.phase.received.one": Entry(
            en: "received {count} image, waiting for the rest", zh: "等待其余图片（已收到 {count} 张）"),
        "cli.phase.received.other": Entry(
            en: "received {count} images, waiting for the rest", zh: "等待其余图片（已收到 {count} 张）"),
        "cli.phase.final": Entry(en: "waiting for the final image", zh: "等待最终图片"),
        "cli.tick.live": Entry(en: "⏳ {phase}… {elapsed}", zh: "⏳ 正在{phase}… {elapsed}"),
        "cli.tick.line": Entry(en: "gen-image: still {phase}… {elapsed}", zh: "gen-image: 仍在{phase}… {elapsed}"),
        "cli.image_received": Entry(
            en: "gen-image: image {number} received at {elapsed}", zh: "gen-image: 第 {number} 张图片已收到（{elapsed}）"),
        "cli.partial": Entry(en: "partial image {index} at {elapsed}", zh: "部分图 {index}（{elapsed}）"),
        "cli.partial.of_image": Entry(
            en: "image {image}: partial image {index} at {elapsed}", zh: "第 {image} 张图片：部分图 {index}（{elapsed}）"),
        "cli.retry": Entry(
            en: "attempt {attempt} of {max} failed: {reason}; retrying in {wait}",
            zh: "第 {attempt} 次尝试（共 {max} 次）失败：{reason}；{wait}后重试"),
        "cli.retry.retry_after": Entry(
            en: "attempt {attempt} of {max} failed: {reason}; retrying in {wait} (as Retry-After asked)",
            zh: "第 {attempt} 次尝试（共 {max} 次）失败：{reason}；按 Retry-After 的要求 {wait}后重试"),
        "cli.done": Entry(en: "done in {elapsed}", zh: "完成，用时 {elapsed}"),
        "cli.revised_prompt": Entry(
            en: "gen-image: revised prompt: {prompt}", zh: "gen-image: 模型改写后的提示词：{prompt}"),

        // gen-image doctor
        "cli.doctor.passed": Entry(
            en: "gen-image doctor: all {count} checks passed", zh: "gen-image doctor: 全部 {count} 项检查通过"),
        "cli.doctor.failed": Entry(
            en: "gen-image doctor: {failed} of {count} checks failed",
            zh: "gen-image doctor: {count} 项检查中有 {failed} 项未通过"),
    ]
}
