import Foundation
import ImageAPIClient

/// Everything `gen-image batch` needs from its flags and the environment, every value checked.
struct BatchInvocation {
    /// Where the batch file comes from.
    enum Source: Equatable {
        case file(URL)
        case stdin
    }

    var source: Source
    var concurrency: Int
    var outputDirectory: URL?
    var force: Bool
    var failFast: Bool
    /// `--allow-outside`: items may write anywhere, not only inside the batch file's folder and `--out-dir`.
    var allowOutside: Bool
    var dryRun: Bool
    var json: Bool
    var defaultModel: ModelChoice
    var connection: ConnectionOptions
    /// `--metadata`/`--no-metadata` when given: then it decides for every item, over the file's `metadata`.
    var metadata: MetadataMode?
    /// `--no-history`: no history line for any item.
    var noHistory = false

    init(_ parsed: ParsedArguments, environment: [String: String], currentDirectory: URL) throws(UsageError) {
        guard let path = parsed.positionals.first else {
            throw UsageError(Message.usageBatchMissingFile, hint: Message.usageBatchMissingFileHint)
        }
        if parsed.positionals.count > 1 {
            throw UsageError(
                Message.usageUnexpectedArgument(argument: parsed.positionals[1]),
                hint: Message.usageBatchOneFileHint)
        }
        if path == "-" {
            source = .stdin
        } else {
            let expanded = (path as NSString).expandingTildeInPath
            source = .file(URL(fileURLWithPath: expanded, relativeTo: currentDirectory).standardizedFileURL)
        }

        concurrency = BatchOptionTable.defaultConcurrency
        if let text = parsed.value(.concurrency) {
            guard let value = Int(text.trimmingCharacters(in: .whitespaces)),
                (1...BatchOptionTable.maxConcurrency).contains(value)
            else {
                throw UsageError(
                    Message.usageInvalidValue(value: text, option: "-j/--concurrency"),
                    hint: Message.parameterWholeNumber(low: "1", high: String(BatchOptionTable.maxConcurrency)))
            }
            concurrency = value
        }

        if let text = parsed.value(.outDir) {
            guard !text.isEmpty else {
                throw UsageError(Message.usageBatchOutDirEmpty, hint: Message.usageBatchOutDirEmptyHint)
            }
            let expanded = (text as NSString).expandingTildeInPath
            outputDirectory = URL(fileURLWithPath: expanded, relativeTo: currentDirectory).standardizedFileURL
        }
        force = parsed.has(.force)
        failFast = parsed.has(.failFast)
        allowOutside = parsed.has(.allowOutside)
        dryRun = parsed.has(.dryRun)
        json = parsed.has(.json)

        connection = try ConnectionOptions(parsed, environment: environment)
        if parsed.has(.metadata) || parsed.has(.noMetadata) { metadata = try Invocation.metadataMode(parsed) }
        noHistory = parsed.has(.noHistory)
        if let name = parsed.value(.model) {
            defaultModel = .explicit(name)
        } else {
            let preferred = environment["GEN_IMAGE_MODEL"].flatMap { $0.isEmpty ? nil : $0 }
            defaultModel = .automatic(preferred: preferred)
        }
    }

    /// The batch file's absolute path, or `-` for stdin, as messages and the manifest name it.
    var sourceName: String {
        switch source {
        case .file(let url): url.path
        case .stdin: "-"
        }
    }

    /// The folder relative paths in the file are resolved against: the file's own, or the current one for stdin.
    func baseDirectory(currentDirectory: URL) -> URL {
        switch source {
        case .file(let url): url.deletingLastPathComponent()
        case .stdin: currentDirectory
        }
    }
}
