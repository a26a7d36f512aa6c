import Foundation
import Testing

@testable import ImageAPIClient

@Suite("Saving without losing anything")
final class ImageWriterTests {
    let folder: URL
    let png = ImageInspectorTests.png(width: 4, height: 4)
    let jpeg = ImageInspectorTests.jpeg(width: 4, height: 4)

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gen-image-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    var writer: ImageWriter {
        ImageWriter(temporaryFiles: TemporaryFiles(), now: { Date(timeIntervalSince1970: 0) })
    }

    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func createsParentFoldersAndLeavesNoTemporaryFile() throws {
        let target = folder.appendingPathComponent("a/b/cat.png")
        let outcome = try writer.write(png, format: .png, prompt: "cat", target: .file(target))
        #expect(outcome.url == target)
        #expect(try Data(contentsOf: target) == png)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path)
                == ["cat.png"])
    }

    @Test func neverOverwrites() throws {
        let target = folder.appendingPathComponent("cat.png")
        try Data("keep me".utf8).write(to: target)
        let first = try writer.write(png, format: .png, prompt: "cat", target: .file(target))
        let stamp = FileNamer.timestamp(Date(timeIntervalSince1970: 0))
        #expect(first.url.lastPathComponent == "cat-\(stamp).png")
        #expect(first.notes.map(\.code) == ["renamed_existing"])
        let second = try writer.write(png, format: .png, prompt: "cat", target: .file(target))
        #expect(second.url.lastPathComponent == "cat-\(stamp)-2.png")
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep me")
        #expect(try contents().count == 3)
    }

    @Test func extensionFollowsTheBytes() throws {
        let outcome = try writer.write(
            jpeg, format: .jpeg, prompt: "x", target: .file(folder.appendingPathComponent("x.png")))
        #expect(outcome.url.lastPathComponent == "x.jpg")
        #expect(outcome.notes.map(\.code) == ["extension_changed"])
        let kept = try writer.write(
            jpeg, format: .jpeg, prompt: "x", target: .file(folder.appendingPathComponent("y.jpeg")))
        #expect(kept.url.lastPathComponent == "y.jpeg")
        #expect(kept.notes.isEmpty)
        let added = try writer.write(
            png, format: .png, prompt: "x", target: .file(folder.appendingPathComponent("noext")))
        #expect(added.url.lastPathComponent == "noext.png")
    }

    @Test func automaticNamesNeverCollide() throws {
        let names = try (0..<20).map { _ in
            try writer.write(png, format: .png, prompt: "一只猫 in the garden", target: .automatic(directory: folder))
                .url.lastPathComponent
        }
        #expect(Set(names).count == 20)
        #expect(names.allSatisfy { $0.hasPrefix(FileNamer.timestamp(Date(timeIntervalSince1970: 0)) + "-一只猫-in-the-") })
        #expect(try contents().count == 20)
    }

    @Test func unwritableFolderIsAnIOError() throws {
        do {
            _ = try writer.write(
                png, format: .png, prompt: "x", target: .file(URL(fileURLWithPath: "/proc/nope/x.png")))
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .ioError)
        }
    }
}
