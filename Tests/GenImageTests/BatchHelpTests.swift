import Foundation
import Testing

/// `gen-image batch --help` is generated from batch's own option table and compared whole against a reviewed
/// copy (regenerate with `.build/debug/gen-image batch --help > Tests/GenImageTests/Fixtures/batch-help.txt`).
@Suite("Batch help")
struct BatchHelpTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/batch-help.txt")

    @Test func batchHelpMatchesTheReviewedText() throws {
        let folder = try CLIRunner.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["batch", "--help"], in: folder)
        #expect(result.exitCode == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout == (try String(contentsOf: Self.fixture, encoding: .utf8)))
        #expect(try CLIRunner.run(["batch", "-h"], in: folder).stdout == result.stdout)
        for spelling in [
            "-j, --concurrency <n>", "--out-dir <dir>", "--force", "--fail-fast", "-m, --model <id>", "--endpoint",
            "--dry-run", "--quiet", "-k, --api-key", "--provider", "--base-url", "--timeout", "--retries",
            "--retry-on-timeout", "--allow-insecure-http", "-h, --help",
        ] {
            #expect(result.stdout.contains(spelling), "missing \(spelling)")
        }
        #expect(!result.stdout.contains("--prompt"), "the plain command's options are not batch's")
        #expect(result.stdout.contains("4    some items failed"))
    }

    @Test func theMainHelpNamesTheSubcommand() throws {
        let folder = try CLIRunner.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let help = try CLIRunner.run(["--help"], in: folder).stdout
        #expect(help.contains("       gen-image batch <file> [options]\n"))
        #expect(help.contains("SUBCOMMANDS:\n  gen-image batch <file> [options]"))
        #expect(help.contains("4    gen-image batch: some items failed"))
    }
}
