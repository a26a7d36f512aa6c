import ImageAPIClient

/// `gen-image batch --help`, rendered from `BatchOptionTable` so the help can never disagree with the parser.
enum BatchHelpText {
    static func render(width: Int = 100) -> String {
        var out = "OVERVIEW: " + Wording.text("batch_help.overview") + "\n"
        out += """

            USAGE: gen-image batch <file> [options]
                   \(Wording.text("batch_help.stdin"))

            OPTIONS:

            """
        out += HelpText.options(BatchOptionTable.all, width: width)
        out += """

            FILE:
              {"description": "…", "global": {"size_hint": "横版 16:9", "response_format": "url"},
               "prompts": [{"prompt": "…", "filename": "sunrise.png", "input_images": ["ref.png"]}, …]}
            \(globalFields(width: width))\(indented(Wording.text("batch_help.file.items")))
              \(Wording.text("batch_help.file.jsonl"))
              \(Wording.text("batch_help.file.checked"))

            OUTPUT:
              stdout: \(Wording.text("batch_help.output.stdout"))
              stderr: \(Wording.text("batch_help.output.stderr"))
              \(Wording.text("batch_help.output.manifest"))

            ENVIRONMENT:
            \(indented(Wording.text("batch_help.env")))

            EXIT CODES:
              0    \(Wording.text("batch_help.exit.0"))
              1    \(Wording.text("batch_help.exit.1"))
              2    \(Wording.text("batch_help.exit.2"))
              3    \(Wording.text("batch_help.exit.3"))
              4    \(Wording.text("batch_help.exit.4"))
              130  \(Wording.text("batch_help.exit.130"))

            EXAMPLES:
              gen-image batch jobs.json
              gen-image batch jobs.json -j 8 --out-dir images
              gen-image batch jobs.jsonl --fail-fast
              cat jobs.json | gen-image batch - --out-dir images

            """
        return out
    }

    /// `global: model, size, …`: the fields `BatchFileParser` reads in `global`, every request parameter included.
    private static func globalFields(width: Int) -> String {
        let wrapped = HelpText.wrap(
            BatchFileParser.globalFields.joined(separator: ", ") + ".", first: "", column: 10, width: width)
        return "  global: " + wrapped.dropFirst(10)
    }

    /// Each line of a text laid out by hand, indented by two spaces.
    private static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    }
}
