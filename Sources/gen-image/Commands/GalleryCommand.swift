import Foundation
import ImageAPIClient

/// `gen-image gallery [FILES|FOLDER] [-o page.html]`: the batch gallery's page, made from any images that
/// carry gen-image's record (issue 22's metadata, in the file or its sidecar), oldest first.
enum GalleryCommand {
    static let options: [OptionSpec] =
        [
            OptionSpec(
                key: .page, short: "o", long: "output", arity: .single, valueName: "page.html",
                help: Message.optionGalleryPage)
        ] + [.lang, .help].compactMap { key in OptionTable.all.first { $0.key == key } }

    /// The row in `SubcommandTable`.
    static let subcommand = Subcommand(
        name: "gallery", synopsis: "gallery [files|folder] [-o page.html]", summary: Message.subcommandGallery,
        options: options, arguments: .files(["png", "jpg", "jpeg", "webp"]),
        run: { arguments, context in run(arguments, context: context) })

    /// The page's name when `-o` is not given.
    static let defaultName = "gallery.html"

    static func run(_ arguments: [String], context: SubcommandContext) -> Int32 {
        let terminal = context.terminal
        let wording = context.wording
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        func resolve(_ path: String) -> URL {
            URL(fileURLWithPath: (path as NSString).expandingTildeInPath, relativeTo: current).standardizedFileURL
        }
        let images: [URL]
        let page: URL
        let title: String
        do throws(UsageError) {
            let parsed = try ArgumentParser.parse(arguments, table: options, allowsPositionals: true)
            if parsed.has(.help) {
                terminal.result(help(wording))
                return ExitCode.success
            }
            let given = parsed.positionals.isEmpty ? [current] : parsed.positionals.map(resolve)
            var found: [URL] = []
            for url in given {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                    throw UsageError(Message.galleryMissing(path: url.path))
                }
                found += isDirectory.boolValue ? imageFiles(in: url) : [url]
            }
            images = found
            let first = given[0]
            var isDirectory: ObjCBool = false
            let folder =
                FileManager.default.fileExists(atPath: first.path, isDirectory: &isDirectory) && isDirectory.boolValue
                ? first : first.deletingLastPathComponent()
            page = parsed.value(.page).map(resolve) ?? folder.appendingPathComponent(defaultName)
            title = "gen-image gallery: " + folder.lastPathComponent
        } catch {
            ErrorReporter(wording: wording).lines(for: error, help: "gen-image gallery --help").forEach(terminal.info)
            return ExitCode.usage
        }

        var cards: [(created: String, card: GalleryCard)] = []
        var skipped = 0
        for url in images {
            guard let metadata = try? ImageMetadata.read(url), let record = metadata.record else {
                skipped += 1
                continue
            }
            cards.append((record.created, card(record, metadata: metadata, url: url)))
        }
        if skipped > 0, !cards.isEmpty { terminal.info(wording.text(.gallerySkipped(count: String(skipped)))) }
        guard !cards.isEmpty else {
            let error = UsageError(
                Message.galleryNothing(path: parsed(arguments).joined(separator: " ")), hint: Message.galleryNothingHint
            )
            ErrorReporter(wording: wording).lines(for: error).forEach(terminal.info)
            return ExitCode.usage
        }
        let ordered = cards.sorted { $0.created < $1.created }.map(\.card)
        let cost = ordered.compactMap(\.cost).reduce(0, +)
        let header = GalleryHeader(
            title: title, counts: [("images", ordered.count)], cost: cost,
            costIsPartial: ordered.contains { $0.costIsEstimate || $0.cost == nil }, started: nil, elapsed: nil,
            updated: ISO8601DateFormatter().string(from: Date()))
        let html = GalleryPage.html(header: header, cards: ordered, folder: page.deletingLastPathComponent())
        guard GalleryFile.write(html, to: page) else {
            let detail =
                FileManager.default.fileExists(atPath: page.path)
                ? wording.text(.galleryNotOurs) : wording.text(.galleryNotWritable)
            terminal.info(
                wording.text(
                    .cliError(
                        code: "io_error", message: wording.text(.galleryWriteFailed(path: page.path, detail: detail)))),
                severity: .error)
            return ExitCode.failure
        }
        terminal.result(page.path)
        return ExitCode.success
    }

    /// The words after `gallery` that are not options, or `.` for the current folder.
    private static func parsed(_ arguments: [String]) -> [String] {
        let words = (try? ArgumentParser.parse(arguments, table: options, allowsPositionals: true))?.positionals ?? []
        return words.isEmpty ? ["."] : words
    }

    /// A folder's images (not its subfolders), by name.
    static func imageFiles(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().filter { name in
            !name.hasPrefix(".")
                && ["png", "jpg", "jpeg", "webp"].contains((name as NSString).pathExtension.lowercased())
        }.map { folder.appendingPathComponent($0) }
    }

    /// The card of one recorded image.
    static func card(_ record: ProvenanceRecord, metadata: ImageMetadata, url: URL) -> GalleryCard {
        var delivered = record.deliveredSize
        if delivered == nil, let width = metadata.facts.width, let height = metadata.facts.height {
            delivered = "\(width)x\(height)"
        }
        return GalleryCard(
            status: "ok", imagePath: url.path, prompt: record.prompt, model: record.model,
            sizeAsked: record.sizeAsked ?? record.aspect, sizeDelivered: delivered, seconds: nil,
            cost: record.costUSD, costIsEstimate: record.costIsEstimate, errorCode: nil, errorMessage: nil,
            command: GalleryCommandLine.text(record), label: nil)
    }

    static func help(_ wording: Wording, width: Int = 100) -> String {
        var out = "OVERVIEW: " + wording.text(.galleryHelpOverview) + "\n"
        out += """

            USAGE: gen-image gallery [files|folder] [-o page.html]

            OPTIONS:

            """
        out += HelpText.options(options, wording: wording, width: width)
        return out
    }
}
