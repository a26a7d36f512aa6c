import FakeGateway
import Foundation
import Testing

/// Every saved image says how it was made, read back by real tools (exiftool, Pillow) and by `gen-image info`;
/// `gen-image again` replays it; what came back is checked against what was asked.
@Suite("Provenance, end to end")
struct ProvenanceEndToEndTests {
    static let prompt = "一只可爱的橘猫在草地上玩耍, \"golden hour\" & <soft light>"
    static let newImage = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
    static let composite = "http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia"

    static func json(_ result: CLIResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func aPNGCarriesThePromptAndParametersForExiftoolAndPillow() throws {
        let scenario = try Scenario()
        scenario.gateway.defaultImage = TestImages.png(width: 1536, height: 1024, grayscale: true)
        let result = try scenario.run([
            "-p", Self.prompt, "-m", "gpt-image-2", "-s", "1536x1024", "-q", "high", "-f", "cat.png",
        ])
        let url = try #require(scenario.expectSaved(result, bytes: scenario.gateway.defaultImage))
        let exif = try RealReaders.exif(url)
        #expect(exif["XMP-dc:Description"] as? String == Self.prompt)
        #expect(exif["XMP-iptcExt:DigitalSourceType"] as? String == Self.newImage)
        #expect(exif["XMP-xmp:CreatorTool"] as? String == "gen-image 0.1.0")
        #expect(exif["XMP-genimage:Model"] as? String == "gpt-image-2")
        #expect(exif["XMP-genimage:SizeAsked"] as? String == "1536x1024")
        #expect(exif["XMP-genimage:Quality"] as? String == "high")
        #expect(exif["XMP-genimage:Provider"] as? String == "apiyi")
        #expect(exif["XMP-genimage:RequestID"] as? String == "req-1")
        #expect(exif["ExifTool:Warning"] == nil, "\(exif)")
        let parameters = try #require(exif["PNG:Parameters"] as? String)
        #expect(parameters.hasPrefix(Self.prompt + "\nModel: gpt-image-2, Size: 1536x1024, Quality: high, "))
        // Pillow, as civitai-style readers use it, gets the same text and decodes the image.
        #expect(try RealReaders.pillowParameters(url) == parameters)
        // Never the key.
        let bytes = try Data(contentsOf: url)
        #expect(bytes.range(of: Data(CLIRunner.markerKey.utf8)) == nil)
        #expect(!result.stderr.contains("warning"), "\(result.stderr)")
    }

    @Test func aKeyEchoedByTheGatewayNeverReachesTheFile() throws {
        let scenario = try Scenario()
        scenario.gateway.setHandler { [weak gateway = scenario.gateway] request in
            guard let gateway else { return FakeResponse(status: 503) }
            var response = gateway.defaultResponse(to: request)
            response.headers.append(("x-request-id", "echo-\(CLIRunner.markerKey)"))
            return response
        }
        for mode in ["embed", "sidecar"] {
            let result = try scenario.run(["-p", "a cat", "-m", "gpt-image-2", "--metadata", mode, "-f", "\(mode).png"])
            let url = try #require(scenario.expectSaved(result))
            for path in [url.path, url.path + ".json"] {
                let bytes = FileManager.default.contents(atPath: path) ?? Data()
                #expect(bytes.range(of: Data(CLIRunner.markerKey.utf8)) == nil, "\(path)")
            }
            let record = try #require(
                try Self.json(scenario.run(["info", "--json", url.path]))["files"] as? [[String: Any]])
            let id = (record.first?["gen_image"] as? [String: Any])?["request_id"] as? String
            #expect(id?.hasPrefix("echo-") == true, "\(record)")
        }
        // Nor the link the image came from (gpt-image-2-all answers with one): it is signed and expires.
        let linked = try scenario.run(["-p", "a cat", "-f", "linked.png", "--json"])
        #expect(linked.exitCode == 0, "\(linked.stderr)")
        let link = try #require(try Self.json(linked)["source_url"] as? String)
        let bytes = try Data(contentsOf: scenario.folder.appendingPathComponent("linked.png"))
        #expect(bytes.range(of: Data(URL(string: link)!.path.utf8)) == nil)
        #expect(bytes.range(of: Data("/files/".utf8)) == nil)
    }

