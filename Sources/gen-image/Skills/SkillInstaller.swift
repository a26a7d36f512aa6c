import Foundation

/// Writes skill folders (`SKILL.md`, `references/`, `scripts/gen-image`) into a folder an agent reads.
///
/// It decides everything before it writes anything: files it would create, files already identical, files it
/// would replace (only with `force`), and paths it cannot use. It never deletes: files the user added to a
/// skill folder stay, whatever happens.
struct SkillInstaller {
    /// What one file of a skill is made of.
    enum Content {
        case text(String)
        /// A copy of this file, made executable.
        case binary(path: String)
    }

    /// One file to write, with where it goes.
    struct Item {
        let skill: String
        /// The path inside the skill's folder.
        let path: String
        let target: URL
        let content: Content
    }

    /// What installing would do.
    struct Plan {
        /// Files that do not exist yet.
        var create: [Item] = []
        /// Files that exist with other contents: replaced only with `force`.
        var replace: [Item] = []
        /// Files that already hold exactly this.
        var unchanged: [Item] = []
        /// Paths in the way: a folder where a file goes, or a file where a folder goes.
        var blocked: [String] = []
    }

    let directory: URL
    let skills: [Skill]
    let binaryPath: String

    /// Every file of every skill, in order: SKILL.md and references as embedded, with the program's installed
    /// path written into their commands, then the binary.
    var items: [Item] {
        skills.flatMap { skill in
            let folder = directory.appendingPathComponent(skill.name, isDirectory: true)
            let program = folder.appendingPathComponent(Skill.binaryPath).path
            let texts = skill.files.map {
                Item(
                    skill: skill.name, path: $0.path, target: folder.appendingPathComponent($0.path),
                    content: .text($0.path.hasSuffix(".md") ? Self.naming(program, in: $0.text) : $0.text))
            }
            let binary = Item(
                skill: skill.name, path: Skill.binaryPath, target: folder.appendingPathComponent(Skill.binaryPath),
                content: .binary(path: binaryPath))
            return texts + [binary]
        }
    }

    /// Looks at the folder and says what installing would do; reads, never writes.
    func plan() -> Plan {
        var plan = Plan()
        let manager = FileManager.default
        for item in items {
            // Every folder on the way must be a folder (or not exist yet).
            var blocker: String?
            var parent = item.target.deletingLastPathComponent()
            while parent.path.count >= directory.path.count {
                var isDirectory: ObjCBool = false
                if manager.fileExists(atPath: parent.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    blocker = parent.path
                }
                parent = parent.deletingLastPathComponent()
            }
            if let blocker {
                if !plan.blocked.contains(blocker) { plan.blocked.append(blocker) }
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: item.target.path, isDirectory: &isDirectory) else {
                plan.create.append(item)
                continue
            }
            if isDirectory.boolValue {
                plan.blocked.append(item.target.path)
            } else if Self.holds(item.target, item.content) {
                plan.unchanged.append(item)
            } else {
                plan.replace.append(item)
            }
        }
        return plan
    }

    /// The Markdown with every `scripts/gen-image` (outside the front matter) replaced by the program's absolute
    /// path, quoted for a shell when it needs it, so a command copied from it runs from any folder: an agent runs
    /// commands from the user's project, where `scripts/gen-image` does not exist.
    static func naming(_ program: String, in markdown: String) -> String {
        let safe = program.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "/._-+@%,:".contains($0)) }
        let spelled = safe ? program : "'" + program.replacingOccurrences(of: "'", with: "'\\''") + "'"
        var lines = markdown.components(separatedBy: "\n")
        var inFrontMatter = lines.first == "---"
        for index in lines.indices {
            if inFrontMatter {
                if index > 0 && lines[index] == "---" { inFrontMatter = false }
                continue
            }
            var out = ""
            var rest = Substring(lines[index])
            while let range = rest.range(of: Skill.binaryPath) {
                let before = range.lowerBound == rest.startIndex ? out.last : rest[rest.index(before: range.lowerBound)]
                out += rest[..<range.lowerBound]
                // Only the program's own spelling, not a longer path that ends the same way.
                let partOfPath = before.map { $0 == "/" || $0.isLetter || $0.isNumber } ?? false
                out += partOfPath ? Skill.binaryPath : spelled
                rest = rest[range.upperBound...]
            }
            lines[index] = out + rest
        }
        return lines.joined(separator: "\n")
    }

    /// Writes the files of `plan` that need writing (those to replace only when `force`), each through a
    /// temporary file renamed into place, so a file is never left half-written. The second and later copies of
    /// the binary are hard links to the first when the file system allows (one binary on disk, not one per
    /// skill); `linked` is told each one. `stop` is asked between files (Ctrl-C); returns false when it said stop.
    @discardableResult
    func write(
        _ plan: Plan, force: Bool, stop: () -> Bool = { false },
        linked: (_ copy: URL, _ original: URL) -> Void = { _, _ in }
    ) throws -> Bool {
        // A binary already in place holds the same bytes: later copies may link to it.
        var firstBinary = plan.unchanged.first { if case .binary = $0.content { true } else { false } }?.target
        for item in plan.create + (force ? plan.replace : []) {
            if stop() { return false }
            let folder = item.target.deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let temporary = folder.appendingPathComponent(".\(item.target.lastPathComponent).gen-image-\(UUID())")
            var linkedTo: URL?
            do {
                switch item.content {
                case .text(let text):
                    try Data(text.utf8).write(to: temporary)
                    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: temporary.path)
                case .binary(let path):
                    if let original = firstBinary, link(original.path, temporary.path) == 0 {
                        linkedTo = original
                    } else {
                        try Self.copy(from: path, to: temporary)
                        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: temporary.path)
                    }
                }
                if rename(temporary.path, item.target.path) != 0 {
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: item.target.path])
                }
            } catch {
                try? FileManager.default.removeItem(at: temporary)
                throw error
            }
            if let linkedTo { linked(item.target, linkedTo) }
            if case .binary = item.content, firstBinary == nil { firstBinary = item.target }
        }
        return true
    }

    /// Whether the file at `url` holds exactly `content` (and, for the binary, is executable).
    static func holds(_ url: URL, _ content: Content) -> Bool {
        switch content {
        case .text(let text):
            return FileManager.default.contents(atPath: url.path) == Data(text.utf8)
        case .binary(let path):
            return FileManager.default.isExecutableFile(atPath: url.path) && sameBytes(url.path, path)
        }
    }

    /// Compares two files a megabyte at a time, so a large binary never sits in memory twice.
    static func sameBytes(_ first: String, _ second: String) -> Bool {
        guard let one = FileHandle(forReadingAtPath: first), let two = FileHandle(forReadingAtPath: second) else {
            return false
        }
        defer {
            try? one.close()
            try? two.close()
        }
        while true {
            let left = (try? one.read(upToCount: 1 << 20)) ?? Data()
            let right = (try? two.read(upToCount: 1 << 20)) ?? Data()
            if left != right { return false }
            if left.isEmpty { return true }
        }
    }

    /// Copies a file a megabyte at a time.
    static func copy(from source: String, to destination: URL) throws {
        guard let input = FileHandle(forReadingAtPath: source) else {
            throw CocoaError(.fileReadNoPermission, userInfo: [NSFilePathErrorKey: source])
        }
        defer { try? input.close() }
        guard FileManager.default.createFile(atPath: destination.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: destination.path])
        }
        let output = try FileHandle(forWritingTo: destination)
        defer { try? output.close() }
        while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
            try output.write(contentsOf: chunk)
        }
    }
}
