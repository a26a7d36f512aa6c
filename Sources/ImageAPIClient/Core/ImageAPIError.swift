import Foundation

/// The one error `ImageAPIClient` throws.
///
/// A struct with static codes rather than an enum, so that new codes can be added without breaking callers
/// that switch on it (the pattern of async-http-client's `HTTPClientError`). Every error carries a stable
/// machine-readable `code`, a short lowercase `message` a person can read, and where possible a `hint` that
/// says what to do next, which is what an agent reading stderr needs most.
public struct ImageAPIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A stable identifier for a class of failure. Front ends map codes to exit codes and JSON; never parse messages.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String

        /// Creates a code from its stable string form.
        public init(rawValue: String) { self.rawValue = rawValue }

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
            .authFailed, .forbidden, .rateLimited, .contentBlocked, .noImageInReply, .badResponse, .httpError,
            .timeout, .networkError, .downloadFailed, .ioError, .cancelled,
        ]

        /// True when the failure happened before anything was sent, so the fault lies in the request itself.
        public var isUsageError: Bool {
            [.invalidArgument, .unsupportedOption, .inputNotFound, .inputNotImage, .inputTooLarge].contains(self)
        }
    }

    /// What kind of failure this is.
    public var code: Code
    /// One short lowercase sentence saying what went wrong, in English. Assigning it drops `text`, so the
    /// other languages never show an older message; use `setMessage(_:)` to change both.
    public var message: String {
        didSet { text = nil }
    }
    /// What to do next, when there is something useful to say, in English. Assigning it drops `hintText`;
    /// use `setHint(_:)` to change both.
    public var hint: String? {
        didSet { hintText = nil }
    }
    /// The HTTP status of the failing response, when there was one.
    public var httpStatus: Int?
    /// The gateway's request id header, which its support staff ask for.
    public var requestID: String?
    /// The API's own `error.code`, when the body carried one.
    public var apiCode: String?
    /// An image URL the reply pointed at, so a person can still fetch it by hand within its lifetime.
    public var sourceURL: String?
    /// How many times the request was sent before giving up (nil when it never was).
    public var attempts: Int?
    /// Seconds the gateway asked to wait (`Retry-After`) on a reply worth retrying, so a caller that paces
    /// many requests itself (batch) can honour it; nil when the reply named no wait.
    public var retryAfter: Double?
    /// Where the image was kept when it arrived (and was billed) but could not be saved where asked; see
    /// `RecoveryFolder`.
    public var recoveredPath: String?
    /// How many images the failed request was billed for, when it is known that it was (an image kept in the
    /// recovery folder); nil otherwise. With `usage`, lets a front end show the cost as it would for a success.
    public var billedImages: Int?
    /// The reply's `usage` when the request was billed (`billedImages` is set) and the reply carried one.
    public var usage: JSONValue?
    /// `message` as a catalog message, so a front end can show it in the user's language.
    public var text: Message?
    /// `hint` as a catalog message.
    public var hintText: Message?

    /// Creates an error; prefer the static helpers for the common cases.
    public init(
        _ code: Code,
        _ message: String,
        hint: String? = nil,
        httpStatus: Int? = nil,
        requestID: String? = nil,
        apiCode: String? = nil,
        sourceURL: String? = nil,
        attempts: Int? = nil
    ) {
        self.code = code
        self.message = message
        self.hint = hint
        self.httpStatus = httpStatus
        self.requestID = requestID
        self.apiCode = apiCode
        self.sourceURL = sourceURL
        self.attempts = attempts
    }

    /// Creates an error from catalog messages; `message` and `hint` hold their English texts.
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
        self.init(
            code, text.text(in: .en), hint: hint?.text(in: .en), httpStatus: httpStatus, requestID: requestID,
            apiCode: apiCode, sourceURL: sourceURL, attempts: attempts)
        self.text = text
        self.hintText = hint
    }

    /// The message in `language` (English when the error was made from plain text).
    public func message(in language: Language) -> String {
        text?.text(in: language) ?? message
    }

    /// The hint in `language`.
    public func hint(in language: Language) -> String? {
        hintText?.text(in: language) ?? hint
    }

    /// Replaces the message in every language.
    public mutating func setMessage(_ text: Message) {
        message = text.text(in: .en)
        self.text = text
    }

    /// Replaces the hint in every language; nil removes it.
    public mutating func setHint(_ hint: Message?) {
        self.hint = hint?.text(in: .en)
        hintText = hint
    }

    /// Adds `more` after the hint (`hint; more`), or makes it the hint when there is none.
    mutating func appendHint(_ more: Message) {
        if let hintText {
            setHint(Message("common.then", parts: ["first": hintText, "second": more]))
        } else if let hint {
            setHint(Message("common.then", ["first": hint], parts: ["second": more]))
        } else {
            setHint(more)
        }
    }

    public var description: String {
        var text = "\(code): \(message)"
        if let hint { text += " (hint: \(hint))" }
        return text
    }
}

extension ImageAPIError {
    /// The error for a missing APIYI key, shared by the client and front ends that check before announcing work.
    public static let noAPIKey = missingKey(for: .apiyi)

    /// The error for a missing key, naming the provider's own variable and where to get a key.
    public static func missingKey(for provider: Provider) -> ImageAPIError {
        ImageAPIError(
            .authMissing, Message("auth.missing", ["variable": provider.keyVariable]),
            hint: Message("auth.missing.hint", ["variable": provider.keyVariable, "page": provider.keyPage]))
    }
}

extension ImageAPIError {
    /// The error with every occurrence of `secret` masked, because gateways echo keys in their messages
    /// ("Incorrect API key provided: sk-…") and nothing gen-image prints may contain the key, not even the
    /// part of it left where a long text was cut (see `Redaction.scrub`).
    public func redacting(_ secret: String) -> ImageAPIError {
        guard secret.count >= 4 else { return self }
        func clean(_ text: String?) -> String? { text.map { Redaction.scrub($0, secret: secret) } }
        var copy = self
        copy.message = clean(message) ?? message
        copy.hint = clean(hint)
        copy.text = text?.redacting(secret)
        copy.hintText = hintText?.redacting(secret)
        copy.requestID = clean(requestID)
        copy.apiCode = clean(apiCode)
        copy.sourceURL = clean(sourceURL)
        return copy
    }
}
