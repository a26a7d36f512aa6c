import Foundation

/// Turns an `ImageJob` into a `PlannedJob` by reading the model's row in `ModelCatalog`: chooses the model
/// and endpoint, checks and normalises every option, and checks every input file.
///
/// Everything that can be wrong with a request is found here, before anything is sent, so a bad flag costs
/// the user nothing and says exactly what to change.
enum JobPlanner {
    /// Plans `job` against the model rows in force at `provider` (`ModelCatalog.spec(named:at:)`).
    static func plan(_ job: ImageJob, provider: Provider = .apiyi) throws(ImageAPIError) -> PlannedJob {
        guard !job.prompt.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ImageAPIError(
                .invalidArgument, Message("planner.prompt.empty"), hint: Message("planner.prompt.empty.hint"))
        }
        var notes: [Diagnostic] = []
        let spec = try chooseModel(job, provider: provider, notes: &notes)
        let endpoint = try JobCrossChecks.endpoint(for: job, spec: spec)
        var requested = job.options
        var promptPrefix: String?
        if let aspect = job.aspect {
            let outcome = try AspectPlanner.plan(aspect, spec: spec, sizeGiven: job.options.size != nil)
            requested.size = outcome.size ?? requested.size
            promptPrefix = outcome.promptPrefix
            notes += outcome.notes
        }
        let options: ImageOptions
        do {
            options = try checkOptions(requested, spec: spec)
            try JobCrossChecks.checkJobOptions(job, options: options, spec: spec)
        } catch {
            // The user never named this model; say why it was chosen, or the error reads as a riddle.
            var explained = error
            if let switched = notes.first(where: { $0.code == "model_switched" }), let text = switched.text {
                explained.appendHint(text)
            }
            throw explained
        }
        let (inputs, inputNotes) = try InputImageChecker.check(job.inputImages, spec: spec)
        notes += inputNotes
        let mask = try JobCrossChecks.checkMask(job, options: options, inputs: inputs, spec: spec, notes: &notes)
        let timeout = job.timeout ?? spec.timeout.seconds(quality: options.quality)
        guard timeout > 0, timeout.isFinite else {
            throw ImageAPIError(.invalidArgument, Message("planner.timeout.invalid"))
        }
        var planned = job
        if case .file(let url) = job.output, Self.isDirectory(url) {
            planned.output = .automatic(directory: url)
        }
        try OutputPreflight.check(planned.output)
        return PlannedJob(
            job: planned, spec: spec, endpoint: endpoint, mode: ImageMode(inputCount: inputs.count),
            options: options, inputs: inputs, timeout: timeout, notes: notes, promptPrefix: promptPrefix,
            mask: mask, stream: job.stream || endpoint == .responses, keepPartials: job.keepPartials,
            instructions: endpoint == .responses ? job.instructions ?? spec.defaultInstructions : nil)
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Reads the row for the chosen model; an automatic choice moves to the sized model when options its
    /// default cannot take were given.
    private static func chooseModel(_ job: ImageJob, provider: Provider, notes: inout [Diagnostic])
        throws(ImageAPIError) -> ModelSpec
    {
        if job.endpoint == .responses {
            return try JobCrossChecks.textModel(for: job, provider: provider)
        }
        switch job.model {
        case .explicit(let name):
            return try spec(named: name, endpoint: job.endpoint, source: "-m", provider: provider)
        case .automatic(let preferred):
            let name = preferred ?? provider.defaultModel
            let first = try spec(named: name, endpoint: job.endpoint, source: "GEN_IMAGE_MODEL", provider: provider)
            let sizedOnly: [ImageOption] = [
                .size, .quality, .outputFormat, .outputCompression, .moderation, .background, .stream,
                .partialImages, .mask,
            ]
            let given = job.givenOptions
            guard let trigger = given.first(where: { sizedOnly.contains($0) && !first.accepts($0) }) else {
                return first
            }
            // The sized model first, then any other known model that takes every option given (so that
            // `-s 2048x1152 -r url` lands on gpt-image-2-vip rather than on a model that rejects -r).
            let imageModels = ModelCatalog.models(at: provider).filter { $0.imageToolModel == nil }
            let candidates =
                imageModels.filter { $0.name == ModelCatalog.defaultSizedModel }
                + imageModels.filter { $0.name != ModelCatalog.defaultSizedModel }
            guard
                let chosen = candidates.first(where: { model in given.allSatisfy(model.accepts) })
                    ?? ModelCatalog.spec(named: ModelCatalog.defaultSizedModel, at: provider)
            else { return first }
            notes.append(
                Diagnostic(
                    .note, code: "model_switched",
                    Message(
                        "planner.model.switched",
                        ["chosen": chosen.name, "flag": trigger.flag, "default": first.name])))
            return chosen
        }
    }

