import FakeGateway
import Foundation
import ImageAPIClient
import Testing

@testable import gen_image

/// The gallery: `jobs.html` beside a batch's results file, rewritten as items finish, and `gen-image gallery`
/// for any images carrying gen-image's record. Self-contained (inline CSS, relative image paths, nothing from
/// the network, no script), every prompt escaped; checked as text and rendered by headless Chromium.
@Suite("Gallery pages, end to end")
struct GalleryEndToEndTests {
    /// Every `src` and `href` value of a page.
    static func links(in html: String) -> [String] {
        html.matches(of: /(?:src|href)="([^"]*)"/).map { String($0.output.1) }
    }

    /// Nothing on the page can reach the network: no scheme or protocol-relative link, no CSS import or url().
    static func expectOffline(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for link in links(in: html) {
            #expect(
                !link.contains("://") && !link.hasPrefix("//") && !link.lowercased().hasPrefix("data:"),
                "\(link) points outside the folder", sourceLocation: sourceLocation)
        }
        for needle in ["http://", "https://", "@import", "url(", "<script", "<link", "<iframe"] {
            #expect(!html.lowercased().contains(needle), "the page holds \(needle)", sourceLocation: sourceLocation)
        }
    }

    @Test func aBatchPageHoldsEveryItemEscapedOfflineAndRendersInChromium() throws {
        let scenario = try Scenario()
        scenario.gateway.defaultImage = TestImages.png(width: 192, height: 192)
        scenario.gateway.setHandler { [weak gateway = scenario.gateway] request in
            guard let gateway else { return FakeResponse(status: 503) }
            if request.method == "POST", String(decoding: request.body, as: UTF8.self).contains("FAILING") {
                return .error(
                    status: 400, message: "Your request was rejected by the safety system",
                    code: "content_policy_violation")
            }
            return gateway.defaultResponse(to: request)
        }
        let hostile = #"A lighthouse at dusk <script>alert("x")</script> & "quotes""#
        let items: [[String: Any]] = [
            ["prompt": hostile, "filename": "lighthouse.png"],
            ["prompt": "A red fox in the snow", "model": "gpt-image-2", "size": "1536x1024"],
            ["prompt": "A FAILING request"],
            ["prompt": "一只可爱的橘猫在草地上玩耍"],
        ]
        let file = try JSONSerialization.data(withJSONObject: ["prompts": items])
        try scenario.write(file, to: "jobs.json")
        let result = try scenario.run(["batch", "jobs.json"])
        #expect(result.exitCode == 4, "\(result.stderr)")
        let page = scenario.folder.appendingPathComponent("jobs.html")
        #expect(result.stderr.contains("gallery: \(page.path)"), "\(result.stderr)")
        let html = try String(contentsOf: page, encoding: .utf8)

        #expect(html.components(separatedBy: "<figure").count - 1 == 4)
        #expect(
            html.contains(
                "A lighthouse at dusk &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;"))
        #expect(!html.contains("<script>alert"))
        for prompt in ["A red fox in the snow", "A FAILING request", "一只可爱的橘猫在草地上玩耍"] {
            #expect(html.contains(prompt), "missing \(prompt)")
        }
        Self.expectOffline(html)
        // The failed item shows its stable code and message, as the results file records them.
        let results =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: scenario.folder.appendingPathComponent("jobs.results.json"))) as? [String: Any]
        let jobs = try #require(results?["jobs"] as? [[String: Any]])
        let failure = try #require(jobs[2]["error"] as? [String: Any])
        let code = try #require(failure["code"] as? String)
        #expect(html.contains("<code>\(code)</code>"), "no failure code \(code)")
        #expect(html.contains("1 failed") && html.contains("3 ok"))
        // Sizes asked and delivered, and each item's command line.
        #expect(html.contains("1536x1024 asked · 192x192 delivered"))
        #expect(html.contains("gen-image -p &#39;A red fox in the snow&#39; -m gpt-image-2 -s 1536x1024 -f "))
        // Thumbnails are lazy and relative, and each is there.
        let images = html.matches(of: /<img src="([^"]*)" loading="lazy"/).map { String($0.output.1) }
        #expect(images.count == 3)
        for source in images {
            let path = scenario.folder.appendingPathComponent(source.removingPercentEncoding ?? source).path
            #expect(FileManager.default.fileExists(atPath: path), "\(source)")
        }

        let shot = scenario.folder.appendingPathComponent("gallery.png")
        try HeadlessChromium.screenshot(
            of: page, to: shot, profile: scenario.folder.appendingPathComponent(".chromium"))
        let colours = try HeadlessChromium.colours(of: shot)
        #expect(colours.width == 1100 && colours.height == 800)
        #expect(colours.count > 200, "the screenshot looks blank: \(colours.count) colours")
        if ProcessInfo.processInfo.environment["GEN_IMAGE_UPDATE_SCREENSHOTS"] == "1" {
            let target = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("references/images/gallery.png")
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: shot, to: target)
        }
    }

    @Test func thePageFollowsTheBatchAndShowsWhereAnInterruptedOneStands() throws {
        let scenario = try Scenario()
        scenario.gateway.setHandler { [weak gateway = scenario.gateway] request in
            guard let gateway else { return FakeResponse(status: 503) }
            if request.method == "POST", String(decoding: request.body, as: UTF8.self).contains("slow") {
                return FakeResponse(bodyMode: .neverRespond)
            }
            return gateway.defaultResponse(to: request)
        }
        try scenario.write(Data(#"{"prompts": [{"prompt": "quick one"}, {"prompt": "slow one"}]}"#.utf8), to: "j.json")
        let page = scenario.folder.appendingPathComponent("j.html")
        let seen = SeenPage()
        let result = try scenario.run(
            ["batch", "j.json", "-j", "2"],
            interrupt: .init(
                signal: SIGINT,
                when: {
                    guard let html = try? String(contentsOf: page, encoding: .utf8) else { return false }
                    guard html.contains("1 ok") && html.contains("1 waiting") else { return false }
                    seen.html = html
                    return true
                }))
        #expect(result.exitCode == 130, "\(result.stderr)")
        let running = try #require(seen.html, "the page never showed one item done and one waiting")
        #expect(running.contains(#"<meta http-equiv="refresh""#))
        #expect(running.contains(#"<figure class="card ok">"#) && running.contains(#"<figure class="card waiting">"#))
        let final = try String(contentsOf: page, encoding: .utf8)
        #expect(!final.contains(#"http-equiv="refresh""#))
        #expect(final.contains(#"<figure class="card ok">"#) && final.contains(#"<figure class="card cancelled">"#))
    }

    @Test func galleryMakesThePageFromImagesRecords() throws {
        let scenario = try Scenario()
        #expect(try scenario.run(["-p", "a <b>bold</b> cat", "-f", "a.png"]).exitCode == 0)
        #expect(try scenario.run(["-m", "gpt-image-2", "-p", "second", "-q", "low", "-f", "b.png"]).exitCode == 0)
        #expect(try scenario.run(["-p", "private", "-f", "c.png", "--no-metadata"]).exitCode == 0)

        let made = try scenario.run(["gallery"])
        #expect(made.exitCode == 0, "\(made.stderr)")
        let page = scenario.folder.appendingPathComponent("gallery.html")
        #expect(made.stdoutLines == [page.path])
        #expect(made.stderr.contains("1 files without a gen-image record left out"), "\(made.stderr)")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.components(separatedBy: "<figure").count - 1 == 2)
        #expect(html.contains("a &lt;b&gt;bold&lt;/b&gt; cat") && !html.contains("<b>bold"))
        #expect(html.contains(#"src="a.png""#) && html.contains(#"src="b.png""#) && !html.contains("c.png"))
        #expect(html.contains("gen-image -p second -m gpt-image-2 -q low"))
        Self.expectOffline(html)

        let elsewhere = try scenario.run(["gallery", "a.png", "-o", "out/page.html"])
        #expect(elsewhere.exitCode == 0, "\(elsewhere.stderr)")
        let other = try String(contentsOf: scenario.folder.appendingPathComponent("out/page.html"), encoding: .utf8)
        #expect(other.contains(#"src="../a.png""#))

        // A file of that name that is not a gen-image page is never replaced.
        try scenario.write(Data("my notes".utf8), to: "notes.html")
        let refused = try scenario.run(["gallery", "-o", "notes.html"])
        #expect(refused.exitCode == 1, "\(refused.stderr)")
        #expect(
            try String(contentsOf: scenario.folder.appendingPathComponent("notes.html"), encoding: .utf8) == "my notes")

        let empty = scenario.folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(try scenario.run(["gallery", "empty"]).exitCode == 2)
    }
}

