import FakeGateway
import Foundation
import ImageAPIClient
import Testing

/// Text to image through the real binary, on each model and reply shape.
@Suite("Generate, end to end")
struct GenerateEndToEndTests {
    @Test func gptImage2AllDownloadsTheMarkdownURL() throws {
        let scenario = try Scenario()
        let image = TestImages.png(width: 1672, height: 941)
        scenario.gateway.defaultImage = image
        let result = try scenario.run(["-p", "横版 16:9 电影画幅，日落山脉风景", "-f", "sunset.png"])
        let saved = try #require(scenario.expectSaved(result, bytes: image))
        #expect(saved.lastPathComponent == "sunset.png")
        #expect(saved.path == scenario.folder.appendingPathComponent("sunset.png").standardizedFileURL.path)

        let chat = try #require(scenario.gateway.requests(to: "/v1/chat/completions").first)
        let body = try #require(chat.jsonBody)
        #expect(body["model"] as? String == "gpt-image-2-all")
        #expect(body["response_format"] == nil)
        let messages = try #require(body["messages"] as? [[String: Any]])
        #expect(messages.count == 1 && messages[0]["role"] as? String == "user")
        #expect(messages[0]["content"] as? String == "横版 16:9 电影画幅，日落山脉风景")
        #expect(chat.header("Authorization") == "Bearer \(CLIRunner.markerKey)")
        #expect(chat.header("User-Agent")?.hasPrefix("gen-image/") == true)
        #expect(chat.header("Content-Type") == "application/json")

        let downloads = scenario.gateway.requests.filter { $0.method == "GET" }
        #expect(downloads.count == 1)
        #expect(downloads.first?.header("Authorization") == nil, "the key must not go to the download host")
        #expect(result.stderr.contains("1672x941 PNG"))
        #expect(result.stderr.contains("generate with gpt-image-2-all"))
        #expect(result.stderr.contains("60–300 s"))
    }

    @Test func gptImage2AllB64ReplyWithDataURLInMarkdown() throws {
        let scenario = try Scenario()
        let image = TestImages.png(width: 100, height: 50)
        scenario.gateway.defaultImage = image
        let result = try scenario.run(["-p", "a cat", "-r", "b64_json", "-f", "cat.png"])
        scenario.expectSaved(result, bytes: image)
        let body = try #require(scenario.gateway.requests(to: "/v1/chat/completions").first?.jsonBody)
        #expect((body["response_format"] as? [String: Any])?["type"] as? String == "b64_json")
        #expect(scenario.gateway.requests.allSatisfy { $0.method == "POST" }, "nothing to download")
    }

    @Test func gptImage2SendsOnlyGivenFieldsAndSavesPlainB64() throws {
        let scenario = try Scenario()
        let image = TestImages.png(width: 2048, height: 1152)
        scenario.gateway.defaultImage = image
        let result = try scenario.run([
            "-p", "Sunset mountain landscape", "-f", "sunset.png", "-s", "2048 x 1152",
            "-q", "high",
        ])
        scenario.expectSaved(result, bytes: image)
        let request = try #require(scenario.gateway.requests(to: "/v1/images/generations").first)
        let body = try #require(request.jsonBody)
        #expect(Set(body.keys) == ["model", "prompt", "size", "quality"])
        #expect(body["model"] as? String == "gpt-image-2")
        #expect(body["size"] as? String == "2048x1152")
        #expect(body["quality"] as? String == "high")
        #expect(result.stderr.contains("using gpt-image-2 because -s/--size was given"))
        #expect(result.stderr.contains("timeout 600 s"))
    }

