import ImageAPIClient

/// Identifies each command-line option, so code refers to options by name rather than by spelling.
enum OptionKey: String, CaseIterable, Sendable {
    case prompt, filename, inputImage, responseFormat, size, aspect, resolution, quality, outputFormat
    case outputCompression
    case apiKey, provider, model, endpoint, baseURL, timeout, maxTime, retries, retryOnTimeout, allowInsecureHTTP
    case dryRun, json, lang, quiet, help, version
    case stream, partialImages, keepPartials, mask, moderation, background, instructions, action, toolModel
    case metadata, noMetadata
    case count, noHistory, preview
    // gen-image batch
    case concurrency, outDir, force, failFast, allowOutside
    // gen-image history and gen-image gallery
    case search, since, limit, page
}

/// How many values an option takes.
enum Arity: Sendable, Equatable {
    /// A switch: present or not.
    case flag
    /// Exactly one value.
    case single
    /// One or more values, taken greedily up to the next option (`-i a.png b.png`), as the skill scripts do.
    case multiple
}

/// One row of the option table: spelling, arity and help text, and the request parameter it fills.
struct OptionSpec: Sendable {
    let key: OptionKey
    let short: Character?
    let long: String
    let arity: Arity
    let valueName: String
    /// What the option does, shown by `--help` and as its shell completion description.
    let help: Message
    /// The request parameter the option fills, read by `Invocation` by the parameter's `rule`; nil for the
    /// options that are not one (the prompt, the connection, the output).
    var parameter: ImageOption? = nil

    /// `-p, --prompt <text>` as shown in `--help`.
    var synopsis: String {
        let names = (short.map { "-\($0), " } ?? "    ") + "--\(long)"
        switch arity {
        case .flag: return names
        case .single: return names + " <\(valueName)>"
        case .multiple: return names + " <\(valueName)>..."
        }
    }

    /// `-p/--prompt`, as named in messages.
    var displayName: String { (short.map { "-\($0)/" } ?? "") + "--\(long)" }
}

/// The one table that drives both parsing and `--help`; change an option here and both follow.
enum OptionTable {
    static let all: [OptionSpec] = [
        OptionSpec(
            key: .prompt, short: "p", long: "prompt", arity: .single, valueName: "text",
            help: Message.optionPrompt),
        OptionSpec(
            key: .filename, short: "f", long: "filename", arity: .single, valueName: "path",
            help: Message.optionFilename),
        OptionSpec(
            key: .inputImage, short: "i", long: "input-image", arity: .multiple, valueName: "file",
            help: Message.optionInputImage),
        OptionSpec(
            key: .responseFormat, short: "r", long: "response-format", arity: .single, valueName: "url|b64_json",
            help: Message.optionResponseFormat, parameter: .responseFormat),
        OptionSpec(
            key: .size, short: "s", long: "size", arity: .single, valueName: "WxH|auto",
            help: Message.optionSize, parameter: .size),
        OptionSpec(
            key: .aspect, short: nil, long: "aspect", arity: .single, valueName: "W:H",
            help: Message.optionAspect),
        OptionSpec(
            key: .resolution, short: nil, long: "resolution", arity: .single, valueName: "1k|2k|4k",
            help: Message.optionResolution),
        OptionSpec(
            key: .quality, short: "q", long: "quality", arity: .single, valueName: "auto|low|medium|high",
            help: Message.optionQuality, parameter: .quality),
        OptionSpec(
            key: .outputFormat, short: "o", long: "output-format", arity: .single, valueName: "png|jpeg|webp",
            help: Message.optionOutputFormat, parameter: .outputFormat),
        OptionSpec(
            key: .outputCompression, short: "c", long: "output-compression", arity: .single, valueName: "0-100",
            help: Message.optionOutputCompression, parameter: .outputCompression),
        OptionSpec(
            key: .mask, short: nil, long: "mask", arity: .single, valueName: "file",
            help: Message.optionMask, parameter: .mask),
        OptionSpec(
            key: .moderation, short: nil, long: "moderation", arity: .single, valueName: "auto|low",
            help: Message.optionModeration, parameter: .moderation),
        OptionSpec(
            key: .background, short: nil, long: "background", arity: .single, valueName: "mode",
            help: Message.optionBackground, parameter: .background),
        OptionSpec(
            key: .stream, short: nil, long: "stream", arity: .flag, valueName: "",
            help: Message.optionStream, parameter: .stream),
        OptionSpec(
            key: .partialImages, short: nil, long: "partial-images", arity: .single, valueName: "0-3",
            help: Message.optionPartialImages, parameter: .partialImages),
        OptionSpec(
            key: .keepPartials, short: nil, long: "keep-partials", arity: .flag, valueName: "",
            help: Message.optionKeepPartials),
        OptionSpec(
            key: .instructions, short: nil, long: "instructions", arity: .single, valueName: "text",
            help: Message.optionInstructions, parameter: .instructions),
        OptionSpec(
            key: .action, short: nil, long: "action", arity: .single, valueName: "auto|generate|edit",
            help: Message.optionAction, parameter: .action),
        OptionSpec(
            key: .toolModel, short: nil, long: "tool-model", arity: .single, valueName: "model",
            help: Message.optionToolModel),
        OptionSpec(
            key: .metadata, short: nil, long: "metadata", arity: .single, valueName: "embed|sidecar|none",
            help: Message.optionMetadata),
        OptionSpec(
            key: .noMetadata, short: nil, long: "no-metadata", arity: .flag, valueName: "",
            help: Message.optionNoMetadata),
        OptionSpec(
            key: .count, short: "n", long: "n", arity: .single, valueName: "1-10",
            help: Message.optionCount, parameter: .count),
        OptionSpec(
            key: .preview, short: nil, long: "preview", arity: .flag, valueName: "",
            help: Message.optionPreview),
        OptionSpec(
            key: .noHistory, short: nil, long: "no-history", arity: .flag, valueName: "",
            help: Message.optionNoHistory),
        OptionSpec(
            key: .apiKey, short: "k", long: "api-key", arity: .single, valueName: "key",
            help: Message.optionApiKey),
        OptionSpec(
            key: .provider, short: nil, long: "provider", arity: .single, valueName: "apiyi|vibeapi|openai",
            help: Message.optionProvider),
        OptionSpec(
            key: .model, short: "m", long: "model", arity: .single, valueName: "id",
            help: Message.optionModel),
        OptionSpec(
            key: .endpoint, short: nil, long: "endpoint", arity: .single, valueName: "api",
            help: Message.optionEndpoint),
        OptionSpec(
            key: .baseURL, short: nil, long: "base-url", arity: .single, valueName: "url",
            help: Message.optionBaseUrl),
        OptionSpec(
            key: .timeout, short: nil, long: "timeout", arity: .single, valueName: "seconds",
            help: Message.optionTimeout),
        OptionSpec(
            key: .maxTime, short: nil, long: "max-time", arity: .single, valueName: "seconds",
            help: Message.optionMaxTime),
        OptionSpec(
            key: .retries, short: nil, long: "retries", arity: .single, valueName: "n",
            help: Message.optionRetries),
        OptionSpec(
            key: .retryOnTimeout, short: nil, long: "retry-on-timeout", arity: .flag, valueName: "",
            help: Message.optionRetryOnTimeout),
        OptionSpec(
            key: .allowInsecureHTTP, short: nil, long: "allow-insecure-http", arity: .flag, valueName: "",
            help: Message.optionAllowInsecureHttp),
        OptionSpec(
            key: .dryRun, short: nil, long: "dry-run", arity: .flag, valueName: "",
            help: Message.optionDryRun),
        OptionSpec(
            key: .json, short: nil, long: "json", arity: .flag, valueName: "",
            help: Message.optionJson),
        OptionSpec(
            key: .lang, short: nil, long: "lang", arity: .single, valueName: "en|zh",
            help: Message.optionLang),
        OptionSpec(
            key: .quiet, short: nil, long: "quiet", arity: .flag, valueName: "",
            help: Message.optionQuiet),
        OptionSpec(key: .help, short: "h", long: "help", arity: .flag, valueName: "", help: Message.optionHelp),
        OptionSpec(
            key: .version, short: nil, long: "version", arity: .flag, valueName: "", help: Message.optionVersion),
    ]
}

