import Foundation

/// The checks where one value of a job depends on another: the endpoint and the model (a text model needs the
/// Responses API), a transparent background and the output format, partial images and streaming, keeping
/// partials and their count, the tool's model and action, and the mask and the first input image.
///
/// Kept apart from `JobPlanner`, which checks each value on its own, so each stays small; like it, everything
/// here reads the model's row in `ModelCatalog`, and every mistake is found before anything is sent.
enum JobCrossChecks {
    /// The text model for `--endpoint responses`: `-m` names it (an image model there is a mistake, since
    /// the tool's model is fixed by the table), else the default text model.
    static func textModel(for job: ImageJob, provider: Provider = .apiyi) throws(ImageAPIError) -> ModelSpec {
        let name: String
        switch job.model {
        case .explicit(let given):
            name = given
        case .automatic(let preferred):
            // GEN_IMAGE_MODEL names the default image model; it only counts here when it is a text model.
            let isTextModel = preferred.flatMap(ModelCatalog.spec(named:))?.imageToolModel != nil
            name = isTextModel ? preferred ?? ModelCatalog.defaultTextModel : ModelCatalog.defaultTextModel
        }
        let spec = try JobPlanner.spec(named: name, endpoint: .responses, source: "-m", provider: provider)
        guard spec.imageToolModel != nil else {
            throw ImageAPIError(
                .invalidArgument, Message("feature.text_model.image_model", ["model": spec.name]),
                hint: Message(
                    "feature.text_model.image_model.hint",
                    [
                        "default": ModelCatalog.defaultTextModel,
                        "tool": ModelCatalog.gpt55.imageToolModel ?? "gpt-image-2", "model": spec.name,
                    ]))
        }
        return spec
    }

    /// The endpoint: `--endpoint` when given, else the row's; a text model only works on the Responses API.
    static func endpoint(for job: ImageJob, spec: ModelSpec) throws(ImageAPIError) -> Endpoint {
        let endpoint = job.endpoint ?? spec.endpoint
        if spec.imageToolModel != nil, endpoint != .responses {
            throw ImageAPIError(
                .invalidArgument, Message("feature.text_model.endpoint", ["model": spec.name]),
                hint: Message("feature.text_model.endpoint.hint"))
        }
        return endpoint
    }

    /// Checks and normalises moderation, background, partial images and action (their acceptance has been
    /// checked with the other request options).
    static func checkNewOptions(_ options: ImageOptions, checked: inout ImageOptions, spec: ModelSpec)
        throws(ImageAPIError)
    {
        if let moderation = options.moderation {
            checked.moderation = try JobPlanner.checkChoice(
                moderation, of: spec.moderations, named: Message("planner.choice.moderation"), spec: spec)
        }
        if let background = options.background {
            let value = try JobPlanner.checkChoice(
                background, of: spec.backgrounds, named: Message("planner.choice.background"), spec: spec)
            checked.background = value
            // The models answer in PNG unless told otherwise, and PNG keeps transparency.
            let format = checked.outputFormat ?? "png"
            if value == "transparent", !spec.transparentFormats.isEmpty, !spec.transparentFormats.contains(format) {
                throw ImageAPIError(
                    .invalidArgument, Message("feature.transparent.format", ["format": format.uppercased()]),
                    hint: Message(
                        "feature.transparent.format.hint",
                        parts: ["options": .either(spec.transparentFormats.map { "-o " + $0 })]))
            }
        }
        if let count = options.partialImages {
            let most = spec.streaming.maxPartialImages ?? 3
            guard (0...most).contains(count) else {
                throw ImageAPIError(
                    .invalidArgument, Message("feature.partial_images.invalid", ["value": String(count)]),
                    hint: Message("feature.partial_images.invalid.hint", ["max": String(most)]))
            }
        }
        if let action = options.action {
            checked.action = try JobPlanner.checkChoice(
                action, of: spec.actions, named: Message("planner.choice.action"), spec: spec)
        }
    }

    /// Checks what belongs to the job rather than the request body: streaming, keeping partials, instructions,
    /// and the combinations that make no sense (partials without a stream, editing with nothing to edit).
    static func checkJobOptions(_ job: ImageJob, options: ImageOptions, spec: ModelSpec) throws(ImageAPIError) {
        for option in job.givenOptions where !spec.accepts(option) {
            throw JobPlanner.unsupported(option, spec: spec)
        }
        let streams = job.stream || spec.streaming.isAlways
        if options.partialImages != nil, !streams {
            throw ImageAPIError(
                .invalidArgument, Message("feature.partial_images.stream"),
                hint: Message("feature.partial_images.stream.hint"))
        }
        if job.keepPartials {
            guard streams else {
                throw ImageAPIError(
                    .invalidArgument, Message("feature.keep_partials.stream"),
                    hint: Message("feature.keep_partials.stream.hint"))
            }
            if !spec.streaming.isAlways, (options.partialImages ?? 0) == 0 {
                throw ImageAPIError(
                    .invalidArgument, Message("feature.keep_partials.count"),
                    hint: Message("feature.keep_partials.count.hint"))
            }
        }
        if let instructions = job.instructions, instructions.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ImageAPIError(
                .invalidArgument, Message("feature.instructions.empty"),
                hint: Message("feature.instructions.empty.hint"))
        }
        if let model = job.toolModel {
            guard spec.imageToolModel != nil else {
                throw ImageAPIError(
                    .invalidArgument, Message("feature.tool_model.endpoint"),
                    hint: Message("feature.tool_model.endpoint.hint"))
            }
            guard !model.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ImageAPIError(
                    .invalidArgument, Message("feature.tool_model.empty"),
                    hint: Message("feature.tool_model.empty.hint"))
            }
        }
        if options.action?.lowercased() == "edit", job.inputImages.isEmpty {
            throw ImageAPIError(
                .invalidArgument, Message("feature.action.edit"), hint: Message("feature.action.edit.hint"))
        }
    }

    /// Checks the mask, when one was given, against the first input image and the row's limit.
    static func checkMask(
        _ job: ImageJob, options: ImageOptions, inputs: [InputImage], spec: ModelSpec, notes: inout [Diagnostic]
    ) throws(ImageAPIError) -> InputImage? {
        guard let path = job.mask else { return nil }
        guard let first = inputs.first else {
            throw ImageAPIError(
                .invalidArgument, Message("feature.mask.no_image"), hint: Message("feature.mask.no_image.hint"))
        }
        return try MaskChecker.check(
            path, against: first, maxBytes: spec.maxMaskBytes ?? 4_000_000, notes: &notes)
    }
}

extension StreamSupport {
    /// Whether every request streams, asked or not.
    var isAlways: Bool {
        if case .always = self { return true }
        return false
    }
}