    static func spec(named name: String, endpoint: Endpoint?, source: String, provider: Provider)
        throws(ImageAPIError) -> ModelSpec
    {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            throw ImageAPIError(
                .invalidArgument, Message("planner.model.empty"), hint: Message("planner.model.empty.hint"))
        }
        if let known = ModelCatalog.spec(named: trimmed, at: provider) { return known }
        if ModelCatalog.spec(named: trimmed) != nil {
            throw ProviderChecks.notOffered(trimmed, at: provider)
        }
        if let endpoint { return ModelCatalog.passthrough(named: trimmed, endpoint: endpoint) }
        let known = ModelCatalog.models(at: provider).map(\.name).joined(separator: ", ")
        throw ImageAPIError(
            .invalidArgument, Message("planner.model.unknown", ["model": trimmed, "source": source]),
            hint: Message("planner.model.unknown.hint", ["models": known]))
    }

    /// Checks each given option against the row and returns them normalised.
    static func checkOptions(_ options: ImageOptions, spec: ModelSpec) throws(ImageAPIError) -> ImageOptions {
        for option in options.given where !spec.accepts(option) {
            throw unsupported(option, spec: spec)
        }
        var checked = options
        if let size = options.size {
            checked.size = try checkSize(size, spec: spec)
        }
        if let quality = options.quality {
            checked.quality = try checkChoice(
                quality, of: spec.qualities, named: Message("planner.choice.quality"), spec: spec)
        }
        if let format = options.outputFormat {
            let value = format.lowercased() == "jpg" ? "jpeg" : format
            checked.outputFormat = try checkChoice(
                value, of: spec.outputFormats, named: Message("planner.choice.output_format"), spec: spec)
        }
        if let compression = options.outputCompression {
            guard (0...100).contains(compression) else {
                throw ImageAPIError(
                    .invalidArgument, Message("planner.compression.invalid", ["value": String(compression)]),
                    hint: Message("planner.compression.invalid.hint"))
            }
            if spec.isKnown, checked.outputFormat != "jpeg", checked.outputFormat != "webp" {
                throw ImageAPIError(
                    .invalidArgument, Message("planner.compression.format"),
                    hint: Message("planner.compression.format.hint"))
            }
        }
        if let responseFormat = options.responseFormat {
            let value = responseFormat.lowercased()
            let allowed = spec.isKnown ? spec.responseFormats : ["url", "b64_json"]
            guard allowed.contains(value) else {
                throw ImageAPIError(
                    .invalidArgument, Message("planner.response_format.invalid", ["value": responseFormat]),
                    hint: Message("planner.one_of", ["values": allowed.joined(separator: ", ")]))
            }
            checked.responseFormat = value
        }
        try JobCrossChecks.checkNewOptions(options, checked: &checked, spec: spec)
        try ProviderChecks.checkRefusals(checked, spec: spec)
        return checked
    }

    /// The error for an option the row does not take, with the row's own advice or else the models that do.
    static func unsupported(_ option: ImageOption, spec: ModelSpec) -> ImageAPIError {
        let provider = spec.providerID.flatMap(Provider.named) ?? .apiyi
        let takers = ModelCatalog.models(at: provider).filter { $0.accepts(option) }.map { model in
            model.endpoint == .responses ? "\(model.name) (--endpoint responses)" : model.name
        }
        let fallback =
            takers.isEmpty
            ? Message("planner.option.unsupported.drop", ["flag": option.flag])
            : Message(
                "planner.option.unsupported.takers", ["flag": option.flag, "models": takers.joined(separator: ", ")])
        var error = ImageAPIError(
            .unsupportedOption, Message("planner.option.unsupported", ["model": spec.name, "flag": option.flag]),
            hint: spec.alternatives[option] ?? fallback)
        if let elsewhere = ProviderChecks.elsewhere(option, model: spec.name, besides: provider) {
            error.appendHint(elsewhere)
        }
        return error
    }

    /// Lower-cases a value and checks it is one the model lists (a model gen-image does not know takes anything).
    static func checkChoice(_ value: String, of allowed: [String], named name: Message, spec: ModelSpec)
        throws(ImageAPIError) -> String
    {
        let lowered = value.lowercased()
        guard !spec.isKnown || allowed.contains(lowered) else {
            throw ImageAPIError(
                .invalidArgument,
                Message("planner.choice.invalid", ["value": value, "model": spec.name], parts: ["name": name]),
                hint: Message("planner.one_of", ["values": allowed.joined(separator: ", ")]))
        }
        return lowered
    }

    /// Parses, normalises and checks a size against the model's rule.
    static func checkSize(_ text: String, spec: ModelSpec) throws(ImageAPIError) -> String {
        guard let size = ImageSize(parsing: text) else {
            if case .unchecked = spec.sizeRule {
                return text.trimmingCharacters(in: .whitespaces)
            }
            throw ImageAPIError(
                .invalidArgument, Message("planner.size.invalid", ["size": text]),
                hint: Message("planner.size.invalid.hint"))
        }
        guard case .pixels(let width, let height) = size else { return size.description }
        switch spec.sizeRule {
        case .notAccepted, .unchecked:
            return size.description
        case .flexible(let limits):
            if let problem = limits.violationMessage(width: width, height: height) {
                let near = limits.nearestValid(width: width, height: height)
                throw ImageAPIError(
                    .invalidArgument,
                    Message(
                        "planner.size.rule", ["size": size.description, "model": spec.name],
                        parts: ["problem": problem]),
                    hint: Message(
                        "planner.size.rule.hint", ["size": "\(near.width)x\(near.height)", "model": spec.name],
                        parts: ["rules": limits.summaryText]))
            }
            return size.description
        case .presets(let presets):
            if presets.contains(where: { $0.width == width && $0.height == height }) { return size.description }
            let sameRatio = closestRatioPresets(width: width, height: height, presets: presets)
            let listed = sameRatio.map { "\($0.text) (\($0.tier))" }.joined(separator: ", ")
            let ratio = sameRatio.first?.ratio ?? "?"
            throw ImageAPIError(
                .invalidArgument,
                Message(
                    "planner.size.preset",
                    ["size": size.description, "model": spec.name, "count": String(presets.count)]),
                hint: Message("planner.size.preset.hint", ["ratio": ratio, "sizes": listed]))
        }
    }

    /// The presets whose nominal ratio is nearest to `width:height`.
    static func closestRatioPresets(width: Int, height: Int, presets: [SizePreset]) -> [SizePreset] {
        let wanted = log(Double(width) / Double(height))
        func distance(_ preset: SizePreset) -> Double {
            abs(log(Double(preset.width) / Double(preset.height)) - wanted)
        }
        guard let best = presets.min(by: { distance($0) < distance($1) }) else { return [] }
        return presets.filter { $0.ratio == best.ratio }
    }
}
