import ImageAPIClient

/// Identifies each command-line option, so code refers to options by name rather than by spelling.
enum OptionKey: String, CaseIterable, Sendable {
    case prompt, filename, inputImage, responseFormat, size, aspect, resolution, quality, outputFormat
    case outputCompression
    case apiKey, provider, model, endpoint, baseURL, timeout, retries, retryOnTimeout, allowInsecureHTTP
    case dryRun, json, lang, quiet, help, version
    case stream, partialImages, keepPartials, mask, moderation, background, instructions, action
    // gen-image batch
    case concurrency, outDir, force, failFast
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

/// One row of the option table: spelling, arity and help text.
struct OptionSpec: Sendable {
    let key: OptionKey
    let short: Character?
    let long: String
    let arity: Arity
    let valueName: String
    let help: String

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
            help: "The prompt, sent exactly as given (required). \"-\" reads it from stdin."),
        OptionSpec(
            key: .filename, short: "f", long: "filename", arity: .single, valueName: "path",
            help: "Where to save the image; folders are created, an existing file is never overwritten. "
                + "Default: YYYY-MM-DD-HH-MM-SS-<first-words>-<id>.<ext> in the current folder."),
        OptionSpec(
            key: .inputImage, short: "i", long: "input-image", arity: .multiple, valueName: "file",
            help: "1 to 5 PNG/JPEG/WebP images to edit or fuse, in the order the prompt names them. "
                + "Takes every argument up to the next option."),
        OptionSpec(
            key: .responseFormat, short: "r", long: "response-format", arity: .single, valueName: "url|b64_json",
            help: "How the gateway returns the image (gpt-image-2-all, gpt-image-2-vip). "
                + "The file is saved either way."),
        OptionSpec(
            key: .size, short: "s", long: "size", arity: .single, valueName: "WxH|auto",
            help: "Output size, e.g. 2048x1152 (gpt-image-2: any valid size; gpt-image-2-vip: its 30 presets)."),
        OptionSpec(
            key: .aspect, short: nil, long: "aspect", arity: .single, valueName: "W:H",
            help: "The same shape on every model: gpt-image-2-all gets the size guide's phrase in front of the "
                + "prompt (the only change gen-image makes to it), gpt-image-2-vip the preset of that ratio, "
                + "gpt-image-2 a valid size of that ratio."),
        OptionSpec(
            key: .resolution, short: nil, long: "resolution", arity: .single, valueName: "1k|2k|4k",
            help: "Size tier for --aspect (default 1k; gpt-image-2-all ignores it)."),
        OptionSpec(
            key: .quality, short: "q", long: "quality", arity: .single, valueName: "auto|low|medium|high",
            help: "Quality (gpt-image-2)."),
        OptionSpec(
            key: .outputFormat, short: "o", long: "output-format", arity: .single, valueName: "png|jpeg|webp",
            help: "Output format (gpt-image-2)."),
        OptionSpec(
            key: .outputCompression, short: "c", long: "output-compression", arity: .single, valueName: "0-100",
            help: "Compression for jpeg/webp output (gpt-image-2)."),
        OptionSpec(
            key: .mask, short: nil, long: "mask", arity: .single, valueName: "file",
            help: "PNG with an alpha channel, the size of the first -i image, under 4 MB: its transparent pixels "
                + "mark what to edit (gpt-image-2)."),
        OptionSpec(
            key: .moderation, short: nil, long: "moderation", arity: .single, valueName: "auto|low",
            help: "Content filtering level (gpt-image-2, --endpoint responses)."),
        OptionSpec(
            key: .background, short: nil, long: "background", arity: .single, valueName: "mode",
            help: "auto, opaque or transparent; transparent needs PNG or WebP output (gpt-image-2, --endpoint "
                + "responses)."),
        OptionSpec(
            key: .stream, short: nil, long: "stream", arity: .flag, valueName: "",
            help: "Stream the reply, showing partial images as they arrive (gpt-image-2; always on with "
                + "--endpoint responses)."),
        OptionSpec(
            key: .partialImages, short: nil, long: "partial-images", arity: .single, valueName: "0-3",
            help: "Partial images to send while streaming."),
        OptionSpec(
            key: .keepPartials, short: nil, long: "keep-partials", arity: .flag, valueName: "",
            help: "Save each partial image as <name>.partial-<n>.<ext> (only the final image is printed on stdout)."),
        OptionSpec(
            key: .instructions, short: nil, long: "instructions", arity: .single, valueName: "text",
            help: "System text for the model driving the image tool (--endpoint responses; a short default "
                + "is sent otherwise)."),
        OptionSpec(
            key: .action, short: nil, long: "action", arity: .single, valueName: "auto|generate|edit",
            help: "Force the image tool to make a new image or edit the -i image (--endpoint responses)."),
        OptionSpec(
            key: .apiKey, short: "k", long: "api-key", arity: .single, valueName: "key",
            help: "API key. Default: the provider's variable ($APIYI_API_KEY, $VIBEAPI_API_KEY, $OPENAI_API_KEY)."),
        OptionSpec(
            key: .provider, short: nil, long: "provider", arity: .single, valueName: "apiyi|vibeapi|openai",
            help: "Gateway: sets the base URL, the key's variable and the default model (gpt-image-2-all on apiyi, "
                + "gpt-image-2 elsewhere). Default: $GEN_IMAGE_PROVIDER, else apiyi."),
        OptionSpec(
            key: .model, short: "m", long: "model", arity: .single, valueName: "id",
            help: "Model. Default: $GEN_IMAGE_MODEL, else gpt-image-2-all, or gpt-image-2 when -s/-q/-o/-c "
                + "is given. With --endpoint responses: the text model driving the image tool (default gpt-5.5)."),
        OptionSpec(
            key: .endpoint, short: nil, long: "endpoint", arity: .single, valueName: "api",
            help: "chat, images or responses: the API to use instead of the model's own; required for models not "
                + "listed below. responses: a text model drives gpt-image-2's image tool (streamed; may return "
                + "several images)."),
        OptionSpec(
            key: .baseURL, short: nil, long: "base-url", arity: .single, valueName: "url",
            help: "API base. Default: $GEN_IMAGE_BASE_URL, else the provider's (https://api.apiyi.com/v1)."),
        OptionSpec(
            key: .timeout, short: nil, long: "timeout", arity: .single, valueName: "seconds",
            help: "Deadline for each attempt, however slowly the reply trickles in. Default: 300 "
                + "(gpt-image-2-all, -vip), 360 (gpt-image-2), 600 (gpt-image-2 with -q high)."),
        OptionSpec(
            key: .retries, short: nil, long: "retries", arity: .single, valueName: "n",
            help: "Send the request again up to n times (0-10, default 2) after 429, 500, 502, 503, 504 or a failed "
                + "connection, waiting about 2, 4, 8 s… (or as Retry-After asks). Refusals are never retried."),
        OptionSpec(
            key: .retryOnTimeout, short: nil, long: "retry-on-timeout", arity: .flag, valueName: "",
            help: "Also retry after --timeout passes; off by default because the gateway bills a request it "
                + "received even if gen-image stopped waiting."),
        OptionSpec(
            key: .allowInsecureHTTP, short: nil, long: "allow-insecure-http", arity: .flag, valueName: "",
            help: "Allow a plain http --base-url to a host other than this machine (the key then crosses the "
                + "network unencrypted)."),
        OptionSpec(
            key: .dryRun, short: nil, long: "dry-run", arity: .flag, valueName: "",
            help: "Print the request that would be sent (key masked, base64 shortened to its length) and exit 0; "
                + "sends nothing and needs no key."),
        OptionSpec(
            key: .json, short: nil, long: "json", arity: .flag, valueName: "",
            help: "Print exactly one JSON object on stdout instead of the path: {\"ok\": true, \"files\": […], …} or "
                + "{\"ok\": false, \"error\": {\"code\": …}}. Progress and messages stay on stderr."),
        OptionSpec(
            key: .lang, short: nil, long: "lang", arity: .single, valueName: "en|zh",
            help: "Language of the messages on stderr. Default: from LC_ALL, LC_MESSAGES or LANG (zh* gives "
                + "Chinese), else English. JSON keys and error codes never change."),
        OptionSpec(
            key: .quiet, short: nil, long: "quiet", arity: .flag, valueName: "",
            help: "Print only errors on stderr (stdout still gets the saved path)."),
        OptionSpec(key: .help, short: "h", long: "help", arity: .flag, valueName: "", help: "Show this help."),
        OptionSpec(key: .version, short: nil, long: "version", arity: .flag, valueName: "", help: "Show the version."),
    ]
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