extension GalleryEndToEndTests {
    /// A card's command line, pasted into a shell, asks for what the card shows: the prompt exactly (quotes,
    /// `$`, backticks, a leading dash, Chinese), the model, the settings and the file name.
    @Test(arguments: [
        #"it's "quoted" $HOME `ls` \ done"#, "-n looks like a flag", "一只可爱的橘猫在草地上玩耍", "line one\nline two",
    ])
    func aCardsCommandLineRunsAsShown(prompt: String) throws {
        let scenario = try Scenario()
        let record = ProvenanceRecord(
            prompt: prompt, model: "gpt-image-2", provider: "apiyi", endpoint: "images", sizeAsked: "1536x1024",
            quality: "low", format: "png", created: "2026-12-07T01:00:00Z",
            settings: [("size", "1536x1024"), ("quality", "low")])
        let line = GalleryCommandLine.text(record, filename: "my file.png")
        #expect(line.hasPrefix("gen-image "))
        let command = "'\(CLIRunner.binary.path)'" + line.dropFirst("gen-image".count) + " --dry-run --json"
        let result = try CLIRunner.run(
            ["-c", command], in: scenario.folder, environment: ["GEN_IMAGE_BASE_URL": scenario.gateway.baseURL],
            executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(result.exitCode == 0, "\(line)\n\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["prompt_sent"] as? String == prompt, "\(line)")
        #expect(json["model"] as? String == "gpt-image-2")
        let body = ((json["request"] as? [String: Any])?["body"] as? [String: Any]) ?? [:]
        #expect(body["size"] as? String == "1536x1024" && body["quality"] as? String == "low", "\(body)")
    }
}

/// The page as the interrupt check last saw it.
private final class SeenPage: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: String?
    var html: String? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
