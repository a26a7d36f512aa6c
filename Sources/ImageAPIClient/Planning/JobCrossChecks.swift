import Foundation

/// The checks where one value of a job depends on another: the endpoint and the model (a text model needs the
/// Responses API), a transparent background and the output format, partial images and streaming, keeping
/// partials and their count, the tool's model and action, and the mask and the first input image.
///
/// Kept apart from `JobPlanner`, which checks each value on its own by its `ImageOption.rule` (and whether the
/// model takes it, once), so each stays small; like it, everything here reads the model's row in `ModelCatalog`,
/// and every mistake is found before anything is sent.
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
                .invalidArgument, Message.featureTextModelImageModel(model: spec.name),
                hint: Message.featureTextModelImageModelHint(
                    default: ModelCatalog.defaultTextModel, tool: ModelCatalog.gpt55.imageToolModel ?? "gpt-image-2",
                    model: spec.name)
            ).blaming(.model)
        }
        return spec
    }

    /// The endpoint: `--endpoint` when given, else the row's; a text model only works on the Responses API.
    static func endpoint(for job: ImageJob, spec: ModelSpec) throws(ImageAPIError) -> Endpoint {
        let endpoint = job.endpoint ?? spec.endpoint
        if spec.imageToolModel != nil, endpoint != .responses {
            throw ImageAPIError(
                .invalidArgument, Message.featureTextModelEndpoint(model: spec.name),
                hint: Message.featureTextModelEndpointHint
            ).blaming(.model)
        }
        return endpoint
    }

    /// The checks where one request parameter depends on another: compression needs a lossy format, a
    /// transparent background needs a format with alpha.
    static func checkCombinations(_ parameters: Parameters, spec: ModelSpec) throws(ImageAPIError) {
        let format = parameters[.outputFormat]?.text
        if parameters[.outputCompression] != nil, spec.isKnown, format != "jpeg", format != "webp" {
            throw ImageAPIError(
                .invalidArgument,
                Message.plannerCompressionFormat(flag: .parameter(.outputCompression)),
                setting: .option(.outputCompression), model: spec.name,
                remedy: .advice(
                    Message.plannerCompressionFormatHint(
                        format: .parameter(.outputFormat, short: true),
                        flag: .parameter(.outputCompression, short: true))))
        }
        // The models answer in PNG unless told otherwise, and PNG keeps transparency.
        let shown = format ?? "png"
        if parameters[.background]?.text == "transparent", !spec.transparentFormats.isEmpty,
            !spec.transparentFormats.contains(shown)
        {
            throw ImageAPIError(
                .invalidArgument, Message.featureTransparentFormat(format: shown.uppercased()),
                setting: .option(.background), model: spec.name, allowed: spec.transparentFormats,
                remedy: .advice(
                    Message.featureTransparentFormatHint(
                        options: .either(
                            spec.transparentFormats.map { format in
                                Message.parameterWithValue(
                                    flag: .parameter(.outputFormat, short: true), value: format)
                            }), flag: .parameter(.background))))
        }
    }

    /// Checks what belongs to the job rather than one parameter: keeping partials, the tool's model, and the
    /// combinations that make no sense (partials without a stream, editing with nothing to edit).
    static func checkJob(_ job: ImageJob, parameters: Parameters, spec: ModelSpec) throws(ImageAPIError) {
        let streams = parameters[.stream] != nil || spec.streaming.isAlways
        if parameters[.partialImages] != nil, !streams {
            throw ImageAPIError(
                .invalidArgument,
                Message.featurePartialImagesStream(flag: .parameter(.partialImages), stream: .parameter(.stream)),
                setting: .option(.partialImages), model: spec.name,
                remedy: .advice(
                    Message.featurePartialImagesStreamHint(
                        stream: .parameter(.stream), flag: .parameter(.partialImages))))
        }
        if job.keepPartials {
            guard streams else {
                throw ImageAPIError(
                    .invalidArgument, Message.featureKeepPartialsStream,
                    hint: Message.featureKeepPartialsStreamHint)
            }
            if !spec.streaming.isAlways, (parameters[.partialImages]?.integer ?? 0) == 0 {
                throw ImageAPIError(
                    .invalidArgument, Message.featureKeepPartialsCount,
                    hint: Message.featureKeepPartialsCountHint)
            }
        }
        if let model = job.toolModel {
            guard spec.imageToolModel != nil else {
                throw ImageAPIError(
                    .invalidArgument, Message.featureToolModelEndpoint,
                    hint: Message.featureToolModelEndpointHint)
            }
            guard !model.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ImageAPIError(
                    .invalidArgument, Message.featureToolModelEmpty,
                    hint: Message.featureToolModelEmptyHint)
            }
        }
        if parameters[.action]?.text == "edit", job.inputImages.isEmpty {
            throw ImageAPIError(
                .invalidArgument, Message.featureActionEdit(flag: .parameter(.action)),
                setting: .option(.action), model: spec.name,
                remedy: .advice(
                    Message.featureActionEditHint(
                        inputs: .parameter(.inputImages, short: true), flag: .parameter(.action))))
        }
    }

    /// Checks the mask against the first input image and the row's limit.
    static func checkMask(_ path: String, inputs: [InputImage], spec: ModelSpec, notes: inout [Diagnostic])
        throws(ImageAPIError) -> InputImage
    {
        guard let first = inputs.first else {
            throw ImageAPIError(
                .invalidArgument, Message.featureMaskNoImage(flag: .parameter(.mask)),
                setting: .option(.mask), model: spec.name,
                remedy: .advice(
                    Message.featureMaskNoImageHint(inputs: .parameter(.inputImages, short: true))))
        }
        return try JobPlanner.about(.option(.mask)) { () throws(ImageAPIError) in
            try MaskChecker.check(path, against: first, maxBytes: spec.maxMaskBytes ?? 4_000_000, notes: &notes)
        }
    }
}

extension StreamSupport {
    /// Whether every request streams, asked or not.
    var isAlways: Bool {
        if case .always = self { return true }
        return false
    }
}
