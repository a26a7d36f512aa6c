import Foundation
import Testing

@testable import ImageAPIClient

/// The links a chat reply holds besides the one saved: in `extract`'s order, repeats dropped, data URIs shown
/// by type and length only.
@Suite("Every image link in a chat reply")
struct ChatImageLinksTests {
    @Test func theFirstLinkIsTheOneExtractTakes() {
        let contents = [
            "see https://a.test/bare.png and ![x](https://a.test/md.png)",
            "data:image/png;base64,iVBORw0KGgo= then https://a.test/bare.jpg",
            "[下载](https://a.test/dl.png) ![x](<https://a.test/md.webp>) https://a.test/b.png",
        ]
        for content in contents {
            let first = ChatImageExtractor.links(in: content).first
            switch ChatImageExtractor.extract(from: content) {
            case .url(let url)?: #expect(first?.shown == url, "\(content)")
            case .inline?: #expect(first?.shown.hasPrefix("data:image/png;base64,<") == true, "\(content)")
            default: Issue.record("no image in \(content)")
            }
        }
    }

    @Test func repeatsAndDownloadLinksAreNotOthers() {
        let content = "![a](https://a.test/1.png) [download](https://a.test/2.png) https://a.test/1.png"
        #expect(ChatImageExtractor.others(in: ChatImageExtractor.links(in: content)).isEmpty)
    }

    @Test func dataURIsAreDescribedAndTellApart() {
        let one = Data(repeating: 1, count: 300).base64EncodedString()
        let two = Data(repeating: 2, count: 300).base64EncodedString()
        let content =
            "![a](data:image/png;base64,\(one)) data:image/png;base64,\(one) ![b](data:image/webp;base64,\(two))"
        let others = ChatImageExtractor.others(in: ChatImageExtractor.links(in: content))
        #expect(others.map(\.shown) == ["data:image/webp;base64,<\(two.utf8.count) characters>"])
        let part = ChatImageExtractor.Link.of("data:image/png;base64,\(one)")
        #expect(part == ChatImageExtractor.links(in: content).first, "a part and the text name the same image")
    }
}
