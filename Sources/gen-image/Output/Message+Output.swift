import Foundation
import ImageAPIClient

/// The texts that `Output/` shows a person, in English and Simplified Chinese side by side.
///
/// One constructor per text: its parameters are the values it shows, so a wrong name or value is
/// a compile error. Values are never translated; `Message` parameters render in the same language.
extension Message {
    // MARK: - Batch under pressure

    static func batchChanged(tag: String, path: String) -> Message {
        Message(
            en: "\(tag) edited since \(path) was made: it runs again, and the new image is saved beside the old "
                + "one",
            zh: "\(tag) 自 \(path) 生成以来已被修改：将重新运行，新图片另存在旧图片旁边")
    }

    static func batchDryChanged(pad: String, path: String, fingerprint: String) -> Message {
        Message(
            en: "\(pad) edited since \(path) was made (\(fingerprint)): runs again, the new image is saved "
                + "beside it",
            zh: "\(pad) 自 \(path) 生成（\(fingerprint)）以来已被修改：将重新运行，新图片另存在它旁边")
    }

    static func batchDryFingerprint(pad: String, fingerprint: String) -> Message {
        Message(en: "\(pad) fingerprint: \(fingerprint)", zh: "\(pad) 指纹：\(fingerprint)")
    }

    static func batchDrySkipSame(tag: String, path: String, fingerprint: String) -> Message {
        Message(
            en: "\(tag) skip: \(path) already exists, made for this same request (\(fingerprint))",
            zh: "\(tag) 跳过：\(path) 已存在，由同一请求生成（\(fingerprint)）")
    }

    static func batchRequeued(tag: String, wait: String) -> Message {
        Message(
            en: "\(tag) rate limited (HTTP 429); back in the queue, sent again after \(wait) (its --retries are "
                + "kept)",
            zh: "\(tag) 被限流（HTTP 429）；已放回队列，\(wait)后重新发送（不占用它的 --retries）")
    }

    static func batchRequeuedNoWait(tag: String) -> Message {
        Message(
            en: "\(tag) rate limited (HTTP 429); back in the queue (its --retries are kept)",
            zh: "\(tag) 被限流（HTTP 429）；已放回队列（不占用它的 --retries）")
    }

    static func batchStopRateLimited(index: String) -> Message {
        Message(
            en: "gen-image: the gateway rate-limits every request (HTTP 429 up to item \(index), even one at a "
                + "time); starting no new jobs",
            zh: "gen-image: 网关对每个请求都限流（直到第 \(index) 项都是 HTTP 429，即使一次只发一个）；不再启动新任务")
    }

    static var batchSummaryRateLimited: Message {
        Message(
            en: "gen-image: the gateway answered 429 to every request: its quota or rate limit is probably used "
                + "up. Nothing more was sent; check your balance or token group, then run the same command again "
                + "to resume: saved images are skipped.",
            zh: "gen-image: 网关对每个请求都回复了 429：额度或速率限制很可能已用完。没有再发送请求；请检查余额或令牌分组，然后再次运行同一条命令即可继续：已保存的图片会被跳过。")
    }

    // MARK: - The plain command

    static func cliAnnounce(
        mode: String, model: String, endpoint: String, expectation: String, timeout: String
    ) -> Message {
        Message(
            en: "gen-image: \(mode) with \(model) (\(endpoint) endpoint) · \(expectation) · timeout \(timeout)",
            zh: "gen-image: 用 \(model) \(mode)（\(endpoint) 接口） · \(expectation) · 超时 \(timeout)")
    }

    static func cliAnnounceStreamed(
        mode: String, model: String, endpoint: String, expectation: String, timeout: String
    ) -> Message {
        Message(
            en: "gen-image: \(mode) with \(model) (\(endpoint) endpoint, streamed) · \(expectation) · timeout "
                + "\(timeout)",
            zh: "gen-image: 用 \(model) \(mode)（\(endpoint) 接口，流式） · \(expectation) · 超时 \(timeout)")
    }

    /// The first line of a run stopped by a signal, with the code `--json` gives (`cancelled`), like every error.
    static func cliCancelled(signal: String, message: String) -> Message {
        Message(
            en: "gen-image: error [cancelled]: cancelled by \(signal): \(message)",
            zh: "gen-image: 错误 [cancelled]：已被 \(signal) 取消：\(message)")
    }

    static func cliCostEstimated(dollars: String) -> Message {
        Message(en: "≈ \(dollars) estimated", zh: "约 \(dollars)（估算）")
    }

