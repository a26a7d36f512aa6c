import ImageAPIClient

/// Renders `--help` from the option table and the model table, so the help can never disagree with what
/// the parser accepts or what the models take.
enum HelpText {
    /// The whole `gen-image --help`, in `wording`'s language.
    static func render(_ wording: Wording, width: Int = 100) -> String {
        var out = "OVERVIEW: " + wording.text(.helpOverview) + "\n"
        out += """

            USAGE: gen-image -p <text> [-i <file>...] [-f <path>] [-m <model>] [options]

            """
        for subcommand in SubcommandTable.all {
            out += "       gen-image \(subcommand.synopsis)\n"
        }
        out += "\nOPTIONS:\n"
        out += options(OptionTable.all, wording: wording, width: width)
        out += "\nSUBCOMMANDS:\n"
        let column = helpColumn(OptionTable.all)
        for subcommand in SubcommandTable.all {
            out += wrap(
                wording.text(subcommand.summary), first: "  gen-image " + subcommand.synopsis, column: column,
                width: width)
        }
        out += "\nMODELS:\n"
        for model in ModelCatalog.models {
            out += "  \(model.name)\n"
            out += wrap(describe(model, wording: wording), first: "", column: 4, width: width)
        }
        out += wrap(wording.text(.helpModelOthers), first: "", column: 2, width: width)
        out += "\nPROVIDERS:\n"
        out += wrap(wording.text(.helpProvidersIntro), first: "", column: 2, width: width)
        for provider in Provider.all {
            out += "  \(provider.id)\n"
            for line in ProviderSummary.lines(for: provider) {
                out += wrap(wording.text(line), first: "", column: 4, width: width)
            }
        }
        out += """

            OUTPUT:
              stdout: \(wording.text(.helpOutputStdout))
              stderr: \(wording.text(.helpOutputStderr))
              \(wording.text(.helpOutputRecovery))
              \(wording.text(.helpOutputClosedStdout))

            ENVIRONMENT:
              APIYI_API_KEY        \(wording.text(.helpEnvApiKey))
              GEN_IMAGE_PROVIDER   \(wording.text(.helpEnvProvider))
              GEN_IMAGE_BASE_URL   \(wording.text(.helpEnvBaseUrl))
              GEN_IMAGE_MODEL      \(wording.text(.helpEnvModel))
              GEN_IMAGE_PROGRESS_INTERVAL
                                   \(wording.text(.helpEnvProgressInterval))
              \(wording.text(.helpEnvProxyNames))
                                   \(wording.text(.helpEnvProxies))

            EXIT CODES:
              0    \(wording.text(.helpExit0))
              1    \(wording.text(.helpExit1))
              2    \(wording.text(.helpExit2))
              3    \(wording.text(.helpExit3))
              4    \(wording.text(.helpExit4))
              130  \(wording.text(.helpExit130))

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
    static func describe(_ model: ModelSpec, wording: Wording) -> String {
        var takes: [String] = []
        switch model.sizeRule {
        case .flexible: takes.append(wording.text(.helpModelSizeAny))
        case .presets(let presets):
            takes.append(wording.text(.helpModelSizePresets(count: String(presets.count))))
        case .notAccepted, .unchecked: break
        }
        // Every other parameter the model's row accepts, by its shortest flag, in the order they are declared.
        takes += ImageOption.allCases.filter { $0 != .size && model.accepts($0) }.map(\.shortestFlag)
        let endpoint: String
        switch model.endpoint {
        case .chat: endpoint = "chat completions"
        case .images: endpoint = "Images API"
        case .responses:
            if let tool = model.imageToolModel {
                endpoint = wording.text(.helpModelResponses(model: tool))
            } else {
                endpoint = wording.text(.helpModelResponsesAny)
            }
        }
        let options =
            takes.isEmpty
            ? wording.text(.helpModelTakesNothing)
            : wording.text(.helpModelTakes(options: wording.list(takes)))
        var price = ""
        switch model.price {
        case .perImage(let dollars): price = wording.text(.helpModelPerImage(dollars: "\(dollars)"))
        case .perToken: price = wording.text(.helpModelPerToken)
        case .unknown: price = model.imageToolModel != nil ? wording.text(.helpModelTextAndImageTokens) : ""
        }
        let line = Message.helpModelLine(
            endpoint: endpoint, options: options, wait: wording.usualWait(model.expectedWait), price: price)
        guard model.sizeRule.isNotAccepted else { return wording.text(line) }
        return wording.text(.sentences(first: line, second: .helpModelRatioInPrompt))
    }

    /// `first` then `text` wrapped at `width` columns, continuation lines indented to `column`.
    ///
    /// Lines break at spaces and, in Chinese, between two characters (never before a closing punctuation mark
    /// or after an opening one); a Chinese character takes two columns.
    /// One table's options, each with its help wrapped beside the longest synopsis; every command's help uses it.
    static func options(_ table: [OptionSpec], wording: Wording, width: Int) -> String {
        let column = helpColumn(table)
        return table.map { spec in
            wrap(wording.text(spec.help), first: "  " + spec.synopsis, column: column, width: width)
        }.joined()
    }

    /// Where help text starts: four columns past the table's longest synopsis.
    static func helpColumn(_ table: [OptionSpec]) -> Int {
        (table.map { $0.synopsis.count }.max() ?? 30) + 4
    }

    static func wrap(_ text: String, first: String, column: Int, width: Int) -> String {
        var lines: [String] = []
        var line = first.count >= column - 1 && !first.isEmpty ? first : first.padding(column)
        if first.count >= column - 1 && !first.isEmpty {
            lines.append(line)
            line = "".padding(column)
        }
        var lineWidth = line.displayWidth
        var lineHasWords = false
        for piece in pieces(of: text) {
            if lineHasWords, lineWidth + (piece.spaced ? 1 : 0) + piece.text.displayWidth > width {
                lines.append(line)
                line = "".padding(column)
                lineWidth = column
                lineHasWords = false
            }
            let joined = (lineHasWords && piece.spaced ? " " : "") + piece.text
            line += joined
            lineWidth += joined.displayWidth
            lineHasWords = true
        }
        lines.append(line)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The units a line may break between: each space-separated word, and inside a word each Chinese
    /// character with the punctuation that must stay with it. `spaced` tells whether a space came before.
    static func pieces(of text: String) -> [(text: String, spaced: Bool)] {
        let closing = Set(",.;:!?)]}、。，．：；！？）」』】》…%\"")
        let opening = Set("([{（「『【《\"")
        var pieces: [(text: String, spaced: Bool)] = []
        for word in text.split(separator: " ") {
            var current = ""
            var spaced = true
            for character in word {
                if let last = current.last, character.isWide || last.isWide, !closing.contains(character),
                    !opening.contains(last)
                {
                    pieces.append((current, spaced))
                    current = ""
                    spaced = false
                }
                current.append(character)
            }
            pieces.append((current, spaced))
        }
        return pieces
    }
}

extension SizeRule {
    var isNotAccepted: Bool {
        if case .notAccepted = self { return true }
        return false
    }
}

extension Character {
    /// Whether the character takes two columns on a terminal (Chinese, Japanese, Korean, full-width forms).
    var isWide: Bool {
        guard let value = unicodeScalars.first?.value else { return false }
        return (0x1100...0x115F).contains(value) || (0x2E80...0x303E).contains(value)
            || (0x3041...0x33FF).contains(value) || (0x3400...0x4DBF).contains(value)
            || (0x4E00...0x9FFF).contains(value) || (0xA000...0xA4CF).contains(value)
            || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
            || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
            || (0xFFE0...0xFFE6).contains(value)
    }
}

extension String {
    /// The columns the text takes on a terminal: two for each wide character, one for any other.
    var displayWidth: Int {
        reduce(0) { $0 + ($1.isWide ? 2 : 1) }
    }

    /// Pads with spaces to `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
