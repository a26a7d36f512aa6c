import Foundation

/// A request parameter's value once checked: typed by its `OptionRule`, and turned into text only when the
/// request body is written.
public enum ParameterValue: Sendable, Equatable {
    /// A value from the model's list, or free text (lower-cased choices; text as given).
    case text(String)
    /// A whole number.
    case integer(Int)
    /// A size, normalised.
    case size(ImageSize)
    /// On (a flag is only ever present when on).
    case flag
    /// A checked file.
    case file(InputImage)

    /// The value as the request body carries it: `2048x1152`, `85`, `true`, `high`, or the file's path.
    public var wireText: String {
        switch self {
        case .text(let text): text
        case .integer(let number): String(number)
        case .size(let size): size.description
        case .flag: "true"
        case .file(let input): input.url.path
        }
    }

    /// Whether JSON writes the value bare (`85`, `true`) rather than as a string.
    public var isJSONLiteral: Bool {
        switch self {
        case .integer, .flag: true
        case .text, .size, .file: false
        }
    }

    /// The text of a choice or free text; nil for other kinds.
    public var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }

    /// The number of an integer; nil for other kinds.
    public var integer: Int? {
        if case .integer(let number) = self { return number }
        return nil
    }

    /// The file of a file parameter; nil for other kinds.
    public var file: InputImage? {
        if case .file(let input) = self { return input }
        return nil
    }
}

/// The checked parameters of a plan, iterated in `ImageOption` order (the order fields are written in).
public struct Parameters: Sendable, Equatable, Sequence {
    private var values: [ImageOption: ParameterValue] = [:]

    /// No parameters.
    public init() {}

    /// The value of `option`, or nil when it is not sent.
    public subscript(option: ImageOption) -> ParameterValue? {
        get { values[option] }
        set { values[option] = newValue }
    }

    /// Every parameter given, in `ImageOption` order.
    public func makeIterator() -> IndexingIterator<[(option: ImageOption, value: ParameterValue)]> {
        ImageOption.allCases.compactMap { option in values[option].map { (option, $0) } }.makeIterator()
    }

    /// The parameters written as fields of the request body, in order.
    public var fields: [(option: ImageOption, value: ParameterValue)] {
        filter { $0.option.isBodyField }
    }

    /// `quality`'s value, which decides the default deadline and the price estimate.
    public var quality: String? { values[.quality]?.text }
}
