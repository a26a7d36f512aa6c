import FakeGateway
import Foundation
import Testing

/// Issue #19, point 7: every image of a reply is accounted for. An entry that cannot be decoded is named, in
/// the text and in `--json`'s `warnings`, because it may still be billed; the others are saved.
@Suite("Every image of a reply is accounted for, end to end")
struct EveryImageAccountedEndToEndTests {
    static let images = [TestImages.png(width: 31, height: 9), TestImages.png(width: 33, height: 9)]

    @Test func aGarbageEntryBetweenTwoImagesIsNamed() throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(.imagesSeveral([.image(Self.images[0]), .garbage, .image(Self.images[1])]))
        let result = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-f", "cat.png"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let expected = (1...2).map { scenario.folder.appendingPathComponent("cat-\($0).png").standardizedFileURL.path }
        #expect(result.stdoutLines == expected, "\(result.stdout)")
        for (path, image) in zip(expected, Self.images) {
            #expect(Unstamped.contents(atPath: path) == image, "\(path)")
        }
        #expect(
            result.stderr.contains("image 2 of 3 could not be decoded; it may still be billed"), "\(result.stderr)")
    }

    @Test func jsonListsTheEntryInWarnings() throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(.imagesSeveral([.image(Self.images[0]), .garbage, .image(Self.images[1])]))
        let result = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-f", "cat.png", "--json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["ok"] as? Bool == true)
        #expect((json["files"] as? [Any])?.count == 2)
        let warnings = try #require(json["warnings"] as? [[String: Any]], "\(result.stdout)")
        #expect(warnings.count == 1)
        #expect(warnings.first?["code"] as? String == "image_undecodable")
        #expect(warnings.first?["message"] as? String == "image 2 of 3 could not be decoded; it may still be billed")
    }

    /// Issue #22's delivered-vs-asked warnings and this one share the one `warnings` array of
    /// `{code, message, severity}` (severity since issue 26: always `warning` here).
    @Test func oneWarningsArrayHoldsBothKinds() throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(.imagesSeveral([.image(Self.images[0]), .garbage, .image(Self.images[1])]))
        let result = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-s", "1024x1024", "-f", "cat.png", "--json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let warnings = try #require(json["warnings"] as? [[String: Any]], "\(result.stdout)")
        #expect(warnings.allSatisfy { Set($0.keys) == ["code", "message", "severity"] }, "\(warnings)")
        #expect(warnings.allSatisfy { $0["severity"] as? String == "warning" }, "\(warnings)")
        let codes = warnings.compactMap { $0["code"] as? String }
        #expect(codes.filter { $0 == "image_undecodable" }.count == 1, "\(codes)")
        #expect(codes.filter { $0 == "delivered_mismatch" }.count == 2, "each saved image is 31 or 33 by 9: \(codes)")
        #expect(result.stdout.components(separatedBy: #""warnings""#).count == 2, "one warnings key")
    }

    @Test func aGarbageFirstEntryStillSavesTheOthers() throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(
            .imagesSeveral([.garbage, .image(Self.images[0]), .damagedDataURI(Self.images[1]), .image(Self.images[1])]))
        let result = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-f", "cat.png", "--json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(
            files.compactMap { $0["path"] as? String }.map { URL(fileURLWithPath: $0).lastPathComponent } == [
                "cat-1.png", "cat-2.png",
            ])
        #expect(scenario.gateway.requests.filter { $0.method == "POST" }.count == 1)
        let messages = (json["warnings"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
        #expect(
            messages == [
                "image 1 of 4 could not be decoded; it may still be billed",
                "image 3 of 4 could not be decoded; it may still be billed",
            ], "\(result.stdout)")
    }

    @Test func oneImageAloneHasNoWarnings() throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(.imagesSeveral([.image(Self.images[0])]))
        let result = try scenario.run(["-p", "x", "-m", "gpt-image-2", "--json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#""warnings":[]"#), "\(result.stdout)")
    }

    @Test func inChineseTheWarningIsChinese() throws {
        let scenario = try Scenario()
        scenario.gateway.enqueue(.imagesSeveral([.image(Self.images[0]), .garbage, .image(Self.images[1])]))
        let result = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-f", "cat.png", "--lang", "zh"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.contains("第 2 张图片（共 3 张）无法解码；它仍可能被计费"), "\(result.stderr)")
    }
}
