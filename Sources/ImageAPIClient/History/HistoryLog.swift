import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `history.jsonl`: one JSON line per request, appended by every run and batch item, read back newest first.
///
/// Each line goes out in one `write(2)` to a file opened `O_APPEND`, so lines of runs at the same time never
/// interleave; the file is private (0600, in a 0700 folder) and moves to `history.1.jsonl` once it passes
/// `rotationBytes`, replacing the one before. A history that cannot be written never fails a run: `append`
/// returns false and the caller may say so.
package struct HistoryLog: Sendable {
    /// The file.
    package let url: URL
    /// The size past which the file is rotated before the next line.
    package var rotationBytes: Int = 10 << 20

    /// A log at `url`.
    package init(url: URL) {
        self.url = url
    }

    /// The history's place for this environment: `$XDG_STATE_HOME/gen-image/history.jsonl`, by default
    /// `~/.local/state/gen-image/history.jsonl`; nil when neither that nor `HOME` is set.
    package static func location(environment: [String: String]) -> URL? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(fileURLWithPath: state).appendingPathComponent("gen-image/history.jsonl")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".local/state/gen-image/history.jsonl")
    }

    /// Whether the environment turns the history off (`GEN_IMAGE_HISTORY=off`, `0`, `false` or `no`).
    package static func isOff(environment: [String: String]) -> Bool {
        ["off", "0", "false", "no"].contains((environment["GEN_IMAGE_HISTORY"] ?? "").lowercased())
    }

    /// The rotated file, `history.1.jsonl`.
    package var rotatedURL: URL {
        url.deletingLastPathComponent().appendingPathComponent(
            url.deletingPathExtension().lastPathComponent + ".1.jsonl")
    }

    /// Appends `entry` as one line; false when the folder or file cannot be written.
    @discardableResult
    package func append(_ entry: HistoryEntry) -> Bool {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard var line = try? encoder.encode(entry.json) else { return false }
        line.append(0x0A)
        rotateIfFull()
        var descriptor = open(url.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        if descriptor < 0 && errno == ENOENT {
            // The first line: the folder is made private, as the file is.
            let folder = url.deletingLastPathComponent()
            try? FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            descriptor = open(url.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        }
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        return written == line.count
    }

    /// Moves a full file aside; two runs racing here both rename or find it gone, and neither loses a line
    /// already written.
    private func rotateIfFull() {
        var status = stat()
        guard stat(url.path, &status) == 0, Int(status.st_size) >= rotationBytes else { return }
        _ = rename(url.path, rotatedURL.path)
    }

    /// Every readable entry, newest first: the current file, then the rotated one. Lines that do not parse
    /// (torn by a crash, written by hand) are skipped.
    package func entries() -> [HistoryEntry] {
        var found: [HistoryEntry] = []
        for file in [rotatedURL, url] {
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            for line in data.split(separator: 0x0A) where !line.isEmpty {
                guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(line)),
                    let entry = HistoryEntry(json: value)
                else { continue }
                found.append(entry)
            }
        }
        return found.reversed()
    }
}
