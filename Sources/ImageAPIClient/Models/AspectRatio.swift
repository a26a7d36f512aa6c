import Foundation

/// A picture shape such as 16:9, asked for the same way on every model (`--aspect`).
///
/// Models differ in how they take a shape: gpt-image-2-all only through words at the start of the prompt,
/// gpt-image-2-vip through 30 fixed sizes, gpt-image-2 through any valid size. One request type lets the planner
/// turn the same intent into whichever the chosen model understands.
public struct AspectRatio: Sendable, Hashable, CustomStringConvertible {
    /// The width term, reduced (16 in 16:9).
    public let width: Int
    /// The height term, reduced.
    public let height: Int

    /// A ratio from two positive terms, reduced (32:18 becomes 16:9).
    public init?(width: Int, height: Int) {
        guard width > 0, height > 0, width <= 10_000, height <= 10_000 else { return nil }
        var (a, b) = (width, height)
        while b != 0 { (a, b) = (b, a % b) }
        self.width = width / a
        self.height = height / a
    }

    /// Parses `W:H` (spaces allowed around the colon); nil for anything else.
    public init?(parsing text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 5 && $0.allSatisfy(\.isASCII) }),
            let width = Int(parts[0]), let height = Int(parts[1])
        else { return nil }
        self.init(width: width, height: height)
    }

    /// `16:9`.
    public var description: String { "\(width):\(height)" }

    /// Width divided by height.
    public var value: Double { Double(width) / Double(height) }
}

/// How large `--aspect` should make the image: the tiers gpt-image-2-vip names 1K, 2K and 4K.
public enum Resolution: String, Sendable, CaseIterable {
    /// A long edge around 1024–1280 pixels.
    case oneK = "1k"
    /// A long edge around 2048 pixels.
    case twoK = "2k"
    /// A long edge up to 3840 pixels, within the model's pixel limit.
    case fourK = "4k"

    /// The tier as gpt-image-2-vip's presets name it.
    public var tier: String { rawValue.uppercased() }

    /// The long edge aimed at on a model that takes any size.
    public var targetLongEdge: Int {
        switch self {
        case .oneK: 1024
        case .twoK: 2048
        case .fourK: 3840
        }
    }
}

/// `--aspect` with `--resolution`: the shape wanted and roughly how large.
public struct AspectRequest: Sendable, Equatable {
    /// The shape.
    public var ratio: AspectRatio
    /// The size tier (1k unless asked).
    public var resolution: Resolution
    /// Whether the resolution was asked for, so a model that ignores it can say so.
    public var resolutionGiven: Bool

    /// Creates a request.
    public init(ratio: AspectRatio, resolution: Resolution = .oneK, resolutionGiven: Bool = false) {
        self.ratio = ratio
        self.resolution = resolution
        self.resolutionGiven = resolutionGiven
    }
}

/// The words that make gpt-image-2-all draw a shape, put at the start of the prompt. They come from the skill
/// guide's size guide and APIYI's measured table (references/size-guide.md lists them with the sizes seen).
package enum RatioPhrases {
    /// Ratio (as people write it: 21:9, not 7:3) and phrase, in the order the size guide lists them.
    package static let all: [(ratio: String, phrase: String)] = [
        ("1:1", "1:1 方形构图"), ("16:9", "横版 16:9"), ("9:16", "竖版 9:16"), ("4:3", "4:3 标准画幅"),
        ("3:4", "竖版 3:4"), ("3:2", "3:2 经典画幅"), ("2:3", "竖版 2:3"), ("21:9", "横幅 21:9 超宽银幕"),
        ("5:2", "5:2 横屏"), ("2:5", "2:5 竖屏"),
    ]

    /// The phrase for `ratio`, or nil when the size guide has none.
    package static func phrase(for ratio: AspectRatio) -> String? {
        all.first { AspectRatio(parsing: $0.ratio) == ratio }?.phrase
    }

    /// How the phrase and the user's prompt are joined (APIYI's documented form, a full-width comma).
    package static func prefixed(_ prompt: String, with phrase: String) -> String {
        phrase + "，" + prompt
    }
}
