import FakeGateway
import Foundation
import Testing

/// The Responses request against the examples on VibeAPI's page (seed 004), compared by shape: the same
/// members at every level, the same JSON types, the tool carrying only what the example carries.
@Suite("Responses body, VibeAPI's documented shape")
struct ResponsesDocumentedShapeTests {
    /// Seed 004's curl example (its long line wrapped).
    static let basic = #"""
        {
        "model": "gpt-5.5",
        "instructions": "You are a helpful image generation assistant.",
        "input": [{"role": "user", "content": [
            {"type": "input_text", "text": "Generate an image of a cat hugging an otter"}]}],
        "stream": true,
        "tools": [{"type": "image_generation"}]
        }
        """#

    /// Seed 004's "custom output parameters" tool and its image-input message.
    static let options = #"""
        {"tools": [{
        "type": "image_generation",
        "quality": "low",
        "size": "1536x1024",
        "output_format": "webp",
        "output_compression": 50,
        "moderation": "low"
        }]}
        """#
    static let imageInput = #"""
        {"role": "user", "content": [
        {"type": "input_text", "text": "Make this image look like a watercolor painting"},
        {"type": "input_image", "image_url": "data:image/png;base64,..."}
        ]}
        """#

    /// Members and types, recursively: `{input:[{content:[{text:string,type:string}],role:string}],…}`.
    static func shape(_ value: Any) -> String {
        switch value {
        case let object as [String: Any]:
            return "{" + object.keys.sorted().map { "\($0):\(shape(object[$0]!))" }.joined(separator: ",") + "}"
        case let array as [Any]:
            return "[" + Set(array.map(shape)).sorted().joined(separator: "|") + "]"
        case is NSNumber, is Bool, is Int, is Double:
            return "scalar"
        case is String:
            return "string"
        default:
            return "null"
        }
    }

    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func thePlainRequestHasTheExamplesShape() throws {
        let scenario = try Scenario()
        let result = try scenario.run(
            ["--provider", "vibeapi", "--endpoint", "responses", "-p", "a cat", "-f", "c.png"],
            environment: ["VIBEAPI_API_KEY": CLIRunner.markerKey])
        scenario.expectSaved(result)
        let body = try #require(scenario.gateway.requests(to: "/v1/responses").first?.jsonBody)
        #expect(Self.shape(body) == Self.shape(try Self.object(Self.basic)))
        #expect(body["model"] as? String == "gpt-5.5")
        #expect(body["stream"] as? Bool == true)
        #expect(JSONSerialization.isValidJSONObject(body))
        let tools = try #require(body["tools"] as? [[String: Any]])
        #expect(tools.count == 1 && tools[0].count == 1 && tools[0]["type"] as? String == "image_generation")
    }

    @Test func optionsAndAnInputImageGoWhereTheExamplesPutThem() throws {
        let scenario = try Scenario()
        try scenario.write(TestImages.png(width: 64, height: 64), to: "in.png")
        let result = try scenario.run(
            [
                "--provider", "vibeapi", "--endpoint", "responses", "-p", "watercolor", "-i", "in.png", "-q", "low",
                "-s", "1536x1024", "-o", "webp", "-c", "50", "--moderation", "low", "-f", "c.png",
            ],
            environment: ["VIBEAPI_API_KEY": CLIRunner.markerKey])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let body = try #require(scenario.gateway.requests(to: "/v1/responses").first?.jsonBody)
        let tool = try #require((body["tools"] as? [[String: Any]])?.first)
        let documented = try #require((try Self.object(Self.options)["tools"] as? [[String: Any]])?.first)
        #expect(Self.shape(tool) == Self.shape(documented))
        #expect(NSDictionary(dictionary: tool).isEqual(to: documented), "\(tool)")
        let message = try #require((body["input"] as? [[String: Any]])?.first)
        #expect(Self.shape(message) == Self.shape(try Self.object(Self.imageInput)))
    }
}
