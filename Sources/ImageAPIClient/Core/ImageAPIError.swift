import Foundation

/// The one error `ImageAPIClient` throws.
///
/// A struct with static codes rather than an enum, so that new codes can be added without breaking callers
/// that switch on it (the pattern of async-http-client's `HTTPClientError`). Every error carries a stable
/// machine-readable `code`, the facts (the setting at fault, the model, the allowed values), a message a person
/// can read, and where possible a `remedy` that says what to do next, which is what an agent reading stderr needs
/// most. The front end words both, naming settings its own way (`Spelling`).
public struct ImageAPIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A stable identifier for a class of failure. Front ends map codes to exit codes and JSON; never parse messages.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The code as `--json` and the exit-code table spell it (`rate_limited`).
        public let rawValue: String

        /// Creates a code from its stable string form.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The raw value, so a code interpolates as it is spelled.
        public var description: String { rawValue }

        /// A flag value is malformed or out of range (nothing was sent).
        public static let invalidArgument = Code(rawValue: "invalid_argument")
        /// The chosen model does not accept an option that was given (nothing was sent).
        public static let unsupportedOption = Code(rawValue: "unsupported_option")
        /// An input image path does not exist or is not a regular file.
        public static let inputNotFound = Code(rawValue: "input_not_found")
        /// An input file is not PNG, JPEG or WebP by its bytes.
        public static let inputNotImage = Code(rawValue: "input_not_image")
        /// An input file is larger than the gateway can take.
        public static let inputTooLarge = Code(rawValue: "input_too_large")
        /// No API key was given.
        public static let authMissing = Code(rawValue: "auth_missing")
        /// The gateway rejected the key (HTTP 401).
        public static let authFailed = Code(rawValue: "auth_failed")
        /// The key is valid but may not use this model or endpoint (HTTP 403).
        public static let forbidden = Code(rawValue: "forbidden")
        /// Too many requests or quota exhausted (HTTP 429).
        public static let rateLimited = Code(rawValue: "rate_limited")
        /// The model refused the prompt or image on content grounds.
        public static let contentBlocked = Code(rawValue: "content_blocked")
        /// The model declined the request in words ("I can't create that image"), shown in the message.
        public static let refused = Code(rawValue: "refused")
        /// The reply was well formed but held no image (the model answered in text).
        public static let noImageInReply = Code(rawValue: "no_image_in_reply")
        /// The reply could not be understood (malformed JSON, bad base64, not an image).
        public static let badResponse = Code(rawValue: "bad_response")
        /// Any other non-2xx HTTP status.
        public static let httpError = Code(rawValue: "http_error")
        /// The deadline passed before the image arrived.
        public static let timeout = Code(rawValue: "timeout")
        /// The connection could not be made or was lost.
        public static let networkError = Code(rawValue: "network_error")
        /// The image URL in the reply could not be downloaded.
        public static let downloadFailed = Code(rawValue: "download_failed")
        /// A local file could not be read or written.
        public static let ioError = Code(rawValue: "io_error")
        /// The caller cancelled the request.
        public static let cancelled = Code(rawValue: "cancelled")

        /// Every code, in documentation order; the list is closed and documented in the README.
        public static let all: [Code] = [
            .invalidArgument, .unsupportedOption, .inputNotFound, .inputNotImage, .inputTooLarge, .authMissing,
            .authFailed, .forbidden, .rateLimited, .contentBlocked, .refused, .noImageInReply, .badResponse, .httpError,
            .timeout, .networkError, .downloadFailed, .ioError, .cancelled,
        ]

        /// True when the failure happened before anything was sent, so the fault lies in the request itself.
        public var isUsageError: Bool {
            [.invalidArgument, .unsupportedOption, .inputNotFound, .inputNotImage, .inputTooLarge].contains(self)
        }
    }

    /// What kind of failure this is.
    public let code: Code
    /// What went wrong, as a catalog message (a gateway's own words are a `.value`); rendered by the front end.
    public let text: Message
    /// What to do next, as a value the front end words with its own spellings; nil when there is nothing useful.
    public let remedy: Remedy?
    /// The setting at fault, when the error is about one: named by gen-image's checks, or by the gateway's
    /// `param` (see `Setting.init(gatewayParam:)`).
    public let setting: Setting?
    /// The model whose row decided the error, when one did.
    public let model: String?
    /// The values the row allows for `setting`, when the error is about a value outside them.
    public let allowed: [String]
    /// The HTTP status of the failing response, when there was one.
    public let httpStatus: Int?
    /// The gateway's request id header, which its support staff ask for.
    public let requestID: String?
    /// The API's own `error.code`, when the body carried one.
    public let apiCode: String?
    /// The API's own `error.param`, as the gateway wrote it (`image[]`), when the body carried one; `setting` is
    /// the setting it names, when it names one gen-image knows.
    public let apiParam: String?
    /// An image URL the reply pointed at, so a person can still fetch it by hand within its lifetime.
    public let sourceURL: String?
    /// How many times the request was sent before giving up (nil when it never was).
    public let attempts: Int?
    /// Seconds the gateway asked to wait (`Retry-After`) on a reply worth retrying, so a caller that paces
    /// many requests itself (batch) can honour it; nil when the reply named no wait.
    public let retryAfter: Double?
    /// Where the image was kept when it arrived (and was billed) but could not be saved where asked; see
    /// `RecoveryFolder`.
    public let recoveredPath: String?
    /// How many images the failed request was billed for, when it is known that it was (an image kept in the
    /// recovery folder); nil otherwise. With `usage`, lets a front end show the cost as it would for a success.
    public let billedImages: Int?
    /// The reply's `usage` when the request was billed (`billedImages` is set) and the reply carried one.
    public let usage: JSONValue?

    /// Every field, as one value a variant is made from (the fields themselves never change).
    private struct Parts {
        var code: Code
        var text: Message
        var remedy: Remedy?
        var setting: Setting?
        var model: String?
        var allowed: [String] = []
        var httpStatus: Int?
        var requestID: String?
        var apiCode: String?
        var apiParam: String?
        var sourceURL: String?
        var attempts: Int?
        var retryAfter: Double?
        var recoveredPath: String?
        var billedImages: Int?
        var usage: JSONValue?
    }

    private init(_ parts: Parts) {
        code = parts.code
        text = parts.text
        remedy = parts.remedy
        setting = parts.setting
        model = parts.model
        allowed = parts.allowed
        httpStatus = parts.httpStatus
        requestID = parts.requestID
        apiCode = parts.apiCode
        apiParam = parts.apiParam
        sourceURL = parts.sourceURL
        attempts = parts.attempts
        retryAfter = parts.retryAfter
        recoveredPath = parts.recoveredPath
        billedImages = parts.billedImages
        usage = parts.usage
    }

    private var parts: Parts {
        Parts(
            code: code, text: text, remedy: remedy, setting: setting, model: model, allowed: allowed,
            httpStatus: httpStatus, requestID: requestID, apiCode: apiCode, apiParam: apiParam, sourceURL: sourceURL,
            attempts: attempts, retryAfter: retryAfter, recoveredPath: recoveredPath, billedImages: billedImages,
            usage: usage)
    }

    /// A copy with `change` made to its fields: the one way every variant below is made.
    private func changing(_ change: (inout Parts) -> Void) -> ImageAPIError {
        var copy = parts
        change(&copy)
        return ImageAPIError(copy)
    }

    /// How much it matters: always `.error`, the work failed; a front end colours and reports it by this, not by
    /// its words.
    public var severity: Severity { .error }

    /// The request parameter at fault, when the error is about one.
    public var parameter: ImageOption? { setting?.option }

    /// `remedy` as a catalog message.
    public var hintText: Message? { remedy?.message }

    /// One short lowercase sentence saying what went wrong, in English, settings named as the request body
    /// names them.
    public var message: String { text.text(in: .en) }

    /// What to do next, in English.
    public var hint: String? { hintText?.text(in: .en) }

    /// Creates an error from catalog messages.
    public init(
        _ code: Code,
        _ text: Message,
        hint: Message? = nil,
        httpStatus: Int? = nil,
        requestID: String? = nil,
        apiCode: String? = nil,
        sourceURL: String? = nil,
        attempts: Int? = nil
    ) {
        // These come from the gateway as they are; nothing it sends may act on a terminal.
        self.init(
            Parts(
                code: code, text: text, remedy: hint.map { .advice($0) }, httpStatus: httpStatus,
                requestID: requestID.map { OutsideText.shown($0) }, apiCode: apiCode.map { OutsideText.shown($0) },
                sourceURL: sourceURL.map { OutsideText.shown($0) }, attempts: attempts))
    }

    /// Creates an error with what to do as a value.
    public init(_ code: Code, _ text: Message, remedy: Remedy?, sourceURL: String? = nil) {
        self.init(Parts(code: code, text: text, remedy: remedy, sourceURL: sourceURL.map { OutsideText.shown($0) }))
    }

    /// Creates an error about one setting, with what to do as a value.
    public init(
        _ code: Code, _ text: Message, setting: Setting?, model: String? = nil, allowed: [String] = [],
        remedy: Remedy?
    ) {
        self.init(Parts(code: code, text: text, remedy: remedy, setting: setting, model: model, allowed: allowed))
    }

    /// The message in `language`, settings named as `spelling` names them.
    public func message(in language: Language, spelling: Spelling = .wire) -> String {
        text.text(in: language, spelling: spelling)
    }

    /// The hint in `language`, settings named as `spelling` names them.
    public func hint(in language: Language, spelling: Spelling = .wire) -> String? {
        hintText?.text(in: language, spelling: spelling)
    }

    /// The same error saying `text` instead, in every language.
    public func withMessage(_ text: Message) -> ImageAPIError {
        changing { $0.text = text }
    }

    /// The same error with `hint` as what to do (nil: nothing).
    public func withHint(_ hint: Message?) -> ImageAPIError {
        changing { $0.remedy = hint.map { .advice($0) } }
    }

    /// The same error with `more` after the remedy (`hint; more`), or as the remedy when there is none.
    func appendingHint(_ more: Message) -> ImageAPIError {
        changing { $0.remedy = $0.remedy.map { .both($0, .advice(more)) } ?? .advice(more) }
    }

    /// The same error under another code.
    func with(code: Code) -> ImageAPIError {
        changing { $0.code = code }
    }

    /// The same error about `setting`, unless it already names one.
    func about(_ setting: Setting) -> ImageAPIError {
        changing { $0.setting = $0.setting ?? setting }
    }

    /// The same error about `setting`, whatever it named before, decided by `model`'s row when one is given.
    func blaming(_ setting: Setting, model: String? = nil) -> ImageAPIError {
        changing { parts in
            parts.setting = setting
            if let model { parts.model = model }
        }
    }

    /// The same error with the gateway's `param` kept as it wrote it, the setting it names when it names one,
    /// and `remedy` instead of the old one when given.
    func naming(gatewayParam word: String, remedy: Remedy?) -> ImageAPIError {
        changing { parts in
            parts.apiParam = OutsideText.shown(word)
            parts.setting = Setting(gatewayParam: word)
            if let remedy { parts.remedy = remedy }
        }
    }

    /// The same error with where the response came from: its status and request id.
    func located(httpStatus: Int?, requestID: String?) -> ImageAPIError {
        changing { parts in
            parts.httpStatus = httpStatus
            parts.requestID = requestID.map { OutsideText.shown($0) }
        }
    }

    /// The same error with the response's request id, unless it already has one.
    func filling(requestID: String?) -> ImageAPIError {
        changing { $0.requestID = $0.requestID ?? requestID.map { OutsideText.shown($0) } }
    }

    /// The same error with the image URL the reply pointed at, unless it already has one.
    func filling(sourceURL: String?) -> ImageAPIError {
        changing { $0.sourceURL = $0.sourceURL ?? sourceURL.map { OutsideText.shown($0) } }
    }

    /// The same error with the image URL the reply pointed at, replacing any.
    func with(sourceURL: String?) -> ImageAPIError {
        changing { $0.sourceURL = sourceURL.map { OutsideText.shown($0) } }
    }

    /// The same error after `attempts` sends, with the wait the gateway asked for on the last, when it named one.
    func after(attempts: Int, retryAfter: Double? = nil) -> ImageAPIError {
        changing { parts in
            parts.attempts = attempts
            if let retryAfter { parts.retryAfter = retryAfter }
        }
    }

    /// The same error for a request that was billed for `images` images, with the reply's `usage`.
    func billed(images: Int?, usage: JSONValue?) -> ImageAPIError {
        changing { parts in
            parts.billedImages = images
            parts.usage = usage
        }
    }

    /// The same error with where the billed image was kept.
    func recovered(at path: String?) -> ImageAPIError {
        changing { $0.recoveredPath = path }
    }

    /// The same error with each worded part changed by `words` and each text from the gateway (its code, its
    /// param, the image URL) by `outside`: to mask a key or base64 in them.
    func masking(words: (Message) -> Message, outside: (String) -> String) -> ImageAPIError {
        changing { parts in
            parts.text = words(parts.text)
            parts.remedy = parts.remedy?.mappingAdvice(words)
            parts.apiCode = parts.apiCode.map(outside)
            parts.apiParam = parts.apiParam.map(outside)
            parts.sourceURL = parts.sourceURL.map(outside)
        }
    }

    /// The code and the English message, for logs and test failures; a front end words errors itself.
    public var description: String {
        var text = "\(code): \(message)"
        if let hint { text += " (hint: \(hint))" }
        return text
    }
}

