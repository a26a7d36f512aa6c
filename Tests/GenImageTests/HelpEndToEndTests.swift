import Foundation
import Testing

/// `--help` is the contract an agent reads; it is compared whole against a reviewed copy, so any change to
/// it is deliberate (regenerate with `.build/debug/gen-image --help > Tests/GenImageTests/Fixtures/help.txt`).
@Suite("Help and version")
struct HelpEndToEndTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/help.txt")

    @Test func helpMatchesTheReviewedText() throws {
        let folder = try CLIRunner.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["--help"], in: folder)
        #expect(result.exitCode == 0)
        #expect(result.stderr.isEmpty)
        let expected = try String(contentsOf: Self.fixture, encoding: .utf8)
        #expect(result.stdout == expected)
        #expect(!result.stdout.contains(CLIRunner.markerKey))
    }

    @Test func shortHelpIsTheSame() throws {
        let folder = try CLIRunner.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLIRunner.run(["-h"], in: folder).stdout == CLIRunner.run(["--help"], in: folder).stdout)
    }

    @Test func helpListsEveryOptionAndExitCode() throws {
        let folder = try CLIRunner.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let help = try CLIRunner.run(["--help"], in: folder).stdout
        for spelling in [
            "-p, --prompt", "-f, --filename", "-i, --input-image", "-r, --response-format", "-s, --size",
            "-q, --quality", "-o, --output-format", "-c, --output-compression", "-k, --api-key",
            "-m, --model", "--endpoint", "--base-url", "--timeout", "--quiet", "-h, --help", "--version",
            "--retries", "--retry-on-timeout", "--allow-insecure-http", "--provider",
        ] {
            #expect(help.contains(spelling), "missing \(spelling)")
        }
        for code in ["0    the image was saved", "1    the API", "2    a usage", "3    no API key", "130  cancelled"] {
            #expect(help.contains(code))
        }
    }

    @Test func version() throws {
        let folder = try CLIRunner.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["--version"], in: folder)
        #expect(result.exitCode == 0)
        // A plain build says so; .ci/release.sh's build names its commit and day instead.
        let stamp = #/(development build: no commit recorded|commit [0-9a-z+]+, built \d{4}-\d\d-\d\d)/#
        let line = try #require(result.stdout.wholeMatch(of: #/gen-image (\d+\.\d+\.\d+) \((.*)\)\n/#))
        #expect(line.2.wholeMatch(of: stamp) != nil, "\(result.stdout)")
    }
}
