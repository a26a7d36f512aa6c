import FakeGateway
import Foundation
import Testing

/// `gen-image batch` through the real binary against the fake gateway: both skills' templates, JSON Lines,
/// overrides, size hints, validation, concurrency, 429, resume, --force, --fail-fast, the manifest, Ctrl-C,
/// and every exit code.
@Suite("Batch, end to end")
struct BatchEndToEndTests {
    /// The gpt-image-2-all skill's template, as its references/batch-template.md writes it.
    static let allTemplate = """
        {
          "description": "生成同一场景的不同风格版本",
          "global": {
            "response_format": "url",
            "size_hint": "横版 16:9"
          },
          "prompts": [
            {
              "prompt": "横版 16:9 电影画幅，山间日出风景，写实摄影风格",
              "filename": "sunrise_realistic.png"
            },
            {
              "prompt": "山间日出风景，水彩画风格",
              "filename": "sunrise_watercolor.png",
              "response_format": "b64_json"
            },
            {
              "prompt": "山间日出风景，动漫插画风格"
            }
          ]
        }
        """

    /// The gpt-image-2 skill's template.
    static let genTemplate = """
        {
          "description": "小红书配图套装",
          "global": {
            "quality": "high",
            "size": "1024x1024",
            "output_format": "png"
          },
          "prompts": [
            {"prompt": "美食摄影，精致甜点摆盘，暖色调", "filename": "content_01.png"},
            {"prompt": "生活场景，明亮窗边阅读角", "filename": "content_02.png", "size": "1024x1536"},
            {"prompt": "旅行风景，海边日落剪影", "filename": "content_03.png", "size": "2048x1152", "quality": "low"}
          ]
        }
        """

    func manifest(_ scenario: Scenario, at name: String = "jobs.results.json") throws -> [String: Any] {
        let data = try #require(FileManager.default.contents(atPath: scenario.folder.appendingPathComponent(name).path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func jobs(_ manifest: [String: Any]) -> [[String: Any]] {
        manifest["jobs"] as? [[String: Any]] ?? []
    }

    func statuses(_ manifest: [String: Any]) -> [String] {
        jobs(manifest).map { $0["status"] as? String ?? "?" }
    }

    /// The prompt each chat request carried, in any order.
    func chatPrompts(_ gateway: FakeGateway) -> Set<String> {
        Set(
            gateway.requests(to: "/v1/chat/completions").compactMap { request in
                ((request.jsonBody?["messages"] as? [[String: Any]])?.first?["content"] as? String)
            })
    }

    func path(_ scenario: Scenario, _ name: String) -> String {
        scenario.folder.appendingPathComponent(name).standardizedFileURL.path
    }

    // MARK: - Templates

    @Test func theGptImage2AllTemplateRunsWithSizeHintsAndOverrides() throws {
        let scenario = try Scenario()
        try scenario.write(Data(Self.allTemplate.utf8), to: "jobs.json")
        let result = try scenario.run(["batch", "jobs.json"])
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        let saved = [
            path(scenario, "sunrise_realistic.png"), path(scenario, "sunrise_watercolor.png"),
            path(scenario, "003-山间日出风景-动漫插画风格.png"),
        ]
        #expect(Set(result.stdoutLines) == Set(saved))
        for file in saved { #expect(FileManager.default.fileExists(atPath: file)) }
        #expect(
            chatPrompts(scenario.gateway) == [
                "横版 16:9 电影画幅，山间日出风景，写实摄影风格", "横版 16:9，山间日出风景，水彩画风格", "横版 16:9，山间日出风景，动漫插画风格",
            ])
        let bodies = scenario.gateway.requests(to: "/v1/chat/completions").compactMap(\.jsonBody)
        let formats = bodies.map { ($0["response_format"] as? [String: Any])?["type"] as? String }
        #expect(formats.filter { $0 == "b64_json" }.count == 1, "the item's response_format overrides global")
        #expect(bodies.allSatisfy { $0["model"] as? String == "gpt-image-2-all" })
        #expect(result.stderr.contains("[1/3] started gpt-image-2-all → sunrise_realistic.png"))
        #expect(result.stderr.contains("[2/3] ok "))
        #expect(result.stderr.contains("gen-image: batch finished in "))
        #expect(result.stderr.contains("3 ok, 0 skipped, 0 failed of 3 · estimated cost $0.09"))
        let record = try manifest(scenario)
        #expect(statuses(record) == ["ok", "ok", "ok"])
        #expect(record["description"] as? String == "生成同一场景的不同风格版本")
        #expect(jobs(record).map { $0["prompt_sent"] as? String }[1] == "横版 16:9，山间日出风景，水彩画风格")
        #expect(jobs(record).map { $0["prompt"] as? String }[1] == "山间日出风景，水彩画风格")
        #expect(!scenario.files.contains { $0.hasSuffix(".tmp") })
    }

