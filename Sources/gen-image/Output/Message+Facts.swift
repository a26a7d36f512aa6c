import ImageAPIClient

extension Message {
    static func cliFactApiParam(value: String) -> Message {
        Message(.cliFactApiParam, .value("value", value))
    }
}
