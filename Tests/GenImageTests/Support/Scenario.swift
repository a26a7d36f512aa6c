import FakeGateway
import Foundation
import Testing

/// One end-to-end test's world: a fresh fake gateway and a fresh working folder, both gone when the test ends.
final class Scenario {
    let gateway: FakeGateway
    let folder: URL

    init(_ name: String = #function) throws {
        gateway = try FakeGateway()
        folder = try CLIRunner.makeFolder(name)
    }

    deinit {
        gateway.shutdown()
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs gen-image against this scenario's gateway (via GEN_IMAGE_BASE_URL).
    func run(
        _ arguments: [String],
        environment: [String: String?] = [:],
        stdin: Data? = nil,
        timeout: Double = 60,
        interrupt: CLIRunner.Interruption? = nil
    ) throws -> CLIResult {
        var env = environment
        if env["GEN_IMAGE_BASE_URL"] == nil { env["GEN_IMAGE_BASE_URL"] = gateway.baseURL }
        return try CLIRunner.run(
            arguments, in: folder, environment: env, stdin: stdin, timeout: timeout, interrupt: interrupt)
    }

    /// Makes the gateway wait `seconds` before answering each POST (downloads stay fast), as a real one does.
    func delayReplies(by seconds: Double) {
        gateway.setHandler { [weak gateway] request in
            guard let gateway else { return FakeResponse(status: 503) }
            var response = gateway.defaultResponse(to: request)
            if request.method == "POST" { response.delay = seconds }
            return response
        }
    }

    /// Writes a PNG, a JPEG and a WebP input (`a.png`, `b.jpg`, `c.webp`) and returns their bytes in order.
    func writeThreeInputs() throws -> [Data] {
        let images = [
            TestImages.png(width: 64, height: 64), TestImages.jpeg(width: 80, height: 60),
            TestImages.webp(width: 30, height: 40),
        ]
        for (data, name) in zip(images, ["a.png", "b.jpg", "c.webp"]) {
            try write(data, to: name)
        }
        return images
    }

    /// Files now in the working folder.
    var files: [String] { CLIRunner.files(in: folder) }

    /// The one path on stdout, checked to be absolute, inside the folder, and holding `expected` bytes.
    @discardableResult
    func expectSaved(
        _ result: CLIResult, bytes expected: Data? = nil, sourceLocation: SourceLocation = #_sourceLocation
    )
        -> URL?
    {
        #expect(result.exitCode == 0, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdoutLines.count == 1, "stdout: \(result.stdout)", sourceLocation: sourceLocation)
        guard let line = result.stdoutLines.first else { return nil }
        #expect(line.hasPrefix("/"), "not absolute: \(line)", sourceLocation: sourceLocation)
        let url = URL(fileURLWithPath: line)
        let data = Unstamped.contents(atPath: url.path)
        #expect(data != nil, "no file at \(line)", sourceLocation: sourceLocation)
        if let expected {
            #expect(data == expected, "saved bytes differ", sourceLocation: sourceLocation)
        }
        #expect(
            !files.contains { $0.hasSuffix(".tmp") }, "temporary file left: \(files)", sourceLocation: sourceLocation)
        return url
    }

    /// A failure that left no file behind, with the exit code and words expected.
    func expectFailure(
        _ result: CLIResult, exitCode: Int32, mentions words: [String] = [],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(result.exitCode == exitCode, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(
            result.stdout.isEmpty, "stdout must be empty on failure: \(result.stdout)", sourceLocation: sourceLocation)
        #expect(
            result.stderr.contains("gen-image: error ["), "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        for word in words {
            #expect(
                result.stderr.contains(word), "missing '\(word)' in: \(result.stderr)", sourceLocation: sourceLocation)
        }
        let inputs = Set(["in.png", "in.jpg", "in.webp", "a.png", "b.jpg", "c.webp", "notimage.png", "existing.png"])
        let left = files.filter { !inputs.contains($0) && !$0.hasPrefix("inputs/") }
        #expect(left.isEmpty, "files left behind: \(left)", sourceLocation: sourceLocation)
        #expect(!result.stderr.contains(CLIRunner.markerKey), "the key leaked", sourceLocation: sourceLocation)
    }

    /// Writes bytes to a file in the working folder and returns its name.
    @discardableResult
    func write(_ data: Data, to name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return name
    }
}
