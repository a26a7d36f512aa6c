import Foundation
import ImageAPIClient

/// Shows a saved image inside the terminal, below its `done` line (`--preview`), and says once when the
/// terminal cannot.
///
/// Terminals are recognised the way yazi and viuer do it: `TERM`, `TERM_PROGRAM` and the variables each
/// terminal sets. kitty and ghostty take the kitty graphics protocol (PNG bytes as they are, `f=100`, base64 in
/// chunks of at most 4096 bytes); iTerm2, WezTerm and VS Code take iTerm2's inline images. Inside tmux the
/// sequence is wrapped for its passthrough, and only when `allow-passthrough` is on. Nothing is ever written
/// when stderr is not a terminal.
struct TerminalImage: Sendable {
    /// How the image is sent.
    enum Method: Sendable, Equatable {
        /// The kitty graphics protocol.
        case kitty
        /// iTerm2's `OSC 1337 File=` inline images.
        case iTerm
    }

    /// The method this terminal takes, nil when it shows no images.
    let method: Method?
    /// Whether the sequence goes through tmux's passthrough.
    let throughTmux: Bool
    /// Why no image can be shown, for the note: the terminal's name.
    let terminalName: String

    /// Columns the image takes (the height follows its shape).
    static let columns = 48
    /// Files larger than this are not sent (a terminal is no place for 30 MB of base64).
    static let maxBytes = 24 << 20

    /// Decides from the environment; inside tmux, `tmuxQuery` answers `tmux show …` (the outer terminal's
    /// variables and whether passthrough is on).
    init(environment: [String: String], tmuxQuery: (([String]) -> String?)? = nil) {
        var values = environment
        var tmux = false
        var passthrough = false
        if let socket = environment["TMUX"], !socket.isEmpty {
            tmux = true
            let query = tmuxQuery ?? Self.runTmux
            passthrough = ["on", "all"].contains(
                (query(["show-options", "-gqv", "allow-passthrough"]) ?? "").trimmingCharacters(
                    in: .whitespacesAndNewlines))
            for line in (query(["show-environment", "-g"]) ?? "").split(separator: "\n") {
                let pair = line.split(separator: "=", maxSplits: 1).map(String.init)
                if pair.count == 2, values[pair[0]] == nil || pair[0] == "TERM_PROGRAM" { values[pair[0]] = pair[1] }
            }
        }
        let term = values["TERM"] ?? ""
        let program = values["TERM_PROGRAM"] ?? ""
        var method: Method?
        if term == "xterm-kitty" || term == "xterm-ghostty" || program == "ghostty"
            || values["KITTY_WINDOW_ID"] != nil || values["GHOSTTY_RESOURCES_DIR"] != nil
        {
            method = .kitty
        } else if ["iTerm.app", "WezTerm", "vscode"].contains(program) || values["ITERM_SESSION_ID"] != nil
            || values["WEZTERM_EXECUTABLE"] != nil
        {
            method = .iTerm
        }
        if tmux && !passthrough { method = nil }
        self.method = method
        throughTmux = tmux
        terminalName = tmux && !passthrough ? "tmux (allow-passthrough off)" : (program.isEmpty ? term : program)
    }

    /// The escape sequence that shows `data` (an image of `format` named `name`), nil when this terminal cannot
    /// show that format this way (kitty takes PNG only as it is) or the file is too large.
    func sequence(for data: Data, format: ImageFormat, name: String) -> String? {
        guard let method, data.count <= Self.maxBytes else { return nil }
        let sequence: String
        switch method {
        case .kitty:
            guard format == .png else { return nil }
            sequence = Self.kitty(data)
        case .iTerm:
            sequence = Self.iTerm(data, name: name)
        }
        return (throughTmux ? Self.tmuxWrapped(sequence) : sequence) + "\n"
    }

    /// `ESC _ G a=T,f=100,…,m=1 ; <chunk> ESC \` …: PNG bytes in base64 chunks of at most 4096 bytes, `m=1` on
    /// all but the last. `q=2` keeps the terminal from answering on the input.
    static func kitty(_ data: Data) -> String {
        let encoded = Array(data.base64EncodedString().utf8)
        var out = ""
        var offset = 0
        repeat {
            let end = min(offset + 4096, encoded.count)
            let chunk = String(decoding: encoded[offset..<end], as: UTF8.self)
            let more = end < encoded.count ? 1 : 0
            let keys = offset == 0 ? "a=T,f=100,q=2,c=\(columns),m=\(more)" : "m=\(more)"
            out += "\u{1B}_G\(keys);\(chunk)\u{1B}\\"
            offset = end
        } while offset < encoded.count
        return out
    }

    /// `ESC ] 1337 ; File=inline=1;size=N;name=<base64>;width=…:<base64 data> BEL`.
    static func iTerm(_ data: Data, name: String) -> String {
        let encodedName = Data(name.utf8).base64EncodedString()
        return "\u{1B}]1337;File=inline=1;size=\(data.count);name=\(encodedName);width=\(columns);"
            + "preserveAspectRatio=1:\(data.base64EncodedString())\u{07}"
    }

    /// `ESC P tmux; <sequence with every ESC doubled> ESC \`.
    static func tmuxWrapped(_ sequence: String) -> String {
        "\u{1B}Ptmux;" + sequence.replacingOccurrences(of: "\u{1B}", with: "\u{1B}\u{1B}") + "\u{1B}\\"
    }

    /// `tmux ARGS`'s output, nil when tmux cannot be run.
    private static func runTmux(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }

    /// `path` as an OSC 8 hyperlink to `file://HOST/PATH`, which a terminal shows as the path and opens on a
    /// click.
    static func hyperlink(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ";")
        let escaped = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        let host = ProcessInfo.processInfo.hostName
        return "\u{1B}]8;;file://\(host)\(escaped)\u{1B}\\\(path)\u{1B}]8;;\u{1B}\\"
    }
}
