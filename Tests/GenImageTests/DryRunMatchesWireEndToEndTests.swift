import FakeGateway
import Foundation
import Testing

/// `--dry-run` renders the backend's description of the request, and a real run writes the same description to
/// the wire: the two must agree, field for field and part for part, for every API shape.
@Suite("Dry runs match the wire, end to end")
struct DryRunMatchesWireEndToEndTests {
    static let commandLines: [[String]] = [
        ["-p", "一只猫 \"quoted\"\nline two"],
        ["-p", "fuse them", "-i", "a.png", "b.jpg", "c.webp", "-r", "b64_json"],
        ["-m", "gpt-image-2", "-p", "x", "-s", "1024x1024", "-q", "high", "-o", "jpeg", "-c", "85"],
        ["-m", "gpt-image-2", "-p", "edit", "-i", "a.png", "b.jpg", "--mask", "mask.png", "-s", "1024x1024"],
        ["-m", "gpt-image-2", "-p", "streamed", "--stream", "--partial-images", "2"],
        [
            "--endpoint", "responses", "-p", "Put image 1 into image 2", "-i", "a.png", "c.webp", "-s", "1536x1024",
            "-c", "50", "-o", "webp", "--partial-images", "2", "--action", "edit", "--instructions", "One image.",
        ],
    ]

    @Test(arguments: commandLines)
    func theDryRunShowsWhatIsSent(_ arguments: [String]) throws {
        let scenario = try Scenario()
        _ = try scenario.writeThreeInputs()
        try scenario.write(TestImages.pngWithAlpha(width: 64, height: 64), to: "mask.png")
        let dry = try scenario.run(arguments + ["--dry-run", "--json"])
        #expect(dry.exitCode == 0, "\(dry.stderr)")
        let preview = try #require(
            (try? JSONSerialization.jsonObject(with: Data(dry.stdout.utf8)) as? [String: Any])?["request"]
                as? [String: Any])
        #expect(scenario.gateway.requests.isEmpty)

        let real = try scenario.run(arguments + ["-f", "out.png"])
        #expect(real.exitCode == 0, "\(real.stderr)")
        let sent = try #require(scenario.gateway.requests.first { $0.method == "POST" })
        #expect(preview["url"] as? String == scenario.gateway.url(sent.path))
        let headers = try #require(preview["headers"] as? [String: String])
        #expect(headers["Accept"] == sent.header("Accept"))
        let type = try #require(sent.header("Content-Type"))
        if let parts = preview["parts"] as? [[String: Any]] {
            #expect(type.hasPrefix("multipart/form-data; boundary="))
            #expect(headers["Content-Type"]?.hasPrefix("multipart/form-data; boundary=") == true)
            let shown = parts.map { part in
                [
                    "\(part["name"] ?? "")", "\(part["value"] as? String ?? "-")",
                    "\(part["filename"] as? String ?? "-")",
                    "\(part["content_type"] as? String ?? "-")", "\(part["bytes"] ?? "")",
                ]
            }
            let wire = sent.multipartParts.map { part in
                [
                    part.name, part.filename == nil ? part.text : "-", part.filename ?? "-", part.contentType ?? "-",
                    "\(part.data.count)",
                ]
            }
            #expect(shown == wire)
        } else {
            #expect(type == "application/json" && headers["Content-Type"] == type)
            let body = try #require(preview["body"])
            let wire = try #require(sent.jsonBody)
            #expect(try Self.canonical(Self.shortened(wire)) == Self.canonical(body))
        }
    }

    /// The description is rendered, not written: a dry run of a fusion needs no temporary folder at all.
    @Test func aDryRunWritesNothing() throws {
        let scenario = try Scenario()
        _ = try scenario.writeThreeInputs()
        let missing = scenario.folder.appendingPathComponent("no-such-folder").path
        let result = try scenario.run(
            ["-p", "fuse", "-i", "a.png", "b.jpg", "c.webp", "--dry-run"], environment: ["TMPDIR": missing])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.contains("data:image/webp;base64,<base64, "))
        #expect(scenario.files == ["a.png", "b.jpg", "c.webp"], "\(scenario.files)")
    }

    /// JSON text with sorted keys, so two bodies compare whatever their order.
    static func canonical(_ value: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
    }

    /// The wire body with each data URL's payload replaced by its length, as the preview shows it.
    static func shortened(_ value: Any) -> Any {
        switch value {
        case let text as String where text.hasPrefix("data:") && text.contains(";base64,"):
            let comma = text.firstIndex(of: ",")!
            return String(text[...comma]) + "<base64, \(text.distance(from: comma, to: text.endIndex) - 1) characters>"
        case let items as [Any]:
            return items.map(shortened)
        case let members as [String: Any]:
            return members.mapValues(shortened)
        default:
            return value
        }
    }
}
