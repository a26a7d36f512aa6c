import Foundation

/// What differs between providers, read from the model table with the provider rows applied; what
/// `gen-image doctor`, `--help` and the README's provider table show, so none can drift from the checks.
package enum ProviderSummary {
    /// A model × option pair whose acceptance differs between providers.
    public struct Difference: Sendable, Equatable {
        /// The model.
        public let model: String
        /// The option.
        public let option: ImageOption
    }

    /// Every pair whose acceptance differs between the providers serving the model, in table order.
    public static let differences: [Difference] = ModelCatalog.models.flatMap { model in
        ImageOption.allCases.compactMap { option -> Difference? in
            let cells = ModelCatalog.providers(serving: model.name).map { provider in
                cell(ModelCatalog.spec(named: model.name, at: provider), option: option).text(in: .en)
            }
            return Set(cells).count > 1 ? Difference(model: model.name, option: option) : nil
        }
    }

    /// What `spec` takes for `option`: `refused`, the accepted values, and the refused ones with the reason.
    public static func cell(_ spec: ModelSpec?, option: ImageOption) -> Message {
        guard let spec else { return Message.providerCellNotOffered }
        guard spec.accepts(option) else { return Message.providerCellRefused }
        let refused = spec.refusals.filter { $0.option == option }
        let values = values(of: spec, option: option).filter { value in !refused.contains { $0.value == value } }
        var text = Message.providerCellAccepted(values: values.isEmpty ? "" : " " + values.joined(separator: "|"))
        if let note = spec.optionNotes[option] {
            text = Message.providerCellWithNote(accepted: text, note: note)
        }
        for refusal in refused {
            text = Message.providerCellWithRefusal(accepted: text, value: refusal.value)
        }
        return text
    }

    private static func values(of spec: ModelSpec, option: ImageOption) -> [String] {
        guard case .choice(let column, _) = option.rule else { return [] }
        return spec[keyPath: column]
    }

    /// One line per model `provider` serves, with the facts that differ from other providers, then the
    /// models it does not serve: `gpt-image-2 at vibeapi: -r/--response-format accepted b64_json|url …`.
    public static func lines(for provider: Provider) -> [Message] {
        var lines: [Message] = []
        for spec in ModelCatalog.models(at: provider) {
            var facts: [Message] = differences.filter { $0.model == spec.name }.map { difference in
                Message.providerFact(
                    flag: .parameter(difference.option), cell: cell(spec, option: difference.option))
            }
            let covered = { (refusal: ValueRefusal) in
                differences.contains { $0.model == spec.name && $0.option == refusal.option }
            }
            for refusal in spec.refusals where !covered(refusal) {
                facts.append(
                    Message.providerFactRefusal(value: refusal.value, reason: refusal.reason))
            }
            facts += spec.ignoredParameters.map {
                Message.providerFactIgnored(name: $0.name, note: $0.note)
            }
            if ModelCatalog.providers(serving: spec.name).count == 1 {
                facts.append(Message.providerFactOnlyHere)
            }
            if facts.isEmpty { facts.append(Message.providerFactSame) }
            lines.append(
                Message.providerLine(model: spec.name, provider: provider.id, facts: joined(facts)))
        }
        let missing = ModelCatalog.models.filter { !ModelCatalog.isOffered($0.name, at: provider) }.map(\.name)
        if !missing.isEmpty {
            lines.append(
                Message.providerLineNotOffered(provider: provider.id, models: missing.joined(separator: ", ")))
        }
        return lines
    }

    /// `a; b; c` in the language of the whole.
    static func joined(_ facts: [Message]) -> Message {
        guard let first = facts.first else { return .verbatim("") }
        guard facts.count > 1 else { return first }
        return Message.providerJoin(first: first, rest: joined(Array(facts.dropFirst())))
    }

    /// The README's provider table in Markdown (English): one row per provider, one column per difference.
    public static func markdownTable() -> String {
        let headers =
            ["Provider", "Models"] + differences.map { "\($0.model) `\($0.option.rawValue)`" }
            + ["Ignored parameters"]
        var rows = [headers, headers.map { _ in "---" }]
        for provider in Provider.all {
            var row = [provider.id, ModelCatalog.models(at: provider).map(\.name).joined(separator: ", ")]
            row += differences.map { cell(ModelCatalog.spec(named: $0.model, at: provider), option: $0.option).text() }
            let ignored = ModelCatalog.models(at: provider).flatMap { spec in
                spec.ignoredParameters.map { "\(spec.name) `\($0.name)`: \($0.note.text())" }
            }
            row.append(ignored.isEmpty ? "none" : ignored.joined(separator: "; "))
            rows.append(row)
        }
        // A `|` inside a cell (`b64_json|url`) would end it.
        let escaped = rows.map { $0.map { $0.replacingOccurrences(of: "|", with: "\\|") } }
        return escaped.map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n") + "\n"
    }
}
