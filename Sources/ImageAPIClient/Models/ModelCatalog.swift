/// The one table that decides what each model accepts, where it is sent, how long to wait and what it costs.
///
/// Every check (`JobPlanner`) and every route (`ImageClient`) reads this table and nothing else, so adding a
/// model the gateway starts to offer means adding a row here.
public enum ModelCatalog {
    /// The model used when neither `-m` nor `GEN_IMAGE_MODEL` names one.
    public static let defaultModel = "gpt-image-2-all"

    /// The model chosen instead of the default when options only an Images API model accepts are given without
    /// `-m`, so that every command line in the gpt-image-2 skill guide works unchanged.
    public static let defaultSizedModel = "gpt-image-2"

    /// The text model that drives the image tool on the Responses API when `-m` names none.
    public static let defaultTextModel = "gpt-5.5"

    /// The known models, in the order `--help` lists them: the image models, then the text model that reaches
    /// gpt-image-2 through the Responses API.
    public static let models: [ModelSpec] = [gptImage2All, gptImage2, gptImage2Vip, gpt55]

    /// The row for a model id, or nil when gen-image does not know it.
    public static func spec(named name: String) -> ModelSpec? {
        models.first { $0.name == name }
    }

    /// A row for a model gen-image does not know, reached through an endpoint the caller names: nothing is
    /// filtered, values are sent as given.
    public static func passthrough(named name: String, endpoint: Endpoint) -> ModelSpec {
        if endpoint == .responses {
            // An unknown text model still drives gpt-image-2's tool, so the tool's rules still apply.
            return textModel(named: name, tool: gptImage2, expectedWait: gpt55.expectedWait)
        }
        let images = endpoint == .images
        return ModelSpec(
            name: name,
            endpoint: endpoint,
            sizeRule: .unchecked,
            qualities: [],
            outputFormats: [],
            acceptsCompression: true,
            responseFormats: [],
            timeout: TimeoutPolicy(standard: 600),
            expectedWait: ExpectedWait(low: 30, high: 600),
            price: .unknown,
            isKnown: false,
            moderations: ["auto", "low"],
            backgrounds: ["auto", "opaque", "transparent"],
            streaming: images ? .optional(maxPartialImages: 3) : .none,
            maxMaskBytes: images ? 4_000_000 : nil
        )
    }

    /// The reverse-engineered ChatGPT model: chat completions, $0.03 flat, ratio given in the prompt.
    public static let gptImage2All = ModelSpec(
        name: "gpt-image-2-all",
        endpoint: .chat,
        sizeRule: .notAccepted,
        qualities: [],
        outputFormats: [],
        acceptsCompression: false,
        responseFormats: ["url", "b64_json"],
        timeout: TimeoutPolicy(standard: 300),
        expectedWait: ExpectedWait(low: 60, high: 300),
        price: .perImage(0.03),
        alternatives: [
            .size: Message.modelAlternativeAllSize,
            .quality: Message.modelAlternativeNoQuality(model: "gpt-image-2-all"),
            .outputFormat: Message.modelAlternativePngOnlyFormat(model: "gpt-image-2-all"),
            .outputCompression: Message.modelAlternativePngOnlyCompression(model: "gpt-image-2-all"),
        ]
    )

    /// The official model relayed as-is: Images API, any size within OpenAI's rules, billed by tokens.
    public static let gptImage2 = ModelSpec(
        name: "gpt-image-2",
        endpoint: .images,
        sizeRule: .flexible(
            FlexibleSizeLimits(presets: [
                "1024x1024", "1536x1024", "1024x1536", "2048x2048", "2048x1152", "3840x2160", "2160x3840",
            ])),
        qualities: ["auto", "low", "medium", "high"],
        outputFormats: ["png", "jpeg", "webp"],
        acceptsCompression: true,
        responseFormats: [],
        timeout: TimeoutPolicy(standard: 360, highQuality: 600),
        expectedWait: ExpectedWait(low: 120, high: 150, longerWhen: Message.modelWaitHighQuality),
        price: .perToken(low: 0.006, medium: 0.053, high: 0.211),
        tokenRates: TokenRates(textInput: 5, imageInput: 8, imageOutput: 30),
        alternatives: [.responseFormat: Message.modelAlternativeGptImage2ResponseFormat],
        moderations: ["auto", "low"],
        backgrounds: ["auto", "opaque", "transparent"],
        transparentFormats: ["png", "webp"],
        streaming: .optional(maxPartialImages: 3),
        maxMaskBytes: 4_000_000
    )

