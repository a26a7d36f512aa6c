import FakeGateway
import Foundation
import Testing

@testable import ImageAPIClient

/// Each backend reads its own shape's replies: what differs between them is decided here, not by the client.
@Suite("One backend per API shape")
struct APIShapeTests {
    static let image = TestImages.png(width: 64, height: 48)

    func response(_ json: String) -> HTTPResponse {
        HTTPResponse(status: 200, headers: ["X-Request-Id": "req-7"], body: Data(json.utf8))
    }

    @Test func aWholeResponsesObjectReadsAsTheClosingEvent() throws {
        let body = """
            {"output":[{"type":"image_generation_call","id":"ig_1","result":"\(Self.image.base64EncodedString())"}],\
            "usage":{"total_tokens":9}}
            """
        guard case .event(let event) = try ResponsesBackend().decodeUnstreamedReply(response(body)) else {
            Issue.record("not read as an event")
            return
        }
        let updates = try ResponsesBackend().decodeEvent(event, knownImages: [], decodePartials: false)
        guard case .completed(let usage, let images) = try #require(updates.first) else {
            Issue.record("not the closing event: \(updates)")
            return
        }
        #expect(usage?["total_tokens"] == .number(9))
        #expect(images.map(\.key) == ["ig_1"] && images.first?.data == Self.image)
    }

    @Test func aResponsesErrorBodyIsTheGatewaysError() {
        let body = #"{"error":{"message":"model overloaded","code":"server_busy"}}"#
        #expect {
            try ResponsesBackend().decodeUnstreamedReply(response(body))
        } throws: { error in
            (error as? ImageAPIError)?.message.contains("model overloaded") == true
        }
    }

    @Test(arguments: [ImagesBackend() as any APIShape, ChatCompletionsBackend()])
    func otherShapesReadAWholeReplyAsAReply(_ backend: any APIShape) throws {
        let body = #"{"data":[{"b64_json":"\#(Self.image.base64EncodedString())"}]}"#
        guard case .reply(let reply) = try backend.decodeUnstreamedReply(response(body)) else {
            Issue.record("not read as a reply")
            return
        }
        #expect(reply.payload == .inline(Self.image))
        #expect(!backend.partialMayBeTheImage && !backend.announcesEachImage)
    }

    @Test func onlyTheResponsesAPIKeepsPartialsAndAnnouncesEachImage() {
        #expect(ResponsesBackend().partialMayBeTheImage && ResponsesBackend().announcesEachImage)
    }
}