    @Test func theGptImage2TemplateSendsEachItemsSizeAndQuality() throws {
        let scenario = try Scenario()
        try scenario.write(Data(Self.genTemplate.utf8), to: "jobs.json")
        let result = try scenario.run(["batch", "jobs.json", "-j", "2"])
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        #expect(result.stdoutLines.count == 3)
        let bodies = scenario.gateway.requests(to: "/v1/images/generations").compactMap(\.jsonBody)
        let sent = Set(
            bodies.map {
                "\($0["prompt"] as? String ?? "") \($0["size"] as? String ?? "") \($0["quality"] as? String ?? "") "
                    + "\($0["output_format"] as? String ?? "") \($0["model"] as? String ?? "")"
            })
        #expect(
            sent == [
                "美食摄影，精致甜点摆盘，暖色调 1024x1024 high png gpt-image-2",
                "生活场景，明亮窗边阅读角 1024x1536 high png gpt-image-2",
                "旅行风景，海边日落剪影 2048x1152 low png gpt-image-2",
            ])
        #expect(
            result.stderr.contains(
                #"note: using gpt-image-2 because "size" was given and gpt-image-2-all does not take it "#
                    + #"(pass "model" to choose the model yourself) (items 1–3)"#))
        #expect(result.stderr.contains("gpt-image-2 ×3"))
    }

