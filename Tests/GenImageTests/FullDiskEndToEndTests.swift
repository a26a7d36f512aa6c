import FakeGateway
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue #19, point 2 (when saving): with the output folder, `$HOME` and `$TMPDIR` on one disk that fills up
/// while the gateway works, a billed base64 image is never lost without a word: it goes to the recovery
/// folder, then `$XDG_RUNTIME_DIR`, then `/dev/shm`, and the run says where; when nothing at all can be
/// written it says plainly that the image is lost, what it cost, and the link when the reply had one.
///
/// Each disk is a small tmpfs mounted by the test (as root); `/dev/shm` is replaced only inside a private
/// mount namespace (`unshare -m`), so the machine's own is never touched. The runs ask for 1024x1024, whose
/// largest image (about 5 MB) passes the pre-send free-space check on the 8 MB disk; the disk fills up only
/// when the request arrives.
@Suite("A full disk never loses a billed image silently, end to end", .serialized)
struct FullDiskEndToEndTests {
    static let image = TestImages.png(width: 300, height: 200)

    /// Why mounting is impossible here, or nil when it works.
    static let mountProblem: String? = {
        guard geteuid() == 0 else { return "not root" }
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("gen-image-mount-\(getpid())")
        try? FileManager.default.createDirectory(at: probe, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: probe) }
        guard Disk.shell("mount -t tmpfs -o size=1m tmpfs '\(probe.path)' && umount '\(probe.path)'") == 0 else {
            return "mount -t tmpfs is not allowed"
        }
        guard Disk.shell("unshare -m true") == 0 else { return "unshare -m is not allowed" }
        return nil
    }()

    static var canMount: Bool {
        if let problem = mountProblem {
            print("⚠️  FullDiskEndToEndTests SKIPPED: \(problem); the full-disk fallbacks are not tested here")
            return false
        }
        return true
    }

    /// A tmpfs mounted for one test.
    struct Disk {
        let root: URL

        init(at root: URL, megabytes: Int) throws {
            self.root = root
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            guard Self.shell("mount -t tmpfs -o size=\(megabytes)m,mode=0755 tmpfs '\(root.path)'") == 0 else {
                throw CocoaError(.fileWriteNoPermission)
            }
        }

        func unmount() {
            _ = Self.shell("umount -l '\(root.path)'")
        }

        /// Writes a filler file until the disk refuses more, then gives back `leaving` bytes, so a reply's image
        /// starts to be written and the disk fills up in its middle.
        func fill(leaving: Int = 0) {
            let fd = open(root.appendingPathComponent("filler").path, O_CREAT | O_WRONLY | O_APPEND, 0o600)
            guard fd >= 0 else { return }
            defer { close(fd) }
            let block = [UInt8](repeating: 0x55, count: 4096)
            while block.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
            if leaving > 0 { _ = ftruncate(fd, max(0, lseek(fd, 0, SEEK_END) - off_t(leaving))) }
        }

        func folder(_ name: String) throws -> URL {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            return url
        }

        /// Every file on the disk but the filler.
        var leftovers: [String] {
            let names = FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? []
            return names.filter { name in
                var isFolder: ObjCBool = false
                _ = FileManager.default.fileExists(
                    atPath: root.appendingPathComponent(name).path, isDirectory: &isFolder)
                // The history (issue 23) is a record of the run, not something half-written.
                let isHistory = name.hasSuffix(".local/state/gen-image/history.jsonl")
                return !isFolder.boolValue && name != "filler" && !isHistory
            }
        }

        @discardableResult
        static func shell(_ command: String) -> Int32 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", command]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { return -1 }
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    /// A scenario whose output folder, HOME and TMPDIR are on `disk`, which fills up when the request arrives.
    struct FullDisk {
        let scenario: Scenario
        let disk: Disk
        let environment: [String: String?]
        let output: URL

        init(
            leaving: Int = 0, reply: @escaping @Sendable (FakeGateway) -> FakeResponse, name: String = #function
        ) throws {
            scenario = try Scenario(name)
            disk = try Disk(at: scenario.folder.appendingPathComponent("disk"), megabytes: 8)
            output = try disk.folder("out")
            environment = [
                "HOME": try disk.folder("home").path, "TMPDIR": try disk.folder("tmp").path,
                "XDG_DATA_HOME": nil, "XDG_RUNTIME_DIR": nil,
            ]
            let disk = disk
            scenario.gateway.setHandler { [weak gateway = scenario.gateway] request in
                guard let gateway else { return FakeResponse(status: 500) }
                if request.method == "POST" { disk.fill(leaving: leaving) }
                return request.method == "POST" ? reply(gateway) : gateway.defaultResponse(to: request)
            }
        }
    }

    static func json(_ result: CLIResult) throws -> [String: Any] {
        try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)")
    }

    /// The disk is full before the reply comes, or fills up 64 KB into the image (what was written so far is
    /// carried over to the next folder).
    @Test(.enabled(if: canMount), arguments: [0, 64 * 1024])
    func theImageGoesToXDGRuntimeDir(leaving: Int) throws {
        #expect(Self.image.count > 2 * leaving)
        let full = try FullDisk(leaving: leaving, reply: { _ in .imagesB64(Self.image) })
        defer { full.disk.unmount() }
        let runtime = try Disk(at: full.scenario.folder.appendingPathComponent("runtime"), megabytes: 8)
        defer { runtime.unmount() }
        var environment = full.environment
        environment["XDG_RUNTIME_DIR"] = runtime.root.path
        let result = try full.scenario.run(
            [
                "-p", "a fox", "-m", "gpt-image-2", "-s", "1024x1024", "-f",
                full.output.appendingPathComponent("fox.png").path, "--json",
            ],
            environment: environment)
        #expect(result.exitCode == 1, "\(result.stderr)")
        let error = try #require(try Self.json(result)["error"] as? [String: Any])
        let recovered = try #require(error["recovered_path"] as? String, "\(result.stdout)")
        #expect(recovered.hasPrefix(runtime.root.appendingPathComponent("gen-image-recovered/").path), "\(recovered)")
        #expect(Unstamped.contents(atPath: recovered) == Self.image)
        #expect((error["hint"] as? String)?.contains("billed and is kept at \(recovered)") == true, "\(error)")
        #expect(try Self.json(result)["cost_usd"] as? Double ?? 0 > 0, "\(result.stdout)")
        let mode =
            try FileManager.default.attributesOfItem(
                atPath: runtime.root.appendingPathComponent("gen-image-recovered").path)[.posixPermissions] as? Int
        #expect(mode == 0o700)
        // Recovered images are the user's own (issue #19, point 4): 0600 in a last resort too.
        let fileMode = try FileManager.default.attributesOfItem(atPath: recovered)[.posixPermissions] as? Int
        #expect(fileMode == 0o600, "\(String(fileMode ?? 0, radix: 8))")
        #expect(full.disk.leftovers.isEmpty, "nothing half-written is left: \(full.disk.leftovers)")
    }

    /// Runs gen-image in a private mount namespace whose /dev/shm is a fresh tmpfs of `shmMegabytes` (full when
    /// 0), copying what it left there to `copyTo` before the namespace goes.
    static func runWithPrivateShm(
        _ full: FullDisk, arguments: [String], shmFull: Bool, copyTo: URL
    ) throws -> CLIResult {
        let quoted = ([CLIRunner.binary.path] + arguments).map {
            "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }
        let fill = shmFull ? "dd if=/dev/zero of=/dev/shm/filler bs=4k >/dev/null 2>&1;" : ""
        let script = """
            mount -t tmpfs -o size=4m tmpfs /dev/shm || exit 97
            \(fill)
            \(quoted.joined(separator: " "))
            status=$?
            mkdir -p '\(copyTo.path)' && cp -p /dev/shm/gen-image-recovered-*/* '\(copyTo.path)/' 2>/dev/null
            exit $status
            """
        var environment = full.environment
        if environment["GEN_IMAGE_BASE_URL"] == nil {
            environment["GEN_IMAGE_BASE_URL"] = full.scenario.gateway.baseURL
        }
        return try CLIRunner.run(
            ["-m", "--", "/bin/sh", "-c", script], in: full.scenario.folder, environment: environment,
            executable: URL(fileURLWithPath: "/usr/bin/unshare"))
    }

    @Test(.enabled(if: canMount))
    func withoutXDGRuntimeDirTheImageGoesToDevShm() throws {
        let full = try FullDisk(reply: { _ in .imagesB64(Self.image) })
        defer { full.disk.unmount() }
        let copy = full.scenario.folder.appendingPathComponent("from-shm")
        let result = try Self.runWithPrivateShm(
            full,
            arguments: [
                "-p", "a fox", "-m", "gpt-image-2", "-s", "1024x1024", "-f",
                full.output.appendingPathComponent("f.png").path,
            ],
            shmFull: false, copyTo: copy)
        #expect(result.exitCode == 1, "\(result.stderr)")
        #expect(result.stderr.contains("billed and is kept at /dev/shm/gen-image-recovered-0/"), "\(result.stderr)")
        #expect(result.stderr.contains("in memory"), "\(result.stderr)")
        let kept = try FileManager.default.contentsOfDirectory(atPath: copy.path)
        #expect(kept.count == 1, "\(kept)")
        #expect(Unstamped.contents(atPath: copy.appendingPathComponent(kept.first ?? "-").path) == Self.image)
        #expect(full.disk.leftovers.isEmpty, "\(full.disk.leftovers)")
    }

    @Test(.enabled(if: canMount))
    func whenNothingCanBeWrittenTheRunSaysTheImageIsLostAndWhatItCost() throws {
        let full = try FullDisk(reply: { _ in .imagesB64(Self.image) })
        defer { full.disk.unmount() }
        let copy = full.scenario.folder.appendingPathComponent("from-shm")
        let arguments = [
            "-p", "a fox", "-m", "gpt-image-2", "-s", "1024x1024", "-f",
            full.output.appendingPathComponent("f.png").path,
        ]
        let result = try Self.runWithPrivateShm(full, arguments: arguments, shmFull: true, copyTo: copy)
        #expect(result.exitCode == 1, "\(result.stderr)")
        #expect(result.stderr.contains("the image was billed but is lost"), "\(result.stderr)")
        #expect(result.stderr.contains("cost: $"), "the cost is said: \(result.stderr)")
        #expect(full.disk.leftovers.isEmpty, "\(full.disk.leftovers)")

        // The disk is emptied again (the pre-send check would refuse a full one); the request fills it anew.
        try FileManager.default.removeItem(at: full.disk.root.appendingPathComponent("filler"))
        let json = try Self.runWithPrivateShm(full, arguments: arguments + ["--json"], shmFull: true, copyTo: copy)
        let envelope = try Self.json(json)
        let error = try #require(envelope["error"] as? [String: Any])
        #expect(error["recovered_path"] is NSNull, "\(json.stdout)")
        #expect((error["message"] as? String)?.contains("is lost") == true, "\(json.stdout)")
        #expect(envelope["cost_usd"] as? Double ?? 0 > 0, "\(json.stdout)")
    }

    @Test(.enabled(if: canMount))
    func aLostImageWithALinkPrintsTheLink() throws {
        let full = try FullDisk(reply: { gateway in
            .imagesURL(gateway.serve(Self.image, at: "/files/fox.png"))
        })
        defer { full.disk.unmount() }
        let copy = full.scenario.folder.appendingPathComponent("from-shm")
        let arguments = [
            "-p", "a fox", "-m", "gpt-image-2", "-s", "1024x1024", "-f",
            full.output.appendingPathComponent("f.png").path,
        ]
        let result = try Self.runWithPrivateShm(full, arguments: arguments, shmFull: true, copyTo: copy)
        #expect(result.exitCode == 1, "\(result.stderr)")
        #expect(result.stderr.contains("the image was billed but is lost"), "\(result.stderr)")
        #expect(result.stderr.contains(full.scenario.gateway.url("/files/fox.png")), "\(result.stderr)")
    }

    @Test(.enabled(if: canMount))
    func aStreamedImageGoesToXDGRuntimeDirToo() throws {
        let full = try FullDisk(reply: { _ in .eventStream(StreamShapes.images(partials: [], final: Self.image)) })
        defer { full.disk.unmount() }
        let runtime = try Disk(at: full.scenario.folder.appendingPathComponent("runtime"), megabytes: 8)
        defer { runtime.unmount() }
        var environment = full.environment
        environment["XDG_RUNTIME_DIR"] = runtime.root.path
        let result = try full.scenario.run(
            [
                "-p", "a fox", "-m", "gpt-image-2", "-s", "1024x1024", "--stream", "-f",
                full.output.appendingPathComponent("f.png").path,
                "--json",
            ],
            environment: environment)
        #expect(result.exitCode == 1, "\(result.stderr)")
        let envelope = try Self.json(result)
        let error = try #require(envelope["error"] as? [String: Any])
        let recovered = try #require(error["recovered_path"] as? String, "\(result.stdout)")
        #expect(recovered.hasPrefix(runtime.root.path), "\(recovered)")
        #expect(Unstamped.contents(atPath: recovered) == Self.image)
        #expect(envelope["cost_usd"] as? Double ?? 0 > 0, "\(result.stdout)")
        #expect(full.disk.leftovers.isEmpty, "\(full.disk.leftovers)")
    }
}
