import FakeGateway
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue #10, point 1: a billed image is never lost. Where it cannot be saved is found before sending (exit 2,
/// nothing sent, in --dry-run too); when saving still fails after the image arrived, it is kept in the
/// recovery folder and the error says where, in words and in --json.
@Suite("Billed images are never lost, end to end")
struct BilledImageEndToEndTests {
    @Test("a file in place of a folder is refused before sending", arguments: ["plain/x.png", "plain/sub/x.png"])
    func fileInPlaceOfFolder(_ target: String) throws {
        let scenario = try Scenario()
        try scenario.write(Data("not a folder".utf8), to: "plain")
        for extra in [[], ["--dry-run"]] {
            let result = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-f", target] + extra)
            #expect(result.exitCode == 2, "\(result.stderr)")
            #expect(result.stderr.contains("is a file, not a folder"), "\(result.stderr)")
            #expect(result.stderr.contains("nothing was sent"))
        }
        #expect(scenario.gateway.requests.isEmpty)
    }

    @Test func aNameTooLongInBytesIsRefusedBeforeSending() throws {
        let scenario = try Scenario()
        // 80 Devanagari characters: 240 bytes, though far under 255 characters.
        let name = String(repeating: "क", count: 80) + ".png"
        let result = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-f", name, "--json"])
        #expect(result.exitCode == 2, "\(result.stderr)")
        #expect(result.stdout.contains("bytes long"), "\(result.stdout)")
        #expect(scenario.gateway.requests.isEmpty)
    }

    @Test(.enabled(if: geteuid() != 0, "root may write into a read-only folder, so nothing would be refused"))
    func aReadOnlyFolderIsRefusedBeforeSending() throws {
        let scenario = try Scenario()
        let folder = scenario.folder.appendingPathComponent("ro")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        let result = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-f", "ro/x.png"])
        #expect(result.exitCode == 2, "\(result.stderr)")
        #expect(result.stderr.contains("cannot write to the folder"), "\(result.stderr)")
        #expect(scenario.gateway.requests.isEmpty)
    }

    @Test func anAutomaticNameAlwaysFits() throws {
        let scenario = try Scenario()
        // Each word is one letter carrying 40 combining accents: 30 such characters once made 300 bytes.
        let word = "e" + String(repeating: "\u{0301}", count: 40)
        let prompt = Array(repeating: word, count: 3).joined(separator: " ")
        let result = try scenario.run(["-p", prompt, "-m", "gpt-image-2"])
        let saved = try #require(scenario.expectSaved(result))
        #expect(saved.lastPathComponent.utf8.count <= 255)
    }

    @Test func anImageThatCannotBeSavedAfterBillingIsRecovered() throws {
        let scenario = try Scenario()
        let image = TestImages.png(width: 40, height: 30)
        let out = scenario.folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        // While the gateway works, the output folder is replaced by a file: saving must fail after billing.
        scenario.gateway.setHandler { _ in
            try? FileManager.default.removeItem(at: out)
            _ = FileManager.default.createFile(atPath: out.path, contents: Data("x".utf8))
            return .imagesB64(image)
        }
        let result = try scenario.run(["-p", "a fox", "-m", "gpt-image-2", "-f", "out/fox.png", "--json"])
        #expect(result.exitCode == 1, "\(result.stderr)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)")
        let error = try #require(json["error"] as? [String: Any])
        #expect(error["code"] as? String == "io_error")
        let recovered = try #require(error["recovered_path"] as? String, "\(result.stdout)")
        let folder = scenario.folder.appendingPathComponent(".local/share/gen-image/recovered").path
        #expect(recovered.hasPrefix(folder), "\(recovered)")
        #expect(Unstamped.contents(atPath: recovered) == image)
        #expect((error["hint"] as? String)?.contains("billed and is kept at \(recovered)") == true, "\(error)")
        #expect(error.keys.contains("source_url"))
        let plain = try scenario.run(["-p", "a fox", "-m", "gpt-image-2", "-f", "out/fox.png"])
        #expect(plain.exitCode == 2, "the folder is now a file: refused before sending")
    }

    @Test func aBatchCountsAndKeepsImagesThatCouldNotBeSaved() throws {
        let scenario = try Scenario()
        let folder = scenario.folder
        for name in ["sub-a", "sub-b"] {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        let file = #"{"prompts":[{"prompt":"a","filename":"sub-a/a.png"},{"prompt":"b","filename":"sub-b/b.png"}]}"#
        try scenario.write(Data(file.utf8), to: "jobs.json")
        // Each item's folder is replaced by a file while its request is at the gateway (a folder that is a file
        // before an item is sent refuses that item before sending).
        scenario.gateway.setHandler { [weak gateway = scenario.gateway] request in
            let out = folder.appendingPathComponent("sub-\(request.jsonBody?["prompt"] as? String ?? "?")")
            try? FileManager.default.removeItem(at: out)
            _ = FileManager.default.createFile(atPath: out.path, contents: Data("x".utf8))
            return gateway?.defaultResponse(to: request) ?? FakeResponse(status: 500)
        }
        let result = try scenario.run(
            ["batch", "jobs.json", "-m", "gpt-image-2", "-j", "1"])
        #expect(result.exitCode != 0, "\(result.stderr)")
        let data = try #require(
            FileManager.default.contents(atPath: scenario.folder.appendingPathComponent("jobs.results.json").path))
        let manifest = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let jobs = manifest["jobs"] as? [[String: Any]] ?? []
        let recovered = jobs.compactMap { ($0["error"] as? [String: Any])?["recovered_path"] as? String }
        #expect(recovered.count == 2, "\(jobs)")
        for path in recovered { #expect(FileManager.default.fileExists(atPath: path)) }
        let cost = (manifest["summary"] as? [String: Any])?["estimated_cost_usd"] as? Double ?? 0
        #expect(cost > 0, "two billed images cost something: \(manifest["summary"] ?? "")")
    }
}
