/// What `gen-image batch` says: the plan, a line per job, the status line, the summary, an invalid file's problems
/// and the dry run.
extension Catalog {
    static let cliBatch: [String: Entry] = [
        // The file.
        "batch.stdin": Entry(en: "from stdin", zh: "标准输入"),
        "batch.problems.one": Entry(
            en: "gen-image: error: {source} is not a valid batch file: {count} problem; nothing was sent",
            zh: "gen-image: 错误：{source} 不是有效的批量文件：{count} 个问题；未发送任何内容"),
        "batch.problems.other": Entry(
            en: "gen-image: error: {source} is not a valid batch file: {count} problems; nothing was sent",
            zh: "gen-image: 错误：{source} 不是有效的批量文件：{count} 个问题；未发送任何内容"),
        "batch.problems.more": Entry(en: "  … and {count} more", zh: "  … 还有 {count} 个"),
        "batch.problems.see": Entry(
            en: "  see 'gen-image batch --help' and references/batch-template.md",
            zh: "  参见 'gen-image batch --help' 和 references/batch-template.md"),
        "batch.items.one": Entry(en: "item {list}", zh: "第 {list} 项"),
        "batch.items.other": Entry(en: "items {list}", zh: "第 {list} 项"),

        // Before: the plan.
        "batch.count.one": Entry(en: "{count} item", zh: "{count} 个条目"),
        "batch.count.other": Entry(en: "{count} items", zh: "{count} 个条目"),
        "batch.announce": Entry(
            en: "gen-image: batch {source}: {items}, {run} to run, {parallel} at a time",
            zh: "gen-image: 批量任务 {source}：{items}，{run} 个待运行，每次同时 {parallel} 个"),
        "batch.announce.skipped": Entry(
            en: "gen-image: batch {source}: {items}, {skipped} already done (skipped), {run} to run, "
                + "{parallel} at a time",
            zh: "gen-image: 批量任务 {source}：{items}，{skipped} 个已完成（跳过），{run} 个待运行，"
                + "每次同时 {parallel} 个"),
        "batch.announce.nothing": Entry(
            en: "gen-image: batch {source}: {items}, nothing to run",
            zh: "gen-image: 批量任务 {source}：{items}，无需运行"),
        "batch.announce.nothing_skipped": Entry(
            en: "gen-image: batch {source}: {items}, {skipped} already done (skipped), nothing to run",
            zh: "gen-image: 批量任务 {source}：{items}，{skipped} 个已完成（跳过），无需运行"),
        "batch.model": Entry(
            en: "{model} ×{count} (usually {low}–{high} s each)", zh: "{model} ×{count}（每张通常 {low}–{high} 秒）"),
        "batch.model.wait_unknown": Entry(en: "{model} ×{count} (wait unknown)", zh: "{model} ×{count}（等待时间未知）"),
        "batch.total_time": Entry(en: " · about {low}–{high} in all", zh: " · 总计约 {low}–{high}"),
        "batch.estimated_cost": Entry(en: "estimated cost {dollars}", zh: "预计费用 {dollars}"),
        "batch.note": Entry(en: "{note} ({items})", zh: "{note}（{items}）"),
        "batch.unpriced": Entry(en: " + {count} of unknown price", zh: " + {count} 个价格未知"),

        // --dry-run, on stdout.
        "batch.dry.skip": Entry(en: "{tag} skip: {path} already exists", zh: "{tag} 跳过：{path} 已存在"),
        "batch.dry.run": Entry(
            en: "{tag} run {model} ({endpoint} endpoint) → {path}", zh: "{tag} 运行 {model}（{endpoint} 接口）→ {path}"),
        "batch.dry.prompt": Entry(en: "{pad} prompt: {prompt}", zh: "{pad} 提示词：{prompt}"),
        "batch.dry.options": Entry(en: "{pad} options: {options}", zh: "{pad} 选项：{options}"),
        "batch.dry.inputs": Entry(en: "{pad} input_images: {paths}", zh: "{pad} 输入图片：{paths}"),

        // During: a line per job, the status.
        "batch.started": Entry(en: "{tag} started {model} → {file}", zh: "{tag} 开始 {model} → {file}"),
        "batch.ok": Entry(en: "{tag} ok {elapsed} {path}", zh: "{tag} 成功 {elapsed} {path}"),
        "batch.skipped": Entry(en: "{tag} skipped: {path} already exists", zh: "{tag} 已跳过：{path} 已存在"),
        "batch.failed": Entry(en: "{tag} failed: {message}", zh: "{tag} 失败：{message}"),
        "batch.cancelled": Entry(en: "{tag} cancelled", zh: "{tag} 已取消"),
        "batch.unknown_error": Entry(en: "unknown error", zh: "未知错误"),
        "batch.rate_limited.one": Entry(
            en: "gen-image: the gateway is rate limiting (HTTP 429); at most {limit} request in flight until jobs "
                + "succeed again",
            zh: "gen-image: 网关正在限流（HTTP 429）；在任务重新成功之前，最多同时进行 {limit} 个请求"),
        "batch.rate_limited.other": Entry(
            en: "gen-image: the gateway is rate limiting (HTTP 429); at most {limit} requests in flight until jobs "
                + "succeed again",
            zh: "gen-image: 网关正在限流（HTTP 429）；在任务重新成功之前，最多同时进行 {limit} 个请求"),
        "batch.rate_raised": Entry(
            en: "gen-image: jobs are succeeding again; up to {limit} requests in flight",
            zh: "gen-image: 任务已重新成功；最多同时进行 {limit} 个请求"),
        "batch.stop.fail_fast": Entry(
            en: "gen-image: --fail-fast: item {index} failed; starting no new jobs",
            zh: "gen-image: --fail-fast：第 {index} 项失败；不再启动新任务"),
        "batch.stop.key_refused": Entry(
            en: "gen-image: the gateway refused the key on item {index} (HTTP 401); starting no new jobs",
            zh: "gen-image: 网关在第 {index} 项拒绝了 API 密钥（HTTP 401）；不再启动新任务"),
        "batch.status": Entry(
            en: "{running} running · {done} of {total} done · {failed} failed · {elapsed}",
            zh: "{running} 个进行中 · 已完成 {done}/{total} · {failed} 个失败 · {elapsed}"),
        "batch.status.live": Entry(en: "⏳ batch: {status}", zh: "⏳ 批量任务：{status}"),
        "batch.status.line": Entry(en: "gen-image: batch: {status}", zh: "gen-image: 批量任务：{status}"),

        // After: the summary.
        "batch.summary": Entry(
            en: "{headline}: {counts} of {total} · {cost}", zh: "{headline}：共 {total} 个，{counts} · {cost}"),
        "batch.summary.finished": Entry(
            en: "gen-image: batch finished in {elapsed}", zh: "gen-image: 批量任务完成，用时 {elapsed}"),
        "batch.summary.cancelled": Entry(
            en: "gen-image: batch cancelled by {signal} after {elapsed}",
            zh: "gen-image: 批量任务在 {elapsed}后被 {signal} 取消"),
        "batch.summary.counts": Entry(
            en: "{ok} ok, {skipped} skipped, {failed} failed", zh: "{ok} 个成功，{skipped} 个跳过，{failed} 个失败"),
        "batch.summary.cancelled_count": Entry(en: ", {count} cancelled", zh: "，{count} 个已取消"),
        "batch.summary.not_started": Entry(en: ", {count} not started", zh: "，{count} 个未启动"),
        "batch.summary.guessed.one": Entry(
            en: " (partial: {count} token-billed image without usage, priced at the catalog's per-image figure)",
            zh: "（不完整：{count} 张按 token 计费的图片缺少用量数据，按目录中的单张价格计算）"),
        "batch.summary.guessed.other": Entry(
            en: " (partial: {count} token-billed images without usage, priced at the catalog's per-image figure)",
            zh: "（不完整：{count} 张按 token 计费的图片缺少用量数据，按目录中的单张价格计算）"),
        "batch.summary.unpriced.one": Entry(
            en: " (partial: {count} image on a model with no known price)",
            zh: "（不完整：{count} 张图片所用的模型价格未知）"),
        "batch.summary.unpriced.other": Entry(
            en: " (partial: {count} images on a model with no known price)",
            zh: "（不完整：{count} 张图片所用的模型价格未知）"),
        "batch.summary.failures": Entry(en: "gen-image: failed:", zh: "gen-image: 失败的条目："),
        "batch.summary.in_flight": Entry(
            en: "gen-image: cancelled in flight: {items}; {hint}", zh: "gen-image: 进行中被取消：{items}；{hint}"),
        "batch.summary.not_run": Entry(
            en: "gen-image: not started: {items} (run the same command again to do them)",
            zh: "gen-image: 未启动：{items}（再次运行同一命令即可完成）"),
        "batch.summary.not_run.fail_fast": Entry(
            en: "gen-image: not started: {items} (--fail-fast; run the same command again to do them)",
            zh: "gen-image: 未启动：{items}（--fail-fast；再次运行同一命令即可完成）"),
        "batch.summary.manifest": Entry(en: "gen-image: manifest: {path}", zh: "gen-image: 清单：{path}"),
    ]
}
