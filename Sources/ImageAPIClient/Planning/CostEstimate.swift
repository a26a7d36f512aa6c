/// The estimated cost of a set of images, and how much of it rests on guesses.
///
/// Flat-priced models cost what `ModelCatalog` says. Token-billed gpt-image-2 is priced from each reply's
/// `usage` when the gateway sent one; without it the catalog's per-image figure for the quality stands in and
/// the estimate says it is partial, rather than pretending to a precision it does not have.
public struct CostEstimate: Sendable, Equatable {
    /// The total in US dollars.
    public private(set) var dollars: Double = 0
    /// Images priced exactly: a flat price, or tokens from `usage`.
    public private(set) var exact = 0
    /// Token-billed images without `usage`, priced at the catalog's per-image estimate.
    public private(set) var guessed = 0
    /// Images on models whose price is unknown, left out of `dollars`.
    public private(set) var unpriced = 0

    /// An empty estimate.
    public init() {}

    /// True when some images were guessed or left out.
    public var isPartial: Bool { guessed + unpriced > 0 }

    /// Adds one image made by `spec` at `quality`, with the reply's `usage` if any.
    public mutating func add(_ spec: ModelSpec, quality: String?, usage: JSONValue?) {
        if let rates = spec.tokenRates, let cost = rates.cost(of: usage) {
            dollars += cost
            exact += 1
            return
        }
        guard let estimate = spec.price.estimate(quality: quality) else {
            unpriced += 1
            return
        }
        dollars += estimate
        if case .perToken = spec.price { guessed += 1 } else { exact += 1 }
    }
}
