import FakeGateway
import Foundation
import Testing

/// Issue #10 end to end: absurd numbers, a closed stdout, temporary files.
@Suite("Trust, end to end")
struct TrustEndToEndTests {
    @Test("absurd timeouts are usage errors, not crashes", arguments: ["99999999999", "2e10", "1e300", "86401"])
    func absurdTimeout(_ value: String) throws {
        let scenario = try Scenario()
        let plain = try scenario.run(["-p", "x", "--timeout", value, "-f", "x.png"])
        scenario.expectFailure(plain, exitCode: 2, mentions: ["invalid value '\(value)' for --timeout", "86400 s"])
        let json = try scenario.run(["-p", "x", "--timeout", value, "--json"])
        #expect(json.exitCode == 2)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any], "\(json.stdout)")
        #expect((object["error"] as? [String: Any])?["code"] as? String == "invalid_argument")
        let dryRun = try scenario.run(["-p", "x", "--timeout", value, "--dry-run"])
        #expect(dryRun.exitCode == 2)
        #expect(scenario.gateway.requests.isEmpty)
    }

    @Test func aDayIsTheLongestTimeout() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["-p", "x", "--timeout", "86400", "-f", "x.png"])
        scenario.expectSaved(result)
    }
}
