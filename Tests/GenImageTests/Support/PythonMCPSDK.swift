import Foundation

/// The official MCP Python SDK (`mcp` on PyPI) in a virtual environment of its own, made on first use under the
/// package's `.build/` (so it is kept across runs and never committed): `python3 -m venv`, then `pip install`.
/// `.ci/run` makes it before `swift test` on a fresh machine; tests that need it skip with a loud note only when
/// python3 or PyPI truly cannot be had.
enum PythonMCPSDK {
    /// The versions tested against (the 2.x line, which speaks 2026-07-28 and falls back to the handshake), in
    /// the file `.ci/run` installs from too.
    static let requirements = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/mcp-requirements.txt")

    /// The package's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The environment's folder (`GEN_IMAGE_MCP_VENV` to use another).
    static let folder: URL = {
        if let path = ProcessInfo.processInfo.environment["GEN_IMAGE_MCP_VENV"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return root.appendingPathComponent(".build/mcp-sdk-venv")
    }()

    /// The client script the tests run.
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/mcp_client.py")

    /// The environment's python, made once per test process; nil (with the reason) when it cannot be had.
    static let python: Result<URL, SetupFailure> = {
        let python = folder.appendingPathComponent("bin/python")
        let marker = folder.appendingPathComponent(".gen-image-ready")
        if ready(python, marker) { return .success(python) }
        // Two test processes may make it at once: the second waits on the lock the first holds.
        let lock = root.appendingPathComponent(".build/mcp-sdk-venv.lock")
        try? FileManager.default.createDirectory(
            at: lock.deletingLastPathComponent(), withIntermediateDirectories: true)
        let script = """
            exec 9>"\(lock.path)"; flock 9
            if [ ! -f "\(marker.path)" ]; then
              rm -rf "\(folder.path)" &&
              python3 -m venv "\(folder.path)" &&
              "\(python.path)" -m pip install --quiet --disable-pip-version-check -r "\(requirements.path)" &&
              touch "\(marker.path)"
            fi
            """
        let (status, output) = shell(script)
        guard status == 0, ready(python, marker) else {
            return .failure(SetupFailure(reason: "could not make \(folder.path) from \(requirements.path): \(output)"))
        }
        return .success(python)
    }()

    /// Why the SDK is missing.
    struct SetupFailure: Error {
        let reason: String
    }

    /// Made and installed: `.ci/run` and this type both leave `marker` after a successful `pip install`.
    private static func ready(_ python: URL, _ marker: URL) -> Bool {
        FileManager.default.isExecutableFile(atPath: python.path) && FileManager.default.fileExists(atPath: marker.path)
    }

    private static func shell(_ command: String) -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        guard (try? process.run()) != nil else { return (127, "cannot run /bin/sh") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data.suffix(2000), as: UTF8.self))
    }

    /// Runs one scenario of `mcp_client.py` against `gen-image mcp` in `folder`, the gateway at `baseURL`; returns
    /// the JSON it printed, its stderr, and how long it took.
    static func run(
        _ scenario: String, python: URL, folder: URL, baseURL: String, environment: [String: String] = [:],
        timeout: Double = 90
    ) throws -> (output: [String: Any], stderr: String, seconds: Double) {
        let process = Process()
        process.executableURL = python
        process.arguments = [script.path, scenario, CLIRunner.binary.path, folder.path]
        process.currentDirectoryURL = folder
        var env: [String: String] = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": folder.path, "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost",
            "APIYI_API_KEY": CLIRunner.markerKey, "GEN_IMAGE_BASE_URL": baseURL,
            "GEN_IMAGE_PROGRESS_INTERVAL": "0.2", "GEN_IMAGE_RETRY_DELAY_SCALE": "0.001",
            "TMPDIR": try CLIRunner.temporaryFolder(in: folder).path,
        ]
        for (name, value) in environment { env[name] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let started = Date()
        try process.run()
        let outText = CollectedData()
        let errText = CollectedData()
        let group = DispatchGroup()
        for (pipe, box) in [(out, outText), (err, errText)] {
            group.enter()
            DispatchQueue.global().async {
                box.set(pipe.fileHandleForReading.readDataToEndOfFile())
                group.leave()
            }
        }
        if group.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            _ = group.wait(timeout: .now() + 10)
        }
        process.waitUntilExit()
        let data = outText.data
        let seconds = Date().timeIntervalSince(started)
        let stderr = String(decoding: errText.data, as: UTF8.self)
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw SetupFailure(
                reason: "the client printed no JSON (exit \(process.terminationStatus)): "
                    + String(decoding: data, as: UTF8.self) + "\n" + stderr)
        }
        return (object, stderr, seconds)
    }
}

private final class CollectedData: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = Data()
    var data: Data { lock.withLock { stored } }
    func set(_ data: Data) { lock.withLock { stored = data } }
}
