import FakeGateway
import Foundation
import ImageAPIClient
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue #19, points 2 and 3: where an image goes is checked for real before anything is sent. A disk without
/// room for the largest image the request can return refuses (exit 2, nothing sent); a folder name over 255
/// bytes, a link to nothing and a path over PATH_MAX are found before sending; the folders are made before
/// sending and removed again when the run ends without an image.
@Suite("Output folders and free space are checked before sending, end to end")
struct OutputFolderEndToEndTests {
    // MARK: - Free space (a small tmpfs)

    @Test func aDiskTooSmallForTheLargestImageRefusesBeforeSending() throws {
        let scenario = try Scenario()
        guard let disk = SmallDisk(at: scenario.folder.appendingPathComponent("small"), megabytes: 8) else { return }
        // A 3840x2160 PNG can take 33 MB: refused, in --dry-run too, and nothing sent.
        for extra in [[], ["--dry-run"], ["--json"]] {
            let result = try scenario.run(
                ["-p", "a poster", "-m", "gpt-image-2", "-s", "3840x2160", "-f", "small/poster.png"] + extra)
            #expect(result.exitCode == 2, "\(extra): \(result.stderr)")
            let text = extra == ["--json"] ? result.stdout : result.stderr
            #expect(text.contains("not enough free space in \(disk.url.path)"), "\(text)")
            #expect(text.contains("3840x2160 PNG"), "\(text)")
            #expect(text.contains("nothing was sent"), "\(text)")
        }
        #expect(scenario.gateway.requests.isEmpty)
        #expect((try FileManager.default.contentsOfDirectory(atPath: disk.url.path)).isEmpty)

        // A 1024x1024 PNG (at most about 5 MB) fits and is saved.
        let small = try scenario.run(["-p", "an icon", "-m", "gpt-image-2", "-s", "1024x1024", "-f", "small/icon.png"])
        #expect(small.exitCode == 0, "\(small.stderr)")
        #expect(FileManager.default.fileExists(atPath: disk.url.appendingPathComponent("icon.png").path))
    }

    @Test func aFullDiskRefusesABase64RunBeforeAnythingIsBilled() throws {
        let scenario = try Scenario()
        guard let disk = SmallDisk(at: scenario.folder.appendingPathComponent("full"), megabytes: 16) else { return }
        // The output folder, HOME and TMPDIR on one disk, with 2 MB left: no place could take the image.
        let tmp = disk.url.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        try disk.fill(leaving: 2_000_000)
        let environment = ["HOME": disk.url.path, "TMPDIR": tmp.path]
        for language in ["en", "zh"] {
            let result = try scenario.run(
                ["-p", "a fox", "-m", "gpt-image-2", "-s", "1024x1024", "-f", "full/fox.png", "--lang", language],
                environment: environment)
            #expect(result.exitCode == 2, "\(result.stderr)")
            #expect(
                result.stderr.contains(language == "en" ? "not enough free space" : "剩余空间不足"), "\(result.stderr)")
        }
        #expect(scenario.gateway.requests.isEmpty, "nothing sent, nothing billed")
        #expect(!FileManager.default.fileExists(atPath: disk.url.appendingPathComponent("fox.png").path))

        // A batch plans every item against the same disk: nothing is sent.
        try scenario.write(
            Data(#"{"prompts": [{"prompt": "a", "filename": "full/a.png", "size": "1024x1024"}]}"#.utf8),
            to: "jobs.json")
        let batch = try scenario.run(["batch", "jobs.json", "-m", "gpt-image-2"], environment: environment)
        #expect(batch.exitCode == 2, "\(batch.stderr)")
        #expect(batch.stderr.contains("item 1 (line 1), filename: not enough free space"), "\(batch.stderr)")
        #expect(scenario.gateway.requests.isEmpty)
    }