    static func cliPreviewNote(reason: Message) -> Message {
        Message(en: "gen-image: note: no preview: \(reason)", zh: "gen-image: 提示：无法预览：\(reason)")
    }

    static var cliPreviewNotTerminal: Message {
        Message(en: "stderr is not a terminal", zh: "stderr 不是终端")
    }

    static func cliPreviewUnsupported(terminal: String) -> Message {
        Message(
            en: "\(terminal) shows no images (kitty, ghostty, iTerm2, WezTerm and VS Code do)",
            zh: "\(terminal) 不能显示图片（kitty、ghostty、iTerm2、WezTerm、VS Code 可以）")
    }

    static func cliPreviewFormat(format: String) -> Message {
        Message(
            en: "this terminal shows PNG images only, and this one is \(format)",
            zh: "此终端只显示 PNG 图片，这张是 \(format)")
    }

    static func cliAnnounceSeveral(count: String, requests: String, cost: String) -> Message {
        Message(
            en: "gen-image: \(count) images in \(requests) · \(cost) in all",
            zh: "gen-image: \(count) 张图片，\(requests) · 共 \(cost)")
    }

    static func cliOneRequestWithN(count: String) -> Message {
        Message(en: "one request (n=\(count))", zh: "一个请求（n=\(count)）")
    }

    static func cliSeveralRequests(count: String) -> Message {
        Message(en: "\(count) requests at once", zh: "同时发送 \(count) 个请求")
    }

    static func cliDone(elapsed: String) -> Message {
        Message(en: "done in \(elapsed)", zh: "完成，用时 \(elapsed)")
    }

    static var cliDryRun: Message {
        Message(en: "gen-image: dry run: nothing was sent", zh: "gen-image: 试运行：未发送任何内容")
    }

    /// The first line of every error: the stable code `--json` gives as `error.code`, then the message, so an agent
    /// can decide by the code without running again with `--json`.
    static func cliError(code: String, message: String) -> Message {
        Message(en: "gen-image: error [\(code)]: \(message)", zh: "gen-image: 错误 [\(code)]：\(message)")
    }

    static func cliFactApiCode(value: String) -> Message {
        Message(en: "api code: \(value)", zh: "接口错误码：\(value)")
    }

    static func cliFactAttempts(value: String) -> Message {
        Message(en: "attempts: \(value)", zh: "尝试次数：\(value)")
    }

    static func cliFactImageUrl(url: String) -> Message {
        Message(en: "  image URL: \(url)", zh: "  图片链接：\(url)")
    }

    static func cliFactRequestId(value: String) -> Message {
        Message(en: "request id: \(value)", zh: "请求 ID：\(value)")
    }

    static func cliHint(hint: String) -> Message {
        Message(en: "  hint: \(hint)", zh: "  提示：\(hint)")
    }

    static func cliImageReceived(number: String, elapsed: String) -> Message {
        Message(
            en: "gen-image: image \(number) received at \(elapsed)",
            zh: "gen-image: 第 \(number) 张图片已收到（\(elapsed)）")
    }

    static var cliKeyFlag: Message {
        Message(en: "  or pass it for one run with -k/--api-key", zh: "  或用 -k/--api-key 仅为本次运行传入")
    }

    static func cliKeyGet(page: String) -> Message {
        Message(
            en: "  get a key at \(page) (register, then create a key in the console)",
            zh: "  在 \(page) 获取密钥（注册后在控制台创建密钥）")
    }

    static func cliKeySet(variable: String) -> Message {
        Message(en: "  then set it: export \(variable)=\"sk-…\"", zh: "  然后设置：export \(variable)=\"sk-…\"")
    }

    static func cliList(first: String, second: String) -> Message {
        Message(en: "\(first), \(second)", zh: "\(first)、\(second)")
    }

    static var cliModeEdit: Message {
        Message(en: "edit 1 image", zh: "编辑 1 张图片")
    }

    static func cliModeFuse(count: String) -> Message {
        Message(en: "fuse \(count) images", zh: "融合 \(count) 张图片")
    }

    static var cliModeGenerate: Message {
        Message(en: "generate", zh: "生成图片")
    }

    static func cliNote(message: String) -> Message {
        Message(en: "note: \(message)", zh: "注意：\(message)")
    }

    static func cliPartial(index: String, elapsed: String) -> Message {
        Message(en: "partial image \(index) at \(elapsed)", zh: "部分图 \(index)（\(elapsed)）")
    }

