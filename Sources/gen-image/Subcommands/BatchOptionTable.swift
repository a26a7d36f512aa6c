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
        .apiKey, .provider, .baseURL, .timeout, .retries, .retryOnTimeout, .allowInsecureHTTP, .json, .lang, .help,
    ]

    static let all: [OptionSpec] =
        [
            OptionSpec(
                key: .concurrency, short: "j", long: "concurrency", arity: .single, valueName: "n",
                help: "Requests in flight at once, 1 to \(maxConcurrency) (default \(defaultConcurrency)). A 429 "
                    + "halves it until enough jobs succeed again."),
            OptionSpec(
                key: .outDir, short: nil, long: "out-dir", arity: .single, valueName: "dir",
                help: "Folder for images of items without \"filename\" (named <index>-<first-words>.<ext>) and for "
                    + "batch-results.json. Default: the batch file's folder (the current folder for stdin)."),
            OptionSpec(
                key: .force, short: nil, long: "force", arity: .flag, valueName: "",
                help: "Run items whose image already exists too; the new image is saved beside the old one as "
                    + "<name>-<timestamp>.<ext>, never over it. Without it such items are skipped."),
            OptionSpec(
                key: .failFast, short: nil, long: "fail-fast", arity: .flag, valueName: "",
                help: "Start no new job after the first failure (jobs in flight finish)."),
            OptionSpec(
                key: .model, short: "m", long: "model", arity: .single, valueName: "id",
                help: "Model for items that name none (an item's or global's \"model\" wins). Default: "
                    + "$GEN_IMAGE_MODEL, else chosen per item as a single run would."),
            OptionSpec(
                key: .endpoint, short: nil, long: "endpoint", arity: .single, valueName: "chat|images",
                help: "API to use for every item instead of its model's own; required for models gen-image does "
                    + "not list."),
            OptionSpec(
                key: .dryRun, short: nil, long: "dry-run", arity: .flag, valueName: "",
                help: "Check the file and print, on stdout, what each item would do (model, prompt as sent, "
                    + "options, output path, or skip); sends nothing, needs no key, writes no manifest."),
            OptionSpec(
                key: .quiet, short: nil, long: "quiet", arity: .flag, valueName: "",
                help: "Print only failures and errors on stderr (stdout still gets the saved paths)."),
        ] + sharedKeys.compactMap { key in OptionTable.all.first { $0.key == key } }
}
