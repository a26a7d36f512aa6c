import FakeGateway
import Foundation
import Testing

/// `--dry-run` prints the request the real run would send, built by the same code, and sends nothing.
@Suite("Dry runs, end to end")
struct DryRunEndToEndTests {
    @Test func chatRequestWithoutAKey() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["-p", "一只猫 \"quoted\"", "--dry-run"], environment: ["APIYI_API_KEY": nil])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let lines = result.stdoutLines
        #expect(lines.first == "POST \(scenario.gateway.url("/v1/chat/completions"))")
        #expect(lines.contains("Authorization: Bearer <APIYI_API_KEY not set>"))
        #expect(result.stdout.contains(#""content" : "一只猫 \"quoted\"""#))
        #expect(result.stdout.contains(#""model" : "gpt-image-2-all""#))
        #expect(result.stderr.contains("dry run: nothing was sent"))
        #expect(scenario.gateway.requests.isEmpty)
        #expect(scenario.files.isEmpty)
    }

    @Test func keyIsMaskedAndBase64Shortened() throws {
        let scenario = try Scenario()
        let inputs = try scenario.writeThreeInputs()
        let result = try scenario.run(["-p", "融合图1和图2", "-i", "a.png", "b.jpg", "c.webp", "--dry-run"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Authorization: Bearer sk-…3a9c"))
        #expect(!result.stdout.contains(CLIRunner.markerKey))
        for (data, type) in zip(inputs, ["png", "jpeg", "webp"]) {
            let length = data.base64EncodedString().count
            #expect(result.stdout.contains("data:image/\(type);base64,<base64, \(length) characters>"))
        }
        #expect(result.stdout.utf8.count < 4_000)
        #expect(scenario.gateway.requests.isEmpty)
        #expect(scenario.files == ["a.png", "b.jpg", "c.webp"], "\(scenario.files)")
    }

    @Test func multipartEditListsItsParts() throws {
        let scenario = try Scenario()
        _ = try scenario.writeThreeInputs()
        let result = try scenario.run(
            ["-p", "make it blue", "-m", "gpt-image-2", "-i", "a.png", "b.jpg", "-s", "1024x1024", "--dry-run"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let lines = result.stdoutLines
        #expect(lines.first == "POST \(scenario.gateway.url("/v1/images/edits"))")
        #expect(lines.contains("prompt: make it blue"))
        #expect(lines.contains("size: 1024x1024"))
        #expect(lines.contains { $0.hasPrefix("image[]: a.png (image/png, ") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("image[]: b.jpg (image/jpeg, ") }, "\(lines)")
        #expect(scenario.gateway.requests.isEmpty)
    }

    @Test func badInputsAreStillRefused() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["-p", "x", "-s", "5000x1", "--dry-run"])
        scenario.expectFailure(result, exitCode: 2)
    }
}
