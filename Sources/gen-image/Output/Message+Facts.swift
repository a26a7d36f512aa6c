import ImageAPIClient

extension Message {
    static func cliFactApiParam(value: String) -> Message {
        Message(en: "api param: \(value)", zh: "接口参数：\(value)")
    }
}