    static func cliPartialOfImage(image: String, index: String, elapsed: String) -> Message {
        Message(
            en: "image \(image): partial image \(index) at \(elapsed)",
            zh: "第 \(image) 张图片：部分图 \(index)（\(elapsed)）")
    }

    static var cliPhaseDownloading: Message {
        Message(en: "downloading the image", zh: "下载图片")
    }

    static var cliPhaseFinal: Message {
        Message(en: "waiting for the final image", zh: "等待最终图片")
    }

    static func cliPhaseReceivedOne(count: String) -> Message {
        Message(en: "received \(count) image, waiting for the rest", zh: "等待其余图片（已收到 \(count) 张）")
    }

    static func cliPhaseReceivedOther(count: String) -> Message {
        Message(en: "received \(count) images, waiting for the rest", zh: "等待其余图片（已收到 \(count) 张）")
    }

    static var cliPhaseRetry: Message {
        Message(en: "waiting to retry", zh: "等待重试")
    }

    static var cliPhaseSaving: Message {
        Message(en: "saving", zh: "保存图片")
    }

    static var cliPhaseWaiting: Message {
        Message(en: "waiting for the image", zh: "等待图片")
    }

    static func cliRetry(attempt: String, max: String, reason: String, wait: String) -> Message {
        Message(
            en: "attempt \(attempt) of \(max) failed: \(reason); retrying in \(wait)",
            zh: "第 \(attempt) 次尝试（共 \(max) 次）失败：\(reason)；\(wait)后重试")
    }

    static func cliRetryRetryAfter(attempt: String, max: String, reason: String, wait: String) -> Message {
        Message(
            en: "attempt \(attempt) of \(max) failed: \(reason); retrying in \(wait) (as Retry-After asked)",
            zh: "第 \(attempt) 次尝试（共 \(max) 次）失败：\(reason)；按 Retry-After 的要求 \(wait)后重试")
    }

    static func cliRevisedPrompt(prompt: String) -> Message {
        Message(en: "gen-image: revised prompt: \(prompt)", zh: "gen-image: 模型改写后的提示词：\(prompt)")
    }

    static var cliSignalUnknown: Message {
        Message(en: "a signal", zh: "某个信号")
    }

    static func cliTickLine(phase: String, elapsed: String) -> Message {
        Message(en: "gen-image: still \(phase)… \(elapsed)", zh: "gen-image: 仍在\(phase)… \(elapsed)")
    }

    static func cliTickLive(phase: String, elapsed: String) -> Message {
        Message(en: "⏳ \(phase)… \(elapsed)", zh: "⏳ 正在\(phase)… \(elapsed)")
    }

    static func cliUnitBytes(value: String) -> Message {
        Message(en: "\(value) bytes", zh: "\(value) 字节")
    }

    static func cliUnitHours(value: String) -> Message {
        Message(en: "\(value) h", zh: "\(value) 小时")
    }

    static func cliUnitMinutes(value: String) -> Message {
        Message(en: "\(value) min", zh: "\(value) 分钟")
    }

    static func cliUnitSeconds(value: String) -> Message {
        Message(en: "\(value) s", zh: "\(value) 秒")
    }

    static func cliUsagePointer(command: String) -> Message {
        Message(en: "  run '\(command)' for usage", zh: "  运行 '\(command)' 查看用法")
    }

    static func cliWaitLonger(wait: String, longer: String) -> Message {
        Message(en: "\(wait), \(longer)", zh: "\(wait)，\(longer)")
    }

    static var cliWaitUnknown: Message {
        Message(en: "wait time unknown", zh: "等待时间未知")
    }

    static func cliWaitUsual(low: String, high: String) -> Message {
        Message(en: "usually \(low)–\(high) s", zh: "通常 \(low)–\(high) 秒")
    }

    static func cliWarning(message: String) -> Message {
        Message(en: "warning: \(message)", zh: "警告：\(message)")
    }

    // MARK: - Batch progress and summary

    static func batchAnnounce(source: String, items: String, run: String, parallel: String) -> Message {
        Message(
            en: "gen-image: batch \(source): \(items), \(run) to run, \(parallel) at a time",
            zh: "gen-image: 批量任务 \(source)：\(items)，\(run) 个待运行，每次同时 \(parallel) 个")
    }

    static func batchAnnounceNothing(source: String, items: String) -> Message {
        Message(
            en: "gen-image: batch \(source): \(items), nothing to run",
            zh: "gen-image: 批量任务 \(source)：\(items)，无需运行")
    }

