import ImageAPIClient

/// Shell completion scripts generated from the same tables that drive parsing, `--help` and every check: the
/// option tables for the flags, the model table for their values (models, providers, qualities, formats, the
/// sizes of the model already on the line), so a new flag or model completes the day it exists.
enum CompletionScript {
    /// The shells `gen-image completions` supports.
    static let shells = ["bash", "zsh", "fish"]

    /// What a command's bare words are.
    indirect enum Arguments: Sendable {
        /// None: the plain command's words are all options and their values.
        case none
        /// Files with one of these suffixes (lowercase, no dot), and the folders on the way to them.
        case files([String])
        /// First one of these words, then what `then` says.
        case words([String], then: Arguments)
        /// Folders, or one of these words.
        case folders(plus: [String])
    }

    /// A command whose options complete: the plain command has no name, subcommands have theirs.
    struct Command {
        let name: String?
        let options: [OptionSpec]
        var arguments: Arguments = .none
    }

    /// Where an option's value comes from.
    enum Values: Equatable {
        /// One of these words.
        case words([String])
        /// The sizes of the model on the line (`-m`), or of the default model.
        case sizes
        /// Image files (and folders).
        case images
        /// Folders.
        case folders
        /// Any file.
        case files
        /// Nothing to offer (a prompt, a number, a key).
        case free
    }

    /// The script for `shell`, its descriptions in `wording`'s language; nil for a shell it does not know.
    static func script(for shell: String, commands: [Command], wording: Wording) -> String? {
        switch shell {
        case "bash": bash(commands)
        case "zsh": zsh(commands, wording: wording)
        case "fish": fish(commands, wording: wording)
        default: nil
        }
    }

    /// The suffixes of the images gen-image reads.
    static let imageSuffixes = ["png", "jpg", "jpeg", "webp"]

    /// Where the value of `option` comes from: the model table for what models accept, the file system for paths.
    static func values(of option: OptionSpec) -> Values {
        func union(_ column: (ModelSpec) -> [String]) -> Values {
            .words(ModelCatalog.models.flatMap(column).reduce(into: []) { if !$0.contains($1) { $0.append($1) } })
        }
        // A parameter that is a choice offers the values its column holds in any model's row.
        if let parameter = option.parameter, case .choice(let column, _) = parameter.rule {
            return union { $0[keyPath: column] }
        }
        switch option.key {
        case .model: return .words(ModelCatalog.models.map(\.name))
        case .toolModel: return union { $0.imageToolModel.map { [$0] } ?? [] }
        case .provider: return .words(Provider.all.map(\.id))
        case .endpoint: return .words(Endpoint.allCases.map(\.rawValue))
        case .aspect: return .words(RatioPhrases.all.map(\.ratio))
        case .resolution: return .words(Resolution.allCases.map(\.rawValue))
        case .lang: return .words(Language.allCases.map(\.rawValue))
        case .size: return .sizes
        case .inputImage, .mask: return .images
        case .outDir: return .folders
        case .filename: return .files
        default:
            let choices = option.valueName.split(separator: "|").map(String.init)
            guard choices.count > 1, choices.allSatisfy({ !$0.contains(" ") && !$0.contains("<") }) else {
                return .free
            }
            return .words(choices)
        }
    }

    /// The sizes `-s` offers for each model of the table that takes one: `auto`, then its presets (all of
    /// gpt-image-2-vip's fixed sizes; gpt-image-2's documented ones).
    static var sizesByModel: [(model: String, sizes: [String])] {
        var table: [(model: String, sizes: [String])] = []
        for spec in ModelCatalog.models where !table.contains(where: { $0.model == spec.name }) {
            switch spec.sizeRule {
            case .flexible(let limits): table.append((spec.name, ["auto"] + limits.presets))
            case .presets(let presets): table.append((spec.name, ["auto"] + presets.map(\.text)))
            case .notAccepted, .unchecked: continue
            }
        }
        return table
    }

    /// Every spelling of an option: `--prompt`, then `-p`.
    static func spellings(_ option: OptionSpec) -> [String] {
        ["--" + option.long] + (option.short.map { ["-\($0)"] } ?? [])
    }

    /// The spellings of every option, of any command, that takes a value, so a script can step over values.
    static func valueTaking(_ commands: [Command]) -> [String] {
        var seen: [String] = []
        for option in commands.flatMap(\.options) where option.arity != .flag {
            for spelling in spellings(option) where !seen.contains(spelling) { seen.append(spelling) }
        }
        return seen
    }

    /// The loop bash's and zsh's scripts both run over the words before the cursor (their syntax agrees here):
    /// it notes the model named with `-m`, the subcommand, and how many bare words came, stepping over option
    /// values and `-i`'s images. `bounds` is the shell's `for` header (bash counts words from 0, zsh from 1).
    /// Lines after the first are indented for a script body, four spaces in.
    static func wordWalk(_ commands: [Command], bounds: String) -> String {
        let subcommands = commands.compactMap(\.name)
        return """
            for ((\(bounds))); do
                    word="${words[i]}"
                    if ((skip)); then
                        skip=0
                        continue
                    fi
                    case "$word" in
                        -m|--model) model="${words[i+1]}" ;;
                        --model=*) model="${word#--model=}" ;;
                    esac
                    if [[ "$word" == -* ]]; then
                        inputs=0
                        case "$word" in
                            -i|--input-image) inputs=1 ;;
                            \(valueTaking(commands).joined(separator: "|"))) skip=1 ;;
                        esac
                        continue
                    fi
                    ((inputs)) && continue
                    if [[ -z "$command" ]]; then
                        case "$word" in \(subcommands.joined(separator: "|"))) command="$word"; continue ;; esac
                    fi
                    ((count++))
                done
            """
    }

    /// The first sentence of an option's help, in this run's language.
    static func summary(_ option: OptionSpec, wording: Wording) -> String {
        let help = wording.text(option.help)
        // A sentence ends at "。" or at ". ", not inside "e.g." or "1.5".
        if let end = help.range(of: "。") ?? help.range(of: ". ") { return String(help[..<end.lowerBound]) }
        return help.hasSuffix(".") ? String(help.dropLast()) : help
    }

    /// `text` in single quotes for a POSIX shell (and zsh).
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
