/// `gen-image batch --help`, rendered from `BatchOptionTable` so the help can never disagree with the parser.
enum BatchHelpText {
    static func render(width: Int = 100) -> String {
        var out = """
            OVERVIEW: Make many images from one file, several at once: the skills' batch template (JSON with
            "prompts") or JSON Lines. Resumable: an item whose image already exists is skipped.

            USAGE: gen-image batch <file> [options]
                   <file> may be - to read the file from stdin.

            OPTIONS:

            """
        let column = (BatchOptionTable.all.map { $0.synopsis.count }.max() ?? 30) + 4
        for spec in BatchOptionTable.all {
            out += HelpText.wrap(spec.help, first: "  " + spec.synopsis, column: column, width: width)
        }
        out += """

            FILE:
              {"description": "…", "global": {"size_hint": "横版 16:9", "response_format": "url"},
               "prompts": [{"prompt": "…", "filename": "sunrise.png", "input_images": ["ref.png"]}, …]}
              global: model, size, quality, output_format, output_compression, response_format, size_hint.
              Each item: prompt (required), filename, input_images (up to 5), and any global field but size_hint;
              an item's field wins over global's, and an item's "field": null drops global's. size_hint goes in
              front of prompts that do not already start with a ratio phrase. Relative paths are read from the
              batch file's folder.
              JSON Lines: one {"prompt": …} per line; a first line {"global": {…}} sets the defaults.
              The whole file is checked before anything is sent. See references/batch-template.md.

            OUTPUT:
              stdout: the absolute path of each image saved, one per line, as each finishes.
              stderr: [k/N] started / ok <seconds> <path> / failed: <reason> / skipped, then a summary.
              batch-results.json in the --out-dir folder: every item's status, path, error, attempts, time, usage.

            ENVIRONMENT:
              As for gen-image (see gen-image --help): APIYI_API_KEY, GEN_IMAGE_PROVIDER, GEN_IMAGE_BASE_URL,
              GEN_IMAGE_MODEL (the model for items that name none), GEN_IMAGE_PROGRESS_INTERVAL, proxies.

            EXIT CODES:
              0    every item was saved or skipped
              1    the manifest could not be written
              2    the file or a flag is invalid; nothing was sent
              3    no API key (and some item needs one); nothing was sent
              4    some items failed (or never started after --fail-fast); the others were saved
              130  cancelled by Ctrl-C or SIGTERM; finished images kept, manifest written

            EXAMPLES:
              gen-image batch jobs.json
              gen-image batch jobs.json -j 8 --out-dir images
              gen-image batch jobs.jsonl --fail-fast
              cat jobs.json | gen-image batch - --out-dir images

            """
        return out
    }
}
