import Foundation
import Testing

/// What a run of the real `gen-image` binary produced.
struct CLIResult: Sendable {
    let exitCode: Int32
    let stdout: String
    let stderr: String

    /// stdout split into lines, without the final empty one.
    var stdoutLines: [String] {
        stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }
}

/// Runs the built `gen-image` binary the way an agent or a CI script does: arguments, environment, stdin,
/// a working folder; then reads stdout, stderr and the exit code.
struct CLIRunner {
    /// The binary `swift build` / `swift test` produced next to the test bundle.
    static let binary: URL = {
        var candidates: [URL] = []
        let argv0 = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        candidates.append(argv0.deletingLastPathComponent().appendingPathComponent("gen-image"))
        candidates.append(
            argv0.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("gen-image"))
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("gen-image"))
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/gen-image"))
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate.path) {
            return candidate
        }
        return candidates.last!
    }()

    /// A fresh, empty working folder for one test.
    static func makeFolder(_ name: String = #function) throws -> URL {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("gen-image-e2e-\(safe.prefix(40))-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The key every end-to-end test uses; a test can search output for it to prove it never leaks.
    static let markerKey = "sk-test-MARKER-7f3a9c"

    /// A signal to send the running binary once `when` is true (polled every 10 ms), e.g. Ctrl-C as soon as
    /// the gateway has the request.
    struct Interruption: Sendable {
        let signal: Int32
        let when: @Sendable () -> Bool
    }

    /// Runs the binary. `environment` is added to a minimal base (PATH, HOME, NO_PROXY, the marker key,
    /// a fast progress interval, retry waits scaled to milliseconds, TMPDIR inside `folder` so leftover
    /// temporary files show up among the folder's files); a value of nil removes a variable.
    static func run(
        _ arguments: [String],
        in folder: URL,
        environment: [String: String?] = [:],
        stdin: Data? = nil,
        timeout: Double = 60,
        executable: URL = CLIRunner.binary,
        interrupt: Interruption? = nil
    ) throws -> CLIResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var env: [String: String] = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": folder.path,
            "NO_PROXY": "127.0.0.1,localhost",
            "no_proxy": "127.0.0.1,localhost",
            "APIYI_API_KEY": markerKey,
            "GEN_IMAGE_PROGRESS_INTERVAL": "0.2",
            "GEN_IMAGE_RETRY_DELAY_SCALE": "0.001",
            "TERM": "dumb",
            "TMPDIR": try temporaryFolder(in: folder).path,
        ]
        for (name, value) in environment {
            env[name] = value
        }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin {
            input.fileHandleForWriting.write(stdin)
        }
        try? input.fileHandleForWriting.close()
        if let interrupt {
            let pid = process.processIdentifier
            DispatchQueue.global().async {
                let deadline = Date().addingTimeInterval(timeout)
                while !interrupt.when(), Date() < deadline {
                    usleep(10_000)
                }
                kill(pid, interrupt.signal)
            }
        }
        let collected = Collected()
        let group = DispatchGroup()
        for (pipe, isOut) in [(out, true), (err, false)] {
            group.enter()
            DispatchQueue.global().async {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                collected.set(data, isOut: isOut)
                group.leave()
            }
        }
        if group.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            _ = group.wait(timeout: .now() + 5)
            Issue.record("gen-image did not finish within \(timeout) s: \(arguments)")
        }
        process.waitUntilExit()
        return CLIResult(
            exitCode: process.terminationStatus,
            stdout: String(decoding: collected.out, as: UTF8.self),
            stderr: String(decoding: collected.err, as: UTF8.self))
    }

    /// `folder/.tmp`, the child's TMPDIR.
    static func temporaryFolder(in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent(".tmp")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Files in `folder` (recursively), relative paths, sorted; used to prove nothing was left behind. The
    /// history every run keeps under `HOME` (the folder, `.local/state/gen-image/`) is meant to stay and is not
    /// listed; the history's own tests read it.
    static func files(in folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var found: [String] = []
        while let path = enumerator.nextObject() as? String {
            if path.hasPrefix(".local/state/gen-image/") { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(
                atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                found.append(path)
            }
        }
        return found.sorted()
    }
}

private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var out = Data()
    private(set) var err = Data()

    func set(_ data: Data, isOut: Bool) {
        lock.withLock {
            if isOut { out = data } else { err = data }
        }
    }
}