    @Test func aJPEGCarriesXMPAndAUnicodeUserComment() throws {
        let scenario = try Scenario()
        scenario.gateway.defaultImage = TestImages.jpeg(width: 64, height: 48)
        let result = try scenario.run(["-p", Self.prompt, "-m", "gpt-image-2", "-o", "jpeg", "-f", "fox.jpg"])
        let url = try #require(scenario.expectSaved(result, bytes: scenario.gateway.defaultImage))
        let exif = try RealReaders.exif(url)
        #expect(exif["XMP-dc:Description"] as? String == Self.prompt)
        #expect(exif["XMP-iptcExt:DigitalSourceType"] as? String == Self.newImage)
        #expect(exif["IFD0:Software"] as? String == "gen-image 0.1.0")
        let comment = try #require(exif["ExifIFD:UserComment"] as? String)
        #expect(comment.hasPrefix(Self.prompt + "\nModel: gpt-image-2, Size: 64x48, "), "\(comment)")
        #expect(exif["ExifTool:Warning"] == nil, "\(exif)")
    }

    @Test func aWebPEditIsExtendedAndMarkedComposite() throws {
        let scenario = try Scenario()
        try scenario.write(TestImages.png(width: 64, height: 48), to: "in.png")
        scenario.gateway.defaultImage = TestImages.webp(width: 64, height: 48)
        let result = try scenario.run([
            "-p", Self.prompt, "-m", "gpt-image-2", "-i", "in.png", "-o", "webp", "-f", "edit.webp",
        ])
        let url = try #require(scenario.expectSaved(result, bytes: scenario.gateway.defaultImage))
        let exif = try RealReaders.exif(url)
        #expect(exif["XMP-dc:Description"] as? String == Self.prompt)
        #expect(exif["XMP-iptcExt:DigitalSourceType"] as? String == Self.composite)
        #expect(exif["XMP-genimage:Mode"] as? String == "edit")
        #expect((exif["XMP-genimage:InputsName"] as? String) == "in.png", "\(exif)")
        let sha = try #require(exif["XMP-genimage:InputsSha256"] as? String)
        #expect(sha.count == 64)
        #expect((exif["ExifIFD:UserComment"] as? String)?.hasPrefix(Self.prompt + "\n") == true)
        #expect(exif["RIFF:ImageWidth"] as? Int == 64 || exif["RIFF:ImageWidth"] == nil)
        #expect(exif["ExifTool:Warning"] == nil, "\(exif)")
    }

