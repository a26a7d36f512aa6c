import ImageAPIClient

/// `gen-image batch --help`, rendered from `BatchOptionTable` so the help can never disagree with the parser.
enum BatchHelpText {
    static func render(width: Int = 100) -> String {
        var out = "OVERVIEW: " + Wording.text(.batchHelpOverview) + "\n"
        out += """

            USAGE: gen-image batch <file> [options]
                   \(Wording.text(.batchHelpStdin))

            OPTIONS:

            """
        out += HelpText.options(BatchOptionTable.all, width: width)
        out += """

            FILE:
              {"description": "…", "global": {"size_hint": "横版 16:9", "response_format": "url"},
               "prompts": [{"prompt": "…", "filename": "sunrise.png", "input_images": ["ref.png"]}, …]}
            \(globalFields(width: width))\(indented(Wording.text(.batchHelpFileItems)))
              \(Wording.text(.batchHelpFileJsonl))
              \(Wording.text(.batchHelpFileChecked))

            OUTPUT:
              stdout: \(Wording.text(.batchHelpOutputStdout))
              stderr: \(Wording.text(.batchHelpOutputStderr))
              \(Wording.text(.batchHelpOutputManifest))

            ENVIRONMENT:
            \(indented(Wording.text(.batchHelpEnv)))

            EXIT CODES:
              0    \(Wording.text(.batchHelpExit0))
              1    \(Wording.text(.batchHelpExit1))
              2    \(Wording.text(.batchHelpExit2))
              3    \(Wording.text(.batchHelpExit3))
              4    \(Wording.text(.batchHelpExit4))
              130  \(Wording.text(.batchHelpExit130))

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