    @Test func gptImage2MinimalBodyHasOnlyModelAndPrompt() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["-p", "cat", "-m", "gpt-image-2"])
        scenario.expectSaved(result)
        let body = try #require(scenario.gateway.requests(to: "/v1/images/generations").first?.jsonBody)
        #expect(Set(body.keys) == ["model", "prompt"])
    }

    @Test func gptImage2JpegWithCompression() throws {
        let scenario = try Scenario()
        let jpeg = TestImages.jpeg(width: 1024, height: 1024)
        scenario.gateway.enqueue(.imagesB64(jpeg), for: "/v1/images/generations")
        let result = try scenario.run(["-p", "Landscape photo", "-f", "landscape.jpg", "-o", "jpeg", "-c", "85"])
        let saved = try #require(scenario.expectSaved(result, bytes: jpeg))
        #expect(saved.lastPathComponent == "landscape.jpg")
        let body = try #require(scenario.gateway.requests(to: "/v1/images/generations").first?.jsonBody)
        #expect(body["output_format"] as? String == "jpeg")
        #expect(body["output_compression"] as? Int == 85)
    }

    @Test func vipDefaultsToURLAndSendsSize() throws {
        let scenario = try Scenario()
        let image = TestImages.png(width: 3840, height: 2160, grayscale: true)
        scenario.gateway.defaultImage = image
        let result = try scenario.run([
            "-p", "黄昏时的海边老灯塔", "-m", "gpt-image-2-vip", "-s", "3840x2160",
            "-f", "lighthouse.png",
        ])
        scenario.expectSaved(result, bytes: image)
        let body = try #require(scenario.gateway.requests(to: "/v1/images/generations").first?.jsonBody)
        #expect(Set(body.keys) == ["model", "prompt", "size"])
        #expect(scenario.gateway.requests.filter { $0.method == "GET" }.count == 1)
    }

    @Test func vipB64ReplyWithDataPrefix() throws {
        let scenario = try Scenario()
        let image = TestImages.png(width: 2048, height: 2048)
        scenario.gateway.defaultImage = image
        let result = try scenario.run([
            "-p", "1:1 方形 LOGO", "-m", "gpt-image-2-vip", "-s", "2048x2048",
            "-r", "b64_json", "-f", "logo.png",
        ])
        scenario.expectSaved(result, bytes: image)
        let body = try #require(scenario.gateway.requests(to: "/v1/images/generations").first?.jsonBody)
        #expect(body["response_format"] as? String == "b64_json")
    }

    @Test func explicitURLReplyIsDownloadedAndURLWithQueryKept() throws {
        let scenario = try Scenario()
        let image = TestImages.webp(width: 640, height: 1024)
        let url = scenario.gateway.serve(image, at: "/cdn/signed/pic.webp", contentType: "image/webp")
        scenario.gateway.enqueue(.chat(content: "Here it is: \(url)?sig=abc123&exp=99 enjoy"))
        let result = try scenario.run(["-p", "a tall tower", "-f", "tower.png"])
        let saved = try #require(scenario.expectSaved(result, bytes: image))
        #expect(saved.lastPathComponent == "tower.webp", "extension follows the bytes")
        #expect(result.stderr.contains("saved as tower.webp"))
        let get = try #require(scenario.gateway.requests.first { $0.method == "GET" })
        #expect(get.path == "/cdn/signed/pic.webp" && get.query == "sig=abc123&exp=99")
    }

    @Test func automaticNameFollowsTheScriptsRule() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["-p", "一只可爱的橘猫 在草地上 玩耍 很开心"])
        let saved = try #require(scenario.expectSaved(result))
        let name = saved.lastPathComponent
        let pattern = #/^\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}-一只可爱的橘猫-在草地上-玩耍-[0-9a-f]{6}\.png$/#
        #expect(name.wholeMatch(of: pattern) != nil, "name: \(name)")
    }

    /// The stamp is the local time of `TZ` (read by the C library, as the scripts read it), in whole-hour,
    /// half-hour and zero offsets, for an automatic name and for a requested name found taken.
    @Test(arguments: ["Asia/Shanghai", "America/St_Johns", "UTC"])
    func namesAreStampedInLocalTime(zone: String) throws {
        let scenario = try Scenario()
        try scenario.write(Data("precious".utf8), to: "cat.png")
        let timeZone = try #require(TimeZone(identifier: zone))
        let before = Date().timeIntervalSince1970.rounded(.down)
        let automatic = try scenario.run(["-p", "a cat"], environment: ["TZ": zone])
        let requested = try scenario.run(["-p", "a cat", "-f", "cat.png"], environment: ["TZ": zone])
        let after = Date().timeIntervalSince1970
        let stamps = Set(
            stride(from: before, through: after, by: 1).map {
                FileNamer.timestamp(Date(timeIntervalSince1970: $0), timeZone: timeZone)
            })
        let name = try #require(scenario.expectSaved(automatic)).lastPathComponent
        #expect(stamps.contains(String(name.prefix(19))), "\(name) in \(zone), expected one of \(stamps.sorted())")
        let renamed = try #require(scenario.expectSaved(requested)).lastPathComponent
        #expect(
            stamps.contains(String(renamed.dropFirst("cat-".count).prefix(19))),
            "\(renamed) in \(zone), expected one of \(stamps.sorted())")
    }

    @Test func twoRunsInTheSameSecondNeverCollide() throws {
        let scenario = try Scenario()
        let first = try scenario.run(["-p", "same prompt"])
        let second = try scenario.run(["-p", "same prompt"])
        #expect(first.stdout != second.stdout)
        #expect(scenario.files.count == 2)
    }

    @Test func existingFileIsNeverOverwritten() throws {
        let scenario = try Scenario()
        let original = Data("precious".utf8)
        try scenario.write(original, to: "cat.png")
        let result = try scenario.run(["-p", "a cat", "-f", "cat.png"])
        let saved = try #require(scenario.expectSaved(result))
        #expect(saved.lastPathComponent.wholeMatch(of: #/cat-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}\.png/#) != nil)
        #expect(
            FileManager.default.contents(atPath: scenario.folder.appendingPathComponent("cat.png").path) == original)
        #expect(result.stderr.contains("already exists"))
    }

    @Test func parentFoldersAreCreated() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["-p", "x", "--filename=out/deep/er/x.png"])
        let saved = try #require(scenario.expectSaved(result))
        #expect(saved.path.hasSuffix("/out/deep/er/x.png"))
    }

    @Test func promptIsSentExactlyAsGiven() throws {
        let scenario = try Scenario()
        let prompt = "  -5 °C 的\"雪\"夜 \\ back\\slash\ttab\nnew line  "
        let result = try scenario.run(["--prompt=\(prompt)", "-m", "gpt-image-2"])
        scenario.expectSaved(result)
        let body = try #require(scenario.gateway.requests(to: "/v1/images/generations").first?.jsonBody)
        #expect(body["prompt"] as? String == prompt)
    }

    @Test func promptFromStdin() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["-p", "-", "-f", "s.png"], stdin: Data("帮我生成一张猫的图片，风格要可爱一点。\n".utf8))
        scenario.expectSaved(result)
        let body = try #require(scenario.gateway.requests(to: "/v1/chat/completions").first?.jsonBody)
        let content = (body["messages"] as? [[String: Any]])?.first?["content"] as? String
        #expect(content == "帮我生成一张猫的图片，风格要可爱一点。")
    }

    @Test func unknownModelWithEndpointIsSentUnchecked() throws {
        let scenario = try Scenario()
        let result = try scenario.run([
            "-p", "x", "-m", "gpt-image-2.5", "--endpoint", "images", "-s", "2K",
            "-q", "xhigh",
        ])
        scenario.expectSaved(result)
        let body = try #require(scenario.gateway.requests(to: "/v1/images/generations").first?.jsonBody)
        #expect(body["model"] as? String == "gpt-image-2.5")
        #expect(body["size"] as? String == "2K")
        #expect(body["quality"] as? String == "xhigh")
    }

    @Test func vipOnTheChatEndpointSendsSizeTopLevel() throws {
        let scenario = try Scenario()
        let result = try scenario.run([
            "-p", "灯塔", "-m", "gpt-image-2-vip", "--endpoint", "chat", "-s", "2048x1152",
            "-r", "b64_json",
        ])
        scenario.expectSaved(result)
        let body = try #require(scenario.gateway.requests(to: "/v1/chat/completions").first?.jsonBody)
        #expect(body["size"] as? String == "2048x1152")
        #expect((body["response_format"] as? [String: Any])?["type"] as? String == "b64_json")
    }

    @Test func chatURLResponseFormatIsTheDefaultAndNotSent() throws {
        let scenario = try Scenario()
        scenario.expectSaved(try scenario.run(["-p", "x", "-r", "url"]))
        let body = try #require(scenario.gateway.requests(to: "/v1/chat/completions").first?.jsonBody)
        #expect(body["response_format"] == nil)
    }

    @Test func baseURLFlagWinsOverEnvironment() throws {
        let scenario = try Scenario()
        let result = try scenario.run(
            ["-p", "x", "--base-url", scenario.gateway.baseURL + "/"],
            environment: ["GEN_IMAGE_BASE_URL": "http://127.0.0.1:1/v1"])
        scenario.expectSaved(result)
        #expect(scenario.gateway.requests.first?.path == "/v1/chat/completions")
    }

    @Test func environmentModelIsTheDefault() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["-p", "x"], environment: ["GEN_IMAGE_MODEL": "gpt-image-2"])
        scenario.expectSaved(result)
        #expect(scenario.gateway.requests(to: "/v1/images/generations").count == 1)
    }

    @Test func quietLeavesStderrEmptyOnSuccess() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["-p", "x", "--quiet"])
        scenario.expectSaved(result)
        #expect(result.stderr.isEmpty, "stderr: \(result.stderr)")
    }

    @Test func progressLinesWhileWaitingWhenStderrIsNotATerminal() throws {
        let scenario = try Scenario()
        scenario.delayReplies(by: 1.2)
        let result = try scenario.run(["-p", "x"], environment: ["GEN_IMAGE_PROGRESS_INTERVAL": "0.3"])
        scenario.expectSaved(result)
        let ticks = result.stderr.split(separator: "\n").filter { $0.contains("still waiting for the image") }
        #expect(ticks.count >= 2, "stderr: \(result.stderr)")
        #expect(!result.stderr.contains("\r"), "no redraws when stderr is not a terminal")
        #expect(result.stderr.contains("done in"))
    }

    @Test func progressIsRedrawnInPlaceOnATerminal() throws {
        let scenario = try Scenario()
        defer { withExtendedLifetime(scenario) {} }  // the gateway and folder must outlive the run below
        scenario.delayReplies(by: 1.0)
        // `script` gives the binary a pseudo-terminal, as a person's shell would.
        let command = "\(CLIRunner.binary.path) -p x -f tty.png"
        let result = try CLIRunner.run(
            ["-qfec", command, "/dev/null"], in: scenario.folder,
            environment: [
                "GEN_IMAGE_BASE_URL": scenario.gateway.baseURL, "GEN_IMAGE_PROGRESS_INTERVAL": "0.2",
                "TERM": "xterm",
            ],
            executable: URL(fileURLWithPath: "/usr/bin/script"))
        #expect(result.exitCode == 0, "output: \(result.stdout)")
        #expect(result.stdout.contains("\r\u{1B}[2K⏳ waiting for the image… 0 s"))
        #expect(result.stdout.contains("tty.png"))
    }
}
