import Foundation

extension Message {
    static func gatewayParamCheck(setting: Message, modelFlag: Message) -> Message {
        Message(.gatewayParamCheck, .message("setting", setting), .message("modelFlag", modelFlag))
    }
}
