import Foundation
import ImageAPIClient

/// `gen-image again FILE [options]`: runs the request an image recorded (model, prompt, size, quality, format,
/// provider, endpoint, every other setting, and its inputs) again, any option given taking the recorded
/// one's place; the plain command then plans, runs and reports it, so the new image carries its own record.
///
/// Recorded inputs are used only when their bytes still match the recorded SHA-256; otherwise exit 2, naming
/// the input. The result is always a new file (an automatic name beside FILE unless `-f` is given).
enum AgainCommand {
    /// The row in `SubcommandTable`: the plain command's options, all of which override.
    static let subcommand = Subcommand(
        name: "again", synopsis: "again <file> [options]", summary: Message.subcommandAgain,
        options: OptionTable.all,
        run: { arguments, context in await run(arguments, context: context) })

    static func run(_ arguments: [String], context: SubcommandContext) async -> Int32 {
        let terminal = context.terminal
        let wording = context.wording
        let json = arguments.contains("--json")
        let command = GenImageCommand(
            arguments: arguments, environment: context.environment, terminal: terminal,
            interrupts: context.interrupts)
        let merged: ParsedArguments
        do throws(UsageError) {
            let given = try ArgumentParser.parse(arguments, table: OptionTable.all, allowsPositionals: true)
            if given.has(.help) {
                terminal.result(help(wording))
                return ExitCode.success
            }
            guard given.positionals.count == 1, let path = given.positionals.first else {
                throw UsageError(Message.usageAgainOneFile, hint: Message.usageAgainOneFileHint)
            }
            let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            let image = URL(fileURLWithPath: (path as NSString).expandingTildeInPath, relativeTo: current)
                .standardizedFileURL
            let metadata: ImageMetadata
            do throws(ImageAPIError) {
                metadata = try ImageMetadata.read(image)
            } catch {
                return failure(error, json: json, wording: wording, terminal: terminal)
            }
            guard let record = metadata.record else {
                throw UsageError(Message.usageAgainNoRecord(path: image.path), hint: Message.usageAgainNoRecordHint)
            }
            do throws(ImageAPIError) {
                merged = try recorded(record, image: image, current: current, overriddenBy: given)
            } catch {
                return failure(error, json: json, wording: wording, terminal: terminal)
            }
        } catch {
            ErrorReporter(wording: wording).lines(for: error, help: "gen-image again --help").forEach(terminal.info)
            if json {
                terminal.result(
                    JSONReport.text(JSONReport.failure(error, cost: CostEstimate(), spelling: wording.spelling)))
            }
            return ExitCode.usage
        }
        return await command.execute(merged, wording: wording)
    }

    /// The recorded request as flags, with every flag in `given` taking the place of the recorded one.
    static func recorded(
        _ record: ProvenanceRecord, image: URL, current: URL, overriddenBy given: ParsedArguments
    ) throws(ImageAPIError) -> ParsedArguments {
        var parsed = ParsedArguments()
        parsed.values[.prompt] = [record.prompt]
        parsed.values[.model] = [record.model]
        parsed.values[.provider] = [record.provider]
        if !record.endpoint.isEmpty, !given.has(.model) { parsed.values[.endpoint] = [record.endpoint] }
        if let tool = record.toolModel { parsed.values[.toolModel] = [tool] }
        let shapeGiven = given.has(.size) || given.has(.aspect)
        if !shapeGiven, let aspect = record.aspect {
            parsed.values[.aspect] = [aspect]
            if let resolution = record.resolution { parsed.values[.resolution] = [resolution] }
        }
        for setting in record.settings {
            // Files come only from `inputs`, checked by digest: a record from someone else's image must not
            // make gen-image upload a file of this machine.
            guard let row = OptionTable.all.first(where: { $0.parameter?.rawValue == setting.name }),
                let parameter = row.parameter
            else { continue }
            if case .file = parameter.rule { continue }
            if shapeGiven, row.key == .size { continue }
            parsed.values[row.key] = row.arity == .flag ? [] : [setting.value]
        }
        // Inputs are checked only when they will be sent: `-i` or `--mask` given replace the recorded ones.
        let needed = record.inputs.filter { input in
            input.role == "mask" ? !given.has(.mask) : !given.has(.inputImage)
        }
        var check = record
        check.inputs = needed
        let located = try check.locateInputs(besides: image, currentDirectory: current)
        let images = needed.filter { $0.role == "image" }.compactMap { located[$0]?.path }
        if !images.isEmpty { parsed.values[.inputImage] = images }
        if let mask = needed.first(where: { $0.role == "mask" }), let url = located[mask] {
            parsed.values[.mask] = [url.path]
        }
        // A new file, beside the image it repeats.
        parsed.values[.filename] = [image.deletingLastPathComponent().path + "/"]
        for (key, values) in given.values { parsed.values[key] = values }
        return parsed
    }

    private static func failure(_ error: ImageAPIError, json: Bool, wording: Wording, terminal: Terminal) -> Int32 {
        ErrorReporter(wording: wording).lines(for: error).forEach(terminal.info)
        if json {
            terminal.result(
                JSONReport.text(JSONReport.failure(error, cost: CostEstimate(), spelling: wording.spelling)))
        }
        return ExitCode.of(error)
    }

    static func help(_ wording: Wording, width: Int = 100) -> String {
        var out = "OVERVIEW: " + wording.text(.againHelpOverview) + "\n"
        out += """

            USAGE: gen-image again <file> [options]

            OPTIONS: every option of the plain command (gen-image --help) overrides the recorded value.

            """
        return out
    }
}
