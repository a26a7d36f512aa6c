import Foundation

/// A finished image found in a closing event's output list (gateways that skip `response.output_item.done`).
struct FinalImage: Sendable {
    let key: String
    let data: Data
    let revisedPrompt: String?
}
