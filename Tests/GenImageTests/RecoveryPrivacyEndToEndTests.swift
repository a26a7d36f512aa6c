import FakeGateway
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue #19, point 4: the recovery folder is private. A billed image that cannot be saved where asked goes to
/// a folder of this user's, created 0700, and is written 0600; the shared temporary folder's fallback is per
/// user, and a symbolic link or a folder of someone else's planted there is never written into.
@Suite("The recovery folder is private, end to end")
struct RecoveryPrivacyEndToEndTests {
    /// Makes saving to `out/` fail after the gateway answered: the folder is replaced by a file meanwhile.
    func breakSaving(_ scenario: Scenario) throws {
        let out = scenario.folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        scenario.gateway.setHandler { [weak gateway = scenario.gateway] request in
            try? FileManager.default.removeItem(at: out)
            _ = FileManager.default.createFile(atPath: out.path, contents: Data("x".utf8))
            return gateway?.defaultResponse(to: request) ?? FakeResponse(status: 500)
        }
    }

    func recoveredPath(_ result: CLIResult) -> String? {
        let json = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return (json?["error"] as? [String: Any])?["recovered_path"] as? String
    }

    func mode(_ path: String) -> Int {
        var info = stat()
        guard lstat(path, &info) == 0 else { return -1 }
        return Int(info.st_mode & 0o777)
    }

    /// The fallback the binary uses under the test's TMPDIR.
    func fallback(_ scenario: Scenario) throws -> URL {
        try CLIRunner.temporaryFolder(in: scenario.folder).appendingPathComponent("gen-image-recovered-\(geteuid())")
    }

    /// An XDG_DATA_HOME where the first choice cannot be made (a file where its folder would go).
    func blockedDataHome(_ scenario: Scenario) throws -> String {
        try scenario.write(Data("not a folder".utf8), to: "blocked")
        return scenario.folder.appendingPathComponent("blocked").path
    }

    @Test func theFirstChoiceIsMadePrivateAndTheImageIs0600() throws {
        let scenario = try Scenario()
        try breakSaving(scenario)
        let result = try scenario.run(["-p", "a fox", "-m", "gpt-image-2", "-f", "out/fox.png", "--json"])
        #expect(result.exitCode == 1, "\(result.stderr)")
        let path = try #require(recoveredPath(result), "\(result.stdout)")
        let folder = scenario.folder.appendingPathComponent(".local/share/gen-image/recovered").path
        #expect(path.hasPrefix(folder + "/"))
        #expect(mode(folder) == 0o700, "folder mode \(String(mode(folder), radix: 8))")
        #expect(mode(path) == 0o600, "image mode \(String(mode(path), radix: 8))")
    }

    @Test func anExistingFolderOfOursIsClosedToOthers() throws {
        let scenario = try Scenario()
        let folder = scenario.folder.appendingPathComponent(".local/share/gen-image/recovered")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        chmod(folder.path, 0o755)
        try breakSaving(scenario)
        let result = try scenario.run(["-p", "a fox", "-m", "gpt-image-2", "-f", "out/fox.png", "--json"])
        #expect(recoveredPath(result)?.hasPrefix(folder.path + "/") == true, "\(result.stdout)")
        #expect(mode(folder.path) == 0o700)
    }

    @Test func theTemporaryFallbackIsPerUserAndPrivate() throws {
        let scenario = try Scenario()
        try breakSaving(scenario)
        let result = try scenario.run(
            ["-p", "a fox", "-m", "gpt-image-2", "-f", "out/fox.png", "--json"],
            environment: ["XDG_DATA_HOME": try blockedDataHome(scenario)])
        #expect(result.exitCode == 1, "\(result.stderr)")
        let path = try #require(recoveredPath(result), "\(result.stdout)")
        let fallback = try fallback(scenario)
        #expect(path.hasPrefix(fallback.path + "/"), "\(path)")
        #expect(mode(fallback.path) == 0o700)
        #expect(mode(path) == 0o600)
        let shared = try CLIRunner.temporaryFolder(in: scenario.folder).appendingPathComponent("gen-image-recovered")
        #expect(!FileManager.default.fileExists(atPath: shared.path), "not the shared, predictable name")
    }

    @Test func aPlantedLinkIsNeverFollowed() throws {
        let scenario = try Scenario()
        let attacker = scenario.folder.appendingPathComponent("attacker")
        try FileManager.default.createDirectory(at: attacker, withIntermediateDirectories: true)
        chmod(attacker.path, 0o777)
        let fallback = try fallback(scenario)
        try FileManager.default.createSymbolicLink(at: fallback, withDestinationURL: attacker)
        try breakSaving(scenario)
        let result = try scenario.run(
            ["-p", "a fox", "-m", "gpt-image-2", "-f", "out/fox.png", "--json"],
            environment: ["XDG_DATA_HOME": try blockedDataHome(scenario)])
        #expect(result.exitCode != 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: attacker.path).isEmpty, "nothing written there")
        if let path = recoveredPath(result) {
            #expect(!path.hasPrefix(fallback.path + "/") && !path.hasPrefix(attacker.path), "\(path)")
        }
        #expect(
            (try? FileManager.default.destinationOfSymbolicLink(atPath: fallback.path)) == attacker.path,
            "the link is left as it was")
    }

    @Test(.enabled(if: geteuid() == 0, "making a folder owned by another user needs root"))
    func aFolderOfSomeoneElsesIsNeverWrittenInto() throws {
        let scenario = try Scenario()
        let fallback = try fallback(scenario)
        try FileManager.default.createDirectory(at: fallback, withIntermediateDirectories: true)
        chmod(fallback.path, 0o777)
        #expect(chown(fallback.path, 65_534, 65_534) == 0)
        try breakSaving(scenario)
        let result = try scenario.run(
            ["-p", "a fox", "-m", "gpt-image-2", "-f", "out/fox.png", "--json"],
            environment: ["XDG_DATA_HOME": try blockedDataHome(scenario)])
        #expect(result.exitCode != 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: fallback.path).isEmpty, "nothing written there")
        if let path = recoveredPath(result) { #expect(!path.hasPrefix(fallback.path + "/"), "\(path)") }
        #expect(mode(fallback.path) == 0o777, "someone else's folder is left as it was")
    }
}
