import Foundation
import Testing

@testable import ImageAPIClient

/// Issue #10, point 2: no run of 8 or more characters of the key survives anywhere a gateway text is shown,
/// wherever a cut falls. The key is put at every offset around every cut gen-image makes, and the texts are
/// checked both as the client shows them (masked in the bytes first) and with only the final masking, which
/// must catch a key already cut in two on its own.
@Suite("Key masking around cuts")
struct SecretMaskingTests {
    static let key = "sk-rel-MARKER-1234567890abcdefgh"

    /// True when `text` holds 8 or more consecutive characters of the key.
    static func leaks(_ text: String) -> Bool {
        let key = Array(Self.key)
        for start in 0...(key.count - Redaction.shortestFragment)
        where text.contains(String(key[start..<start + Redaction.shortestFragment])) {
            return true
        }
        return false
    }

    /// Every text of an error a front end can show, in both languages.
    static func shown(_ error: ImageAPIError) -> [String] {
        Language.allCases.flatMap { [error.message(in: $0), error.hint(in: $0) ?? ""] }
            + [error.message, error.hint ?? "", error.sourceURL ?? ""]
    }

    /// A body with the key starting `offset` characters after `filler` characters of padding.
    struct Cut: Sendable, CustomTestStringConvertible {
        let testDescription: String
        /// Where the cut falls, in characters from the start of the gateway's text.
        let position: Int
        /// The reply for a key starting at `offset`.
        let reply: @Sendable (Int) -> HTTPResponse
        /// The error gen-image makes of it.
        let describe: @Sendable (HTTPResponse) -> ImageAPIError
    }

    static func http(_ response: HTTPResponse) -> ImageAPIError { FailureDescriber.http(response) }

    static func parsed(_ response: HTTPResponse) -> ImageAPIError {
        do {
            _ = try ReplyParser.parse(response)
            return ImageAPIError(.badResponse, .verbatim("parsed"))
        } catch {
            return error
        }
    }

    static func text(_ prefix: String, status: Int = 400, contentType: String = "text/plain") -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": contentType], body: Data(prefix.utf8))
    }

    static func padded(_ offset: Int, line: Character = "x") -> String {
        String(repeating: line, count: offset) + key + " tail"
    }

    static let cuts: [Cut] = [
        Cut(
            testDescription: "a plain-text line cut at 160 characters", position: 160,
            reply: { text(padded($0)) }, describe: http),
        Cut(
            testDescription: "an HTML line cut at 160 characters", position: 160,
            reply: { text("<html><body><p>" + padded($0) + "</p></body></html>", contentType: "text/html") },
            describe: http),
        Cut(
            testDescription: "a plain-text body cut at 16 KB", position: 16_384,
            reply: { offset in
                let lines = String(repeating: "a\n", count: offset / 2) + (offset % 2 == 1 ? "b" : "")
                return text(lines + key + " tail")
            },
            describe: http),
        Cut(
            testDescription: "a JSON error message cut at 2,000 characters", position: GatewayText.limit,
            reply: { offset in
                let body = #"{"error":{"message":"\#(padded(offset, line: "m"))","code":"bad"}}"#
                return text(body, contentType: "application/json")
            },
            describe: http),
        Cut(
            testDescription: "a 200 error field cut at 2,000 characters", position: GatewayText.limit,
            reply: { offset in
                text(#"{"error":"\#(padded(offset, line: "m"))"}"#, status: 200, contentType: "application/json")
            },
            describe: parsed),
        Cut(
            testDescription: "a model's words cut at 600 characters", position: 600,
            reply: { offset in
                let body = #"{"choices":[{"message":{"role":"assistant","content":"\#(padded(offset, line: "w"))"}}]}"#
                return text(body, status: 200, contentType: "application/json")
            },
            describe: parsed),
    ]

    @Test("the key at every offset around a cut never shows", arguments: cuts)
    func keyAroundCut(_ cut: Cut) {
        let key = Self.key
        for offset in (cut.position - key.count - 2)...(cut.position + 2) {
            let response = cut.reply(offset)
            let alone = cut.describe(response).redacting(key)
            var scrubbed = response
            scrubbed.body = Redaction.scrub(response.body, secret: key)
            let client = cut.describe(scrubbed).redacting(key)
            for text in Self.shown(alone) + Self.shown(client) {
                #expect(!Self.leaks(text), "offset \(offset): \(text.suffix(300))")
            }
        }
    }

    @Test func fragmentsAwayFromACutAreLeftAlone() {
        let text = "keys look like sk-proj-abcdefgh, see the docs"
        #expect(Redaction.scrub(text, secret: "sk-proj-zzzzzzzzzzzzzzzz") == text)
    }

    @Test func wholeKeysAndCutKeysAreMasked() {
        let key = Self.key
        #expect(Redaction.scrub("said \(key) twice \(key).", secret: key) == "said sk-…efgh twice sk-…efgh.")
        #expect(Redaction.scrub("cut here: sk-rel-MARKER-12…", secret: key) == "cut here: sk-…efgh…")
        #expect(Redaction.scrub("…567890abcdefgh and more", secret: key) == "…sk-…efgh and more")
        #expect(Redaction.scrub("ends with MARKER-1234", secret: key) == "ends with sk-…efgh")
    }

    @Test func bytesAreMaskedBeforeReading() {
        let key = Self.key
        let body = Data("a\(key)b\(key)".utf8)
        #expect(String(decoding: Redaction.scrub(body, secret: key), as: UTF8.self) == "ask-…efghbsk-…efgh")
        let clean = Data(repeating: 0x73, count: 100)
        #expect(Redaction.scrub(clean, secret: key) == clean)
    }

    @Test func aLongGatewayTextIsCappedWithANote() {
        let message = String(repeating: "e", count: 1_000_000)
        let body = Data(#"{"error":{"message":"\#(message)"}}"#.utf8)
        let error = FailureDescriber.http(HTTPResponse(status: 400, headers: [:], body: body))
        #expect(error.message.count < 2_200)
        #expect(error.message.contains("998,000 more characters not shown"))
        #expect(error.message(in: .zh).contains("另有 998,000 个字符未显示"))
    }
}
