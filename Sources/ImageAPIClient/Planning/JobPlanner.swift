import Foundation

/// Turns an `ImageJob` into a `PlannedJob` by reading the model's row in `ModelCatalog`: chooses the model
/// and endpoint, checks and normalises every option, and checks every input file.
///
/// Everything that can be wrong with a request is found here, before anything is sent, so a bad flag costs
/// the user nothing and says exactly what to change.
enum JobPlanner {
    /// Plans `job` against the model rows in force at `provider` (`ModelCatalog.spec(named:at:)`); without
    /// `checkingSpace` the output folder's free space is left for the caller (a batch checks it only for the
    /// items that will run: one already done needs no room).
    static func plan(_ job: ImageJob, provider: Provider = .apiyi, checkingSpace: Bool = true)
        throws(ImageAPIError) -> PlannedJob
    {
        guard !job.prompt.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ImageAPIError(
                .invalidArgument, Message.plannerPromptEmpty, hint: Message.plannerPromptEmptyHint)
        }
        let length = job.prompt.unicodeScalars.count
        guard length <= ImageJob.maxPromptCharacters else {
            throw ImageAPIError(
                .invalidArgument,
                Message.plannerPromptTooLong(length: length.grouped, max: ImageJob.maxPromptCharacters.grouped),
                hint: Message.plannerPromptTooLongHint)
        }
        var notes: [Diagnostic] = []
        let spec = try chooseModel(job, provider: provider, notes: &notes)
        let endpoint = try JobCrossChecks.endpoint(for: job, spec: spec)
        var requested = job.options
        var promptPrefix: String?
        if let aspect = job.aspect {
            let outcome = try about(.aspect) { () throws(ImageAPIError) in
                try AspectPlanner.plan(aspect, spec: spec, sizeGiven: job.options[.size] != nil)
            }
            requested[.size] = outcome.size ?? requested[.size]
            promptPrefix = outcome.promptPrefix
            notes += outcome.notes
        }
        var parameters: Parameters
        do {
            parameters = try checkOptions(requested, spec: spec)
            try JobCrossChecks.checkJob(job, parameters: parameters, spec: spec)
        } catch {
            // The user never named this model; say why it was chosen, or the error reads as a riddle.
            guard let switched = notes.first(where: { $0.code == "model_switched" }) else { throw error }
            throw error.appendingHint(switched.text)
        }
        let (inputs, inputNotes) = try about(.inputImages) { () throws(ImageAPIError) in
            try InputImageChecker.check(job.inputImages, spec: spec)
        }
        notes += inputNotes
        if let path = requested[.mask] {
            let mask = try JobCrossChecks.checkMask(path, inputs: inputs, spec: spec, notes: &notes)
            parameters[.mask] = .file(mask)
        }
        if endpoint == .responses { parameters[.stream] = .flag }
        let timeout = job.timeout ?? spec.timeout.seconds(quality: parameters.quality)
        guard timeout > 0, timeout.isFinite else {
            throw ImageAPIError(.invalidArgument, Message.plannerTimeoutInvalid)
        }
        var output = job.output
        if case .file(let url) = job.output, Self.isDirectory(url) {
            output = .automatic(directory: url)
        }
        let largest =
            checkingSpace ? OutputSpace.bound(spec: spec, parameters: parameters, keepPartials: job.keepPartials) : nil
        try about(.filename) { () throws(ImageAPIError) in try OutputPreflight.check(output, largest: largest) }
        var planned = PlannedJob(
            spec: spec, endpoint: endpoint, mode: ImageMode(inputCount: inputs.count), parameters: parameters,
            inputs: inputs, output: output, timeout: timeout, notes: notes, userPrompt: job.prompt,
            promptPrefix: promptPrefix, keepPartials: job.keepPartials, toolModel: job.toolModel)
        planned.aspect = job.aspect
        planned.metadata = job.metadata
        return planned
    }

    /// Runs `step`; its error, unless it already names a setting, is about `setting` (a batch places it there).
    static func about<T>(_ setting: Setting, _ step: () throws(ImageAPIError) -> T) throws(ImageAPIError) -> T {
        do {
            return try step()
        } catch {
            throw error.about(setting)
        }
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
            // The options the sized model's own row takes, of those declared to switch, are worth switching for.
            let sized = ModelCatalog.spec(named: ModelCatalog.defaultSizedModel)
            let sizedOnly = ImageOption.allCases.filter { $0.switchesModel && sized?.accepts($0) == true }
            let given = job.options.given
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
                    Message.plannerModelSwitched(
                        chosen: chosen.name, flag: .parameter(trigger), default: first.name,
                        modelFlag: .parameter(.model, short: true))))
            return chosen
        }
    }

    static func spec(named name: String, endpoint: Endpoint?, source: String, provider: Provider)
        throws(ImageAPIError) -> ModelSpec
    {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            throw ImageAPIError(
                .invalidArgument, Message.plannerModelEmpty, setting: .model,
                remedy: .advice(Message.plannerModelEmptyHint))
        }
        if let known = ModelCatalog.spec(named: trimmed, at: provider) { return known }
        if ModelCatalog.spec(named: trimmed) != nil {
            throw ProviderChecks.notOffered(trimmed, at: provider)
        }
        if let endpoint { return ModelCatalog.passthrough(named: trimmed, endpoint: endpoint) }
        let known = ModelCatalog.models(at: provider).map(\.name).joined(separator: ", ")
        throw ImageAPIError(
            .invalidArgument, Message.plannerModelUnknown(model: trimmed, source: source), setting: .model,
            model: trimmed, remedy: .advice(Message.plannerModelUnknownHint(models: known)))
    }

    /// Checks each given option against the row (whether the model takes it, then its value by its `rule`) and
    /// returns them typed; then the checks where one value depends on another.
    static func checkOptions(_ options: ImageOptions, spec: ModelSpec) throws(ImageAPIError) -> Parameters {
        for option in options.given where !spec.accepts(option) {
            throw unsupported(option, spec: spec)
        }
        var checked = Parameters()
        for option in options.given {
            guard let text = options[option] else { continue }
            checked[option] = try check(text, as: option, spec: spec)
        }
        try JobCrossChecks.checkCombinations(checked, spec: spec)
        try ProviderChecks.checkRefusals(checked, spec: spec)
        return checked
    }

    /// One value checked by its option's rule against the row.
    static func check(_ text: String, as option: ImageOption, spec: ModelSpec) throws(ImageAPIError)
        -> ParameterValue
    {
        switch option.rule {
        case .choice(let column, let name):
            let lowered = text.lowercased()
            let value = option.aliases[lowered] ?? lowered
            let allowed = spec.isKnown ? spec[keyPath: column] : option.valuesOnUnknownModels
            guard allowed?.contains(value) ?? true else {
                throw ImageAPIError(
                    .invalidArgument,
                    Message.plannerChoiceInvalid(name: name, value: text, model: spec.name),
                    setting: .option(option), model: spec.name, allowed: allowed ?? [],
                    remedy: .useValues(allowed ?? []))
            }
            return .text(value)
        case .size:
            return try checkSize(text, spec: spec)
        case .integer(let range, _, let limit):
            let most = limit.flatMap { spec[keyPath: $0] }.map { min($0, range.upperBound) } ?? range.upperBound
            let allowed = range.lowerBound...max(range.lowerBound, most)
            guard let number = Int(text.trimmingCharacters(in: .whitespaces)), allowed.contains(number) else {
                throw ImageAPIError(
                    .invalidArgument,
                    Message.parameterIntegerInvalid(flag: .parameter(option), value: text),
                    setting: .option(option), model: spec.name, remedy: .useWholeNumber(allowed))
            }
            return .integer(number)
        case .flag:
            return .flag
        case .file:
            return .text(text)
        case .text:
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw ImageAPIError(
                    .invalidArgument, Message.parameterTextEmpty(flag: .parameter(option)),
                    setting: .option(option), model: spec.name,
                    remedy: .advice(Message.parameterTextEmptyHint(flag: .parameter(option))))
            }
            return .text(text)
        }
    }

    /// The error for an option the row does not take, with the row's own advice or else the models that do.
    static func unsupported(_ option: ImageOption, spec: ModelSpec) -> ImageAPIError {
        let provider = spec.providerID.flatMap(Provider.named) ?? .apiyi
        let takers = ModelCatalog.models(at: provider).filter { $0.accepts(option) }.map { model in
            model.endpoint == .responses ? "\(model.name) (--endpoint responses)" : model.name
        }
        let fallback: Remedy =
            takers.isEmpty ? .dropOrChooseModel(option) : .dropOrUseModels(option, models: takers)
        let error = ImageAPIError(
            .unsupportedOption,
            Message.plannerOptionUnsupported(model: spec.name, flag: .parameter(option)),
            setting: .option(option), model: spec.name,
            remedy: spec.alternatives[option].map { .advice($0) } ?? fallback)
        guard let elsewhere = ProviderChecks.elsewhere(option, model: spec.name, besides: provider) else {
            return error
        }
        return error.appendingHint(elsewhere)
    }

    /// Parses, normalises and checks a size against the model's rule.
    static func checkSize(_ text: String, spec: ModelSpec) throws(ImageAPIError) -> ParameterValue {
        guard let size = ImageSize(parsing: text) else {
            if case .unchecked = spec.sizeRule {
                return .text(text.trimmingCharacters(in: .whitespaces))
            }
            throw ImageAPIError(
                .invalidArgument, Message.plannerSizeInvalid(size: text), setting: .option(.size),
                model: spec.name, remedy: .advice(Message.plannerSizeInvalidHint))
        }
        guard case .pixels(let width, let height) = size else { return .size(size) }
        switch spec.sizeRule {
        case .notAccepted, .unchecked:
            return .size(size)
        case .flexible(let limits):
            if let problem = limits.violationMessage(width: width, height: height) {
                let near = limits.nearestValid(width: width, height: height)
                throw ImageAPIError(
                    .invalidArgument,
                    Message.plannerSizeRule(size: size.description, model: spec.name, problem: problem),
                    setting: .option(.size), model: spec.name,
                    remedy: .advice(
                        Message.plannerSizeRuleHint(
                            flag: .parameter(.size, short: true), size: "\(near.width)x\(near.height)",
                            model: spec.name, rules: limits.summaryText)))
            }
            return .size(size)
        case .presets(let presets):
            if presets.contains(where: { $0.width == width && $0.height == height }) { return .size(size) }
            let sameRatio = closestRatioPresets(width: width, height: height, presets: presets)
            let listed = sameRatio.map { "\($0.text) (\($0.tier))" }.joined(separator: ", ")
            let ratio = sameRatio.first?.ratio ?? "?"
            throw ImageAPIError(
                .invalidArgument,
                Message.plannerSizePreset(size: size.description, model: spec.name, count: String(presets.count)),
                setting: .option(.size), model: spec.name, allowed: presets.map(\.text),
                remedy: .advice(Message.plannerSizePresetHint(ratio: ratio, sizes: listed)))
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
