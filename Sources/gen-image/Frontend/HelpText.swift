import ImageAPIClient

/// Renders `--help` from the option table and the model table, so the help can never disagree with what
/// the parser accepts or what the models take.
enum HelpText {
    static func render(width: Int = 100) -> String {
        var out = """
            OVERVIEW: Generate and edit images with GPT Image 2 models through APIYI or any OpenAI-compatible gateway.

            USAGE: gen-image -p <text> [-i <file>...] [-f <path>] [-m <model>] [options]

            """
        for subcommand in SubcommandTable.all {
            out += "       gen-image \(subcommand.synopsis)\n"
        }
        out += "\nOPTIONS:\n"
        let column = (OptionTable.all.map { $0.synopsis.count }.max() ?? 30) + 4
        for spec in OptionTable.all {
            out += wrap(spec.help, first: "  " + spec.synopsis, column: column, width: width)
        }
        out += "\nSUBCOMMANDS:\n"
        for subcommand in SubcommandTable.all {
            out += wrap(subcommand.summary, first: "  gen-image " + subcommand.synopsis, column: column, width: width)
        }
        out += "\nMODELS:\n"
        for model in ModelCatalog.models {
            out += "  \(model.name)\n"
            out += wrap(describe(model), first: "", column: 4, width: width)
        }
        out += wrap(
            "Any other model id works with --endpoint chat|images; then its options are sent unchecked. With "
                + "--endpoint responses, -m names the text model and gpt-image-2's rules apply.",
            first: "", column: 2, width: width)
        out += """

            OUTPUT:
              stdout: the absolute path of each saved image, one per line, and nothing else.
              stderr: progress, notes, warnings and errors (--quiet: errors only).

            ENVIRONMENT:
              APIYI_API_KEY        API key for apiyi (or -k); VIBEAPI_API_KEY, OPENAI_API_KEY for the others.
              GEN_IMAGE_PROVIDER   apiyi (default), vibeapi or openai (or --provider).
              GEN_IMAGE_BASE_URL   API base (or --base-url). Default: the provider's.
              GEN_IMAGE_MODEL      Default model (or -m).
              GEN_IMAGE_PROGRESS_INTERVAL
                                   Seconds between progress updates (default: 1 on a terminal, 10 otherwise).
              https_proxy, HTTPS_PROXY, ALL_PROXY, http_proxy (lower case only), NO_PROXY
                                   Proxies, read by libcurl.

            EXIT CODES:
              0    the image was saved
              1    the API or the network failed (HTTP error, timeout, no image in the reply)
              2    a usage or input error; nothing was sent
              3    no API key
              4    gen-image batch: some items failed; the others were saved
              130  cancelled by Ctrl-C or SIGTERM; temporary files removed, nothing saved

            EXAMPLES:
              gen-image -p "一只可爱的橘猫在草地上玩耍" -f cat.png
              gen-image -p "横版 16:9 电影画幅，日落山脉风景" -f sunset.png
              gen-image -p "将图片转换成水彩画风格" -i original.png -f watercolor.png
              gen-image -p "融合图1和图2的风格" -i ref1.png ref2.png -f merged.png
              gen-image -p "Sunset mountain landscape" -f sunset.png -s 2048x1152 -q high
              gen-image -p "Lighthouse at dusk" -m gpt-image-2-vip -s 3840x2160
              gen-image -m gpt-image-2 -p "A red fox" --stream --partial-images 2 -f fox.png
              gen-image -m gpt-image-2 -p "Add a flamingo" -i lounge.png --mask mask.png -f lounge-edit.png
              gen-image --endpoint responses -p "Draw 2 icons: a sun, a moon" -f icons.png

            """
        return out
    }

    /// One model's row in words.
    static func describe(_ model: ModelSpec) -> String {
        var takes: [String] = []
        switch model.sizeRule {
        case .flexible: takes.append("-s any valid WxH")
        case .presets(let presets): takes.append("-s auto or one of \(presets.count) presets")
        case .notAccepted, .unchecked: break
        }
        if !model.qualities.isEmpty { takes.append("-q") }
        if !model.outputFormats.isEmpty { takes.append("-o") }
        if model.acceptsCompression { takes.append("-c") }
        if !model.responseFormats.isEmpty { takes.append("-r") }
        if !model.moderations.isEmpty { takes.append("--moderation") }
        if !model.backgrounds.isEmpty { takes.append("--background") }
        if model.maxMaskBytes != nil { takes.append("--mask") }
        if case .optional = model.streaming { takes.append("--stream") }
        if !model.actions.isEmpty { takes.append("--instructions, --action") }
        let endpoint: String
        switch model.endpoint {
        case .chat: endpoint = "chat completions"
        case .images: endpoint = "Images API"
        case .responses:
            endpoint =
                "Responses API (--endpoint responses), a text model driving \(model.imageToolModel ?? "an")'s "
                + "image tool, always streamed, may return several images"
        }
        let options = takes.isEmpty ? "no size or quality options" : "takes " + takes.joined(separator: ", ")
        let wait = "usually \(model.expectedWait.low)–\(model.expectedWait.high) s"
        var price = ""
        switch model.price {
        case .perImage(let dollars): price = "$\(dollars) per image"
        case .perToken: price = "billed by tokens"
        case .unknown: price = model.imageToolModel != nil ? "billed by text tokens plus image tokens" : ""
        }
        var text = "\(endpoint); \(options); \(wait); \(price)."
        if model.sizeRule.isNotAccepted {
            text += " Put the ratio at the start of the prompt, e.g. \"横版 16:9\", \"竖版 9:16\"."
        }
        return text
    }

    /// `first` then `text` wrapped at `width`, continuation lines indented to `column`.
    static func wrap(_ text: String, first: String, column: Int, width: Int) -> String {
        var lines: [String] = []
        var line = first.count >= column - 1 && !first.isEmpty ? first : first.padding(column)
        if first.count >= column - 1 && !first.isEmpty {
            lines.append(line)
            line = "".padding(column)
        }
        var lineHasWords = false
        for word in text.split(separator: " ") {
            if lineHasWords, line.count + 1 + word.count > width {
                lines.append(line)
                line = "".padding(column)
                lineHasWords = false
            }
            line += (lineHasWords ? " " : "") + word
            lineHasWords = true
        }
        lines.append(line)
        return lines.joined(separator: "\n") + "\n"
    }
}

extension SizeRule {
    var isNotAccepted: Bool {
        if case .notAccepted = self { return true }
        return false
    }
}

extension String {
    /// Pads with spaces to `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
