import Foundation
import ImageAPIClient
import Testing

@testable import gen_image

/// Issue 21, points 6 and 7: what an installed skill tells an agent, and how `skill install` lays out the
/// binary. `SkillInstallTests` runs every command the skills show; these check what the agent needs to act
/// without guessing.
@Suite("Skill guidance")
struct SkillGuidanceTests {
    static let skills = ["apiyi-gpt-image-2-all-gen", "apiyi-gpt-image-2-gen"]

    /// Installs both skills into a fresh folder.
    static func install() throws -> (skills: URL, result: CLIResult) {
        let (folder, result) = try SkillInstallTests.install()
        #expect(result.exitCode == 0, "\(result.stderr)")
        return (folder, result)
    }

    static func text(_ skill: String, _ path: String, in skills: URL) throws -> String {
        try String(contentsOf: skills.appendingPathComponent(skill).appendingPathComponent(path), encoding: .utf8)
    }

    @Test func everySkillMDIsShortAndNamesTheProgramByItsInstalledPath() throws {
        let (skills, _) = try Self.install()
        defer { try? FileManager.default.removeItem(at: skills.deletingLastPathComponent()) }
        for skill in Self.skills {
            let markdown = try Self.text(skill, "SKILL.md", in: skills)
            #expect(
                markdown.count < SkillInstallTests.maxSkillCharacters,
                "\(skill)/SKILL.md has \(markdown.count) characters as installed")
            let program = skills.appendingPathComponent(skill).appendingPathComponent("scripts/gen-image").path
            let body = markdown.components(separatedBy: "\n---\n").dropFirst().joined()
            #expect(body.contains(program + " -m "), "\(skill): no command names \(program)")
            // Outside the front matter, the program is never named by a path that only works from the skill's folder.
            for match in body.matches(of: /(^|[\s`(|])scripts\/gen-image/) {
                Issue.record("\(skill): relative program path at \(body[match.range].prefix(40))")
            }
        }
    }

    @Test func aPathWithSpacesIsQuotedInTheCommands() throws {
        let folder = try CLIRunner.makeFolder("spaces")
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("my skills")
        let result = try CLIRunner.run(["skill", "install", target.path, "apiyi-gpt-image-2-gen"], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let markdown = try Self.text("apiyi-gpt-image-2-gen", "SKILL.md", in: target)
        let program = target.appendingPathComponent("apiyi-gpt-image-2-gen/scripts/gen-image").path
        #expect(markdown.contains("'\(program)' -m gpt-image-2 -p"), "\(markdown.prefix(1500))")
        // And such a command runs from another folder.
        let run = try CLIRunner.run(
            ["-c", "'\(program)' -m gpt-image-2 --dry-run -p \"a cat\" -f cat.png"], in: folder,
            environment: ["APIYI_API_KEY": nil, "PATH": "/usr/bin:/bin"], executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(run.exitCode == 0, "\(run.stderr)")
    }

    /// The ratio each use gets, from a Markdown table's rows that name the use.
    static func ratios(in markdown: String) -> [String: Set<String>] {
        let uses = [
            "poster": ["poster", "海报"], "phone": ["phone wallpaper", "手机壁纸"],
            "desktop": ["desktop", "电脑壁纸"], "cover": ["video cover", "视频封面"], "avatar": ["avatar", "头像"],
        ]
        var found: [String: Set<String>] = [:]
        for line in markdown.components(separatedBy: "\n") where line.hasPrefix("|") {
            let ratios = Set(line.matches(of: /\b\d{1,2}:\d{1,2}\b/).map { String($0.output) })
            for (use, words) in uses where words.contains(where: line.lowercased().contains) {
                found[use, default: []].formUnion(ratios)
            }
        }
        return found
    }

    @Test func posterWallpaperCoverAndAvatarGetTheSameRatiosEverywhere() throws {
        var all: [String: Set<String>] = [:]
        for skill in Self.skills {
            let folder = SkillSources.folder.appendingPathComponent(skill)
            let core = Self.ratios(
                in: try String(contentsOf: folder.appendingPathComponent("SKILL.md"), encoding: .utf8))
            let guide = Self.ratios(
                in: try String(contentsOf: folder.appendingPathComponent("references/size-guide.md"), encoding: .utf8))
            #expect(Set(core.keys) == ["poster", "phone", "desktop", "cover", "avatar"], "\(skill): \(core)")
            for (use, ratios) in core {
                #expect(ratios.count == 1, "\(skill) SKILL.md: \(use) has \(ratios)")
                #expect(
                    guide[use] == ratios,
                    "\(skill): \(use) is \(ratios) in SKILL.md, \(guide[use] ?? []) in size-guide.md")
                if let other = all[use] { #expect(other == ratios, "\(use) differs between the skills") }
                all[use] = ratios
            }
        }
        #expect(all["poster"] == ["2:3"] && all["phone"] == ["9:16"] && all["avatar"] == ["1:1"])
        // Not blind: a table that gives posters another ratio is caught.
        #expect(Self.ratios(in: "| 海报 / poster | 9:16 |")["poster"] != all["poster"])
    }

    /// What each SKILL.md must say for an agent not to guess, in its own words.
    @Test(arguments: skills)
    func theCoreSaysWhatAnAgentMustKnow(skill: String) throws {
        // Read as prose: a phrase may wrap onto the next line.
        let markdown = try String(
            contentsOf: SkillSources.folder.appendingPathComponent(skill).appendingPathComponent("SKILL.md"),
            encoding: .utf8
        ).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let needed: [(String, [String])] = [
            ("the shell tool's time limit", ["600000", "--max-time"]),
            ("what to do when the tool returns while gen-image runs", ["do not start it again"]),
            (
                "the user's words verbatim, instructions as flags",
                ["verbatim", "becomes a flag", "stays out of the prompt"]
            ),
            ("fusion order", ["never sees file names", "in the order the prompt mentions them"]),
            ("several images in one command", ["never one command per image", "batch {batch_file}", ".results.json"]),
            ("a 401", ["auth_failed", "401", "Do not retry", "doctor`", "APIYI_API_KEY"]),
            ("a refusal", ["refused"]),
            ("delivered vs asked", ["not the size", "tell the user"]),
            ("the error code on the error line", ["gen-image: error [code]"]),
        ]
        for (topic, phrases) in needed {
            for phrase in phrases {
                #expect(markdown.contains(phrase), "\(skill)/SKILL.md does not say \(topic): missing \"\(phrase)\"")
            }
        }
        if skill == "apiyi-gpt-image-2-gen" {
            #expect(markdown.contains("`-c 0-100`") && markdown.contains("100 (the default) is best and biggest"))
        }
    }

    /// Every batch command of a skill, in every file, is the same: `<program> batch <file> -m <model>`.
    @Test(arguments: skills)
    func theBatchCommandIsTheSameEverywhere(skill: String) throws {
        let model = try #require(SkillInstallTests.models[skill])
        var count = 0
        let folder = SkillSources.folder.appendingPathComponent(skill)
        for file in CLIRunner.files(in: folder) where file.hasSuffix(".md") {
            let markdown = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let lines =
                MarkdownReference.blocks(in: markdown).filter { $0.info.first == "sh" }
                .flatMap(MarkdownReference.shellLines) + MarkdownReference.codeSpans(in: markdown)
            for line in lines where line.contains(" batch ") {
                count += 1
                #expect(
                    line.wholeMatch(of: /scripts\/gen-image batch \S+ -m (\S+)( .*)?/)?.1 == Substring(model),
                    "\(skill)/\(file): \(line)")
            }
        }
        #expect(count >= 3)
    }

    // MARK: - Point 7: one binary

    @Test func theSecondBinaryIsAHardLinkToTheFirst() throws {
        let (skills, result) = try Self.install()
        defer { try? FileManager.default.removeItem(at: skills.deletingLastPathComponent()) }
        var inodes: Set<UInt64> = []
        for skill in Self.skills {
            let path = skills.appendingPathComponent(skill).appendingPathComponent("scripts/gen-image").path
            var info = stat()
            #expect(stat(path, &info) == 0)
            inodes.insert(UInt64(info.st_ino))
            #expect(info.st_nlink == 2, "\(path) has \(info.st_nlink) links")
            #expect(FileManager.default.isExecutableFile(atPath: path))
        }
        #expect(inodes.count == 1, "two copies of the binary on disk")
        #expect(result.stderr.contains("is a hard link to"), "\(result.stderr)")
        // Installing again changes nothing, and both still run.
        let again = try CLIRunner.run(["skill", "install", skills.path], in: skills.deletingLastPathComponent())
        #expect(again.exitCode == 0, "\(again.stderr)")
        #expect(again.stderr.contains("0 written"), "\(again.stderr)")
        for skill in Self.skills {
            let version = try CLIRunner.run(
                ["--version"], in: skills,
                executable: skills.appendingPathComponent(skill).appendingPathComponent("scripts/gen-image"))
            #expect(version.exitCode == 0)
        }
    }

    /// Across file systems (one skill's folder a link to a folder on another) a link cannot be made: the binary
    /// is copied, whole and executable, and no link is claimed.
    @Test func anotherFileSystemGetsACopy() throws {
        let other = URL(fileURLWithPath: "/dev/shm")
        let folder = try CLIRunner.makeFolder("crossfs")
        defer { try? FileManager.default.removeItem(at: folder) }
        var here = stat()
        var there = stat()
        guard stat(folder.path, &here) == 0, stat(other.path, &there) == 0, here.st_dev != there.st_dev,
            access(other.path, W_OK) == 0
        else {
            print("⚠️ SKIPPED: no second writable file system (/dev/shm) to install across")
            return
        }
        let away = other.appendingPathComponent("gen-image-crossfs-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: away, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: away) }
        let skills = folder.appendingPathComponent("skills")
        try FileManager.default.createDirectory(at: skills, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: skills.appendingPathComponent("apiyi-gpt-image-2-gen"), withDestinationURL: away)
        let result = try CLIRunner.run(["skill", "install", skills.path], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("hard link"), "\(result.stderr)")
        let copy = away.appendingPathComponent("scripts/gen-image")
        #expect(FileManager.default.isExecutableFile(atPath: copy.path))
        #expect(SkillInstaller.sameBytes(copy.path, CLIRunner.binary.path))
        let version = try CLIRunner.run(["--version"], in: folder, executable: copy)
        #expect(version.exitCode == 0)
    }

    @Test func aToolchainBoundBinaryIsNamedWithTheWayToAPortableOne() throws {
        let (skills, result) = try Self.install()
        defer { try? FileManager.default.removeItem(at: skills.deletingLastPathComponent()) }
        // The test build links the toolchain's libraries dynamically, as `swift build` does by default.
        let needed = try CLIRunner.run(
            ["-c", "ldd '\(CLIRunner.binary.path)'"], in: skills,
            executable: URL(fileURLWithPath: "/bin/sh"))
        if needed.stdout.contains("libswiftCore") {
            #expect(result.stderr.contains("warning: this gen-image needs the Swift toolchain's libraries"))
            #expect(result.stderr.contains("libswiftCore.so"))
            #expect(result.stderr.contains("swift build -c release --static-swift-stdlib"), "\(result.stderr)")
        } else {
            #expect(!result.stderr.contains("Swift toolchain"), "\(result.stderr)")
        }
        let chinese = try CLIRunner.run(
            ["skill", "install", skills.path, "--lang", "zh"], in: skills.deletingLastPathComponent())
        if needed.stdout.contains("libswiftCore") { #expect(chinese.stderr.contains("警告：这个 gen-image 依赖 Swift 工具链的库")) }
    }

    @Test func toolchainLibrariesAreReadFromTheMappedFiles() {
        let maps = """
            7f0000000000-7f0000001000 r-xp 00000000 08:01 1 /opt/swift/usr/lib/swift/linux/libswiftCore.so
            7f0000001000-7f0000002000 r--p 00000000 08:01 1 /opt/swift/usr/lib/swift/linux/libswiftCore.so
            7f0000002000-7f0000003000 r-xp 00000000 08:01 2 /opt/swift/usr/lib/swift/linux/libFoundation.so
            7f0000003000-7f0000004000 r-xp 00000000 08:01 3 /usr/lib/x86_64-linux-gnu/libcurl.so.4.8.0
            7f0000004000-7f0000005000 r-xp 00000000 08:01 4 /usr/lib/x86_64-linux-gnu/libc.so.6
            7ffd00000000-7ffd00001000 rw-p 00000000 00:00 0 [stack]
            """
        #expect(RunningBinary.toolchainLibraries(inMaps: maps) == ["libswiftCore.so", "libFoundation.so"])
        let portable = "7f0000003000-7f0000004000 r-xp 00000000 08:01 3 /usr/lib/x86_64-linux-gnu/libcurl.so.4\n"
        #expect(RunningBinary.toolchainLibraries(inMaps: portable).isEmpty)
    }
}
