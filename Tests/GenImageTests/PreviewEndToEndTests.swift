import FakeGateway
import Foundation
import Testing

@testable import gen_image

/// `--preview`: the saved image below the `done` line, on a terminal that can show it (kitty's graphics
/// protocol, iTerm2's inline images), never on a pipe or with `--json`; on a terminal the path is an OSC 8
/// link. util-linux `script` runs gen-image on a pseudo-terminal, so its stderr is a TTY.
@Suite("Preview in the terminal, end to end")
struct PreviewEndToEndTests {
    static let script = "/usr/bin/script"

    /// Runs gen-image with `arguments` on a pseudo-terminal; everything it wrote comes back as stdout.
    static func onTerminal(_ scenario: Scenario, _ arguments: [String], environment: [String: String?]) throws
        -> CLIResult
    {
        let line = ([CLIRunner.binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        var env = environment
        env["GEN_IMAGE_BASE_URL"] = scenario.gateway.baseURL
        return try CLIRunner.run(
            ["-qec", line, "/dev/null"], in: scenario.folder, environment: env,
            executable: URL(fileURLWithPath: script))
    }

    /// The kitty graphics commands in `output`: their keys and payloads, in order.
    static func kittyCommands(in output: String) -> [(keys: String, payload: String)] {
        output.matches(of: /\x1B_G([^;]*);([^\x1B]*)\x1B\\/).map { (String($0.output.1), String($0.output.2)) }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: script)))
    func kittyGetsThePNGInChunksBelowTheDoneLine() throws {
        let scenario = try Scenario()
        scenario.gateway.defaultImage = TestImages.png(width: 320, height: 240)
        let result = try Self.onTerminal(
            scenario, ["-p", "a red fox", "-f", "fox.png", "--preview"], environment: ["TERM": "xterm-kitty"])
        #expect(result.exitCode == 0, "\(result.stdout)")
        let commands = Self.kittyCommands(in: result.stdout)
        #expect(commands.count > 1, "one image in several chunks: \(commands.count)")
        #expect(commands.first?.keys.hasPrefix("a=T,f=100,") == true)
        #expect(commands.dropLast().allSatisfy { $0.keys.hasSuffix("m=1") && $0.payload.utf8.count == 4096 })
        #expect(commands.last?.keys.hasSuffix("m=0") == true)
        #expect(commands.allSatisfy { $0.payload.utf8.count <= 4096 })
        // The chunks are the saved file's bytes as they are.
        let saved = try Data(contentsOf: scenario.folder.appendingPathComponent("fox.png"))
        #expect(Data(base64Encoded: commands.map(\.payload).joined()) == saved)
        // Below the done line, whose path is a link to the file.
        let done = try #require(result.stdout.range(of: "gen-image: done in "))
        let image = try #require(result.stdout.range(of: "\u{1B}_G"))
        #expect(done.lowerBound < image.lowerBound)
        let path = scenario.folder.appendingPathComponent("fox.png").path
        #expect(result.stdout.contains("\u{1B}]8;;file://"), "no OSC 8 link")
        #expect(result.stdout.contains("\(path)\u{1B}\\\(path)\u{1B}]8;;\u{1B}\\"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: script)))
    func iTermWezTermAndVSCodeGetInlineImagesAndTheVariableTurnsItOn() throws {
        let scenario = try Scenario()
        let result = try Self.onTerminal(
            scenario, ["-p", "a red fox", "-f", "fox.png"],
            environment: ["TERM": "xterm-256color", "TERM_PROGRAM": "WezTerm", "GEN_IMAGE_PREVIEW": "1"])
        #expect(result.exitCode == 0, "\(result.stdout)")
        #expect(result.stdout.contains("\u{1B}]1337;File=inline=1;size="), "\(result.stdout.prefix(400))")
        #expect(!result.stdout.contains("\u{1B}_G"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: script)))
    func aTerminalWithoutImagesGetsOneNoteAndJSONGetsNothing() throws {
        let scenario = try Scenario()
        let plain = try Self.onTerminal(
            scenario, ["-p", "a red fox", "-n", "2", "--preview"], environment: ["TERM": "xterm"])
        #expect(plain.exitCode == 0, "\(plain.stdout)")
        #expect(plain.stdout.components(separatedBy: "no preview: xterm shows no images").count - 1 == 1)
        #expect(!plain.stdout.contains("\u{1B}_G") && !plain.stdout.contains("\u{1B}]1337"))
        let json = try Self.onTerminal(
            scenario, ["-p", "a red fox", "--preview", "--json"], environment: ["TERM": "xterm-kitty"])
        #expect(json.exitCode == 0)
        #expect(!json.stdout.contains("\u{1B}_G"))
    }

    @Test func onAPipeNothingButANote() throws {
        let scenario = try Scenario()
        let result = try scenario.run(
            ["-p", "a red fox", "-f", "fox.png", "--preview"], environment: ["TERM": "xterm-kitty"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("\u{1B}") && !result.stdout.contains("\u{1B}"))
        #expect(result.stderr.contains("no preview: stderr is not a terminal"))
        #expect(result.stdoutLines == [scenario.folder.appendingPathComponent("fox.png").path])
    }

    @Test func tmuxPassthroughWrapsTheSequenceAndOffMeansNoImage() {
        let on = TerminalImage(
            environment: ["TMUX": "/tmp/tmux-0/default,1,0", "TERM": "tmux-256color"],
            tmuxQuery: { arguments in
                arguments.contains("allow-passthrough") ? "on\n" : "TERM_PROGRAM=ghostty\nKITTY_WINDOW_ID=1\n"
            })
        #expect(on.method == .kitty && on.throughTmux)
        let png = TestImages.png(width: 8, height: 8)
        let sequence = on.sequence(for: png, format: .png, name: "x.png") ?? ""
        #expect(sequence.hasPrefix("\u{1B}Ptmux;\u{1B}\u{1B}_Ga=T,f=100,"), "\(sequence.prefix(40))")
        #expect(sequence.hasSuffix("\u{1B}\u{1B}\\\u{1B}\\\n"))
        let off = TerminalImage(
            environment: ["TMUX": "/tmp/tmux-0/default,1,0", "TERM": "tmux-256color", "KITTY_WINDOW_ID": "1"],
            tmuxQuery: { arguments in arguments.contains("allow-passthrough") ? "off\n" : "" })
        #expect(off.method == nil)
        #expect(off.terminalName.contains("allow-passthrough off"))
        #expect(
            TerminalImage(environment: ["TERM": "xterm-kitty"]).sequence(for: Data(), format: .jpeg, name: "x")
                == nil, "kitty takes PNG as it is, nothing else")
    }
}
