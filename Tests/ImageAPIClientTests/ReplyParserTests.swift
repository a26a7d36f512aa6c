import Foundation
import Testing

@testable import ImageAPIClient

@Suite("Reading replies")
struct ReplyParserTests {
    static let image = ImageInspectorTests.png(width: 8, height: 8)

    func response(_ json: String, status: Int = 200) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["X-Request-Id": "req-7"], body: Data(json.utf8))
    }

    func parseFailure(_ json: String, status: Int = 200) -> ImageAPIError? {
        do {
            _ = try ReplyParser.parse(response(json, status: status))
            return nil
        } catch {
            return error
        }
    }

    @Test("b64_json with and without the data: prefix", arguments: ["", "data:image/png;base64,"])
    func b64(prefix: String) throws {
        let json =
            "{\"created\":1,\"data\":[{\"b64_json\":\"\(prefix)\(Self.image.base64EncodedString())\"}],"
            + "\"usage\":{\"input_tokens\":30,\"output_tokens\":196,\"total_tokens\":226}}"
        let reply = try ReplyParser.parse(response(json))
        #expect(reply.payload == .inline(Self.image))
        #expect(reply.usage?["total_tokens"] == .number(226))
    }

    @Test func b64WithEscapedSlashesAndLineBreaks() throws {
        let escaped = Self.image.base64EncodedString().replacingOccurrences(of: "/", with: "\\/")
        #expect(
            try ReplyParser.parse(response("{\"data\":[{\"b64_json\":\"\(escaped)\"}]}")).payload
                == .inline(Self.image))
        let wrapped = Self.image.base64EncodedString(options: .lineLength64Characters)
            .replacingOccurrences(of: "\r\n", with: "\\n")
        #expect(
            try ReplyParser.parse(response("{\"data\":[{\"b64_json\":\"\(wrapped)\"}]}")).payload
                == .inline(Self.image))
    }

    @Test func b64KeyQuotedInsideAnotherStringIsNotTaken() throws {
        let json =
            "{\"note\":\"the \\\"b64_json\\\": \\\"QUJD\\\" field\",\"data\":[{\"b64_json\":\""
            + Self.image.base64EncodedString() + "\"}]}"
        #expect(try ReplyParser.parse(response(json)).payload == .inline(Self.image))
    }

    @Test func emptyB64BesideAURLFallsBackToTheURL() throws {
        let json = "{\"data\":[{\"b64_json\":\"\",\"url\":\"https://r2cdn.test/a.png\"}]}"
        #expect(try ReplyParser.parse(response(json)).payload == .remote("https://r2cdn.test/a.png"))
        let spaced = "{\"data\":[{\"b64_json\" : \"\", \"url\":\"https://r2cdn.test/b.png\"}]}"
        #expect(try ReplyParser.parse(response(spaced)).payload == .remote("https://r2cdn.test/b.png"))
        let nullB64 = "{\"data\":[{\"b64_json\":null,\"url\":\"https://r2cdn.test/c.png\"}]}"
        #expect(try ReplyParser.parse(response(nullB64)).payload == .remote("https://r2cdn.test/c.png"))
    }

    @Test func urlReply() throws {
        let reply = try ReplyParser.parse(response("{\"data\":[{\"url\":\"https://r2cdn.test/a.png\"}]}"))
        #expect(reply.payload == .remote("https://r2cdn.test/a.png"))
    }

    @Test func b64IsPreferredWhenBothAreSent() throws {
        let json =
            "{\"data\":[{\"url\":\"https://x.test/a.png\",\"b64_json\":\"\(Self.image.base64EncodedString())\"}]}"
        #expect(try ReplyParser.parse(response(json)).payload == .inline(Self.image))
    }

    @Test func chatMarkdownURL() throws {
        let json = """
            {"choices":[{"index":0,"message":{"role":"assistant","content":"![image](https://r2.test/x.png)\\n\\n"}}],
             "usage":{"prompt_tokens":24,"completion_tokens":818,"total_tokens":842}}
            """
        let reply = try ReplyParser.parse(response(json))
        #expect(reply.payload == .remote("https://r2.test/x.png"))
        #expect(reply.usage?["completion_tokens"] == .number(818))
    }

    @Test func chatContentAsParts() throws {
        let json = """
            {"choices":[{"message":{"content":[{"type":"text","text":"done"},
              {"type":"image_url","image_url":{"url":"data:image/png;base64,\(Self.image.base64EncodedString())"}}]}}]}
            """
        #expect(try ReplyParser.parse(response(json)).payload == .inline(Self.image))
    }

    @Test func chatMessageImagesArray() throws {
        let json =
            "{\"choices\":[{\"message\":{\"content\":\"\",\"images\":[{\"type\":\"image_url\","
            + "\"image_url\":{\"url\":\"https://x.test/i.webp\"}}]}}]}"
        #expect(try ReplyParser.parse(response(json)).payload == .remote("https://x.test/i.webp"))
    }

    @Test func chatTextOnlyShowsTheModelsWords() throws {
        let failure = try #require(
            parseFailure("{\"choices\":[{\"message\":{\"content\":\"I can only describe images, not draw them.\"}}]}"))
        #expect(failure.code == .noImageInReply)
        #expect(failure.message.contains("I can only describe images"))
        #expect(failure.requestID == "req-7")
    }

    @Test(
        "broken replies are bad_response",
        arguments: [
            "{not json", "", "{\"data\":[]}", "{\"data\":[{\"b64_json\":\"@@@@\"}]}", "{\"data\":[{}]}",
            "{\"ok\":true}",
            "[1,2,3]", "{\"data\":\"nope\"}",
        ])
    func brokenReplies(json: String) throws {
        let failure = try #require(parseFailure(json))
        #expect(failure.code == .badResponse)
    }

    @Test func errorBodyInA200IsAnError() throws {
        let failure = try #require(
            parseFailure("{\"error\":{\"message\":\"quota exceeded\",\"code\":\"insufficient_quota\"}}"))
        #expect(failure.message.contains("quota exceeded"))
        #expect(failure.apiCode == "insufficient_quota")
    }
}

