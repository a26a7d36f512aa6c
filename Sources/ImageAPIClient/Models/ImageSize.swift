import Foundation

/// A requested output size: `auto` or explicit pixels.
///
/// People type sizes as `2048×1152`, `2048X1152` or `2048 x 1152`; all of them mean `2048x1152`, which is the
/// only spelling the gateway accepts, so parsing normalises before anything is checked or sent.
public enum ImageSize: Sendable, Hashable, CustomStringConvertible {
    /// Let the model choose.
    case auto
    /// Width by height in pixels.
    case pixels(width: Int, height: Int)

    /// Parses `auto` or `WxH` (with `x`, `X`, `×` or `*`, spaces allowed around it); nil when it is neither.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if trimmed == "auto" {
            self = .auto
            return
        }
        let unified = trimmed.replacingOccurrences(of: "×", with: "x").replacingOccurrences(of: "*", with: "x")
        let parts = unified.split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let widthText = parts[0].trimmingCharacters(in: .whitespaces)
        let heightText = parts[1].trimmingCharacters(in: .whitespaces)
        guard widthText.count <= 6, heightText.count <= 6,
            !widthText.isEmpty, !heightText.isEmpty,
            widthText.allSatisfy({ $0.isASCII && $0.isNumber }),
            heightText.allSatisfy({ $0.isASCII && $0.isNumber }),
            let width = Int(widthText), let height = Int(heightText), width > 0, height > 0
        else { return nil }
        self = .pixels(width: width, height: height)
    }

    /// The form sent to the API: `auto` or `2048x1152`.
    public var description: String {
        switch self {
        case .auto: "auto"
        case .pixels(let width, let height): "\(width)x\(height)"
        }
    }
}

/// How a model checks `size`.
public enum SizeRule: Sendable {
    /// The model takes no size (gpt-image-2-all: the ratio goes in the prompt).
    case notAccepted
    /// Any `WxH` within limits, or `auto` (gpt-image-2).
    case flexible(FlexibleSizeLimits)
    /// `auto` or one of a fixed list (gpt-image-2-vip).
    case presets([SizePreset])
    /// Sent as given once normalised (a model gen-image does not know).
    case unchecked
}

/// One of a model's fixed sizes, with the ratio and tier the gateway's documentation groups them by.
public struct SizePreset: Sendable, Hashable {
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    /// The nominal ratio, e.g. `16:9` (the pixel ratio is rounded to a multiple of 16).
    public let ratio: String
    /// The tier, e.g. `1K`, `2K`, `4K`.
    public let tier: String

    /// Creates a preset.
    public init(width: Int, height: Int, ratio: String, tier: String) {
        self.width = width
        self.height = height
        self.ratio = ratio
        self.tier = tier
    }

    /// `WxH`.
    public var text: String { "\(width)x\(height)" }
}

/// The limits of a model that takes any size within rules (OpenAI's rules for gpt-image-2).
public struct FlexibleSizeLimits: Sendable, Equatable {
    /// The longest edge may not exceed this.
    public var maxEdge = 3840
    /// Both edges must be multiples of this.
    public var edgeMultiple = 16
    /// Long edge divided by short edge may not exceed this.
    public var maxRatio = 3.0
    /// At least this many pixels.
    public var minPixels = 655_360
    /// At most this many pixels.
    public var maxPixels = 8_294_400
    /// Sizes the model's guide lists first; used in hints.
    public var presets: [String] = []

    /// Creates the limits; the defaults are gpt-image-2's.
    public init(presets: [String] = []) {
        self.presets = presets
    }

    /// The first rule a size breaks, in words, or nil when the size is valid.
    public func violation(width: Int, height: Int) -> String? {
        violationMessage(width: width, height: height)?.text(in: .en)
    }

    /// The first rule a size breaks, as a catalog message, or nil when the size is valid.
    public func violationMessage(width: Int, height: Int) -> Message? {
        let long = max(width, height)
        let short = min(width, height)
        if long > maxEdge {
            return Message.sizeRuleMaxEdge(max: String(maxEdge))
        }
        if width % edgeMultiple != 0 || height % edgeMultiple != 0 {
            return Message.sizeRuleMultiple(multiple: String(edgeMultiple))
        }
        if Double(long) / Double(short) > maxRatio {
            return Message.sizeRuleRatio(ratio: String(Int(maxRatio)))
        }
        let pixels = width * height
        if pixels < minPixels {
            return Message.sizeRuleMinPixels(min: minPixels.grouped, pixels: pixels.grouped)
        }
        if pixels > maxPixels {
            return Message.sizeRuleMaxPixels(max: maxPixels.grouped, pixels: pixels.grouped)
        }
        return nil
    }

    /// A valid size as close as possible to the one asked for: same ratio (clamped), pixel count clamped into
    /// range, edges rounded to the multiple; so a person can simply retry with it.
    public func nearestValid(width: Int, height: Int) -> (width: Int, height: Int) {
        let ratio = min(max(Double(width) / Double(height), 1 / maxRatio), maxRatio)
        let area = min(max(Double(width) * Double(height), Double(minPixels)), Double(maxPixels))
        var idealWidth = (area * ratio).squareRoot()
        var idealHeight = idealWidth / ratio
        let longest = max(idealWidth, idealHeight)
        if longest > Double(maxEdge) {
            idealWidth *= Double(maxEdge) / longest
            idealHeight *= Double(maxEdge) / longest
        }
        let step = Double(edgeMultiple)
        let baseWidth = Int((idealWidth / step).rounded()) * edgeMultiple
        let baseHeight = Int((idealHeight / step).rounded()) * edgeMultiple
        var best: (width: Int, height: Int)?
        var bestDistance = Double.infinity
        for dx in -6...6 {
            for dy in -6...6 {
                let candidateWidth = baseWidth + dx * edgeMultiple
                let candidateHeight = baseHeight + dy * edgeMultiple
                guard candidateWidth > 0, candidateHeight > 0,
                    violationMessage(width: candidateWidth, height: candidateHeight) == nil
                else { continue }
                let distance =
                    abs(log(Double(candidateWidth) / idealWidth)) + abs(log(Double(candidateHeight) / idealHeight))
                if distance < bestDistance {
                    bestDistance = distance
                    best = (candidateWidth, candidateHeight)
                }
            }
        }
        return best ?? (1024, 1024)
    }

    /// The rules in one line, for hints.
    public var summary: String { summaryText.text(in: .en) }

    /// The rules in one line, as a catalog message.
    public var summaryText: Message {
        Message.sizeRuleSummary(
            multiple: String(edgeMultiple), max: String(maxEdge), ratio: String(Int(maxRatio)), min: minPixels.grouped,
            maxPixels: maxPixels.grouped)
    }
}

extension Int {
    /// `8294400` as `8,294,400`, for messages.
    var grouped: String {
        let digits = String(self.magnitude)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return self < 0 ? "-" + out : out
    }
}
