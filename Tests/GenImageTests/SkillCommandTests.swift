import Foundation
import Testing

@testable import gen_image

/// `gen-image skill install` and `skill list` as a user meets them: what they print, what they refuse, and that
/// nothing the user added to a skill folder is ever deleted or replaced without `--force`.
@Suite("skill install and list")
struct SkillCommandTests {
    let all = ["apiyi-gpt-image-2-all-gen", "apiyi-gpt-image-2-gen"]

    @Test func listPrintsEveryNameWithItsDescription() throws {
        let folder = try CLIRunner.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["skill", "list"], in: folder)
        #expect(result.exitCode == 0)
        #expect(result.stdoutLines.map { String($0.prefix { $0 != " " }) } == all)
        for (line, skill) in zip(result.stdoutLines, Skill.all) {
            #expect(line.hasSuffix(skill.description) && skill.description.contains("Use when"))
        }
        #expect(result.stderr.isEmpty)
    }

    @Test func installsNamedSkillsIntoTheCurrentFolderByDefault() throws {
        let folder = try CLIRunner.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["skill", "install", "apiyi-gpt-image-2-gen"], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdoutLines == [folder.appendingPathComponent("apiyi-gpt-image-2-gen").path])
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(all[0]).path))
        #expect(result.stderr.contains("~/.claude/skills") && result.stderr.contains("~/.agents/skills"))
    }

    /// A changed file is listed and nothing at all is written without --force; with it, only the skill's own
    /// files are replaced, and the user's own files stay as they were.
    @Test func replacingNeedsForceAndNeverTouchesTheUsersFiles() throws {
        let folder = try CLIRunner.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLIRunner.run(["skill", "install", "skills"], in: folder).exitCode == 0)
        let skill = folder.appendingPathComponent("skills/apiyi-gpt-image-2-gen")
        let mine = skill.appendingPathComponent("references/my-notes.md")
        try Data("mine".utf8).write(to: mine)
        try Data("edited".utf8).write(to: skill.appendingPathComponent("SKILL.md"))
        try FileManager.default.removeItem(at: skill.appendingPathComponent("references/size-guide.md"))
        let before = CLIRunner.files(in: folder)

        let refused = try CLIRunner.run(["skill", "install", "skills"], in: folder)
        #expect(refused.exitCode == 2)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.contains("apiyi-gpt-image-2-gen/SKILL.md") && refused.stderr.contains("--force"))
        #expect(!refused.stderr.contains("my-notes"))
        #expect(CLIRunner.files(in: folder) == before, "something was written without --force")
        #expect(try String(contentsOf: skill.appendingPathComponent("SKILL.md"), encoding: .utf8) == "edited")

        let forced = try CLIRunner.run(["skill", "install", "skills", "--force"], in: folder)
        #expect(forced.exitCode == 0, "\(forced.stderr)")
        #expect(forced.stderr.contains("replaced: SKILL.md"))
        let source = try #require(Skill.all.first { $0.name == "apiyi-gpt-image-2-gen" })
        let text = try String(contentsOf: skill.appendingPathComponent("SKILL.md"), encoding: .utf8)
        let program = skill.appendingPathComponent("scripts/gen-image").path
        #expect(
            text == source.files.first { $0.path == "SKILL.md" }.map { SkillInstaller.naming(program, in: $0.text) })
        #expect(FileManager.default.fileExists(atPath: skill.appendingPathComponent("references/size-guide.md").path))
        #expect(try String(contentsOf: mine, encoding: .utf8) == "mine")
        #expect(!CLIRunner.files(in: folder).contains { $0.contains(".gen-image-") }, "temporary file left")

        let again = try CLIRunner.run(["skill", "install", "skills"], in: folder)
        #expect(again.exitCode == 0, "an identical install needs no --force: \(again.stderr)")
        #expect(again.stderr.contains("0 written"))
    }

    @Test func refusesWhatItCannotUse() throws {
        let folder = try CLIRunner.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let unknown = try CLIRunner.run(["skill", "install", "skills", "apiyi-nope"], in: folder)
        #expect(unknown.exitCode == 2 && unknown.stderr.contains("apiyi-gpt-image-2-gen"))
        let noAction = try CLIRunner.run(["skill"], in: folder)
        #expect(noAction.exitCode == 2 && noAction.stderr.contains("install"))
        try Data().write(to: folder.appendingPathComponent("file"))
        let blocked = try CLIRunner.run(["skill", "install", "file"], in: folder)
        #expect(blocked.exitCode == 2 && blocked.stderr.contains("in the way"), "\(blocked.stderr)")
        #expect(CLIRunner.files(in: folder).filter { !$0.hasPrefix(".tmp/") } == ["file"])
        #expect(try CLIRunner.run(["skill", "list", "extra"], in: folder).exitCode == 2)
        let help = try CLIRunner.run(["skill", "--help"], in: folder)
        #expect(help.exitCode == 0 && help.stdout.contains("--static-swift-stdlib") && help.stdout.contains("--force"))
    }

    /// A folder that cannot be written is an error naming it, exit 1, not a crash or a half-installed skill.
    @Test func readOnlyFolderFailsCleanly() throws {
        let folder = try CLIRunner.makeFolder()
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
            try? FileManager.default.removeItem(at: folder)
        }
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
        // Root writes through permissions; /proc takes no new folders from anyone.
        let target = getuid() == 0 ? "/proc/gen-image-skills" : "locked"
        let result = try CLIRunner.run(["skill", "install", target], in: folder)
        #expect(result.exitCode == 1 && result.stderr.contains("could not write the skills"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    /// The installer on its own: it plans before it writes, and an identical file is not rewritten.
    @Test func planSortsFilesIntoCreateReplaceUnchanged() throws {
        let folder = try CLIRunner.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let installer = SkillInstaller(directory: folder, skills: Skill.all, binaryPath: CLIRunner.binary.path)
        let fresh = installer.plan()
        #expect(fresh.create.count == installer.items.count && fresh.replace.isEmpty && fresh.blocked.isEmpty)
        try installer.write(fresh, force: false)
        let second = installer.plan()
        #expect(second.unchanged.count == installer.items.count)
        let target = try #require(installer.items.first).target
        try Data("other".utf8).write(to: target)
        #expect(installer.plan().replace.map(\.target) == [target])
    }

    /// Stopped between files (Ctrl-C), it has written whole files only and left no temporary one.
    @Test func stoppingLeavesOnlyWholeFiles() throws {
        let folder = try CLIRunner.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let installer = SkillInstaller(directory: folder, skills: Skill.all, binaryPath: CLIRunner.binary.path)
        var asked = 0
        let finished = try installer.write(installer.plan(), force: false) {
            asked += 1
            return asked > 2
        }
        #expect(!finished)
        let written = CLIRunner.files(in: folder)
        #expect(written.count == 2, "\(written)")
        for item in installer.items where written.contains(item.skill + "/" + item.path) {
            #expect(SkillInstaller.holds(item.target, item.content), "\(item.path) is not whole")
        }
    }
}
