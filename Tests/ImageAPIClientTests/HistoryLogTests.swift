import Foundation
import ImageAPIClient
import Testing

/// `HistoryLog`: a line per `write(2)` to an `O_APPEND` file, so lines written at once never interleave; a
/// private file; rotation past its size; torn lines skipped on reading; the place from XDG_STATE_HOME or HOME.
@Suite("History log")
struct HistoryLogTests {
    static func folder(_ name: String = #function) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func entry(_ prompt: String, time: String = "2026-12-07T01:00:00Z") -> HistoryEntry {
        HistoryEntry(
            time: time, source: "run", outcome: "ok",
            record: ProvenanceRecord(
                prompt: prompt, model: "gpt-image-2", provider: "apiyi", endpoint: "images", format: "png",
                created: time, costUSD: 0.006),
            paths: ["/tmp/\(prompt).png"], elapsed: 1.5)
    }

    @Test func linesWrittenAtOnceNeverInterleave() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = HistoryLog(url: folder.appendingPathComponent("state/gen-image/history.jsonl"))
        let long = String(repeating: "一只橘猫 ", count: 2000)
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<64 {
                group.addTask { #expect(log.append(Self.entry("\(index) \(long)"))) }
            }
        }
        let entries = log.entries()
        #expect(entries.count == 64)
        #expect(Set(entries.map { $0.record.prompt.split(separator: " ")[0] }).count == 64)
        let mode = try FileManager.default.attributesOfItem(atPath: log.url.path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        let folderMode =
            try FileManager.default.attributesOfItem(atPath: log.url.deletingLastPathComponent().path)[
                .posixPermissions] as? NSNumber
        #expect(folderMode?.intValue == 0o700)
    }

    @Test func aFullFileIsRotatedAndBothAreRead() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var log = HistoryLog(url: folder.appendingPathComponent("history.jsonl"))
        log.rotationBytes = 2000
        for index in 0..<30 { log.append(Self.entry("image \(index)")) }
        #expect(FileManager.default.fileExists(atPath: log.rotatedURL.path))
        let size = try FileManager.default.attributesOfItem(atPath: log.url.path)[.size] as? NSNumber
        #expect((size?.intValue ?? .max) < 2000 + 1000)
        let entries = log.entries()
        #expect(entries.first?.record.prompt == "image 29", "newest first")
        #expect(entries.count < 30 && entries.count > 1)
    }

    @Test func tornAndForeignLinesAreSkippedAndFieldsRoundTrip() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = HistoryLog(url: folder.appendingPathComponent("history.jsonl"))
        log.append(Self.entry("first"))
        let handle = try FileHandle(forWritingTo: log.url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"time\": \"2026-12-07T01:00:00Z\", \"outc\nnot json\n".utf8))
        try handle.close()
        log.append(Self.entry("second"))
        let entries = log.entries()
        #expect(entries.map(\.record.prompt) == ["second", "first"])
        #expect(entries[0].paths == ["/tmp/second.png"] && entries[0].elapsed == 1.5)
        #expect(entries[0].record.costUSD == 0.006 && entries[0].outcome == "ok")
    }

    @Test func thePlaceFollowsXDGStateHomeThenHome() {
        #expect(
            HistoryLog.location(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])?.path
                == "/s/gen-image/history.jsonl")
        #expect(
            HistoryLog.location(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"])?.path
                == "/h/.local/state/gen-image/history.jsonl")
        #expect(HistoryLog.location(environment: [:]) == nil)
        #expect(HistoryLog.isOff(environment: ["GEN_IMAGE_HISTORY": "OFF"]))
        #expect(!HistoryLog.isOff(environment: ["GEN_IMAGE_HISTORY": "on"]))
    }

    @Test func anUnwritablePlaceFailsQuietly() {
        let log = HistoryLog(url: URL(fileURLWithPath: "/proc/gen-image-test/history.jsonl"))
        #expect(!log.append(Self.entry("x")))
    }
}