/// What to do about an error, as a value: the front end words it, naming settings its own way (the command
/// line by flag, a batch file by field), so the library never names a flag.
public indirect enum Remedy: Sendable, Equatable {
    /// Drop the parameter, or choose another model.
    case dropOrChooseModel(ImageOption)
    /// Drop the parameter, or use one of these models, which take it.
    case dropOrUseModels(ImageOption, models: [String])
    /// Use one of these values.
    case useValues([String])
    /// Use a whole number in this range.
    case useWholeNumber(ClosedRange<Int>)
    /// Check an input image's path (on a command line, `-i` takes every word up to the next flag).
    case checkInputPath
    /// Allow more time: the deadline passed while the gateway was still working, and it bills a request it
    /// finishes even if nobody waits for the image any more.
    case raiseDeadline
    /// Check the base URL: it does not lead to the gateway's API.
    case checkBaseURL
    /// Check this setting's value, or choose another model: the gateway named it (its `param`) when it
    /// rejected the request.
    case checkSetting(Setting)
    /// Advice worded by the library or the model's row.
    case advice(Message)
    /// One remedy, then another.
    case both(Remedy, Remedy)

    /// The remedy as a catalog message, with its settings as `parameter` parts.
    public var message: Message {
        switch self {
        case .dropOrChooseModel(let option):
            Message.plannerOptionUnsupportedDrop(
                flag: .parameter(option), modelFlag: .parameter(.model, short: true))
        case .dropOrUseModels(let option, let models):
            Message.plannerOptionUnsupportedTakers(
                flag: .parameter(option), models: models.joined(separator: ", "))
        case .useValues(let values):
            Message.plannerOneOf(values: values.joined(separator: ", "))
        case .useWholeNumber(let range):
            Message.parameterWholeNumber(low: String(range.lowerBound), high: String(range.upperBound))
        case .checkInputPath:
            Message.inputNotFoundHint
        case .raiseDeadline:
            Message.transportTimeoutHint
        case .checkBaseURL:
            Message.transportCheckBaseUrl
        case .checkSetting(let setting):
            Message.gatewayParamCheck(setting: .parameter(setting), modelFlag: .parameter(.model, short: true))
        case .advice(let message):
            message
        case .both(let first, let second):
            Message.commonThen(first: first.message, second: second.message)
        }
    }
}

