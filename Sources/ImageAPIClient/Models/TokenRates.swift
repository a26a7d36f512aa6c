/// What a token-billed model charges, in US dollars per million tokens, so a cost can be worked out from the
/// `usage` the API returns instead of guessed from quality.
public struct TokenRates: Sendable, Equatable {
    /// Text tokens in (the prompt).
    public let textInput: Double
    /// Image tokens in (input images of an edit).
    public let imageInput: Double
    /// Image tokens out (the generated image; gpt-image-2's output is billed at this rate).
    public let imageOutput: Double

    /// Creates rates, each per million tokens.
    public init(textInput: Double, imageInput: Double, imageOutput: Double) {
        self.textInput = textInput
        self.imageInput = imageInput
        self.imageOutput = imageOutput
    }

    /// The cost of one reply's `usage`, or nil when it does not say how many tokens went out.
    ///
    /// Reads the Images API's `input_tokens`/`output_tokens` (with `input_tokens_details` splitting text from
    /// image input) and the chat API's `prompt_tokens`/`completion_tokens`; input without a split is priced
    /// as text.
    public func cost(of usage: JSONValue?) -> Double? {
        guard let usage, let output = (usage["output_tokens"] ?? usage["completion_tokens"])?.numberValue else {
            return nil
        }
        let input = (usage["input_tokens"] ?? usage["prompt_tokens"])?.numberValue ?? 0
        var textIn = input
        var imageIn = 0.0
        if let details = usage["input_tokens_details"], let text = details["text_tokens"]?.numberValue {
            textIn = text
            imageIn = details["image_tokens"]?.numberValue ?? max(0, input - text)
        }
        return (textIn * textInput + imageIn * imageInput + output * imageOutput) / 1_000_000
    }
}

extension JSONValue {
    /// The number, when this is one.
    var numberValue: Double? {
        if case .number(let value) = self { return value }
        return nil
    }
}
