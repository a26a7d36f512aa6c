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
            Message.providerModelNotOffered(provider: provider.id, model: model, models: served),
            hint: Message.providerModelNotOfferedHint(providers: others, model: model, models: served)
        ).blaming(.model)
    }

    /// Throws the gateway's own reason for a value its row refuses (VibeAPI: no transparent background).
    static func checkRefusals(_ parameters: Parameters, spec: ModelSpec) throws(ImageAPIError) {
        for refusal in spec.refusals {
            if spec.refusal(of: refusal.option, value: parameters[refusal.option]?.wireText) == refusal {
                throw ImageAPIError(.unsupportedOption, refusal.reason, hint: refusal.hint)
                    .blaming(.option(refusal.option), model: spec.name)
            }
        }
    }

    /// "gpt-image-2 accepts -r at vibeapi (--provider vibeapi)", when another provider's row takes the option.
    static func elsewhere(_ option: ImageOption, model: String, besides provider: Provider) -> Message? {
        let takers = Provider.all.filter { other in
            other != provider && ModelCatalog.spec(named: model, at: other)?.accepts(option) == true
        }
        guard !takers.isEmpty else { return nil }
        return Message.providerOptionElsewhere(
            model: model, flag: .parameter(option), providers: takers.map(\.id).joined(separator: ", "),
            provider: takers[0].id)
    }
}