    /// The text model VibeAPI documents for the Responses API: it reads the prompt and input images, calls
    /// gpt-image-2's `image_generation` tool (possibly several times) and rewrites the prompt on the way.
    /// Billed twice: its own text tokens plus the tool's image tokens.
    public static let gpt55 = textModel(
        named: "gpt-5.5", tool: gptImage2,
        expectedWait: ExpectedWait(low: 20, high: 150, longerWhen: Message.modelWaitSeveralImages))

    /// A row for a text model driving `tool` on the Responses API: the tool's size, quality, format, moderation
    /// and background columns (the tool makes the image), always streamed, with instructions and an action.
    static func textModel(named name: String, tool: ModelSpec, expectedWait: ExpectedWait) -> ModelSpec {
        ModelSpec(
            name: name,
            endpoint: .responses,
            sizeRule: tool.sizeRule,
            qualities: tool.qualities,
            outputFormats: tool.outputFormats,
            acceptsCompression: tool.acceptsCompression,
            responseFormats: [],
            timeout: tool.timeout,
            expectedWait: expectedWait,
            price: .unknown,
            alternatives: [
                .responseFormat: Message.modelAlternativeResponsesResponseFormat,
                .mask: Message.modelAlternativeResponsesMask,
            ],
            moderations: tool.moderations,
            backgrounds: tool.backgrounds,
            transparentFormats: tool.transparentFormats,
            streaming: .always(maxPartialImages: tool.streaming.maxPartialImages ?? 0),
            actions: ["auto", "generate", "edit"],
            imageToolModel: tool.name,
            defaultInstructions: "You are an image generation assistant. Use the image_generation tool to make "
                + "every image the user asks for.",
            alsoTakes: tool.alsoTakes
        )
    }

    /// The reverse-engineered model with fixed sizes: Images API, `auto` or one of 30 presets, $0.03 flat.
    public static let gptImage2Vip = ModelSpec(
        name: "gpt-image-2-vip",
        endpoint: .images,
        sizeRule: .presets(vipPresets),
        qualities: [],
        outputFormats: [],
        acceptsCompression: false,
        responseFormats: ["url", "b64_json"],
        timeout: TimeoutPolicy(standard: 300),
        expectedWait: ExpectedWait(low: 60, high: 300),
        price: .perImage(0.03),
        alternatives: [
            .quality: Message.modelAlternativeVipQuality,
            .outputFormat: Message.modelAlternativePngOnlyFormat(model: "gpt-image-2-vip"),
            .outputCompression: Message.modelAlternativePngOnlyCompression(model: "gpt-image-2-vip"),
        ]
    )

    /// gpt-image-2-vip's 30 sizes: ten ratios in three tiers (seed 002, APIYI's vip generations page).
    public static let vipPresets: [SizePreset] = {
        let ratios = ["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9"]
        let tiers: [(String, [(Int, Int)])] = [
            (
                "1K",
                [
                    (1280, 1280), (848, 1280), (1280, 848), (960, 1280), (1280, 960),
                    (1024, 1280), (1280, 1024), (720, 1280), (1280, 720), (1280, 544),
                ]
            ),
            (
                "2K",
                [
                    (2048, 2048), (1360, 2048), (2048, 1360), (1536, 2048), (2048, 1536),
                    (1632, 2048), (2048, 1632), (1152, 2048), (2048, 1152), (2048, 864),
                ]
            ),
            (
                "4K",
                [
                    (2880, 2880), (2336, 3520), (3520, 2336), (2480, 3312), (3312, 2480),
                    (2560, 3216), (3216, 2560), (2160, 3840), (3840, 2160), (3840, 1632),
                ]
            ),
        ]
        return tiers.flatMap { tier, sizes in
            zip(ratios, sizes).map { SizePreset(width: $1.0, height: $1.1, ratio: $0, tier: tier) }
        }
    }()
}
