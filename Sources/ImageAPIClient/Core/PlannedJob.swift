import Foundation

/// A job that has passed every check and knows exactly what will be sent where.
///
/// Produced by `ImageClient.plan(_:)` without touching the network or needing a key, so a front end can show
/// what is about to happen (mode, model, expected wait) and report every input error before anything is sent.
public struct PlannedJob: Sendable {
    /// The model's row in `ModelCatalog` (or a pass-through row for an unknown model).
    public let spec: ModelSpec
    /// The API the request goes to.
    public let endpoint: Endpoint
    /// Generate, edit or fuse.
    public let mode: ImageMode
    /// The parameters to send, checked against the row and typed (e.g. `2048 x 1152` → `.size(2048x1152)`);
    /// only those given, plus `stream` whenever the reply streams.
    public let parameters: Parameters
    /// The checked input images, in order.
    public let inputs: [InputImage]
    /// Where the image is saved (a folder given as a file path has become an automatic name in it).
    public let output: OutputTarget
    /// The whole-request deadline in seconds.
    public let timeout: Double
    /// Things the user should know before the request (a model switch, a large input).
    public let notes: [Diagnostic]
    /// The user's prompt, exactly as given.
    public let userPrompt: String
    /// The ratio phrase `--aspect` puts in front of the prompt on a model that takes no size; the only change
    /// gen-image ever makes to a prompt.
    public internal(set) var promptPrefix: String? = nil
    /// Whether partial images are saved as files.
    public internal(set) var keepPartials = false
    /// The `model` of the Responses API's image tool, when the user named one.
    public internal(set) var toolModel: String? = nil
    /// `--aspect` (and `--resolution`) as asked, so what is delivered can be checked against it and recorded.
    public internal(set) var aspect: AspectRequest? = nil
    /// Where the saved image's provenance goes.
    public internal(set) var metadata: MetadataMode = .embed
    /// For one of the requests a `-n` run makes: the name its image takes (`NAME-2`), fixed before sending.
    public internal(set) var variantName: VariantName? = nil

    /// The model id sent.
    public var model: String { spec.name }
    /// The image model that makes the picture: the tool's model on the Responses API, else `model`.
    public var imageModel: String { toolModel ?? spec.imageToolModel ?? spec.name }
    /// The prompt sent: exactly the user's, after the `--aspect` phrase when there is one.
    public var prompt: String { promptPrefix.map { RatioPhrases.prefixed(userPrompt, with: $0) } ?? userPrompt }
    /// Whether the reply comes as server-sent events (always on the Responses API).
    public var stream: Bool { parameters[.stream] != nil }
    /// The checked mask, when one was given.
    public var mask: InputImage? { parameters[.mask]?.file }
    /// The instructions sent to the text model (Responses API only; the table's default unless given).
    public var instructions: String? {
        endpoint == .responses ? parameters[.instructions]?.text ?? spec.defaultInstructions : nil
    }
    /// An estimate of the price in US dollars of every image asked for (`-n` included), when the model's
    /// price is known.
    public var estimatedCost: Double? {
        spec.price.estimate(quality: parameters.quality).map { $0 * Double(imageCount) }
    }
    /// How many images were asked for (`-n`, 1 unless given).
    public var imageCount: Int { parameters[.count]?.integer ?? 1 }
    /// How many images one request asks for: all of them where the request can carry `n` (the Images API, not
    /// streamed, at a gateway that does not ignore it), else one, and `ImageClient.runAll` sends `imageCount` requests.
    public var countPerRequest: Int {
        variantName == nil && endpoint == .images && !stream && spec.takesCountField ? imageCount : 1
    }
    /// How many requests the run sends.
    public var requestCount: Int { imageCount / countPerRequest }
}

/// The name fixed for one of several requests' images: a folder, a stem (`cat-2`) and the extension typed, if
/// any; the writer still takes the extension from the bytes.
public struct VariantName: Sendable, Equatable {
    /// The folder.
    public let directory: URL
    /// The file name without its extension.
    public let stem: String
    /// Whether the user named the file (`-f`), whose typed extension is then kept.
    public let isRequested: Bool
    /// The extension typed, when any.
    public let requestedExtension: String?
}

/// An input image that exists, is a regular file, and is PNG, JPEG or WebP by its bytes.
public struct InputImage: Sendable, Equatable {
    /// Its location.
    public let url: URL
    /// What its bytes say it is.
    public let format: ImageFormat
    /// Its size in bytes.
    public let byteCount: Int

    /// Creates a checked input.
    public init(url: URL, format: ImageFormat, byteCount: Int) {
        self.url = url
        self.format = format
        self.byteCount = byteCount
    }
}

/// A note or warning the library wants shown; the front end decides how (and in which language).
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// How much a diagnostic matters: never an error, which is thrown instead (see `ImageAPIClient.Severity`,
    /// which a front end colours by).
    public enum Severity: String, Sendable {
        /// Information: something was done on the user's behalf.
        case note
        /// Something may not be what the user wanted.
        case warning
    }

    /// How much it matters.
    public let severity: Severity
    /// A stable identifier, e.g. `model_switched`, `input_large`, `renamed_existing`, `extension_changed`.
    public let code: String
    /// What to say, as a catalog message, so a front end can show it in the user's language.
    public let text: Message

    /// One short lowercase sentence, in English.
    public var message: String { text.text(in: .en) }

    /// Creates a diagnostic from a catalog message.
    public init(_ severity: Severity, code: String, _ text: Message) {
        self.severity = severity
        self.code = code
        self.text = text
    }

    /// The message in `language`, settings named as `spelling` names them.
    public func message(in language: Language, spelling: Spelling = .wire) -> String {
        text.text(in: language, spelling: spelling)
    }

    /// The severity and the English message, for logs and test failures.
    public var description: String { "\(severity.rawValue): \(message)" }
}
