import Foundation

/// The OpenAI error body `{"error":{"message","type","param","code"}}`, read tolerantly: gateways add fields
/// (`localized_message`, a top-level `status_code`), send `code` as a number, or send `error` as a string.
struct APIErrorBody {
    let message: String?
    let code: String?
    let type: String?
    /// The parameter the gateway blames (`size`, `image[]`), when it names one.
    var param: String? = nil

    static func parse(_ data: Data) -> APIErrorBody? {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: data) else { return nil }
        func text(_ value: JSONValue?) -> String? {
            switch value {
            case .string(let text): text
            case .number(let number):
                number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
            default: nil
            }
        }
        switch value["error"] {
        case .object:
            let error = value["error"]
            return APIErrorBody(
                message: text(error?["message"]), code: text(error?["code"]), type: text(error?["type"]),
                param: text(error?["param"]).flatMap { $0.isEmpty ? nil : $0 })
        case .string(let message):
            return APIErrorBody(message: message, code: text(value["code"]), type: nil)
        default:
            if let message = text(value["message"]) ?? text(value["detail"]) {
                return APIErrorBody(message: message, code: text(value["code"]), type: nil)
            }
            return nil
        }
    }
}
