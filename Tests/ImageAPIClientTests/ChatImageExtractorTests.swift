import Foundation
import Testing

@testable import ImageAPIClient

@Suite("Finding the image in a chat reply")
struct ChatImageExtractorTests {
    static let pngBytes = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3])

    @Test func markdownImage() {
        let content = "![image](https://r2cdn.copilotbase.com/r2cdn2/abc.png)\n\n"
        #expect(ChatImageExtractor.extract(from: content) == .url("https://r2cdn.copilotbase.com/r2cdn2/abc.png"))
    }

    @Test func markdownImageComesBeforeAnEarlierBareURL() {
        let content = "see https://example.com/old.png then ![x](https://cdn.example.com/new.webp)"
        #expect(ChatImageExtractor.extract(from: content) == .url("https://cdn.example.com/new.webp"))
    }

    @Test func markdownImageWithTitleAndAngleBrackets() {
        #expect(
            ChatImageExtractor.extract(from: "![a](<https://x.test/a.png> \"title\")") == .url("https://x.test/a.png"))
        #expect(ChatImageExtractor.extract(from: "![a](https://x.test/a.png \"t\")") == .url("https://x.test/a.png"))
    }

    @Test func bareURLKeepsItsQueryString() {
        let url = "https://cdn.test/img/a.PNG?X-Amz-Signature=abc&expires=123"
        #expect(ChatImageExtractor.extract(from: "Here you go: \(url)。") == .url(url))
    }

    @Test func downloadLinksAreNeverTaken() {
        let content = """
            > 进度 **67%**
            [下载⏬](https://filesystem.site/cdn/download/20250330/x.png)
            """
        #expect(ChatImageExtractor.extract(from: content) == nil)
        let both = "[下载](https://f.site/cdn/download/a.png) https://f.site/cdn/20250330/a.png"
        #expect(ChatImageExtractor.extract(from: both) == .url("https://f.site/cdn/20250330/a.png"))
    }

    @Test func progressLinesThenImageThenDownload() {
        let content = """
            {"prompt": "cat"}

            > 进度 **2%**

            ![file_0000](https://filesystem.site/cdn/20250330/f.png)
            [下载⏬](https://filesystem.site/cdn/download/20250330/f.png)
            """
        #expect(ChatImageExtractor.extract(from: content) == .url("https://filesystem.site/cdn/20250330/f.png"))
    }

    @Test("data URLs of any image type decode", arguments: ["png", "jpeg", "webp"])
    func dataURLOfAnyType(type: String) {
        let content = "![image](data:image/\(type);base64,\(Self.pngBytes.base64EncodedString()))"
        #expect(ChatImageExtractor.extract(from: content) == .inline(Self.pngBytes, declaredType: "image/\(type)"))
    }

    @Test func bareDataURL() {
        let content = "result: data:image/jpeg;base64,\(Self.pngBytes.base64EncodedString()) done"
        #expect(ChatImageExtractor.extract(from: content) == .inline(Self.pngBytes, declaredType: "image/jpeg"))
    }

    @Test func brokenDataURLIsReported() {
        #expect(
            ChatImageExtractor.extract(from: "![i](data:image/png;base64,A)")
                == .undecodable(declaredType: "image/png"))
    }

    @Test(
        "text without an image finds nothing",
        arguments: [
            "", "I can't help with that.", "抱歉，我无法生成这张图片。", "see https://example.com/page", "![]()",
            "![alt](ftp://x/y.png)", "http://", "https://x.test/file.txt",
        ])
    func textOnly(content: String) {
        #expect(ChatImageExtractor.extract(from: content) == nil)
    }

    @Test func imageFileDetection() {
        #expect(ChatImageExtractor.looksLikeImageFile("https://a.test/x.jpeg?sig=1#f"))
        #expect(!ChatImageExtractor.looksLikeImageFile("https://a.test/x.png.html"))
        #expect(!ChatImageExtractor.looksLikeImageFile("https://a.test/download/x.png"))
        #expect(!ChatImageExtractor.looksLikeImageFile("https://a.test/page?file=x.png"))
    }
}