extension OptionSpec {
    /// The setting this row fills, as the request body and a batch file name it (`size`, `model`), so the
    /// library's sentences about a setting can name this row's flag.
    var setting: Setting? {
        if let parameter { return .option(parameter) }
        switch key {
        case .model: return .model
        case .prompt: return .prompt
        case .filename: return .filename
        case .inputImage: return .inputImages
        case .aspect: return .aspect
        case .resolution: return .resolution
        case .keepPartials: return .keepPartials
        case .toolModel: return .toolModel
        case .metadata: return .metadata
        // Settings of the connection, which both commands take as flags.
        case .apiKey: return .apiKey
        case .provider: return .provider
        case .endpoint: return .endpoint
        case .baseURL: return .baseURL
        case .timeout: return .timeout
        case .allowInsecureHTTP: return .allowInsecureHTTP
        // Settings of batch runs, which only `gen-image batch` takes.
        case .outDir: return .outDir
        case .allowOutside: return .allowOutside
        default: return nil
        }
    }

    /// `-s`, or `--mask` when there is no short form: the spelling put before a value in a suggestion.
    var shortest: String { short.map { "-\($0)" } ?? "--\(long)" }
}

extension ImageOption {
    /// The command-line flag that sets this option (`-s/--size`), from `OptionTable`.
    var flag: String { OptionTable.all.first { $0.parameter == self }?.displayName ?? rawValue }

    /// `-q`, or `--mask` when there is no short form.
    var shortestFlag: String { OptionTable.all.first { $0.parameter == self }?.shortest ?? rawValue }
}

extension Spelling {
    /// Settings named by their command-line flags: `-s/--size`, or `-s` where a value follows.
    static let flags = Spelling { setting, short in
        if !short, let parameter = setting.option { return parameter.flag }
        guard let row = OptionTable.all.first(where: { $0.setting == setting }) else { return setting.rawValue }
        return short ? row.shortest : row.displayName
    }
}

extension [OptionSpec] {
    /// The row spelled `-x` or `--name`, or nil.
    func option(spelled token: String) -> OptionSpec? {
        if token.hasPrefix("--") { return first { "--" + $0.long == token } }
        if token.count == 2, token.hasPrefix("-"), let letter = token.last { return first { $0.short == letter } }
        return nil
    }

    /// Every spelling (`--prompt`, `-p`, …), for suggestions.
    var spellings: [String] {
        flatMap { spec in ["--" + spec.long] + (spec.short.map { ["-\($0)"] } ?? []) }
    }
}
