import Foundation
import Testing

@testable import ImageAPIClient

/// Data URIs in any image field, and base64 kept out of every message.
@Suite("Data URIs and base64 redaction")
struct DataURITests {
    static let png = ImageInspectorTests.png(width: 8, height: 8)
    /// The first bytes a JPEG starts with are all `ImageInspector` needs to call it one.
    static let jpeg = Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]) + Data(repeating: 0, count: 64)

    func parse(_ json: String) throws(ImageAPIError) -> ReplyParser.Reply {
        try ReplyParser.parse(HTTPResponse(status: 200, headers: ["X-Request-Id": "req-9"], body: Data(json.utf8)))
    }

    @Test func aURLHoldingADataURIIsDecodedNotFetched() throws {
        let uri = "data:image/png;base64," + Self.png.base64EncodedString()
        let reply = try parse(#"{"data":[{"url":"\#(uri)"}]}"#)
        #expect(reply.payload == .inline(Self.png))
        #expect(reply.notes.isEmpty)
        let escaped = uri.replacingOccurrences(of: "/", with: "\\/")
        #expect(try parse(#"{"data":[{"url":"\#(escaped)"}]}"#).payload == .inline(Self.png))
    }

    @Test func anyDataURIIsDecodedWhateverItsCaseOrType() throws {
        let upper = "DATA:IMAGE/PNG;BASE64," + Self.png.base64EncodedString()
        let reply = try parse(#"{"data":[{"url":"\#(upper)"}]}"#)
        #expect(reply.payload == .inline(Self.png))
        #expect(reply.notes.isEmpty, "image/png, whatever its case")
        #expect(try parse(#"{"data":[{"b64_json":"\#(upper)"}]}"#).payload == .inline(Self.png))
        let octets = "data:application/octet-stream;base64," + Self.png.base64EncodedString()
        let chat = try parse(
            #"{"choices":[{"message":{"content":[{"type":"image_url","image_url":{"url":"\#(octets)"}}]}}]}"#)
        #expect(chat.payload == .inline(Self.png), "decoded, never handed to the downloader")
        #expect(chat.notes.first?.message.contains("claims application/octet-stream but holds PNG bytes") == true)
    }

    @Test func aClaimThatContradictsTheBytesIsAWarningInEveryField() throws {
        let uri = "data:image/webp;base64," + Self.jpeg.base64EncodedString()
        let replies = [
            #"{"data":[{"url":"\#(uri)"}]}"#,
            #"{"data":[{"b64_json":"\#(uri)"}]}"#,
            #"{"choices":[{"message":{"content":"![x](\#(uri))"}}]}"#,
            #"{"choices":[{"message":{"content":"","images":[{"image_url":{"url":"\#(uri)"}}]}}]}"#,
        ]
        for json in replies {
            let reply = try parse(json)
            #expect(reply.payload == .inline(Self.jpeg))
            #expect(reply.notes.map(\.code) == ["data_uri_type_mismatch"], "\(json.prefix(40))")
            #expect(
                reply.notes.first?.message.contains("claims image/webp but holds JPEG bytes; saved as .jpg") == true)
        }
        let jpg = "data:image/jpg;base64," + Self.jpeg.base64EncodedString()
        #expect(try parse(#"{"data":[{"url":"\#(jpg)"}]}"#).notes.isEmpty, "image/jpg is JPEG")
    }

    @Test func aDataURIWithoutAnImageIsAnErrorThatNamesTypeAndLength() throws {
        let junk = Data(repeating: 0x41, count: 5000)
        for (json, words) in [
            (
                #"{"data":[{"url":"data:image/png;base64,\#(junk.base64EncodedString())"}]}"#,
                ["claiming image/png", "5 KB"]
            ),
            (#"{"data":[{"url":"data:image/png;base64,@@@@"}]}"#, ["not valid base64", "<4 characters>"]),
            (#"{"data":[{"url":"data:text/plain,hello"}]}"#, ["not base64", "data:text/plain,<5 characters>"]),
        ] {
            do {
                _ = try parse(json)
                Issue.record("accepted: \(json.prefix(60))")
            } catch {
                #expect(error.code == .badResponse)
                #expect(error.requestID == "req-9")
                for word in words { #expect(error.message.contains(word), "\(error.message)") }
                #expect(!error.message.contains("QUFB"))
                #expect(error.text.text(in: .zh).contains("data URI"))
            }
        }
    }

    @Test func aStreamedImageClaimingAnotherTypeBringsAWarning() throws {
        let uri = "data:image/webp;base64," + Self.png.base64EncodedString()
        let json = #"{"type":"image_generation.completed","b64_json":"\#(uri)"}"#
        let updates = try ImagesStreamDecoder.decode(
            SSEEvent(name: "image_generation.completed", data: Data(json.utf8)), decodePartials: false)
        guard case .note(let note) = updates.first else {
            Issue.record("no note first: \(updates)")
            return
        }
        #expect(note.message.contains("b64_json claims image/webp but holds PNG bytes"))
        guard case .final(_, let data, _) = updates.dropFirst().first else {
            Issue.record("no final image: \(updates)")
            return
        }
        #expect(data == Self.png)
    }

    @Test func redactionShowsTypeAndLengthOnly() {
        let payload = String(repeating: "iVBORw0K", count: 50_000)
        #expect(
            Base64Redaction.redact("image URL: data:image/png;base64,\(payload) end")
                == "image URL: data:image/png;base64,<400000 characters> end")
        let run = String(repeating: "QUJD", count: 30) + "x9"
        #expect(Base64Redaction.redact("said: \(run).") == "said: <base64, 122 characters>.")
        let folder = "/home/someone/" + String(repeating: "deeply-nested-folder/", count: 8) + "out"
        #expect(Base64Redaction.redact("cannot write \(folder)") == "cannot write \(folder)", "a path is no base64")
        let ordinary = "refusing sk-…9f3a for https://cdn.example.com/a/b/c.png?sig=abc123 — try again"
        #expect(Base64Redaction.redact(ordinary) == ordinary)
        #expect(
            Base64Redaction.describe(dataURI: "data:image/webp;base64,AAAA") == "data:image/webp;base64,<4 characters>")
    }

    @Test func errorsLeavingTheClientCarryNoBase64() {
        let uri = "data:image/png;base64," + String(repeating: "A", count: 1_000_000)
        let error = ImageAPIError(
            .noImageInReply, Message.replyTextInstead(text: .verbatim(uri)), hint: Message.replyTextInsteadHint,
            sourceURL: uri
        ).redactingBase64()
        #expect(error.message.count < 200 && error.message.contains("<1000000 characters>"))
        #expect(error.message(in: .zh).count < 200)
        #expect(error.sourceURL == "data:image/png;base64,<1000000 characters>")
    }
}
