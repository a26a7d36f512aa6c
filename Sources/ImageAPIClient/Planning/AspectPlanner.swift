import Foundation

/// Turns `--aspect` into what the chosen model understands, by reading its size rule in `ModelCatalog`:
/// a phrase in front of the prompt (gpt-image-2-all), the preset of that ratio and tier (gpt-image-2-vip), or a
/// valid size of that ratio near the tier (gpt-image-2).
enum AspectPlanner {
    /// What the planner does with the request.
    struct Outcome {
        /// The size to send, for models that take one.
        var size: String?
        /// The phrase to put in front of the prompt, for models that take none.
        var promptPrefix: String?
        /// Things to tell the user.
        var notes: [Diagnostic] = []
    }

    static func plan(_ request: AspectRequest, spec: ModelSpec, sizeGiven: Bool) throws(ImageAPIError) -> Outcome {
        guard !sizeGiven else {
            throw ImageAPIError(
                .invalidArgument, Message.aspectSizeConflict(size: .parameter(.size)),
                hint: Message.aspectSizeConflictHint(ratio: request.ratio.description))
        }
        let ratio = request.ratio
        switch spec.sizeRule {
        case .notAccepted:
            guard let phrase = RatioPhrases.phrase(for: ratio) else {
                throw ImageAPIError(
                    .invalidArgument, Message.aspectNoPhrase(model: spec.name, ratio: ratio.description),
                    hint: Message.aspectRatios(ratios: RatioPhrases.all.map(\.ratio).joined(separator: ", ")))
            }
            var outcome = Outcome(promptPrefix: phrase)
            if request.resolutionGiven, request.resolution != .oneK {
                outcome.notes.append(
                    Diagnostic(
                        .warning, code: "resolution_ignored",
                        Message.aspectResolutionIgnored(model: spec.name, resolution: request.resolution.rawValue)))
            }
            return outcome
        case .presets(let presets):
            let sameRatio = presets.filter { AspectRatio(parsing: $0.ratio) == ratio }
            guard !sameRatio.isEmpty else {
                var ratios: [String] = []
                for preset in presets where !ratios.contains(preset.ratio) { ratios.append(preset.ratio) }
                throw ImageAPIError(
                    .invalidArgument, Message.aspectNoSize(model: spec.name, ratio: ratio.description),
                    hint: Message.aspectNoSizeHint(ratios: ratios.joined(separator: ", ")))
            }
            guard let preset = sameRatio.first(where: { $0.tier == request.resolution.tier }) else {
                let tiers = sameRatio.map { "\($0.tier.lowercased()) (\($0.text))" }.joined(separator: ", ")
                throw ImageAPIError(
                    .invalidArgument,
                    Message.aspectNoTier(
                        model: spec.name, resolution: request.resolution.rawValue, ratio: ratio.description),
                    hint: Message.aspectNoTierHint(ratio: ratio.description, sizes: tiers))
            }
            return Outcome(size: preset.text)
        case .flexible(let limits):
            guard let size = size(for: ratio, near: request.resolution.targetLongEdge, within: limits) else {
                throw ImageAPIError(
                    .invalidArgument, Message.aspectImpossible(model: spec.name, ratio: ratio.description),
                    hint: Message.aspectImpossibleHint(max: String(Int(limits.maxRatio))))
            }
            return Outcome(size: "\(size.width)x\(size.height)")
        case .unchecked:
            throw ImageAPIError(
                .unsupportedOption, Message.aspectUnknownModel(model: spec.name),
                hint: Message.aspectUnknownModelHint(models: ModelCatalog.models.map(\.name).joined(separator: ", ")))
        }
    }

    /// The valid size of exactly `ratio` (else within 0.2% of it, else nearest to it) whose long edge is
    /// nearest to `target`.
    static func size(for ratio: AspectRatio, near target: Int, within limits: FlexibleSizeLimits)
        -> (width: Int, height: Int)?
    {
        let wanted = ratio.value
        let step = limits.edgeMultiple
        var candidates: [(width: Int, height: Int, ratioError: Double, sizeError: Double)] = []
        for long in stride(from: step, through: limits.maxEdge, by: step) {
            let short = Int((Double(long) / max(wanted, 1 / wanted) / Double(step)).rounded()) * step
            guard short >= step else { continue }
            let (width, height) = wanted >= 1 ? (long, short) : (short, long)
            guard limits.violationMessage(width: width, height: height) == nil else { continue }
            candidates.append(
                (
                    width, height, abs(log(Double(width) / Double(height) / wanted)),
                    abs(log(Double(long) / Double(target)))
                ))
        }
        let exact = candidates.filter { $0.ratioError < 1e-9 }
        let close = candidates.filter { $0.ratioError <= 0.002 }
        let nearest = candidates.filter { $0.ratioError <= (candidates.map(\.ratioError).min() ?? 0) + 1e-9 }
        let pool = !exact.isEmpty ? exact : !close.isEmpty ? close : nearest
        guard let best = pool.min(by: { $0.sizeError < $1.sizeError }) else { return nil }
        guard best.ratioError <= 0.05 else { return nil }
        return (best.width, best.height)
    }
}
