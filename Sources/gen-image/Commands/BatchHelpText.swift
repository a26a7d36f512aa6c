import ImageAPIClient

/// `gen-image batch --help`, rendered from `BatchOptionTable` so the help can never disagree with the parser.
enum BatchHelpText {
    /// The whole `gen-image batch --help`, in `wording`'s language.
    static func render(_ wording: Wording, width: Int = 100) -> String {
        var out = "OVERVIEW: " + wording.text(.batchHelpOverview) + "\n"
        out += """

            USAGE: gen-image batch <file> [options]
                   \(wording.text(.batchHelpStdin))

            OPTIONS:

            """
        out += HelpText.options(BatchOptionTable.all, wording: wording, width: width)
        out += """

            FILE:
              {"description": "…", "global": {"size_hint": "横版 16:9", "response_format": "url"},
               "prompts": [{"prompt": "…", "filename": "sunrise.png", "input_images": ["ref.png"]}, …]}
            \(globalFields(width: width))\(indented(wording.text(.batchHelpFileItems)))
              \(wording.text(.batchHelpFileJsonl))
              \(wording.text(.batchHelpFileChecked))

            OUTPUT:
              stdout: \(wording.text(.batchHelpOutputStdout))
              stderr: \(wording.text(.batchHelpOutputStderr))
              \(wording.text(.batchHelpOutputManifest))
              \(wording.text(.batchHelpOutputGallery))

            ENVIRONMENT:
            \(indented(wording.text(.batchHelpEnv)))

            EXIT CODES:
              0    \(wording.text(.batchHelpExit0))
              1    \(wording.text(.batchHelpExit1))
              2    \(wording.text(.batchHelpExit2))
              3    \(wording.text(.batchHelpExit3))
              4    \(wording.text(.batchHelpExit4))
              130  \(wording.text(.batchHelpExit130))

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