    @Test func aReplyWithContentCredentialsIsSavedByteIdenticalWithASidecar() throws {
        let scenario = try Scenario()
        let signed = ContentCredentials.png(TestImages.png(width: 64, height: 48))
        scenario.gateway.defaultImage = signed
        let result = try scenario.run(["-p", Self.prompt, "-m", "gpt-image-2", "-f", "signed.png", "--json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try Self.json(result)
        let file = try #require((json["files"] as? [[String: Any]])?.first)
        let path = try #require(file["path"] as? String)
        #expect(FileManager.default.contents(atPath: path) == signed, "byte for byte as the gateway sent it")
        #expect(file["sidecar"] as? String == path + ".json")
        let sidecar = try #require(FileManager.default.contents(atPath: path + ".json"))
        let record = try #require(try JSONSerialization.jsonObject(with: sidecar) as? [String: Any])
        #expect(record["prompt"] as? String == Self.prompt)
        #expect(record["model"] as? String == "gpt-image-2")
        #expect(record["c2pa_in_image"] as? Bool == true)
        #expect(record["digital_source_type"] as? String == Self.newImage)
        #expect(sidecar.range(of: Data(CLIRunner.markerKey.utf8)) == nil)
        let notes = result.stderr.components(separatedBy: "\n").filter { $0.contains("Content Credentials") }
        #expect(notes.count == 1, "one note: \(result.stderr)")
        #expect(notes.first?.contains("signed.png.json") == true)
        // info sees the manifest and the sidecar's record.
        let info = try scenario.run(["info", path])
        #expect(info.exitCode == 0)
        #expect(info.stdout.contains("Content Credentials (C2PA): present"), "\(info.stdout)")
        #expect(info.stdout.contains("(in the sidecar)"))
        #expect(info.stdout.contains("prompt: " + Self.prompt))
    }

    @Test func infoAndAgainRoundTrip() throws {
        let scenario = try Scenario()
        scenario.gateway.defaultImage = TestImages.png(width: 1536, height: 1024, grayscale: true)
        let first = try scenario.run([
            "-p", Self.prompt, "-m", "gpt-image-2", "-s", "1536x1024", "-q", "high", "--background", "opaque",
            "-f", "cat.png",
        ])
        let url = try #require(scenario.expectSaved(first))
        let info = try scenario.run(["info", "--json", url.path])
        #expect(info.exitCode == 0, "\(info.stderr)")
        let infoJSON = try Self.json(info)
        let entry = try #require((infoJSON["files"] as? [[String: Any]])?.first)
        let record = try #require(entry["gen_image"] as? [String: Any])
        #expect(record["prompt"] as? String == Self.prompt)
        #expect(record["size_asked"] as? String == "1536x1024")
        #expect((record["delivered"] as? [String: Any])?["width"] as? Int == 1536)
        #expect(entry["c2pa"] as? Bool == false)
        #expect((entry["xmp"] as? [String: Any])?["digital_source_type"] as? String == Self.newImage)
        let text = try scenario.run(["info", url.path])
        #expect(text.stdout.contains("prompt: " + Self.prompt))
        #expect(text.stdout.contains("model gpt-image-2"))

        let again = try scenario.run(["again", url.path])
        let second = try #require(scenario.expectSaved(again))
        #expect(second != url, "always a new file")
        #expect(second.deletingLastPathComponent() == url.deletingLastPathComponent())
        let bodies = scenario.gateway.requests(to: "/v1/images/generations").compactMap(\.jsonBody)
        #expect(bodies.count == 2)
        let keys = ["model", "prompt", "size", "quality", "background"]
        for key in keys {
            #expect("\(bodies[0][key] ?? "-")" == "\(bodies[1][key] ?? "-")", "\(key)")
        }
        #expect(bodies[1]["prompt"] as? String == Self.prompt)
        // An option given overrides the recorded one.
        let cheaper = try scenario.run(["again", url.path, "-q", "low", "--json"])
        #expect(cheaper.exitCode == 0, "\(cheaper.stderr)")
        let third = scenario.gateway.requests(to: "/v1/images/generations").last?.jsonBody
        #expect(third?["quality"] as? String == "low")
        #expect(third?["size"] as? String == "1536x1024")
        // A file gen-image did not record cannot be replayed: exit 2.
        try scenario.write(TestImages.png(width: 8, height: 8), to: "plain.png")
        let none = try scenario.run(["again", "plain.png"])
        #expect(none.exitCode == 2)
        #expect(none.stderr.contains("no gen-image record"), "\(none.stderr)")
    }

    @Test func againUsesInputsOnlyWhileTheirBytesMatch() throws {
        let scenario = try Scenario()
        let input = TestImages.png(width: 64, height: 48)
        try scenario.write(input, to: "in.png")
        let first = try scenario.run(["-p", "make it blue", "-m", "gpt-image-2", "-i", "in.png", "-f", "blue.png"])
        let url = try #require(scenario.expectSaved(first))
        let again = try scenario.run(["again", url.path])
        scenario.expectSaved(again)
        let edits = scenario.gateway.requests(to: "/v1/images/edits")
        #expect(edits.count == 2)
        #expect(edits.last?.multipartParts.contains { $0.filename == "in.png" } == true)

        try scenario.write(TestImages.png(width: 64, height: 49), to: "in.png")
        let changed = try scenario.run(["again", url.path])
        #expect(changed.exitCode == 2)
        #expect(changed.stderr.contains("in.png has changed"), "\(changed.stderr)")
        try FileManager.default.removeItem(at: scenario.folder.appendingPathComponent("in.png"))
        let gone = try scenario.run(["again", url.path, "--json"])
        #expect(gone.exitCode == 2)
        #expect(gone.stderr.contains("input in.png is gone"), "\(gone.stderr)")
        let error = try #require(try Self.json(gone)["error"] as? [String: Any])
        #expect(error["code"] as? String == "input_not_found")
        #expect(scenario.gateway.requests(to: "/v1/images/edits").count == 2, "nothing sent")

        // Someone else's sidecar naming a local file as the mask: only digest-checked inputs are ever sent.
        let planted =
            #"{"prompt": "x", "model": "gpt-image-2", "created": "2026-01-01T00:00:00Z", "#
            + #""settings": {"mask": "/etc/passwd", "quality": "low"}, "setting_order": ["mask", "quality"]}"#
        try scenario.write(TestImages.png(width: 8, height: 8), to: "theirs.png")
        try scenario.write(Data(planted.utf8), to: "theirs.png.json")
        let replay = try scenario.run(["again", "theirs.png"])
        scenario.expectSaved(replay)
        let last = try #require(scenario.gateway.requests(to: "/v1/images/generations").last?.jsonBody)
        #expect(last["mask"] == nil && last["quality"] as? String == "low", "\(last)")
        // A FIFO or a folder is not read (it would block or make no sense): exit 2.
        let fifo = scenario.folder.appendingPathComponent("pipe.png")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let blocked = try scenario.run(["info", fifo.path, scenario.folder.path], timeout: 20)
        #expect(blocked.exitCode == 2)
    }

    @Test func aSizeMismatchIsWarnedNamingBothAndTheRunSucceeds() throws {
        let scenario = try Scenario()
        scenario.gateway.defaultImage = TestImages.png(width: 1024, height: 1024, grayscale: true)
        let result = try scenario.run([
            "-p", "wide", "-m", "gpt-image-2", "-s", "1536x1024", "-o", "jpeg", "-f", "wide.jpg", "--json",
        ])
        #expect(result.exitCode == 0, "paid for and saved: \(result.stderr)")
        let warning = result.stderr.components(separatedBy: "\n").filter { $0.contains("not what was asked") }
        #expect(warning.count == 1, "\(result.stderr)")
        #expect(warning.first?.contains("asked 1536x1024 JPEG, got 1024x1024 PNG") == true, "\(result.stderr)")
        let json = try Self.json(result)
        let delivered = try #require(json["delivered"] as? [String: Any])
        #expect(delivered["width"] as? Int == 1024 && delivered["height"] as? Int == 1024)
        #expect(delivered["format"] as? String == "png")
        let warnings = try #require(json["warnings"] as? [[String: Any]])
        #expect(warnings.contains { $0["code"] as? String == "delivered_mismatch" })
        #expect(warnings.allSatisfy { $0["message"] is String })

        // --aspect on a model that takes no size: the ratio is checked, within 2 %.
        let chat = try scenario.run(["-p", "wide", "--aspect", "16:9", "-f", "chat.png"])
        #expect(chat.exitCode == 0)
        #expect(chat.stderr.contains("asked 16:9, got 1024x1024 (1:1)"), "\(chat.stderr)")
        scenario.gateway.defaultImage = TestImages.png(width: 1672, height: 941, grayscale: true)
        let close = try scenario.run(["-p", "wide", "--aspect", "16:9", "-f", "close.png"])
        #expect(close.exitCode == 0)
        #expect(!close.stderr.contains("not what was asked"), "1672x941 is 16:9 within 2 %: \(close.stderr)")
        // On gpt-image-2 --aspect becomes a size, but the shape is what was asked: a larger 16:9 is fine.
        scenario.gateway.defaultImage = TestImages.png(width: 1920, height: 1080, grayscale: true)
        let larger = try scenario.run(["-p", "wide", "-m", "gpt-image-2", "--aspect", "16:9", "-f", "larger.png"])
        #expect(larger.exitCode == 0)
        #expect(!larger.stderr.contains("not what was asked"), "\(larger.stderr)")
    }

    @Test func anEditOfAnotherShapeSuggestsTheInputsAspect() throws {
        let scenario = try Scenario()
        try scenario.write(TestImages.png(width: 96, height: 64), to: "in.png")
        scenario.gateway.defaultImage = TestImages.png(width: 64, height: 64)
        let result = try scenario.run(["-p", "make it blue", "-i", "in.png", "-f", "out.png"])
        scenario.expectSaved(result)
        #expect(result.stderr.contains("the result is 64x64 but in.png is 96x64; add --aspect 3:2"), "\(result.stderr)")
    }

    @Test func noMetadataLeavesThePromptOutAndSidecarKeepsTheImageAsSent() throws {
        let scenario = try Scenario()
        let image = TestImages.png(width: 64, height: 48)
        scenario.gateway.defaultImage = image
        let secret = "a private prompt about 张三"
        let result = try scenario.run(["-p", secret, "-m", "gpt-image-2", "--no-metadata", "-f", "private.png"])
        let url = try #require(scenario.expectSaved(result))
        let bytes = try Data(contentsOf: url)
        #expect(bytes == image, "exactly as received")
        #expect(bytes.range(of: Data("private prompt".utf8)) == nil)
        let exif = try RealReaders.exif(url)
        #expect(exif["XMP-dc:Description"] == nil && exif["PNG:Parameters"] == nil)
        #expect(!scenario.files.contains("private.png.json"))
        let info = try scenario.run(["info", url.path])
        #expect(info.exitCode == 0)
        #expect(info.stdout.contains("no metadata"), "\(info.stdout)")

        let sidecar = try scenario.run(["-p", secret, "-m", "gpt-image-2", "--metadata", "sidecar", "-f", "side.png"])
        let saved = try #require(scenario.expectSaved(sidecar))
        #expect(try Data(contentsOf: saved) == image)
        let json = try #require(FileManager.default.contents(atPath: saved.path + ".json"))
        #expect(String(decoding: json, as: UTF8.self).contains(secret))

        let conflict = try scenario.run(["-p", "x", "--metadata", "embed", "--no-metadata"])
        #expect(conflict.exitCode == 2)
        let bad = try scenario.run(["-p", "x", "--metadata", "xmp"])
        #expect(bad.exitCode == 2)
        #expect(bad.stderr.contains("embed, sidecar or none"), "\(bad.stderr)")
    }

    @Test func infoSaysWhenThereIsNothingAndFailsOnUnreadableFiles() throws {
        let scenario = try Scenario()
        try scenario.write(TestImages.jpeg(width: 8, height: 8), to: "plain.jpg")
        try scenario.write(Data("not an image".utf8), to: "notes.txt")
        let plain = try scenario.run(["info", "plain.jpg"])
        #expect(plain.exitCode == 0)
        #expect(plain.stdout.contains("8x8 JPEG") && plain.stdout.contains("no metadata"), "\(plain.stdout)")
        let bad = try scenario.run(["info", "plain.jpg", "notes.txt", "missing.png", "--json"])
        #expect(bad.exitCode == 2)
        let json = try Self.json(bad)
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.map { $0["ok"] as? Bool } == [true, false, false])
        #expect(files[0]["has_metadata"] as? Bool == false)
        #expect((files[1]["error"] as? [String: Any])?["code"] as? String == "input_not_image")
        #expect((files[2]["error"] as? [String: Any])?["code"] as? String == "input_not_found")
        // A ComfyUI image: its prompt and workflow text chunks are shown.
        let comfy = Self.withTextChunks(
            TestImages.png(width: 8, height: 8), ["prompt": #"{"3": {"class_type": "KSampler"}}"#, "workflow": "{}"])
        try scenario.write(comfy, to: "comfy.png")
        let comfyInfo = try scenario.run(["info", "--json", "comfy.png"])
        let entry = try #require((try Self.json(comfyInfo)["files"] as? [[String: Any]])?.first)
        #expect((entry["comfyui"] as? [String: Any])?["prompt"] as? String == #"{"3": {"class_type": "KSampler"}}"#)
        #expect(entry["has_metadata"] as? Bool == true)
        // Any file can carry metadata: an escape sequence in it is shown, never sent to the terminal.
        let hostile = Self.withTextChunks(
            TestImages.png(width: 8, height: 8), ["parameters": "hi \u{1B}]0;pwned\u{07}"])
        try scenario.write(hostile, to: "hostile.png")
        let shown = try scenario.run(["info", "hostile.png"])
        #expect(shown.exitCode == 0)
        #expect(!shown.stdout.contains("\u{1B}") && !shown.stdout.contains("\u{07}"))
        #expect(shown.stdout.contains("hi \\x1B]0;pwned\\x07"), "\(shown.stdout)")
    }

    @Test func batchItemsAndStreamedImagesCarryTheSameMetadata() throws {
        let scenario = try Scenario()
        scenario.gateway.defaultImage = TestImages.png(width: 64, height: 48)
        try scenario.write(
            Data(
                #"""
                {"global": {"model": "gpt-image-2", "quality": "low"},
                 "prompts": [{"prompt": "第一张", "filename": "one.png"},
                             {"prompt": "second", "filename": "two.png", "size": "1024x1024"},
                             {"prompt": "third, private", "filename": "three.png", "metadata": "none"}]}
                """#.utf8), to: "jobs.json")
        let batch = try scenario.run(["batch", "jobs.json"])
        #expect(batch.exitCode == 0, "\(batch.stderr)")
        let one = try RealReaders.exif(scenario.folder.appendingPathComponent("one.png"))
        #expect(one["XMP-dc:Description"] as? String == "第一张")
        #expect(one["XMP-genimage:Quality"] as? String == "low")
        let three = try RealReaders.exif(scenario.folder.appendingPathComponent("three.png"))
        #expect(three["XMP-dc:Description"] == nil)
        let manifestData = try #require(
            FileManager.default.contents(atPath: scenario.folder.appendingPathComponent("jobs.results.json").path))
        let manifest = try #require(try JSONSerialization.jsonObject(with: manifestData) as? [String: Any])
        let jobs = try #require(manifest["jobs"] as? [[String: Any]])
        #expect((jobs[1]["delivered"] as? [String: Any])?["width"] as? Int == 64)
        let warnings = jobs[1]["warnings"] as? [[String: Any]] ?? []
        #expect(warnings.first?["code"] as? String == "delivered_mismatch", "asked 1024x1024, got 64x48")

        let stream = try scenario.run(["-m", "gpt-image-2", "-p", "A red fox", "--stream", "-f", "fox.png"])
        let fox = try #require(scenario.expectSaved(stream))
        let exif = try RealReaders.exif(fox)
        #expect(exif["XMP-dc:Description"] as? String == "A red fox")
        #expect(exif["XMP-genimage:Settings"] != nil || exif["XMP-genimage:SettingsName"] as? String == "stream")
    }

    /// `png` with `tEXt` chunks added after IHDR, as ComfyUI writes its prompt and workflow.
    static func withTextChunks(_ png: Data, _ texts: [String: String]) -> Data {
        var bytes = [UInt8](png)
        var insert: [UInt8] = []
        for (keyword, text) in texts.sorted(by: { $0.key < $1.key }) {
            let body = Array("tEXt".utf8) + Array(keyword.utf8) + [0] + Array(text.utf8)
            var crc: UInt32 = 0xFFFF_FFFF
            for byte in body {
                crc ^= UInt32(byte)
                for _ in 0..<8 { crc = crc & 1 != 0 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
            }
            crc ^= 0xFFFF_FFFF
            let length = body.count - 4
            insert += (0..<4).reversed().map { UInt8(truncatingIfNeeded: length >> ($0 * 8)) } + body
            insert += (0..<4).reversed().map { UInt8(truncatingIfNeeded: Int(crc) >> ($0 * 8)) }
        }
        bytes.insert(contentsOf: insert, at: 33)
        return Data(bytes)
    }
}