    static func batchAnnounceNothingSkipped(source: String, items: String, skipped: String, how: Message) -> Message {
        Message(
            en: "gen-image: batch \(source): \(items), \(skipped) already done (\(how)), nothing to run",
            zh: "gen-image: 批量任务 \(source)：\(items)，\(skipped) 个已完成（\(how)），无需运行")
    }

    static func batchAnnounceSkipped(
        source: String, items: String, skipped: String, how: Message, run: String, parallel: String
    ) -> Message {
        Message(
            en: "gen-image: batch \(source): \(items), \(skipped) already done (\(how)), \(run) to run, "
                + "\(parallel) at a time",
            zh: "gen-image: 批量任务 \(source)：\(items)，\(skipped) 个已完成（\(how)），\(run) 个待运行，每次同时 \(parallel) 个")
    }

    /// How items done earlier were treated: their records kept, or (without a record) skipped.
    static var batchDoneKept: Message {
        Message(en: "kept", zh: "保留记录")
    }

    static var batchDoneSkipped: Message {
        Message(en: "skipped", zh: "跳过")
    }

    static func batchDoneMixed(kept: String, skipped: String) -> Message {
        Message(en: "\(kept) kept, \(skipped) skipped", zh: "\(kept) 个保留记录，\(skipped) 个跳过")
    }

    static func batchKept(tag: String, path: String) -> Message {
        Message(
            en: "\(tag) already done: \(path) (its record is kept)", zh: "\(tag) 已完成：\(path)（保留原记录）")
    }

    static func batchOkPathOnStdout(tag: String, elapsed: String) -> Message {
        Message(en: "\(tag) ok \(elapsed)", zh: "\(tag) 成功 \(elapsed)")
    }

    static func batchSummaryDoneEarlier(done: String, how: Message, run: String) -> Message {
        Message(en: "\(done) already done (\(how)), \(run) run", zh: "\(done) 个已完成（\(how)），运行 \(run) 个")
    }

    static func batchSummaryRunCounts(ok: String, failed: String) -> Message {
        Message(en: ": \(ok) ok, \(failed) failed", zh: "：\(ok) 个成功，\(failed) 个失败")
    }

    static func batchSummaryKeptCost(dollars: String) -> Message {
        Message(
            en: " (the kept images cost \(dollars) when they were made)", zh: "（保留的图片当初花费 \(dollars)）")
    }

    static func batchCancelled(tag: String) -> Message {
        Message(en: "\(tag) cancelled", zh: "\(tag) 已取消")
    }

    static func batchCountOne(count: String) -> Message {
        Message(en: "\(count) item", zh: "\(count) 个条目")
    }

    static func batchCountOther(count: String) -> Message {
        Message(en: "\(count) items", zh: "\(count) 个条目")
    }

    static func batchDryInputs(pad: String, paths: String) -> Message {
        Message(en: "\(pad) input_images: \(paths)", zh: "\(pad) 输入图片：\(paths)")
    }

    static func batchDryOptions(pad: String, options: String) -> Message {
        Message(en: "\(pad) options: \(options)", zh: "\(pad) 选项：\(options)")
    }

    static func batchDryPrompt(pad: String, prompt: String) -> Message {
        Message(en: "\(pad) prompt: \(prompt)", zh: "\(pad) 提示词：\(prompt)")
    }

    static func batchDryRun(tag: String, model: String, endpoint: String, path: String) -> Message {
        Message(
            en: "\(tag) run \(model) (\(endpoint) endpoint) → \(path)",
            zh: "\(tag) 运行 \(model)（\(endpoint) 接口）→ \(path)")
    }

    static func batchDrySkip(tag: String, path: String) -> Message {
        Message(en: "\(tag) skip: \(path) already exists", zh: "\(tag) 跳过：\(path) 已存在")
    }

    static func batchEstimatedCost(dollars: String) -> Message {
        Message(en: "estimated cost \(dollars)", zh: "预计费用 \(dollars)")
    }

    static func batchFailed(tag: String, code: String, message: String) -> Message {
        Message(en: "\(tag) failed [\(code)]: \(message)", zh: "\(tag) 失败 [\(code)]：\(message)")
    }

    static func batchItemsOne(list: String) -> Message {
        Message(en: "item \(list)", zh: "第 \(list) 项")
    }

    static func batchItemsOther(list: String) -> Message {
        Message(en: "items \(list)", zh: "第 \(list) 项")
    }

