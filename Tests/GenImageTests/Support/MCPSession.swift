import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `gen-image mcp` run as a client runs it, spoken to line by line: raw bytes in, JSON-RPC messages out, so the
/// framing itself (split writes, huge lines, garbage) can be tested, not only what an SDK would send.
final class MCPSession: @unchecked Sendable {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let errors = Pipe()
    private let lock = NSCondition()
    private var lines: [String] = []
    private var ended = false
    private var errorText = Data()

    /// Starts the server in `folder` (or `workingFolder`, when given) with the end-to-end tests' environment
    /// (see `CLIRunner.run`; its temporary files go to `folder/.tmp`).
    init(
        in folder: URL, workingFolder: URL? = nil, arguments: [String] = [], environment: [String: String?] = [:]
    ) throws {
        process.executableURL = CLIRunner.binary
        process.arguments = ["mcp"] + arguments
        process.currentDirectoryURL = workingFolder ?? folder
        var env: [String: String] = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": folder.path, "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost",
            "APIYI_API_KEY": CLIRunner.markerKey, "GEN_IMAGE_PROGRESS_INTERVAL": "0.2",
            "GEN_IMAGE_RETRY_DELAY_SCALE": "0.001", "TERM": "dumb",
            "TMPDIR": try CLIRunner.temporaryFolder(in: folder).path,
        ]
        for (name, value) in environment { env[name] = value }
        process.environment = env
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let reader = output.fileHandleForReading
        Thread.detachNewThread { [self] in
            var buffer = Data()
            while true {
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                buffer.append(chunk)
                while let newline = buffer.firstIndex(of: 0x0A) {
                    let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                    buffer.removeSubrange(buffer.startIndex...newline)
                    lock.lock()
                    lines.append(line)
                    lock.broadcast()
                    lock.unlock()
                }
            }
            lock.lock()
            ended = true
            lock.broadcast()
            lock.unlock()
        }
        let errorReader = errors.fileHandleForReading
        Thread.detachNewThread { [self] in
            while true {
                let chunk = errorReader.availableData
                if chunk.isEmpty { break }
                lock.lock()
                errorText.append(chunk)
                lock.unlock()
            }
        }
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    /// Writes raw bytes to the server's stdin.
    func write(_ data: Data) {
        input.fileHandleForWriting.write(data)
    }

    /// Writes one message and a newline.
    func send(_ message: [String: Any]) throws {
        var data = try JSONSerialization.data(withJSONObject: message, options: [.sortedKeys])
        data.append(0x0A)
        write(data)
    }

    /// Sends a request and waits for the response with its id.
    func request(_ id: Any, _ method: String, _ params: [String: Any]? = nil, timeout: Double = 30) throws
        -> [String: Any]?
    {
        var message: [String: Any] = ["jsonrpc": "2.0", "id": id, "method": method]
        if let params { message["params"] = params }
        try send(message)
        return response(to: id, timeout: timeout)
    }

    /// Closes stdin, as a client does to end the session.
    func closeInput() {
        try? input.fileHandleForWriting.close()
    }

    /// Every line written to stdout so far.
    var stdoutLines: [String] {
        lock.lock()
        defer { lock.unlock() }
        return lines
    }

    /// Everything written to stderr so far.
    var stderr: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: errorText, as: UTF8.self)
    }

    /// Waits until stderr holds `text` (the server may write a note just after the answer it goes with);
    /// false when it does not within `timeout`.
    func waitForStderr(containing text: String, timeout: Double = 30) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while !stderr.contains(text) {
            guard Date() < deadline else { return false }
            usleep(20_000)
        }
        return true
    }

    /// Every stdout line as a JSON object (a line that is not one is recorded as an issue: stdout is protocol only).
    var messages: [[String: Any]] {
        stdoutLines.compactMap { line in
            guard let data = line.data(using: .utf8),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                object["jsonrpc"] as? String == "2.0"
            else {
                Issue.record("stdout carried something that is not a JSON-RPC message: \(line.prefix(200))")
                return nil
            }
            return object
        }
    }

    /// Waits until a message satisfies `match`, or `timeout` passes.
    func wait(timeout: Double = 30, for match: ([String: Any]) -> Bool) -> [String: Any]? {
        let deadline = Date().addingTimeInterval(timeout)
        var seen = 0
        lock.lock()
        defer { lock.unlock() }
        while true {
            while seen < lines.count {
                let line = lines[seen]
                seen += 1
                if let data = line.data(using: .utf8),
                    let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any], match(object)
                {
                    return object
                }
            }
            if ended || !lock.wait(until: deadline) { return nil }
        }
    }

    /// The response whose id is `id`.
    func response(to id: Any, timeout: Double = 30) -> [String: Any]? {
        wait(timeout: timeout) { message in
            message["method"] == nil && Self.sameID(message["id"], id)
        }
    }

    /// Whether two JSON ids are the same (a string and a number never are).
    static func sameID(_ first: Any?, _ second: Any?) -> Bool {
        switch (first, second) {
        case (let a as String, let b as String): a == b
        case (let a as NSNumber, let b as NSNumber): a.doubleValue == b.doubleValue
        case (nil, nil), (is NSNull, nil), (nil, is NSNull), (is NSNull, is NSNull): true
        default: false
        }
    }

    /// Waits for the process to end; false when it did not within `timeout`.
    func waitForExit(timeout: Double = 20) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        return !process.isRunning
    }

    /// The server's peak resident memory in kB (`VmHWM`), while it runs.
    var peakMemoryKB: Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)
        else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "")
        }
        return nil
    }
}
