import FakeGateway
import Foundation
import Testing

/// The command's own words in Simplified Chinese, through the real binary: usage errors, the lines of a run,
/// a batch from plan to summary, `--help` and `doctor`; and stdout's results (paths, JSON) the same in both
/// languages. The library's own messages may still be English here; these tests look only at the command's.
@Suite("Chinese output, end to end")
struct ChineseOutputEndToEndTests {
    static let chinese: [String: String?] = ["LANG": "zh_CN.UTF-8"]

    // MARK: - Usage errors

    @Test func aUsageErrorIsWhollyChinese() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["-p", "x", "--retries", "11"], environment: Self.chinese)
        #expect(result.exitCode == 2)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr == """
                gen-image: 错误 [invalid_argument]：--retries 的值 '11' 无效
                  提示：请使用 0 到 10 的整数
                  运行 'gen-image --help' 查看用法

                """)
        #expect(scenario.gateway.requests.isEmpty)
    }

    @Test func batchUsageErrorsPointAtBatchHelpInChinese() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["batch", "jobs.json", "--bogus", "--lang", "zh"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("gen-image: 错误 [invalid_argument]：未知选项 '--bogus'"), "\(result.stderr)")
        #expect(result.stderr.contains("  提示：运行 'gen-image batch --help' 查看所有选项"))
        #expect(result.stderr.contains("  运行 'gen-image batch --help' 查看用法"))

        let misspelt = try scenario.run(["bacth", "jobs.json"], environment: Self.chinese)
        #expect(misspelt.exitCode == 2)
        #expect(misspelt.stderr.contains("gen-image: 错误 [invalid_argument]：未知子命令 'bacth'；是不是想用 'batch'？"))
    }

    // MARK: - A run

    @Test func aRunAnnouncesWaitsAndFinishesInChinese() throws {
        let scenario = try Scenario()
        scenario.gateway.defaultImage = TestImages.png(width: 160, height: 90)
        let result = try scenario.run(["-p", "一只可爱的橘猫", "-f", "cat.png", "--lang", "zh"])
        let saved = try #require(scenario.expectSaved(result))
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "gen-image: 用 gpt-image-2-all 生成图片（chat 接口） · 通常 60–300 秒 · 超时 300 秒")
        let done = try #require(lines.last)
        #expect(done.hasPrefix("gen-image: 完成，用时 "), "\(result.stderr)")
        #expect(done.contains(" 秒 · 160x90 PNG · "))
        #expect(done.hasSuffix(" · $0.03 → \(saved.path)"))
        #expect(!result.stderr.contains("gen-image: error"))
    }

    @Test func streamingRetriesAndNotesInChinese() throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(.error(status: 503, message: "busy"), for: "/v1/images/generations")
        let result = try scenario.run(
            ["-p", "A red fox", "-s", "1024x1024", "--stream", "--partial-images", "2", "-f", "fox.png"],
            environment: Self.chinese)
        scenario.expectSaved(result)
        #expect(result.stderr.contains("gen-image: 注意："), "\(result.stderr)")
        #expect(result.stderr.contains("gen-image: 用 gpt-image-2 生成图片（images 接口，流式） · 通常 120–150 秒，高质量或 2K/4K 时更久"))
        #expect(result.stderr.contains("gen-image: 第 1 次尝试（共 3 次）失败："))
        #expect(result.stderr.contains("后重试"))
        #expect(result.stderr.contains("gen-image: 部分图 1/2（"))
        #expect(result.stderr.contains("gen-image: 部分图 2/2（"))
        #expect(result.stderr.contains("gen-image: 完成，用时 "))
    }

    // MARK: - Batch

    @Test func aBatchPlansReportsAndSumsUpInChinese() throws {
        let scenario = try Scenario()
        try scenario.write(
            Data(#"{"prompts": [{"prompt": "a", "filename": "a.png"}, {"prompt": "b", "filename": "b.png"}]}"#.utf8),
            to: "jobs.json")
        scenario.gateway.enqueue(.error(status: 400, message: "refused"), for: "/v1/chat/completions")
        let result = try scenario.run(["batch", "jobs.json", "-j", "1"], environment: Self.chinese)
        #expect(result.exitCode == 4, "\(result.stderr)")
        #expect(result.stdoutLines == [scenario.folder.appendingPathComponent("b.png").standardizedFileURL.path])
        let stderr = result.stderr
        #expect(stderr.contains("gen-image: 批量任务 jobs.json：2 个条目，2 个待运行，每次同时 1 个"), "\(stderr)")
        #expect(stderr.contains("gen-image: gpt-image-2-all ×2（每张通常 60–300 秒） · 总计约 2 分钟–10 分钟"))
        #expect(stderr.contains(" · 预计费用 $0.06"))
        #expect(stderr.contains("[1/2] 开始 gpt-image-2-all → a.png"))
        #expect(stderr.contains("[1/2] 失败 ["))
        #expect(stderr.contains("[2/2] 成功 "))
        #expect(stderr.contains("gen-image: 批量任务完成，用时 "))
        #expect(stderr.contains("：共 2 个，1 个成功，0 个跳过，1 个失败 · 预计费用 $0.03"))
        #expect(stderr.contains("gen-image: 失败的条目：\n  [1/2] "))
        #expect(stderr.contains("gen-image: 清单："))
        #expect(!stderr.contains(" ok ") && !stderr.contains("failed"))
    }

    @Test func aCancelledBatchSaysWhatWasCancelledAndWhatNeverStartedInChinese() throws {
        let scenario = try Scenario()
        let items = (1...6).map { #"{"prompt": "image \#($0)"}"# }.joined(separator: ",")
        try scenario.write(Data(#"{"prompts": [\#(items)]}"#.utf8), to: "j.json")
        // Two answer at once; every later request is held until the client leaves.
        scenario.gateway.setHandler { [weak gateway = scenario.gateway] request in
            guard let gateway else { return FakeResponse(status: 503) }
            let posts = gateway.requests(to: "/v1/chat/completions").count
            if request.method == "POST", posts > 2 { return FakeResponse(bodyMode: .neverRespond) }
            return gateway.defaultResponse(to: request)
        }
        let gateway = scenario.gateway
        let result = try scenario.run(
            ["batch", "j.json", "-j", "2"], environment: Self.chinese,
            interrupt: .init(signal: SIGINT, when: { gateway.requests(to: "/v1/chat/completions").count >= 4 }))
        #expect(result.exitCode == 130, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("[3/6] 已取消\n"))
        #expect(result.stderr.contains("后被 Ctrl-C (SIGINT) 取消：共 6 个，2 个成功，0 个跳过，0 个失败，2 个已取消，2 个未启动"))
        #expect(result.stderr.contains("gen-image: 进行中被取消：第 3–4 项；"))
        #expect(result.stderr.contains("gen-image: 未启动：第 5–6 项（再次运行同一命令即可完成）"))
    }

    @Test func anInvalidBatchFileAndADryRunInChinese() throws {
        let scenario = try Scenario()
        try scenario.write(Data("{\"prompts\": [{\"prompt\": \"ok\"},\n {\"promt\": \"typo\"}]}".utf8), to: "jobs.json")
        let invalid = try scenario.run(["batch", "jobs.json"], environment: Self.chinese)
        #expect(invalid.exitCode == 2)
        #expect(invalid.stderr.contains("gen-image: 错误 [invalid_argument]：jobs.json 不是有效的批量文件：2 个问题；未发送任何内容"))
        #expect(invalid.stderr.contains("\n  第 2 项（第 2 行），promt："), "\(invalid.stderr)")
        #expect(invalid.stderr.contains("\n    提示："))
        #expect(invalid.stderr.contains("  参见 'gen-image batch --help' 和 references/batch-template.md"))

        try scenario.write(Data(#"{"prompts": [{"prompt": "日出", "filename": "sun.png"}]}"#.utf8), to: "jobs.json")
        let dry = try scenario.run(["batch", "jobs.json", "--dry-run"], environment: Self.chinese)
        #expect(dry.exitCode == 0)
        let target = scenario.folder.appendingPathComponent("sun.png").standardizedFileURL.path
        #expect(dry.stdoutLines.first == "[1/1] 运行 gpt-image-2-all（chat 接口）→ \(target)")
        #expect(dry.stdoutLines.dropFirst().first == "      提示词：日出")
        #expect(dry.stderr.contains("gen-image: 试运行：未发送任何内容"))
        #expect(scenario.gateway.requests.isEmpty)
    }

    // MARK: - Help and doctor

    /// Columns on a terminal: two for a Chinese character or full-width form, one for anything else.
    static func columns(_ line: Substring) -> Int {
        line.reduce(0) { width, character in
            let value = character.unicodeScalars.first?.value ?? 0
            let wide = (0x2E80...0x9FFF).contains(value) || (0xFF00...0xFF60).contains(value)
            return width + (wide ? 2 : 1)
        }
    }

    /// Each Chinese line fits 100 columns, unless the English help has the very same line (the examples).
    func expectFits(_ chinese: String, english: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let englishLines = Set(english.split(separator: "\n"))
        for line in chinese.split(separator: "\n") where !englishLines.contains(line) {
            #expect(Self.columns(line) <= 100, "too wide: \(line)", sourceLocation: sourceLocation)
        }
    }

    @Test func helpIsChineseWithOptionsValuesAndExamplesAsTheyAre() throws {
        let scenario = try Scenario()
        let english = try scenario.run(["--help"]).stdout
        let help = try scenario.run(["--help", "--lang", "zh"])
        #expect(help.exitCode == 0)
        #expect(help.stderr.isEmpty)
        let text = help.stdout
        #expect(text.hasPrefix("OVERVIEW: 通过 APIYI 或任何兼容 OpenAI 的网关，使用 GPT Image 2 模型生成和编辑图片。\n"))
        #expect(text.contains("\n  -p, --prompt <text>                    提示词，原样发送（必填）。\"-\" 表示从 stdin 读取。\n"))
        #expect(text.contains("\n      --lang <en|zh>                     stderr 上消息的语言。"))
        #expect(text.contains("\nEXIT CODES:\n  0    图片已保存\n"))
        #expect(text.contains("\n  gpt-image-2-vip\n    接口：Images API；接受 -s auto 或 30 个预设尺寸之一、-r、-n；"))
        #expect(text.contains("\n  GEN_IMAGE_MODEL      默认模型（或用 -m）。\n"))
        #expect(text.contains("\n  gen-image -p \"Lighthouse at dusk\" -m gpt-image-2-vip -s 3840x2160\n"))
        for title in ["USAGE:", "OPTIONS:", "SUBCOMMANDS:", "MODELS:", "OUTPUT:", "ENVIRONMENT:", "EXAMPLES:"] {
            #expect(text.contains("\n\(title)"), "missing \(title)")
        }
        #expect(!text.contains("Show this help") && !text.contains("the image was saved"))
        expectFits(text, english: english)
        #expect(try scenario.run(["-h"], environment: ["LC_ALL": "zh_CN.UTF-8"]).stdout == text)

        let batchEnglish = try scenario.run(["batch", "--help"]).stdout
        let batch = try scenario.run(["batch", "--help"], environment: Self.chinese).stdout
        #expect(batch.hasPrefix("OVERVIEW: 从一个文件批量生成图片，多个同时进行："))
        #expect(batch.contains("\n  -j, --concurrency <n>                  同时进行的请求数，1 到 16（默认 4）。"))
        #expect(batch.contains("\n  stderr: [k/N] 开始 / 成功 <秒数> <路径> / 失败 [<代码>]：<原因> / 已跳过，最后是汇总。\n"))
        expectFits(batch, english: batchEnglish)

        let doctorEnglish = try scenario.run(["doctor", "--help"]).stdout
        let doctor = try scenario.run(["doctor", "--help", "--lang", "zh"]).stdout
        #expect(doctor.hasPrefix("OVERVIEW: 检查 gen-image 能否连上网关："))
        #expect(doctor.contains("{base}/models"))
        expectFits(doctor, english: doctorEnglish)
    }

    @Test func doctorSumsUpInChinese() throws {
        let scenario = try Scenario()
        let passed = try scenario.run(["doctor", "--lang", "zh"])
        #expect(passed.exitCode == 0, "\(passed.stdout)\(passed.stderr)")
        #expect(passed.stderr.hasSuffix("\ngen-image doctor: 全部 6 项检查通过\n"), "\(passed.stderr)")
        #expect(passed.stderr.hasPrefix("信息  模型：gpt-image-2-all 在 apiyi：仅此网关提供\n"), "\(passed.stderr)")

        let port = scenario.gateway.port
        scenario.gateway.shutdown()
        let failed = try scenario.run(
            ["doctor"],
            environment: [
                "APIYI_API_KEY": nil, "GEN_IMAGE_BASE_URL": "http://127.0.0.1:\(port)/v1", "LANG": "zh_CN.UTF-8",
            ])
        #expect(failed.exitCode == 1)
        #expect(failed.stderr.contains("gen-image doctor: 5 项检查中有 2 项未通过"), "\(failed.stderr)")
    }

    // MARK: - stdout does not change

    /// The `--json` object of a run, without the fields that differ between any two runs (the time taken, the
    /// gateway's request id and the address it served the image from).
    static func object(_ result: CLIResult) throws -> NSDictionary {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        object["elapsed_s"] = nil
        object["request_id"] = nil
        object["source_url"] = nil
        return object as NSDictionary
    }

    @Test func jsonOnStdoutIsTheSameInEitherLanguage() throws {
        let scenario = try Scenario()
        let chinese = try scenario.run(["-p", "x", "-f", "x.png", "--json", "--lang", "zh"])
        try FileManager.default.removeItem(at: scenario.folder.appendingPathComponent("x.png"))
        let english = try scenario.run(["-p", "x", "-f", "x.png", "--json"])
        #expect(chinese.exitCode == 0 && english.exitCode == 0)
        #expect(chinese.stderr.contains("完成，用时") && english.stderr.contains("done in"))
        let zhObject = try Self.object(chinese)
        let enObject = try Self.object(english)
        #expect(zhObject == enObject, "zh: \(chinese.stdout)\nen: \(english.stdout)")

        for arguments in [["-p", "x", "--retries", "11", "--json"], ["batch", "missing.json", "--json"]] {
            let zh = try scenario.run(arguments, environment: Self.chinese)
            let en = try scenario.run(arguments)
            #expect(zh.exitCode == 2 && en.exitCode == 2)
            #expect(zh.stderr.contains("错误") && en.stderr.contains("error"))
            #expect(zh.stdout == en.stdout && !zh.stdout.isEmpty, "\(zh.stdout)")
        }
        let noKey = try scenario.run(
            ["-p", "x", "--json"], environment: ["APIYI_API_KEY": nil, "LANG": "zh_CN.UTF-8"])
        #expect(noKey.stdout == (try scenario.run(["-p", "x", "--json"], environment: ["APIYI_API_KEY": nil])).stdout)
    }
}