    static func batchModel(model: String, count: String, low: String, high: String) -> Message {
        Message(
            en: "\(model) ×\(count) (usually \(low)–\(high) s each)",
            zh: "\(model) ×\(count)（每张通常 \(low)–\(high) 秒）")
    }

    static func batchModelWaitUnknown(model: String, count: String) -> Message {
        Message(en: "\(model) ×\(count) (wait unknown)", zh: "\(model) ×\(count)（等待时间未知）")
    }

    static func batchNote(note: String, items: String) -> Message {
        Message(en: "\(note) (\(items))", zh: "\(note)（\(items)）")
    }

    static func batchOk(tag: String, elapsed: String, path: String) -> Message {
        Message(en: "\(tag) ok \(elapsed) \(path)", zh: "\(tag) 成功 \(elapsed) \(path)")
    }

    static func batchProblemsMore(count: String) -> Message {
        Message(en: "  … and \(count) more", zh: "  … 还有 \(count) 个")
    }

    static func batchProblemsOne(source: String, count: String) -> Message {
        Message(
            en:
                "gen-image: error [invalid_argument]: \(source) is not a valid batch file: \(count) problem; nothing was sent",
            zh: "gen-image: 错误 [invalid_argument]：\(source) 不是有效的批量文件：\(count) 个问题；未发送任何内容")
    }

    static func batchProblemsOther(source: String, count: String) -> Message {
        Message(
            en:
                "gen-image: error [invalid_argument]: \(source) is not a valid batch file: \(count) problems; nothing was sent",
            zh: "gen-image: 错误 [invalid_argument]：\(source) 不是有效的批量文件：\(count) 个问题；未发送任何内容")
    }

    static var batchProblemsSee: Message {
        Message(
            en: "  see 'gen-image batch --help' and references/batch-template.md",
            zh: "  参见 'gen-image batch --help' 和 references/batch-template.md")
    }

    static func batchRateLimitedOne(limit: String) -> Message {
        Message(
            en: "gen-image: the gateway is rate limiting (HTTP 429); at most \(limit) request in flight until "
                + "jobs succeed again",
            zh: "gen-image: 网关正在限流（HTTP 429）；在任务重新成功之前，最多同时进行 \(limit) 个请求")
    }

    static func batchRateLimitedOther(limit: String) -> Message {
        Message(
            en: "gen-image: the gateway is rate limiting (HTTP 429); at most \(limit) requests in flight until "
                + "jobs succeed again",
            zh: "gen-image: 网关正在限流（HTTP 429）；在任务重新成功之前，最多同时进行 \(limit) 个请求")
    }

    static func batchRateRaised(limit: String) -> Message {
        Message(
            en: "gen-image: jobs are succeeding again; up to \(limit) requests in flight",
            zh: "gen-image: 任务已重新成功；最多同时进行 \(limit) 个请求")
    }

    static func batchSkipped(tag: String, path: String) -> Message {
        Message(en: "\(tag) skipped: \(path) already exists", zh: "\(tag) 已跳过：\(path) 已存在")
    }

    static func batchStarted(tag: String, model: String, file: String) -> Message {
        Message(en: "\(tag) started \(model) → \(file)", zh: "\(tag) 开始 \(model) → \(file)")
    }

    static func batchStatus(
        running: String, done: String, total: String, failed: String, elapsed: String
    ) -> Message {
        Message(
            en: "\(running) running · \(done) of \(total) done · \(failed) failed · \(elapsed)",
            zh: "\(running) 个进行中 · 已完成 \(done)/\(total) · \(failed) 个失败 · \(elapsed)")
    }

    static func batchStatusLine(status: String) -> Message {
        Message(en: "gen-image: batch: \(status)", zh: "gen-image: 批量任务：\(status)")
    }

    static func batchStatusLive(status: String) -> Message {
        Message(en: "⏳ batch: \(status)", zh: "⏳ 批量任务：\(status)")
    }

    static func batchStopFailFast(index: String) -> Message {
        Message(
            en: "gen-image: --fail-fast: item \(index) failed; starting no new jobs",
            zh: "gen-image: --fail-fast：第 \(index) 项失败；不再启动新任务")
    }

    static func batchStopKeyRefused(index: String) -> Message {
        Message(
            en: "gen-image: the gateway refused the key on item \(index) (HTTP 401); starting no new jobs",
            zh: "gen-image: 网关在第 \(index) 项拒绝了 API 密钥（HTTP 401）；不再启动新任务")
    }

