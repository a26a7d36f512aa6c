import Foundation
import Testing

@testable import ImageAPIClient

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The library's errors, notes and doctor checks render in Chinese as well as English: the English stays as it
/// was, values (sizes, paths, the gateway's own words) stay as given, and texts built from pieces are translated
/// piece by piece.
@Suite("Library messages in two languages")
struct LibraryLanguageTests {
    func planError(_ job: ImageJob) -> ImageAPIError? {
        do {
            _ = try JobPlanner.plan(job)
            return nil
        } catch {
            return error
        }
    }

    @Test func aPlannerSizeErrorReadsInChineseWithItsRuleAndTheModelSwitch() throws {
        let error = try #require(planError(ImageJob(prompt: "a cat", options: ImageOptions([.size: "1000x1000"]))))
        #expect(error.code == .invalidArgument)
        #expect(error.message == "size 1000x1000 is not valid for gpt-image-2: both edges must be multiples of 16")
        #expect(error.message(in: .zh) == "尺寸 1000x1000 对 gpt-image-2 无效：两条边都必须是 16 的倍数")
        // The front end names the settings: here as a command line would.
        let flags = Spelling { setting, short in
            [Setting.option(.size): short ? "-s" : "-s/--size", .model: short ? "-m" : "-m/--model"][setting]
                ?? setting.rawValue
        }
        let hint = try #require(error.hint(in: .zh, spelling: flags))
        #expect(hint.hasPrefix("试试 -s 1008x1008；gpt-image-2 接受 auto，或 WxH：两条边都是 16 的倍数"), "\(hint)")
        // The note saying why gpt-image-2 was chosen is joined to the hint, in the same language.
        #expect(hint.hasSuffix("；改用 gpt-image-2：给出了 -s/--size，而 gpt-image-2-all 不接受它（用 -m 可自行选择模型）"), "\(hint)")
        #expect(
            error.hint(in: .en, spelling: flags)?.contains("; using gpt-image-2 because -s/--size was given") == true)
        // Without a front end's spelling the settings keep the names the request body and a batch file use.
        #expect(error.hint?.contains("try size 1008x1008") == true)
        #expect(error.parameter == .size && error.model == "gpt-image-2")
    }

    @Test func plannerChoicesAndNotesNameTheirThingInChinese() throws {
        let quality = try #require(
            planError(
                ImageJob(prompt: "a", model: .explicit("gpt-image-2"), options: ImageOptions([.quality: "ultra"]))))
        #expect(quality.message == "invalid quality 'ultra' for gpt-image-2")
        #expect(quality.message(in: .zh) == "gpt-image-2 不支持该质量：'ultra'")
        #expect(quality.hint(in: .zh) == "请使用以下之一：auto, low, medium, high")

        let planned = try JobPlanner.plan(ImageJob(prompt: "a", options: ImageOptions([.size: "1024x1024"])))
        let note = try #require(planned.notes.first)
        #expect(note.message(in: .zh).hasPrefix("改用 gpt-image-2"))
        #expect(note.message(in: .en) == note.message)
    }

    @Test func transportErrorsReadInChineseAndKeepTheGatewaysWords() {
        let body = Data(#"{"error":{"message":"Too many requests, slow down","code":"rate_limit"}}"#.utf8)
        let busy = FailureDescriber.http(HTTPResponse(status: 429, headers: [:], body: body))
        #expect(busy.code == .rateLimited)
        #expect(busy.message == "the gateway answered HTTP 429: Too many requests, slow down")
        #expect(busy.message(in: .zh) == "网关返回 HTTP 429：Too many requests, slow down")
        #expect(busy.hint(in: .zh) == "网关繁忙或额度已用完；请等一分钟后重试，或检查余额")

        let url = URL(string: "http://127.0.0.1:9/v1")!
        let refused = FailureDescriber.network(URLError(.cannotConnectToHost), url: url, timeout: 30)
        #expect(refused.message == "could not connect to 127.0.0.1:9")
        #expect(refused.message(in: .zh) == "无法连接到 127.0.0.1:9")
        #expect(refused.hint(in: .zh)?.contains("https_proxy、NO_PROXY") == true)

        let late = FailureDescriber.network(URLError(.timedOut), url: url, timeout: 300)
        #expect(late.message(in: .zh) == "127.0.0.1:9 在 300 秒内没有响应")
        #expect(late.message == "no response from 127.0.0.1:9 within 300 s")
        // What to do is a fact a caller can act on, worded by whoever renders it.
        #expect(late.remedy == .raiseDeadline)
        let flags = Spelling { setting, _ in "--" + setting.rawValue }
        #expect(late.hint(in: .en, spelling: flags)?.contains("raise --timeout (e.g. --timeout 600)") == true)
        let bad = FailureDescriber.network(URLError(.badURL), url: url, timeout: 30)
        #expect(bad.remedy == .checkBaseURL)
        #expect(bad.hint(in: .en, spelling: flags) == "check --base_url")
    }

    @Test func theKeyIsMaskedInEveryLanguage() {
        let key = "sk-live-0123456789abcdef"
        let body = Data(#"{"error":{"message":"Incorrect API key provided: \#(key)","code":"invalid_api_key"}}"#.utf8)
        let error = FailureDescriber.http(HTTPResponse(status: 401, headers: [:], body: body)).redacting(key)
        for language in Language.allCases {
            #expect(!error.message(in: language).contains(key))
            #expect(error.message(in: language).contains("sk-…cdef"))
        }
        #expect(error.message(in: .zh).hasPrefix("网关返回 HTTP 401：Incorrect API key provided"))
    }

    @Test func aVariantWithPlainTextDropsTheOlderTranslation() {
        let error = ImageAPIError(.ioError, Message.outputFolderCreate(folder: "/x"))
        #expect(error.message(in: .zh) == "无法创建文件夹 /x")
        let plain = error.withMessage(.verbatim("something else"))
        #expect(plain.message(in: .zh) == "something else")
        let other = plain.withMessage(Message.outputFolderWrite(folder: "/y"))
        #expect(other.message == "could not write to /y")
        #expect(other.message(in: .zh) == "无法写入 /y")
        // The original is a value: making variants of it changed nothing in it.
        #expect(error.message == "could not create folder /x")
    }

    @Test func streamFailuresAndCountsReadInChinese() {
        let failed = StreamFailure.incompleteResponse(
            .object(["incomplete_details": .object(["reason": .string("max_output_tokens")])]))
        #expect(failed.message == "the response is incomplete: stopped early (max_output_tokens)")
        #expect(failed.message(in: .zh) == "响应不完整：提前停止（max_output_tokens）")
        #expect(Message.streamPartials(count: 1).text(in: .en) == "1 partial image")
        #expect(Message.streamPartials(count: 3).text(in: .en) == "3 partial images")
        #expect(Message.streamPartials(count: 3).text(in: .zh) == "3 张部分图")
    }

    @Test func batchProblemsSayWhereInChinese() throws {
        let parsed = BatchFileParser.parse(Data(#"{"prompts": [{"prompt": "a", "sise": "1024x1024"},]}"#.utf8))
        let problem = try #require(parsed.problems.first)
        #expect(problem.description == "line 1: column 51: a trailing comma is not allowed before ']'")
        #expect(problem.description(in: .zh) == "第 1 行：第 51 列：']' 之前不允许有多余的逗号")

        let fields = BatchFileParser.parse(Data(#"{"prompts": [{"prompt": "a", "sise": "1024x1024"}]}"#.utf8))
        let unknown = try #require(fields.problems.first)
        #expect(unknown.description == "item 1 (line 1), sise: unknown field \"sise\"")
        #expect(unknown.description(in: .zh) == "第 1 项（第 1 行），sise：未知字段 \"sise\"")
        #expect(unknown.error.hint(in: .zh)?.hasPrefix("这里可用的字段：prompt, filename") == true)

        let global = BatchProblem(index: 2, line: 3, field: "size (from global)", error: .noAPIKey)
        #expect(global.location == "item 2 (line 3), size (from global)")
        #expect(global.location(in: .zh) == "第 2 项（第 3 行），size（来自 global）")
    }

    @Test func doctorChecksRenderInChinese() async {
        let configuration = ImageClient.Configuration(baseURL: URL(string: "http://api.example.test/v1")!, apiKey: nil)
        let checks = await ConnectionDoctor(configuration: configuration, environment: [:], timeout: 1).run()
        #expect(checks.map(\.name) == ["key", "base URL"])
        #expect(checks.map { $0.name(in: .zh) } == ["密钥", "基础 URL"])
        #expect(checks[0].detail(in: .zh) == "未设置 APIYI_API_KEY")
        #expect(checks[1].detail == "refusing to send the API key over plain http to api.example.test")
        #expect(checks[1].detail(in: .zh) == "拒绝通过明文 http 向 api.example.test 发送 API 密钥")
        #expect(checks[1].fix(in: .zh)?.hasSuffix("可加上 allow_insecure_http") == true)
    }

    @Test func oneOfSeveralFormatsIsSaidInEitherLanguage() {
        #expect(Message.either(["-o png", "-o webp"]).text(in: .en) == "-o png or -o webp")
        #expect(Message.either(["-o png", "-o webp"]).text(in: .zh) == "-o png 或 -o webp")
        #expect(Message.either(["a", "b", "c"]).text(in: .en) == "a or b or c")
        #expect(Message.either(["a"]).text(in: .zh) == "a")
    }

    @Test func argumentsAreFilledInOnceSoBracesInThemStay() {
        let message = Message.replyError(message: .verbatim("bad {message} and {status}"))
        #expect(message.text(in: .en) == "the gateway reported an error: bad {message} and {status}")
    }
}
