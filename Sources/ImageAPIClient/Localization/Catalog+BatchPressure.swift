/// Texts of a batch under pressure: 429 storms, the batch lock, resume fingerprints, path confinement and the
/// results file.
extension Catalog {
    static let batchPressure: [String: Entry] = [
        "batch.requeued": Entry(
            en: "{tag} rate limited (HTTP 429); back in the queue, sent again after {wait} (its --retries are kept)",
            zh: "{tag} 被限流（HTTP 429）；已放回队列，{wait}后重新发送（不占用它的 --retries）"),
        "batch.requeued.no_wait": Entry(
            en: "{tag} rate limited (HTTP 429); back in the queue (its --retries are kept)",
            zh: "{tag} 被限流（HTTP 429）；已放回队列（不占用它的 --retries）"),
        "batch.stop.rate_limited": Entry(
            en: "gen-image: the gateway rate-limits every request (HTTP 429 up to item {index}, even one at a "
                + "time); starting no new jobs",
            zh: "gen-image: 网关对每个请求都限流（直到第 {index} 项都是 HTTP 429，即使一次只发一个）；不再启动新任务"),
        "batch.summary.rate_limited": Entry(
            en: "gen-image: the gateway answered 429 to every request: its quota or rate limit is probably used "
                + "up. Nothing more was sent; check your balance or token group, then run the same command again "
                + "to resume: saved images are skipped.",
            zh: "gen-image: 网关对每个请求都回复了 429：额度或速率限制很可能已用完。没有再发送请求；请检查余额或令牌分组，"
                + "然后再次运行同一条命令即可继续：已保存的图片会被跳过。"),
        "batch.lock.busy": Entry(
            en: "another run of this batch is in progress (process {pid}, lock {path}); nothing was sent",
            zh: "此批量任务的另一次运行正在进行（进程 {pid}，锁文件 {path}）；没有发送任何请求"),
        "batch.lock.busy.hint": Entry(
            en: "wait for it to finish, then run again: its saved images are skipped. A lock left by a run that "
                + "was killed never blocks",
            zh: "请等它结束后再运行：它已保存的图片会被跳过。被强制结束的运行留下的锁不会造成阻塞"),
        "batch.lock.open": Entry(
            en: "cannot create the batch lock {path}: {detail}", zh: "无法创建批量任务锁 {path}：{detail}"),
        "batch.path.outside": Entry(
            en: "{path} is outside the batch file's folder ({folder}) and --out-dir ({out_dir})",
            zh: "{path} 不在批量文件所在的文件夹（{folder}）和 --out-dir（{out_dir}）之内"),
        "batch.path.outside.hint": Entry(
            en: "use a name relative to the batch file's folder, or pass --allow-outside if the file is yours "
                + "and it should write there",
            zh: "请使用相对于批量文件所在文件夹的名称；如果文件是你自己写的且确实要写到那里，请加上 --allow-outside"),
        "batch.dry.skip.same": Entry(
            en: "{tag} skip: {path} already exists, made for this same request ({fingerprint})",
            zh: "{tag} 跳过：{path} 已存在，由同一请求生成（{fingerprint}）"),
        "batch.dry.changed": Entry(
            en: "{pad} edited since {path} was made ({fingerprint}): runs again, the new image is saved beside it",
            zh: "{pad} 自 {path} 生成（{fingerprint}）以来已被修改：将重新运行，新图片另存在它旁边"),
        "batch.dry.fingerprint": Entry(en: "{pad} fingerprint: {fingerprint}", zh: "{pad} 指纹：{fingerprint}"),
        "batch.changed": Entry(
            en: "{tag} edited since {path} was made: it runs again, and the new image is saved beside the old one",
            zh: "{tag} 自 {path} 生成以来已被修改：将重新运行，新图片另存在旧图片旁边"),
        "batch.value.not_bool": Entry(
            en: "{field} must be true or false, not {kind}", zh: "{field} 必须是 true 或 false，而不是{kind}"),
        "option.allow_outside": Entry(
            en: "Let items' \"filename\" write outside the batch file's folder and --out-dir (../, absolute "
                + "paths, ~/). Without it such items are refused before anything is sent.",
            zh: "允许条目的 \"filename\" 写到批量文件所在文件夹和 --out-dir 之外（../、绝对路径、~/）。"
                + "不加此项时，这类条目会在发送任何请求之前被拒绝。"),
    ]
}
