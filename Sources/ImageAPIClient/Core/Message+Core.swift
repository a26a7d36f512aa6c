import Foundation

/// The texts that `Core/` shows a person, in English and Simplified Chinese side by side.
///
/// One constructor per text: its parameters are the values it shows, so a wrong name or value is
/// a compile error. Values are never translated; `Message` parameters render in the same language.
extension Message {
    // MARK: - Shared pieces

    static func authMissing(variable: String) -> Message {
        Message(en: "no API key: \(variable) is not set", zh: "没有 API 密钥：未设置 \(variable)")
    }

    /// Where to get a key and how to give it (the key's setting spelled by the front end: `-k/--api-key`).
    public static func authMissingHint(page: String, variable: String) -> Message {
        Message(
            en: "get a key at \(page), then export \(variable)=\"sk-…\" or pass \(setting: "api_key", short: false)",
            zh: "在 \(page) 获取密钥，然后 export \(variable)=\"sk-…\"，或用 \(setting: "api_key", short: false) 传入")
    }

    static func commonThen(first: Message, second: Message) -> Message {
        Message(en: "\(first); \(second)", zh: "\(first)；\(second)")
    }

    // MARK: - Input images and masks

    static var inputNotFoundHint: Message {
        Message(
            en: "check the path; note that \(setting: "input_images") takes every argument up to the next flag "
                + "as an image, so put \(setting: "prompt") before \(setting: "input_images") or quote the prompt",
            zh: "请检查路径；注意 \(setting: "input_images") 会把下一个选项之前的所有参数都当作图片，所以请把 \(setting: "prompt") 放在 "
                + "\(setting: "input_images") 之前，或给提示词加上引号")
    }

    // MARK: - Request parameters

    static func parameterWholeNumber(low: String, high: String) -> Message {
        Message(en: "use a whole number from \(low) to \(high)", zh: "请使用 \(low) 到 \(high) 的整数")
    }

    // MARK: - Planning

    static func plannerOneOf(values: String) -> Message {
        Message(en: "use one of: \(values)", zh: "请使用以下之一：\(values)")
    }

    static func plannerOptionUnsupportedDrop(flag: Message, modelFlag: Message) -> Message {
        Message(en: "drop \(flag), or choose another model with \(modelFlag)", zh: "去掉 \(flag)，或用 \(modelFlag) 选择其他模型")
    }

    static func plannerOptionUnsupportedTakers(flag: Message, models: String) -> Message {
        Message(en: "drop \(flag), or use a model that takes it: \(models)", zh: "去掉 \(flag)，或使用接受它的模型：\(models)")
    }

    // MARK: - Remedies

    static var transportTimeoutHint: Message {
        Message(
            en: "the gateway may still finish (and bill) this image; raise \(setting: "timeout") (e.g. "
                + "\(setting: "timeout") 600) or try again later",
            zh: "网关可能仍会完成这张图片（并计费）；请提高 \(setting: "timeout")（如 \(setting: "timeout") 600）或稍后重试")
    }

    static var transportCheckBaseUrl: Message {
        Message(
            en: "check \(setting: "base_url")",
            zh: "请检查 \(setting: "base_url")")
    }
}