extension Remedy {
    /// What kind of remedy it is, as a stable snake_case word for `--json` (`drop_or_choose_model`,
    /// `use_values`, `advice` for one worded by the library); for one remedy then another, the first's kind.
    public var kind: String {
        switch self {
        case .dropOrChooseModel: "drop_or_choose_model"
        case .dropOrUseModels: "drop_or_use_models"
        case .useValues: "use_values"
        case .useWholeNumber: "use_whole_number"
        case .checkInputPath: "check_input_path"
        case .raiseDeadline: "raise_deadline"
        case .checkBaseURL: "check_base_url"
        case .checkSetting: "check_setting"
        case .advice: "advice"
        case .both(let first, _): first.kind
        }
    }
}

extension ImageAPIError {
    /// The error for a missing APIYI key, shared by the client and front ends that check before announcing work.
    public static let noAPIKey = missingKey(for: .apiyi)

    /// The error for a missing key, naming the provider's own variable and where to get a key.
    public static func missingKey(for provider: Provider) -> ImageAPIError {
        ImageAPIError(
            .authMissing, Message.authMissing(variable: provider.keyVariable),
            hint: Message.authMissingHint(page: provider.keyPage, variable: provider.keyVariable))
    }
}

extension ImageAPIError {
    /// The error with every occurrence of `secret` masked, because gateways echo keys in their messages
    /// ("Incorrect API key provided: sk-…") and nothing gen-image prints may contain the key, not even the
    /// part of it left where a long text was cut (see `Redaction.scrub`).
    public func redacting(_ secret: String) -> ImageAPIError {
        guard secret.count >= 4 else { return self }
        let clean = { (text: String) in Redaction.scrub(text, secret: secret) }
        return masking(words: { $0.redacting(secret) }, outside: clean).changing { parts in
            parts.requestID = parts.requestID.map(clean)
        }
    }
}

extension Remedy {
    /// The remedy with `transform` applied to every worded part (to mask a key or base64 in it).
    func mappingAdvice(_ transform: (Message) -> Message) -> Remedy {
        switch self {
        case .advice(let message): .advice(transform(message))
        case .both(let first, let second): .both(first.mappingAdvice(transform), second.mappingAdvice(transform))
        default: self
        }
    }

    /// The remedy with `secret` masked in every worded part (see `Message.redacting`).
    func redacting(_ secret: String) -> Remedy {
        mappingAdvice { $0.redacting(secret) }
    }
}
