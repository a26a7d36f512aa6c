import Foundation

/// The checks a provider's row adds to the model's (`ProviderModelRow`): a model the gateway does not serve,
/// a value it refuses, and where else an option the model refuses here is accepted.
enum ProviderChecks {
    /// The error for a known model `provider` does not serve, naming the providers that do.
    static func notOffered(_ model: String, at provider: Provider) -> ImageAPIError {
        let served = ModelCatalog.models(at: provider).map(\.name).joined(separator: ", ")
        let others = ModelCatalog.providers(serving: model).map(\.id).joined(separator: ", ")
        return ImageAPIError(
            .invalidArgument,
            Message("provider.model.not_offered", ["model": model, "provider": provider.id, "models": served]),
            hint: Message(
                "provider.model.not_offered.hint", ["providers": others, "models": served, "model": model]))
    }

    /// Throws the gateway's own reason for a value its row refuses (VibeAPI: no transparent background).
    static func checkRefusals(_ options: ImageOptions, spec: ModelSpec) throws(ImageAPIError) {
        for refusal in spec.refusals {
            let value: String?
            switch refusal.option {
            case .background: value = options.background
            case .quality: value = options.quality
            case .outputFormat: value = options.outputFormat
            case .responseFormat: value = options.responseFormat
            case .moderation: value = options.moderation
            case .size: value = options.size
            case .action: value = options.action
            default: value = nil
            }
            if spec.refusal(of: refusal.option, value: value) == refusal {
                throw ImageAPIError(.unsupportedOption, refusal.reason, hint: refusal.hint)
            }
        }
    }

    /// "gpt-image-2 accepts -r at vibeapi (--provider vibeapi)", when another provider's row takes the option.
    static func elsewhere(_ option: ImageOption, model: String, besides provider: Provider) -> Message? {
        let takers = Provider.all.filter { other in
            other != provider && ModelCatalog.spec(named: model, at: other)?.accepts(option) == true
        }
        guard !takers.isEmpty else { return nil }
        return Message(
            "provider.option.elsewhere",
            [
                "model": model, "flag": option.flag, "providers": takers.map(\.id).joined(separator: ", "),
                "provider": takers[0].id,
            ])
    }
}
