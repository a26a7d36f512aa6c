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

    /// Adds another estimate's images and dollars (the requests of a `-n` run, a batch's items).
    public mutating func add(_ other: CostEstimate) {
        dollars += other.dollars
        exact += other.exact
        guessed += other.guessed
        unpriced += other.unpriced
    }

    /// Adds one request made by `spec` at `quality` that was billed for `images` images, with the reply's
    /// `usage` if any.
    ///
    /// A reply's `usage` already covers every image of the request, so it is counted once; a price per image
    /// (or the per-image guess for a token-billed reply without usage) is counted for each image.
    public mutating func add(_ spec: ModelSpec, quality: String?, usage: JSONValue?, images: Int = 1) {
        let images = max(1, images)
        if let rates = spec.tokenRates, let cost = rates.cost(of: usage) {
            dollars += cost
            exact += images
            return
        }
        guard let estimate = spec.price.estimate(quality: quality) else {
            unpriced += images
            return
        }
        dollars += estimate * Double(images)
        if case .perToken = spec.price { guessed += images } else { exact += images }
    }
}