    @Test func jsonLinesFromStdinWithAGlobalLine() throws {
        let scenario = try Scenario()
        let lines = """
            {"global": {"size_hint": "竖版 9:16", "response_format": "b64_json"}}
            {"prompt": "城市夜景", "filename": "night.png"}
            {"prompt": "1:1 方形构图，头像", "filename": "avatar.png", "response_format": "url"}
            {"prompt": "lighthouse", "model": "gpt-image-2-vip", "size": "2048x1152"}
            """
        let result = try scenario.run(["batch", "-", "--out-dir", "out"], stdin: Data(lines.utf8))
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        #expect(
            Set(result.stdoutLines) == [
                path(scenario, "night.png"), path(scenario, "avatar.png"), path(scenario, "out/003-lighthouse.png"),
            ])
        #expect(chatPrompts(scenario.gateway) == ["竖版 9:16，城市夜景", "1:1 方形构图，头像"])
        let vip = try #require(scenario.gateway.requests(to: "/v1/images/generations").first?.jsonBody)
        #expect(vip["prompt"] as? String == "lighthouse", "no hint where a size is set")
        #expect(vip["size"] as? String == "2048x1152" && vip["response_format"] as? String == "b64_json")
        let record = try manifest(scenario, at: "out/batch-results.json")
        #expect(record["batch_file"] as? String == "-")
        #expect(record["layout"] as? String == "json_lines")
    }

    // MARK: - Validation

    @Test func anInvalidFileIsReportedWholeAndNothingIsSent() throws {
        let scenario = try Scenario()
        try scenario.write(
            Data(
                """
                {"global": {"quality": "high"},
                 "prompts": [{"prompt": "ok", "filename": "ok.png"},
                             {"prompt": "bad size", "size": "1920x1080"},
                             {"prompt": "vip", "model": "gpt-image-2-vip"},
                             {"prompt": "fused", "input_images": ["missing.png"]},
                             {"promt": "typo"}]}
                """.utf8), to: "jobs.json")
        let result = try scenario.run(["batch", "jobs.json"])
        #expect(result.exitCode == 2)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.contains(
                "gen-image: error [invalid_argument]: jobs.json is not a valid batch file: 5 problems; nothing was sent"
            ))
        #expect(result.stderr.contains("item 2 (line 3), size: size 1920x1080 is not valid for gpt-image-2"))
        #expect(result.stderr.contains(#"hint: try "size" 1920x1088"#))
        #expect(
            result.stderr.contains(
                #"item 3 (line 4), quality (from global): gpt-image-2-vip does not accept "quality""#))
        #expect(result.stderr.contains("item 4 (line 5), input_images: input image not found"))
        #expect(result.stderr.contains(#"item 5 (line 6), promt: unknown field "promt""#))
        // A batch file's author is told about its fields, never about flags.
        #expect(!result.stderr.contains("-s") && !result.stderr.contains("-q/"))
        #expect(scenario.gateway.requests.isEmpty)
        #expect(scenario.files == ["jobs.json"])
    }

    @Test func aSyntaxErrorNamesLineAndColumn() throws {
        let scenario = try Scenario()
        try scenario.write(
            Data("{\"prompts\": [\n  {\"prompt\": \"a\"}\n  {\"prompt\": \"b\"}\n]}".utf8), to: "jobs.json")
        let result = try scenario.run(["batch", "jobs.json"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("line 3: column 3: expected ',' or ']'"))
        #expect(scenario.gateway.requests.isEmpty)
    }

    @Test(
        "Bad command lines exit 2",
        arguments: [
            (["batch"], "missing the batch file"), (["batch", "nope.json"], "batch file not found"),
            (["batch", "jobs.json", "-j", "17"], "invalid value '17' for -j/--concurrency"),
            (["batch", "jobs.json", "-j", "0"], "use a whole number from 1 to 16"),
            (["batch", "jobs.json", "more.json"], "unexpected argument 'more.json'"),
            (["batch", "jobs.json", "-p", "x"], "unknown option '-p'"),
            (["bacth", "jobs.json"], "unknown subcommand 'bacth'; did you mean 'batch'?"),
        ])
    func badCommandLines(_ arguments: [String], _ message: String) throws {
        let scenario = try Scenario()
        try scenario.write(Data(#"{"prompts": [{"prompt": "a"}]}"#.utf8), to: "jobs.json")
        let result = try scenario.run(arguments)
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
        #expect(scenario.gateway.requests.isEmpty)
    }

    @Test func noKeyExits3BeforeAnythingIsSentUnlessEverythingIsDone() throws {
        let scenario = try Scenario()
        try scenario.write(Data(#"{"prompts": [{"prompt": "a", "filename": "a.png"}]}"#.utf8), to: "jobs.json")
        let missing = try scenario.run(["batch", "jobs.json"], environment: ["APIYI_API_KEY": nil])
        #expect(missing.exitCode == 3)
        #expect(missing.stderr.contains("no API key"))
        #expect(scenario.gateway.requests.isEmpty)
        try scenario.write(TestImages.png(width: 4, height: 4), to: "a.png")
        let done = try scenario.run(["batch", "jobs.json"], environment: ["APIYI_API_KEY": nil])
        #expect(done.exitCode == 0, "stderr: \(done.stderr)")
        #expect(done.stderr.contains("[1/1] skipped: "))
    }

    @Test func dryRunShowsEachItemAndSendsNothing() throws {
        let scenario = try Scenario()
        try scenario.write(Data(Self.allTemplate.utf8), to: "jobs.json")
        let result = try scenario.run(["batch", "jobs.json", "--dry-run"], environment: ["APIYI_API_KEY": nil])
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        #expect(
            result.stdout.contains(
                "[2/3] run gpt-image-2-all (chat endpoint) → \(path(scenario, "sunrise_watercolor.png"))"))
        #expect(result.stdout.contains("      prompt: 横版 16:9，山间日出风景，水彩画风格"))
        #expect(result.stdout.contains("      options: response_format=b64_json"))
        #expect(result.stderr.contains("dry run: nothing was sent"))
        #expect(scenario.gateway.requests.isEmpty)
        #expect(scenario.files == ["jobs.json"])
    }

    // MARK: - Concurrency

    @Test func neverMoreRequestsInFlightThanJ() throws {
        let scenario = try Scenario()
        let items = (1...9).map { #"{"prompt": "image \#($0)"}"# }.joined(separator: ",")
        try scenario.write(Data(#"{"prompts": [\#(items)]}"#.utf8), to: "jobs.json")
        // The first three requests are held until all three have arrived: the batch only gets past them if
        // it really sends three at once.
        let barrier = Barrier(count: 3)
        scenario.gateway.setHandler { [weak gateway = scenario.gateway] request in
            guard let gateway else { return FakeResponse(status: 503) }
            if request.method == "POST" { barrier.arriveAndWait() }
            return gateway.defaultResponse(to: request)
        }
        let result = try scenario.run(["batch", "jobs.json", "-j", "3"])
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        #expect(result.stdoutLines.count == 9)
        #expect(barrier.passedTogether, "three requests were in flight at once")
        #expect(scenario.gateway.maxConcurrentRequests == 3)
        #expect(scenario.gateway.requests(to: "/v1/chat/completions").count == 9)
    }

    @Test func a429LowersTheNumberInFlightAndTheJobIsRequeued() throws {
        let scenario = try Scenario()
        let items = (1...8).map { #"{"prompt": "image \#($0)", "filename": "img\#($0).png"}"# }.joined(separator: ",")
        try scenario.write(Data(#"{"prompts": [\#(items)]}"#.utf8), to: "jobs.json")
        scenario.gateway.enqueue(
            .error(status: 429, message: "rate limited, slow down", code: "rate_limit_exceeded"),
            for: "/v1/chat/completions")
        let result = try scenario.run(["batch", "jobs.json", "-j", "4"])
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        #expect(result.stdoutLines.count == 8)
        #expect(
            result.stderr.contains(
                "gen-image: the gateway is rate limiting (HTTP 429); at most 2 requests in flight until jobs "
                    + "succeed again"))
        #expect(result.stderr.contains("rate limited (HTTP 429); back in the queue (its --retries are kept)"))
        #expect(scenario.gateway.requests(to: "/v1/chat/completions").count == 9)
        #expect(scenario.gateway.maxConcurrentRequests <= 4)
        let attempts = jobs(try manifest(scenario)).compactMap { $0["attempts"] as? Int }
        #expect(attempts.sorted() == [1, 1, 1, 1, 1, 1, 1, 2])
    }

    // MARK: - Resume and --force

    @Test func aSecondRunSkipsWhatIsDoneAndSpendsNothing() throws {
        let scenario = try Scenario()
        try scenario.write(Data(Self.allTemplate.utf8), to: "jobs.json")
        let first = try scenario.run(["batch", "jobs.json"])
        #expect(first.exitCode == 0)
        let sent = scenario.gateway.requests.count

        let second = try scenario.run(["batch", "jobs.json"])
        #expect(second.exitCode == 0, "stderr: \(second.stderr)")
        #expect(second.stdout.isEmpty)
        #expect(scenario.gateway.requests.count == sent, "nothing sent again")
        #expect(second.stderr.contains("3 already done (kept), nothing to run"))
        #expect(
            second.stderr.contains(
                "[3/3] already done: \(path(scenario, "003-山间日出风景-动漫插画风格.png")) (its record is kept)"))
        #expect(statuses(try manifest(scenario)) == ["ok", "ok", "ok"], "the first run's records are kept")

        try FileManager.default.removeItem(atPath: path(scenario, "sunrise_watercolor.png"))
        let third = try scenario.run(["batch", "jobs.json"])
        #expect(third.exitCode == 0)
        #expect(third.stdoutLines == [path(scenario, "sunrise_watercolor.png")])
        #expect(statuses(try manifest(scenario)) == ["ok", "ok", "ok"])
        #expect(jobs(try manifest(scenario)).map { $0["kept"] as? Bool } == [true, nil, true])
    }

    @Test func anImageSavedUnderAnotherExtensionCountsAsDone() throws {
        let scenario = try Scenario()
        scenario.gateway.defaultImage = TestImages.jpeg(width: 32, height: 32)
        try scenario.write(Data(#"{"prompts": [{"prompt": "a", "filename": "photo.png"}]}"#.utf8), to: "jobs.json")
        let first = try scenario.run(["batch", "jobs.json"])
        #expect(first.stdoutLines == [path(scenario, "photo.jpg")])
        #expect(first.stderr.contains("the image is JPEG but the file name had .png; saved as photo.jpg"))
        let second = try scenario.run(["batch", "jobs.json"])
        #expect(second.stderr.contains("[1/1] already done: \(path(scenario, "photo.jpg")) (its record is kept)"))
        #expect(scenario.gateway.requests(to: "/v1/chat/completions").count == 1)
    }

    @Test func forceRunsAgainAndSavesBesideTheOldImage() throws {
        let scenario = try Scenario()
        try scenario.write(
            Data(#"{"prompts": [{"prompt": "a", "filename": "a.png"}, {"prompt": "b"}]}"#.utf8), to: "j.json")
        _ = try scenario.run(["batch", "j.json"])
        let before = try #require(FileManager.default.contents(atPath: path(scenario, "a.png")))
        let forced = try scenario.run(["batch", "j.json", "--force"])
        #expect(forced.exitCode == 0, "stderr: \(forced.stderr)")
        #expect(forced.stdoutLines.count == 2)
        #expect(forced.stdoutLines.allSatisfy { $0.contains("-20") }, "new timestamped names: \(forced.stdout)")
        #expect(forced.stderr.contains("note: a.png already exists; saved as a-20"))
        #expect(FileManager.default.contents(atPath: path(scenario, "a.png")) == before, "never overwritten")
        #expect(scenario.files.filter { $0.hasSuffix(".png") }.count == 4)
    }

    // MARK: - Failures

    @Test func aFailedItemMakesExit4AndTheOthersStillRun() throws {
        let scenario = try Scenario()
        try scenario.write(
            Data(#"{"prompts": [{"prompt": "one"}, {"prompt": "two"}, {"prompt": "three"}]}"#.utf8), to: "j.json")
        scenario.gateway.setHandler { [weak gateway = scenario.gateway] request in
            guard let gateway else { return FakeResponse(status: 503) }
            if request.method == "POST", String(decoding: request.body, as: UTF8.self).contains("two") {
                return .error(
                    status: 400, message: "Your request was rejected by the safety system", code: "moderation")
            }
            return gateway.defaultResponse(to: request)
        }
        let result = try scenario.run(["batch", "j.json", "-j", "1"])
        #expect(result.exitCode == 4, "stderr: \(result.stderr)")
        #expect(result.stdoutLines.count == 2)
        #expect(result.stderr.contains("[2/3] failed ["))
        #expect(result.stderr.contains("2 ok, 0 skipped, 1 failed of 3"))
        #expect(result.stderr.contains("gen-image: failed:\n  [2/3] "))
        let record = try manifest(scenario, at: "j.results.json")
        #expect(statuses(record) == ["ok", "failed", "ok"])
        let error = try #require(jobs(record)[1]["error"] as? [String: Any])
        #expect(error["http_status"] as? Int == 400)
        #expect(error["code"] as? String != nil && error["message"] as? String != nil)
        #expect(jobs(record)[1]["path"] == nil)
    }

    @Test func failFastStartsNothingAfterTheFirstFailure() throws {
        let scenario = try Scenario()
        let items = (1...5).map { #"{"prompt": "image \#($0)"}"# }.joined(separator: ",")
        try scenario.write(Data(#"{"prompts": [\#(items)]}"#.utf8), to: "j.json")
        let first = scenario.gateway.serve(TestImages.png(width: 4, height: 4), at: "/files/one.png")
        scenario.gateway.enqueue(.chat(content: "![image](\(first))"), for: "/v1/chat/completions")
        scenario.gateway.enqueue(
            .error(status: 400, message: "bad request", code: "invalid_request"), for: "/v1/chat/completions")
        let result = try scenario.run(["batch", "j.json", "-j", "1", "--fail-fast"])
        #expect(result.exitCode == 4, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("gen-image: --fail-fast: item 2 failed; starting no new jobs"))
        #expect(result.stderr.contains("gen-image: not started: items 3–5 (--fail-fast; run the same command again"))
        let record = try manifest(scenario, at: "j.results.json")
        #expect(statuses(record) == ["ok", "failed", "not_run", "not_run", "not_run"])
        #expect(record["stopped_early"] as? String == "fail_fast")
        #expect(scenario.gateway.requests(to: "/v1/chat/completions").count == 2)
    }

    @Test func theManifestRecordsEveryField() throws {
        let scenario = try Scenario()
        try scenario.write(
            Data(
                #"{"description": "d", "prompts": [{"prompt": "a", "model": "gpt-image-2", "filename": "a.png"}]}"#.utf8
            ),
            to: "jobs.json")
        let result = try scenario.run(["batch", "jobs.json", "--out-dir", "results"])
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("gen-image: manifest: \(path(scenario, "results/jobs.results.json"))"))
        let record = try manifest(scenario, at: "results/jobs.results.json")
        #expect(record["tool"] as? String == "gen-image")
        #expect(record["batch_file"] as? String == path(scenario, "jobs.json"))
        #expect(record["concurrency"] as? Int == 4)
        #expect(record["cancelled"] as? Bool == false)
        let summary = try #require(record["summary"] as? [String: Any])
        #expect(summary["ok"] as? Int == 1 && summary["total"] as? Int == 1)
        #expect(summary["cost_is_partial"] as? Bool == false, "gpt-image-2 priced from the reply's usage")
        let job = try #require(jobs(record).first)
        #expect(job["index"] as? Int == 1)
        #expect(job["line"] as? Int == 1)
        #expect(job["status"] as? String == "ok")
        #expect(job["path"] as? String == path(scenario, "a.png"))
        #expect(job["model"] as? String == "gpt-image-2")
        #expect(job["attempts"] as? Int == 1)
        #expect((job["elapsed"] as? Double ?? -1) >= 0)
        #expect(job["request_id"] as? String != nil)
        #expect((job["usage"] as? [String: Any])?["output_tokens"] != nil)
        #expect(job["error"] == nil)
        let raw = try String(
            contentsOf: scenario.folder.appendingPathComponent("results/jobs.results.json"), encoding: .utf8)
        #expect(!raw.contains(CLIRunner.markerKey) && !result.stderr.contains(CLIRunner.markerKey))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func onATerminalTheStatusLineIsRedrawnInPlace() throws {
        #if os(Linux)
            let scenario = try Scenario()
            try scenario.write(Data(#"{"prompts": [{"prompt": "one"}, {"prompt": "two"}]}"#.utf8), to: "j.json")
            // util-linux `script` runs the command on a pseudo-terminal, so stderr is a TTY.
            let result = try CLIRunner.run(
                ["-qec", "'\(CLIRunner.binary.path)' batch j.json", "/dev/null"], in: scenario.folder,
                environment: ["TERM": "xterm", "GEN_IMAGE_BASE_URL": scenario.gateway.baseURL],
                executable: URL(fileURLWithPath: "/usr/bin/script"))
            #expect(result.exitCode == 0, "\(result.stdout)")
            #expect(result.stdout.contains("\r\u{1B}[2K⏳ batch: "), "\(result.stdout)")
            #expect(result.stdout.contains(" running · "))
            #expect(result.stdout.contains("2 of 2 done · 0 failed · "))
            #expect(result.stdout.contains("[2/2] ok "))
        #endif
    }

    // MARK: - Ctrl-C

    @Test func ctrlCCancelsKeepsWhatFinishedWritesTheManifestAndExits130() throws {
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
            ["batch", "j.json", "-j", "2"],
            interrupt: .init(signal: SIGINT, when: { gateway.requests(to: "/v1/chat/completions").count >= 4 }))
        #expect(result.exitCode == 130, "stderr: \(result.stderr)")
        #expect(result.stdoutLines.count == 2)
        #expect(result.stderr.contains("gen-image: batch cancelled by Ctrl-C (SIGINT) after"))
        #expect(result.stderr.contains("2 ok, 0 skipped, 0 failed, 2 cancelled, 2 not started of 6"))
        #expect(result.stderr.contains("gen-image: cancelled in flight: items 3–4; nothing was saved"))
        let record = try manifest(scenario, at: "j.results.json")
        #expect(record["cancelled"] as? Bool == true)
        #expect(statuses(record) == ["ok", "ok", "cancelled", "cancelled", "not_run", "not_run"])
        #expect(!scenario.files.contains { $0.hasSuffix(".tmp") }, "\(scenario.files)")
        #expect(scenario.files.filter { $0.hasSuffix(".png") }.count == 2)
    }
}

/// Holds the first `count` callers until all of them have arrived (or 10 s pass, so a broken client fails the
/// test instead of hanging it); later callers pass at once.
final class Barrier: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private var arrived = 0
    private var together = false

    init(count: Int) {
        self.count = count
    }

    /// Whether the first `count` callers were all waiting at the same moment.
    var passedTogether: Bool { condition.withLock { together } }

    func arriveAndWait() {
        condition.lock()
        defer { condition.unlock() }
        arrived += 1
        guard arrived <= count else { return }
        if arrived == count {
            together = true
            condition.broadcast()
            return
        }
        let deadline = Date().addingTimeInterval(10)
        while arrived < count, condition.wait(until: deadline) {}
    }
}
