import Foundation

/// A batch file as written: the skills' JSON template (`description`, `global`, `prompts[]`) or JSON Lines
/// (one item per line), read but not yet checked against the models.
///
/// Both skill guides hand an agent this template and tell it to walk `prompts` one by one; reading the same
/// file lets `gen-image batch` run it concurrently without the agent rewriting anything.
public struct BatchFile: Sendable {
    /// How the file was laid out.
    public enum Layout: String, Sendable {
        /// One JSON object with `prompts`, as in the skills' `references/batch-template.md`.
        case template
        /// One JSON object per line, each an item (a first line holding only `global` sets the defaults).
        case jsonLines = "json_lines"
    }

    /// The layout found.
    public var layout: Layout
    /// The file's `description`, kept for the manifest.
    public var description: String?
    /// Defaults every item inherits unless it sets the field itself.
    public var global: BatchSettings
    /// The items, in file order.
    public var items: [BatchItem]

    /// Creates a batch file; see `BatchFileParser.parse(_:)` for reading one.
    public init(layout: Layout, description: String? = nil, global: BatchSettings = BatchSettings(), items: [BatchItem])
    {
        self.layout = layout
        self.description = description
        self.global = global
        self.items = items
    }
}

/// The fields both `global` and an item may set; an item's own value wins over `global`'s.
public struct BatchSettings: Sendable, Equatable {
    /// `model`: a model id, as `-m` takes it.
    public var model: String?
    /// The request parameters, each under its field name (`size`, `quality`, `output_compression`, `stream`,
    /// …, one per `ImageOption`), as text; a flag set to `false` is kept as `"false"`, so it overrides `global`.
    public var options: ImageOptions
    /// `size_hint` (in `global` only): a ratio phrase such as `横版 16:9` put in front of every prompt that
    /// does not already start with one, as the gpt-image-2-all skill describes.
    public var sizeHint: String?
    /// `aspect` (`--aspect`): a ratio such as `16:9`, made into a size or a ratio phrase for each model.
    /// It decides the shape, so `size_hint` is not put in front of an item that has one.
    public var aspect: String?
    /// `resolution` (`--resolution`): `1k`, `2k` or `4k`, with `aspect` only.
    public var resolution: String?
    /// `metadata` (`--metadata`): `embed`, `sidecar` or `none`.
    public var metadata: String?
    /// Fields an item set to `null`, by their names in the file (`quality`): they drop `global`'s value, so
    /// one item can leave out what the others share (e.g. no `quality` for gpt-image-2-vip).
    public var cleared: Set<String> = []

    /// Creates settings; everything defaults to "not given".
    public init(
        model: String? = nil, options: ImageOptions = ImageOptions(), sizeHint: String? = nil, aspect: String? = nil,
        resolution: String? = nil
    ) {
        self.model = model
        self.options = options
        self.sizeHint = sizeHint
        self.aspect = aspect
        self.resolution = resolution
    }

    /// These settings with every field `item` sets taking its place.
    /// Fields `item` cleared with `null` are left out.
    public func overridden(by item: BatchSettings) -> BatchSettings {
        func pick<T>(_ name: String, _ own: T?, _ inherited: T?) -> T? {
            own ?? (item.cleared.contains(name) ? nil : inherited)
        }
        var merged = BatchSettings(
            model: pick("model", item.model, model), sizeHint: pick("size_hint", item.sizeHint, sizeHint),
            aspect: pick("aspect", item.aspect, aspect), resolution: pick("resolution", item.resolution, resolution))
        merged.metadata = pick("metadata", item.metadata, metadata)
        for option in ImageOption.allCases {
            merged.options[option] = pick(option.rawValue, item.options[option], options[option])
        }
        return merged
    }

    /// Whether `field` is set here.
    public func sets(_ field: String) -> Bool {
        switch field {
        case "model": model != nil
        case "size_hint": sizeHint != nil
        case "aspect": aspect != nil
        case "resolution": resolution != nil
        case "metadata": metadata != nil
        default: ImageOption(rawValue: field).map { options[$0] != nil } ?? false
        }
    }
}

/// One element of `prompts` (or one line of JSON Lines): one image to make.
public struct BatchItem: Sendable {
    /// The item's position, counting from 1, as progress lines, errors and the manifest name it.
    public var index: Int
    /// The line of the file it starts on.
    public var line: Int
    /// `prompt`, exactly as written.
    public var prompt: String
    /// `filename`, as written; relative paths are resolved against the batch file's folder.
    public var filename: String?
    /// `input_images`, as written; relative paths are resolved against the batch file's folder.
    public var inputImages: [String]
    /// The item's own settings (not yet merged with `global`); file parameters (`mask`) are relative to the
    /// batch file's folder.
    public var settings: BatchSettings

    /// Creates an item.
    public init(
        index: Int, line: Int, prompt: String, filename: String? = nil, inputImages: [String] = [],
        settings: BatchSettings = BatchSettings()
    ) {
        self.index = index
        self.line = line
        self.prompt = prompt
        self.filename = filename
        self.inputImages = inputImages
        self.settings = settings
    }
}

/// Something wrong with a batch file, placed as exactly as possible so it can be fixed without guessing.
public struct BatchProblem: Sendable, Equatable, CustomStringConvertible {
    /// The item's index (from 1), or nil for a problem with the file as a whole or with `global`.
    public var index: Int?
    /// The line, when known.
    public var line: Int?
    /// The field, e.g. `size` or `global.size_hint`, when the problem belongs to one.
    public var field: String?
    /// What is wrong and what to do, with a usage code.
    public var error: ImageAPIError

    /// Creates a problem.
    public init(index: Int? = nil, line: Int? = nil, field: String? = nil, error: ImageAPIError) {
        self.index = index
        self.line = line
        self.field = field
        self.error = error
    }

    /// `item 3 (line 12), size` — where the problem is.
    public var location: String { location(in: .en) }

    /// Where the problem is, in `language`; the field name stays as written in the file.
    public func location(in language: Language) -> String {
        let place: Message?
        switch (index, line) {
        case (let index?, let line?):
            place = Message.batchLocationItemLine(index: String(index), line: String(line))
        case (let index?, nil): place = Message.batchLocationItem(index: String(index))
        case (nil, let line?): place = Message.batchLocationLine(line: String(line))
        case (nil, nil): place = nil
        }
        guard var field else { return place?.text(in: language) ?? "" }
        let suffix = " (from global)"
        if field.hasSuffix(suffix) {
            field = Message.batchLocationFromGlobal(field: String(field.dropLast(suffix.count)))
                .text(in: language)
        }
        guard let place else { return field }
        return Message.batchLocationField(place: place.text(in: language), field: field).text(in: language)
    }

    /// The problem in English, for logs and test failures.
    public var description: String { description(in: .en) }

    /// `item 3 (line 12), size: …` in `language`, settings in the message named as `spelling` names them.
    public func description(in language: Language, spelling: Spelling = .wire) -> String {
        let location = location(in: language)
        let message = error.message(in: language, spelling: spelling)
        guard !location.isEmpty else { return message }
        return Message.batchProblem(location: location, message: message).text(in: language)
    }
}
