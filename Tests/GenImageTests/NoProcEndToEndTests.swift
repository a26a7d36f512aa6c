import FakeGateway
import Foundation
import Testing

/// A bare chroot or sandbox has no /proc. The Swift runtime reads a process's arguments back from
/// /proc/self/cmdline, and libdispatch checks its worker threads in /proc/TID/stat (crashing when it can't), so
/// without the work in CProcessSupport gen-image saw no arguments and died with SIGILL once it awaited anything.
/// These tests hide /proc in a private mount namespace (root or user namespaces needed) and run the real binary.
@Suite("Without /proc")
struct NoProcEndToEndTests {
    /// Runs gen-image with an empty tmpfs over /proc, or returns nil (with a loud note) where this machine
    /// can't make a mount namespace.
    static func runWithoutProc(_ arguments: [String], in scenario: Scenario) throws -> CLIResult? {
        let unshare = URL(fileURLWithPath: "/usr/bin/unshare")
        let probe = try CLIRunner.run(
            ["-m", "sh", "-c", "mount -t tmpfs none /proc && test ! -e /proc/self"], in: scenario.folder,
            executable: unshare)
        guard probe.exitCode == 0 else {
            print("NOTE: skipping a /proc-less run: unshare -m could not hide /proc here: \(probe.stderr)")
            return nil
        }
        let script = #"mount -t tmpfs none /proc && exec "$0" "$@""#
        return try CLIRunner.run(
            ["-m", "sh", "-c", script, CLIRunner.binary.path] + arguments, in: scenario.folder,
            environment: ["GEN_IMAGE_BASE_URL": scenario.gateway.baseURL], executable: unshare)
    }

    @Test func argumentsAreReadWithoutProc() throws {
        let scenario = try Scenario()
        guard let result = try Self.runWithoutProc(["--version"], in: scenario) else { return }
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("gen-image "), "\(result.stdout)")
    }

    /// A whole run, which awaits the network for a while, so libdispatch's once-a-second check of its workers
    /// runs too (the gateway waits 1.5 s before answering).
    @Test func aWholeRunSavesTheImageWithoutProc() throws {
        let scenario = try Scenario()
        scenario.gateway.defaultDelay = 1.5
        guard
            let result = try Self.runWithoutProc(
                ["-p", "a cat", "-m", "gpt-image-2", "-f", "cat.png"], in: scenario)
        else { return }
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdoutLines == [scenario.folder.appendingPathComponent("cat.png").path])
        #expect(scenario.gateway.requests.count == 1)
    }
}
