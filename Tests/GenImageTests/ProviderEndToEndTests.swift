import FakeGateway
import Foundation
import Testing

/// `--provider` picks the key's variable and the default model; the base URL still comes from
/// GEN_IMAGE_BASE_URL here, which is how a test points a named provider at the fake gateway.
@Suite("Providers, end to end")
struct ProviderEndToEndTests {
    @Test func openaiUsesItsOwnKeyAndTheImagesAPI() throws {
        let scenario = try Scenario()
        let result = try scenario.run(
            ["-p", "a cat", "--provider", "openai", "-f", "cat.png"],
            environment: ["APIYI_API_KEY": nil, "OPENAI_API_KEY": CLIRunner.markerKey])
        scenario.expectSaved(result)
        let request = try #require(scenario.gateway.requests(to: "/v1/images/generations").first)
        #expect(request.header("Authorization") == "Bearer \(CLIRunner.markerKey)")
        #expect(request.jsonBody?["model"] as? String == "gpt-image-2")
    }

    @Test func aMissingProviderKeyNamesItsVariable() throws {
        let scenario = try Scenario()
        let result = try scenario.run(
            ["-p", "a cat"], environment: ["GEN_IMAGE_PROVIDER": "vibeapi", "APIYI_API_KEY": CLIRunner.markerKey])
        scenario.expectFailure(
            result, exitCode: 3,
            mentions: ["VIBEAPI_API_KEY is not set", "https://www.vibeapi.cn", "export VIBEAPI_API_KEY"])
        #expect(scenario.gateway.requests.isEmpty)
    }

    @Test func anUnknownProviderIsAUsageError() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["-p", "a cat", "--provider", "nope"])
        scenario.expectFailure(result, exitCode: 2, mentions: ["unknown provider 'nope'", "apiyi, vibeapi, openai"])
    }
}