    @Test func aBatchItemStartedAfterTheDiskFilledIsNotSent() throws {
        let scenario = try Scenario()
        guard let disk = SmallDisk(at: scenario.folder.appendingPathComponent("out"), megabytes: 12) else { return }
        let items = (1...3).map { #"{"prompt": "item \#($0)", "size": "1024x1024"}"# }
        try scenario.write(Data(#"{"prompts": [\#(items.joined(separator: ","))]}"#.utf8), to: "jobs.json")
        // While the first item is at the gateway, something else fills the disk.
        scenario.gateway.setHandler { [weak gateway = scenario.gateway] request in
            try? disk.fill(leaving: 1_000_000)
            return gateway?.defaultResponse(to: request) ?? FakeResponse(status: 500)
        }
        let result = try scenario.run(["batch", "jobs.json", "-m", "gpt-image-2", "-j", "1", "--out-dir", "out"])
        #expect(result.exitCode == 4, "\(result.stderr)")
        #expect(scenario.gateway.requests(to: "/v1/images/generations").count == 1, "only the first was sent")
        #expect(result.stderr.contains("not enough free space"), "\(result.stderr)")
    }

    @Test func aFinishedBatchRunsAgainOnAFullDisk() throws {
        let scenario = try Scenario()
        guard let disk = SmallDisk(at: scenario.folder.appendingPathComponent("out"), megabytes: 16) else { return }
        let items = (1...2).map { #"{"prompt": "item \#($0)", "size": "1024x1024"}"# }
        try scenario.write(Data(#"{"prompts": [\#(items.joined(separator: ","))]}"#.utf8), to: "jobs.json")
        let arguments = ["batch", "jobs.json", "-m", "gpt-image-2", "--out-dir", "out"]
        #expect(try scenario.run(arguments).exitCode == 0)
        try disk.fill(leaving: 1_000_000)
        // Items already done need no room: the rerun keeps their records instead of refusing.
        let again = try scenario.run(arguments)
        #expect(again.exitCode == 0, "\(again.stderr)")
        #expect(again.stderr.contains("2 already done (kept), 0 run"), "\(again.stderr)")
        #expect(scenario.gateway.requests(to: "/v1/images/generations").count == 2)
    }

    // MARK: - Folder checks that really check

    @Test func aFolderNameOver255BytesIsRefusedBeforeSending() throws {
        let scenario = try Scenario()
        let long = String(repeating: "a", count: 300)
        let result = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-f", "\(long)/x.png"])
        #expect(result.exitCode == 2, "\(result.stderr)")
        #expect(result.stderr.contains("is 300 bytes long; a file system takes at most 255 bytes per name"))
        #expect(scenario.gateway.requests.isEmpty)
        // In bytes: 100 Chinese characters are 300 bytes.
        let wide = String(repeating: "图", count: 100)
        let chinese = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-f", "\(wide)/x.png"])
        #expect(chinese.exitCode == 2, "\(chinese.stderr)")
        #expect(scenario.gateway.requests.isEmpty)
    }

    @Test func aDanglingLinkInThePathIsRefusedBeforeSending() throws {
        let scenario = try Scenario()
        try FileManager.default.createSymbolicLink(
            atPath: scenario.folder.appendingPathComponent("link").path, withDestinationPath: "nowhere/at/all")
        for target in ["link/x.png", "link/deeper/x.png"] {
            let result = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-f", target])
            #expect(result.exitCode == 2, "\(result.stderr)")
            #expect(result.stderr.contains("link is a symbolic link to nowhere/at/all, which does not exist"))
        }
        let auto = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-f", "link/"])
        #expect(auto.exitCode == 2, "\(auto.stderr)")
        #expect(scenario.gateway.requests.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: scenario.folder.appendingPathComponent("nowhere").path))
    }

    @Test func aPathOverPathMaxIsRefusedBeforeSending() throws {
        let scenario = try Scenario()
        // 20 names of 250 bytes: each fits, the whole path does not (PATH_MAX is 4096).
        let deep = Array(repeating: String(repeating: "d", count: 250), count: 20).joined(separator: "/")
        let result = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-f", "\(deep)/x.png"])
        #expect(result.exitCode == 2, "\(result.stderr)")
        #expect(result.stderr.contains("bytes long with the file name; at most 4095 bytes fit"), "\(result.stderr)")
        #expect(scenario.gateway.requests.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: scenario.folder.appendingPathComponent("ddd").path))
    }

    @Test func foldersAreMadeBeforeSendingAndRemovedWhenNoImageCame() throws {
        let scenario = try Scenario()
        let deeper = scenario.folder.appendingPathComponent("new/deeper")
        let existedWhenSent = Locked(false)
        scenario.gateway.setHandler { _ in
            existedWhenSent.update { $0 = FileManager.default.fileExists(atPath: deeper.path) }
            return .error(status: 400, message: "bad request")
        }
        let failed = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-f", "new/deeper/x.png"])
        #expect(failed.exitCode == 1, "\(failed.stderr)")
        #expect(existedWhenSent.value, "the folders were made before the request was sent")
        #expect(
            !FileManager.default.fileExists(atPath: scenario.folder.appendingPathComponent("new").path),
            "removed again: \(scenario.files)")

        // A folder that was there before is never removed.
        try FileManager.default.createDirectory(
            at: scenario.folder.appendingPathComponent("kept"), withIntermediateDirectories: true)
        _ = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-f", "kept/sub/x.png"])
        #expect(FileManager.default.fileExists(atPath: scenario.folder.appendingPathComponent("kept").path))
        #expect(!FileManager.default.fileExists(atPath: scenario.folder.appendingPathComponent("kept/sub").path))

        scenario.gateway.setHandler(nil)
        let saved = try scenario.run(["-p", "x", "-m", "gpt-image-2", "-f", "new/deeper/x.png"])
        #expect(saved.exitCode == 0, "\(saved.stderr)")
        #expect(FileManager.default.fileExists(atPath: deeper.appendingPathComponent("x.png").path))
    }

    @Test func aBatchItemWithAnImpossibleFolderIsAProblemOfThatItem() throws {
        let scenario = try Scenario()
        let long = String(repeating: "b", count: 260)
        try FileManager.default.createSymbolicLink(
            atPath: scenario.folder.appendingPathComponent("gone").path, withDestinationPath: "missing")
        let text = """
            {"prompts": [
              {"prompt": "a", "filename": "ok/a.png"},
              {"prompt": "b", "filename": "\(long)/b.png"},
              {"prompt": "c", "filename": "gone/c.png"}
            ]}
            """
        try scenario.write(Data(text.utf8), to: "jobs.json")
        let result = try scenario.run(["batch", "jobs.json", "--allow-outside"])
        #expect(result.exitCode == 2, "\(result.stderr)")
        #expect(result.stderr.contains("item 2 (line 3), filename: the folder name"), "\(result.stderr)")
        #expect(result.stderr.contains("item 3 (line 4), filename: cannot save in"), "\(result.stderr)")
        #expect(scenario.gateway.requests.isEmpty)
    }
}
