import ImageAPIClient

/// `gen-image batch`'s options: its own rows, then the rows it shares with the plain command (key, base URL,
/// timeout, retries…), taken from `OptionTable` so that the two can never describe them differently.
/// Drives both parsing and `gen-image batch --help`.
enum BatchOptionTable {
    /// The largest `-j`: more than this only earns 429s from the gateway's token groups.
    static let maxConcurrency = 16
    /// `-j` when none is given.
    static let defaultConcurrency = 4

    /// Rows shared with the plain command, in its order.
    static let sharedKeys: [OptionKey] = [
        .apiKey, .provider, .baseURL, .timeout, .maxTime, .retries, .retryOnTimeout, .allowInsecureHTTP, .metadata,
        .noMetadata, .noHistory, .json, .lang, .help,
    ]

    static let all: [OptionSpec] =
        [
            OptionSpec(
                key: .concurrency, short: "j", long: "concurrency", arity: .single, valueName: "n",
                help: Message.optionConcurrency(max: String(maxConcurrency), default: String(defaultConcurrency))),
            OptionSpec(
                key: .outDir, short: nil, long: "out-dir", arity: .single, valueName: "dir",
                help: Message.optionOutDir),
            OptionSpec(
                key: .force, short: nil, long: "force", arity: .flag, valueName: "",
                help: Message.optionForce),
            OptionSpec(
                key: .failFast, short: nil, long: "fail-fast", arity: .flag, valueName: "",
                help: Message.optionFailFast),
            OptionSpec(
                key: .allowOutside, short: nil, long: "allow-outside", arity: .flag, valueName: "",
                help: Message.optionAllowOutside),
            OptionSpec(
                key: .model, short: "m", long: "model", arity: .single, valueName: "id",
                help: Message.optionBatchModel),
            OptionSpec(
                key: .endpoint, short: nil, long: "endpoint", arity: .single, valueName: "chat|images",
                help: Message.optionBatchEndpoint),
            OptionSpec(
                key: .dryRun, short: nil, long: "dry-run", arity: .flag, valueName: "",
                help: Message.optionBatchDryRun),
            OptionSpec(
                key: .quiet, short: nil, long: "quiet", arity: .flag, valueName: "",
                help: Message.optionBatchQuiet),
        ] + sharedKeys.compactMap { key in OptionTable.all.first { $0.key == key } }
}

extension Spelling {
    /// Settings named as a batch file's fields (`"size"`, `"model"`), and those only the command line sets
    /// (the key, the base URL, the deadline) by `gen-image batch`'s flags.
    static let fields = Spelling { setting, short in
        let name = setting.rawValue
        if BatchFileParser.itemFields.contains(name) || BatchFileParser.globalFields.contains(name) {
            return "\"\(name)\""
        }
        guard let row = BatchOptionTable.all.first(where: { $0.setting == setting }) else { return name }
        return short ? row.shortest : row.displayName
    }
}
