import Foundation

/// A gateway gen-image knows by name: where it lives, which environment variable holds its key, and which model
/// suits it when none is named.
///
/// A table of rows like `ModelCatalog`, so adding a gateway is adding a row; `--base-url` and `-k` still win
/// over everything here.
public struct Provider: Sendable, Hashable {
    /// The name used with `--provider` and `GEN_IMAGE_PROVIDER`.
    public let id: String
    /// The API base.
    public let baseURL: URL
    /// The environment variable that holds the key.
    public let keyVariable: String
    /// Where a person gets a key.
    public let keyPage: String
    /// The model used when neither `-m` nor `GEN_IMAGE_MODEL` names one (before options move it): APIYI's
    /// chat model where it exists, gpt-image-2 where only the Images API is offered.
    public let defaultModel: String

    /// APIYI, the default: all three gpt-image-2 models.
    public static let apiyi = Provider(
        id: "apiyi", baseURL: URL(string: "https://api.apiyi.com/v1")!, keyVariable: "APIYI_API_KEY",
        keyPage: "https://api.apiyi.com", defaultModel: "gpt-image-2-all")
    /// VibeAPI: gpt-image-2 on the Images and Responses APIs.
    public static let vibeapi = Provider(
        id: "vibeapi", baseURL: URL(string: "https://www.vibeapi.cn/v1")!, keyVariable: "VIBEAPI_API_KEY",
        keyPage: "https://www.vibeapi.cn", defaultModel: "gpt-image-2")
    /// OpenAI itself.
    public static let openai = Provider(
        id: "openai", baseURL: URL(string: "https://api.openai.com/v1")!, keyVariable: "OPENAI_API_KEY",
        keyPage: "https://platform.openai.com/api-keys", defaultModel: "gpt-image-2")

    /// Every known provider, the default first.
    public static let all: [Provider] = [.apiyi, .vibeapi, .openai]

    /// The provider called `id` (case-insensitive), or nil.
    public static func named(_ id: String) -> Provider? {
        all.first { $0.id == id.lowercased() }
    }
}
