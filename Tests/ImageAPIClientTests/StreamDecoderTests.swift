import FakeGateway
import Foundation
import Testing

@testable import ImageAPIClient

/// Both event dialects, decoded from streams built with the schemas' own field names.
@Suite("Stream event decoders")
struct StreamDecoderTests {
    static let final = TestImages.png(width: 64, height: 48)

    func events(_ body: SSEBody) throws -> [SSEEvent] {
        var parser = SSEParser()
        var events: [SSEEvent] = []
        try parser.feed(body.bytes) { events.append($0) }
        return events
    }

    func event(_ name: String?, _ json: [String: Any]) throws -> SSEEvent {
        var body = SSEBody()
        body.event(name, json: json)
        return try #require(try events(body).first)
    }

    @Test func imagesStreamGivesPartialsThenTheFinalImageAndUsage() throws {
        let partials = [StreamShapes.partialImage(0), StreamShapes.partialImage(1)]
        let body = StreamShapes.images(kind: "image_edit", partials: partials, final: Self.final, keepalives: true)
        let updates = try events(body).flatMap { try ImagesStreamDecoder.decode($0, decodePartials: true) }
        #expect(updates.count == 4)
        guard case .partial(let key, let index, let data) = updates[1] else {
            Issue.record("not a partial: \(updates[1])")
            return
        }
        #expect(key == ImagesStreamDecoder.key && index == 1 && data == partials[1])
        guard case .final(_, let image, nil) = updates[2], case .completed(let usage, let fallback) = updates[3] else {
            Issue.record("no final and completed: \(updates)")
            return
        }
        #expect(image == Self.final)
        #expect(usage?["total_tokens"] == .number(226))
        #expect(fallback.isEmpty)
    }

    @Test func imagesPartialsAreNotDecodedWhenNobodyKeepsThem() throws {
        let body = StreamShapes.images(partials: [StreamShapes.partialImage(0)], final: Self.final)
        let first = try #require(try events(body).first)
        guard case .partial(_, 0, nil) = try ImagesStreamDecoder.decode(first, decodePartials: false)[0] else {
            Issue.record("expected an undecoded partial")
            return
        }
    }

    @Test func imagesCompletedWithoutAnImageIsABadResponse() throws {
        var completed = StreamShapes.imagesCompleted(kind: "image_generation", image: Self.final)
        completed["b64_json"] = ""
        let failure = #expect(throws: ImageAPIError.self) {
            _ = try ImagesStreamDecoder.decode(
                try event("image_generation.completed", completed), decodePartials: false)
        }
        #expect(failure?.code == .badResponse)
    }

    @Test func imagesErrorEventsInEitherShape() throws {
        let shapes: [[String: Any]] = [
            ["error": ["message": "Your request was rejected by the safety system", "code": "moderation_blocked"]],
            [
                "type": "error", "code": "moderation_blocked",
                "message": "Your request was rejected by the safety system",
            ],
        ]
        for shape in shapes {
            let updates = try ImagesStreamDecoder.decode(try event("error", shape), decodePartials: false)
            guard case .failed(let error) = updates.first else {
                Issue.record("not a failure: \(updates)")
                continue
            }
            #expect(error.code == .contentBlocked)
            #expect(error.apiCode == "moderation_blocked")
            #expect(error.message.contains("rejected by the safety system"))
        }
    }

    @Test func responsesStreamGivesPartialsFinalsRevisedPromptsAndUsage() throws {
        let images = [
            StreamShapes.ResponsesImage(
                id: "ig_a", partials: [StreamShapes.partialImage(0)], result: Self.final,
                revisedPrompt: "A red circle"),
            StreamShapes.ResponsesImage(id: "ig_b", result: StreamShapes.partialImage(2), revisedPrompt: "A square"),
        ]
        let body = StreamShapes.responses(images: images, text: "Here you are.", keepalives: true)
        var updates: [StreamUpdate] = []
        var known: Set<String> = []
        for event in try events(body) {
            for update in try ResponsesStreamDecoder.decode(event, knownImages: known) {
                if case .final(let key, .some, _) = update { known.insert(key) }
                if case .ignored = update { continue }
                updates.append(update)
            }
        }
        #expect(updates.count == 5)
        guard case .partial("ig_a", 0, StreamShapes.partialImage(0)) = updates[0] else {
            Issue.record("first update: \(updates[0])")
            return
        }
        guard case .final("ig_a", Self.final, "A red circle") = updates[1],
            case .final("ig_b", StreamShapes.partialImage(2), "A square") = updates[2],
            case .text("Here you are.") = updates[3],
            case .completed(let usage, let fallback) = updates[4]
        else {
            Issue.record("updates: \(updates)")
            return
        }
        #expect(usage?["total_tokens"] == .number(1_670))
        #expect(fallback.isEmpty, "images already known are not decoded again")
    }

    @Test func responsesClosingEventSuppliesImagesNoEarlierEventCarried() throws {
        let body = StreamShapes.responses(images: [StreamShapes.ResponsesImage(id: "ig_z", result: Self.final)])
        let closing = try #require(try events(body).last)
        guard case .completed(_, let fallback) = try ResponsesStreamDecoder.decode(closing, knownImages: [])[0] else {
            Issue.record("not completed")
            return
        }
        #expect(fallback.map(\.key) == ["ig_z"])
        #expect(fallback.first?.data == Self.final)
    }

    @Test func responsesFailuresBecomeErrors() throws {
        let cases: [(String, [String: Any], ImageAPIError.Code, String)] = [
            (
                "error", StreamShapes.responsesError(code: "server_error", message: "upstream failed"), .httpError,
                "upstream failed"
            ),
            (
                "response.failed",
                [
                    "type": "response.failed",
                    "response": [
                        "status": "failed",
                        "error": [
                            "code": "image_content_policy_violation", "message": "blocked by policy",
                        ],
                    ],
                ],
                .contentBlocked, "the response failed: blocked by policy"
            ),
            (
                "response.incomplete",
                [
                    "type": "response.incomplete",
                    "response": ["status": "incomplete", "incomplete_details": ["reason": "content_filter"]],
                ],
                .contentBlocked, "content_filter"
            ),
            (
                "error", StreamShapes.responsesError(code: "rate_limit_exceeded", message: "slow down"), .rateLimited,
                "slow down"
            ),
        ]
        for (name, json, code, words) in cases {
            guard case .failed(let error) = try ResponsesStreamDecoder.decode(try event(name, json), knownImages: [])[0]
            else {
                Issue.record("\(name) was not a failure")
                continue
            }
            #expect(error.code == code, "\(name)")
            #expect(error.message.contains(words), "\(error.message)")
        }
    }

    @Test func damagedBase64InAFinalImageIsABadResponse() throws {
        var body = SSEBody()
        body.event(
            "response.output_item.done",
            json: [
                "type": "response.output_item.done", "output_index": 0,
                "item": [
                    "type": "image_generation_call", "id": "ig_1", "status": "completed", "result": "@@not base64@@",
                ],
            ])
        let failure = #expect(throws: ImageAPIError.self) {
            _ = try ResponsesStreamDecoder.decode(try #require(try events(body).first), knownImages: [])
        }
        #expect(failure?.code == .badResponse)
    }
}