    static func batchSummary(headline: String, counts: String, total: String, cost: String) -> Message {
        Message(en: "\(headline): \(counts) of \(total) · \(cost)", zh: "\(headline)：共 \(total) 个，\(counts) · \(cost)")
    }

    static func batchSummaryCancelled(signal: String, elapsed: String) -> Message {
        Message(
            en: "gen-image: batch cancelled by \(signal) after \(elapsed)",
            zh: "gen-image: 批量任务在 \(elapsed)后被 \(signal) 取消")
    }

    static func batchSummaryCancelledCount(count: String) -> Message {
        Message(en: ", \(count) cancelled", zh: "，\(count) 个已取消")
    }

    static func batchSummaryCounts(ok: String, skipped: String, failed: String) -> Message {
        Message(en: "\(ok) ok, \(skipped) skipped, \(failed) failed", zh: "\(ok) 个成功，\(skipped) 个跳过，\(failed) 个失败")
    }

    static var batchSummaryFailures: Message {
        Message(en: "gen-image: failed:", zh: "gen-image: 失败的条目：")
    }

    static func batchSummaryFinished(elapsed: String) -> Message {
        Message(en: "gen-image: batch finished in \(elapsed)", zh: "gen-image: 批量任务完成，用时 \(elapsed)")
    }

    static func batchSummaryGuessedOne(count: String) -> Message {
        Message(
            en: " (partial: \(count) token-billed image without usage, priced at the catalog's per-image figure)",
            zh: "（不完整：\(count) 张按 token 计费的图片缺少用量数据，按目录中的单张价格计算）")
    }

    static func batchSummaryGuessedOther(count: String) -> Message {
        Message(
            en: " (partial: \(count) token-billed images without usage, priced at the catalog's per-image figure)",
            zh: "（不完整：\(count) 张按 token 计费的图片缺少用量数据，按目录中的单张价格计算）")
    }

    static func batchSummaryInFlight(items: String, hint: String) -> Message {
        Message(en: "gen-image: cancelled in flight: \(items); \(hint)", zh: "gen-image: 进行中被取消：\(items)；\(hint)")
    }

    static func batchSummaryManifest(path: String) -> Message {
        Message(en: "gen-image: manifest: \(path)", zh: "gen-image: 清单：\(path)")
    }

    static func batchSummaryNotRun(items: String) -> Message {
        Message(
            en: "gen-image: not started: \(items) (run the same command again to do them)",
            zh: "gen-image: 未启动：\(items)（再次运行同一命令即可完成）")
    }

    static func batchSummaryNotRunFailFast(items: String) -> Message {
        Message(
            en: "gen-image: not started: \(items) (--fail-fast; run the same command again to do them)",
            zh: "gen-image: 未启动：\(items)（--fail-fast；再次运行同一命令即可完成）")
    }

    static func batchSummaryNotStarted(count: String) -> Message {
        Message(en: ", \(count) not started", zh: "，\(count) 个未启动")
    }

    static func batchSummaryUnpricedOne(count: String) -> Message {
        Message(en: " (partial: \(count) image on a model with no known price)", zh: "（不完整：\(count) 张图片所用的模型价格未知）")
    }

    static func batchSummaryUnpricedOther(count: String) -> Message {
        Message(en: " (partial: \(count) images on a model with no known price)", zh: "（不完整：\(count) 张图片所用的模型价格未知）")
    }

    static func batchTotalTime(low: String, high: String) -> Message {
        Message(en: " · about \(low)–\(high) in all", zh: " · 总计约 \(low)–\(high)")
    }

    static var batchUnknownError: Message {
        Message(en: "unknown error", zh: "未知错误")
    }

    static func batchUnpriced(count: String) -> Message {
        Message(en: " + \(count) of unknown price", zh: " + \(count) 个价格未知")
    }

    // MARK: - gen-image doctor

    static func doctorLineFail(name: String, detail: String) -> Message {
        Message(en: "fail  \(name): \(detail)", zh: "失败  \(name)：\(detail)")
    }

    static func doctorLineOk(name: String, detail: String) -> Message {
        Message(en: "ok    \(name): \(detail)", zh: "正常  \(name)：\(detail)")
    }

    // MARK: - Request parameters

    static var batchInputCheckPath: Message {
        Message(
            en: "check the path (relative paths are read from the batch file's folder)",
            zh: "请检查路径（相对路径从批量文件所在的文件夹读取）")
    }
}