@Suite("HTTP failures in words")
struct FailureDescriberTests {
    func describe(_ status: Int, _ body: String, headers: [String: String] = [:]) -> ImageAPIError {
        FailureDescriber.http(HTTPResponse(status: status, headers: headers, body: Data(body.utf8)))
    }

    @Test(
        "statuses map to codes",
        arguments: [
            (401, ImageAPIError.Code.authFailed), (403, .forbidden), (429, .rateLimited), (404, .httpError),
            (413, .httpError), (500, .httpError), (502, .httpError),
        ])
    func statuses(status: Int, code: ImageAPIError.Code) {
        let error = describe(status, "{\"error\":{\"message\":\"m\",\"type\":\"t\",\"param\":null,\"code\":\"c\"}}")
        #expect(error.code == code)
        #expect(error.httpStatus == status)
        #expect(error.message.contains("HTTP \(status)") && error.message.contains(": m"))
        #expect(error.apiCode == "c")
        #expect(error.hint != nil)
    }

    @Test func requestIDFromAnyCommonHeader() {
        #expect(describe(500, "", headers: ["X-Request-Id": "a"]).requestID == "a")
        #expect(describe(500, "", headers: ["x-oneapi-request-id": "b"]).requestID == "b")
    }

    @Test func htmlBecomesAFewReadableLines() {
        let html = """
            <html><head><title>502 Bad Gateway</title><style>body{color:red}</style></head>
            <body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>
            """
        let error = describe(502, html)
        #expect(error.message.contains("502 Bad Gateway"))
        #expect(error.message.contains("nginx"))
        #expect(!error.message.contains("<"))
        #expect(!error.message.contains("color:red"))
    }

    @Test func contentBlockIsNotAnOrdinaryServerError() {
        let body =
            "{\"error\":{\"message\":\"没有按照预期生成图片，请重新调整提示词后重试（traceid: abc）\","
            + "\"localized_message\":\"Unknown error\",\"type\":\"invalid_request_error\","
            + "\"param\":\"\",\"code\":null}}"
        let error = describe(500, body)
        #expect(error.code == .contentBlocked)
        #expect(error.hint?.contains("change the prompt") == true)
        #expect(
            describe(400, "{\"error\":{\"message\":\"Your request was rejected by the safety system\"}}").code
                == .contentBlocked)
    }

    @Test func numericCodesAndTopLevelMessages() {
        #expect(describe(400, "{\"error\":{\"message\":\"x\",\"code\":400}}").apiCode == "400")
        #expect(describe(400, "{\"message\":\"plain\"}").message.contains("plain"))
        #expect(describe(400, "{\"error\":\"just a string\"}").message.contains("just a string"))
    }
}
