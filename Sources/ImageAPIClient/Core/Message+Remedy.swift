import Foundation

extension Message {
    static func gatewayParamCheck(setting: Message, modelFlag: Message) -> Message {
        Message(
            en: "the gateway rejected the value of \(setting); check it, or choose another model with \(modelFlag)",
            zh: "网关拒绝了 \(setting) 的值；请检查它，或用 \(modelFlag) 选择其他模型")
    }
}
