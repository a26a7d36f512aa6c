import Foundation

/// A private certificate authority and an HTTPS front for the fake gateway, made by the test itself with what
/// the machine already has: the `openssl` command makes the CA and a certificate for 127.0.0.1, and python3's
/// `ssl` module serves TLS and pipes the bytes to the plain-HTTP gateway (`Fixtures/tls_front.py`).
final class TLSFront {
    let folder: URL
    let port: Int
    private let process: Process
    private let input: Pipe

    /// The CA's certificate (PEM), for `SSL_CERT_FILE`.
    var caFile: URL { folder.appendingPathComponent("ca.pem") }
    /// `https://127.0.0.1:<port>/v1`.
    var baseURL: String { "https://127.0.0.1:\(port)/v1" }

    /// Whether `openssl` and python3 are on PATH; the tests that need them say so when they are missing.
    static var available: Bool {
        (try? shell("command -v openssl && command -v python3", in: FileManager.default.temporaryDirectory)) != nil
    }

    init(upstreamPort: Int, in folder: URL) throws {
        self.folder = folder
        try Self.shell(
            """
            openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 \
              -subj '/CN=gen-image test CA' &&
            openssl req -newkey rsa:2048 -nodes -keyout server.key -out server.csr -subj '/CN=127.0.0.1' &&
            printf 'subjectAltName=IP:127.0.0.1\\nbasicConstraints=CA:FALSE\\n' > server.ext &&
            openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem -days 2 \
              -extfile server.ext
            """, in: folder)
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/tls_front.py")
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", script.path, folder.appendingPathComponent("server.pem").path,
            folder.appendingPathComponent("server.key").path, String(upstreamPort),
        ]
        let output = Pipe()
        input = Pipe()
        process.standardOutput = output
        process.standardInput = input
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let byte = output.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty { break }
            line.append(byte)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        else {
            process.terminate()
            throw CocoaError(.fileReadCorruptFile)
        }
        self.port = port
    }

    deinit {
        try? input.fileHandleForWriting.close()
        process.terminate()
        process.waitUntilExit()
    }

    @discardableResult
    private static func shell(_ command: String, in folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
        return text
    }
}
