import Foundation
import ImageAPIClient

/// What `gen-image mcp` was started with: where files may go, how many requests at once, and how to reach the
/// gateway. Set by the person configuring the client, never by a tool's arguments.
struct MCPSettings: Sendable {
    /// The server's working folder: relative paths in arguments are resolved against it.
    var workingFolder: URL
    /// `--out-dir`: a second folder files may be written to, and where images go by default.
    var outputFolder: URL?
    /// `--allow-outside`: tools may write anywhere, as `batch --allow-outside` lets items.
    var allowOutside: Bool
    /// `-j`: requests in flight at once across every call, as `batch -j` bounds one batch.
    var concurrency: Int
    /// The model for calls that name none (`-m`, else `GEN_IMAGE_MODEL`, else automatic).
    var defaultModel: ModelChoice
    /// The server's environment: the key comes from here, never from arguments.
    var environment: [String: String]
    /// How texts are worded: the server's language, settings named as the tools' arguments.
    var wording: Wording
    /// Seconds between progress notifications while nothing else happens.
    var progressInterval: Double
    /// The connection for a call: the server's flags and environment, with the call's `provider` if it named one.
    var connection: @Sendable (_ provider: String?) throws(UsageError) -> ConnectionOptions

    /// The folders tools may write into: the working folder and `--out-dir`. A working folder of `/` (Claude
    /// Desktop starts servers there) would confine nothing, so it is no root: only `--out-dir` is then.
    var roots: [URL] {
        (workingFolder.path == "/" ? [] : [workingFolder]) + (outputFolder.map { [$0] } ?? [])
    }

    /// Where images go when a call names no folder: `--out-dir`, else the working folder.
    var defaultFolder: URL { outputFolder ?? workingFolder }

    /// `path` made absolute against the working folder, `~` expanded.
    func resolve(_ path: String) -> URL {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded).standardizedFileURL }
        return workingFolder.appendingPathComponent(expanded).standardizedFileURL
    }

    /// The folders tools may write into, for a message.
    var rootList: String {
        roots.isEmpty ? "none" : roots.map(\.path).joined(separator: ", ")
    }

    /// The planned jobs whose image would land outside `roots`: the planner confines them to the folders it was
    /// given, which for a server started in `/` confine nothing.
    func outsideProblems(_ plan: BatchPlan) -> [BatchProblem] {
        plan.jobs.filter { !mayWrite($0.target) }.map { job in
            BatchProblem(
                index: job.item.index, line: job.item.line, field: "filename",
                error: ImageAPIError(
                    .invalidArgument, .mcpOutsideRoots(path: job.target.path, roots: rootList),
                    hint: .mcpOutsideRootsHint))
        }
    }

    /// Whether a file may be written at (or under) `url`.
    func mayWrite(_ url: URL) -> Bool {
        allowOutside || PathConfinement.isInside(url, anyOf: roots)
    }
}
