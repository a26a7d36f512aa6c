import Foundation
import Testing

@testable import ImageAPIClient

/// Issue 26, point 2: a setting is a typed value, one per name (every name the texts use is one of them:
/// `MessageTableTests`).
@Suite("Settings as values")
struct SettingTests {
    @Test func everySettingHasOneNameAndIsFoundByIt() {
        let names = Setting.allCases.map(\.rawValue)
        #expect(Set(names).count == names.count, "\(names)")
        for setting in Setting.allCases { #expect(Setting(rawValue: setting.rawValue) == setting) }
        // The parameters are ImageOption's cases, declared there once.
        for option in ImageOption.allCases { #expect(Setting(rawValue: option.rawValue) == .option(option)) }
        #expect(Setting(rawValue: "input_images") == .inputImages)
        #expect(Setting(rawValue: "seed") == nil)
    }

    @Test(arguments: [
        ("size", Setting.option(.size)), ("n", .option(.count)), ("quality", .option(.quality)),
        ("image", .inputImages), ("image[]", .inputImages), ("images[0]", .inputImages), ("mask", .option(.mask)),
        ("tools[0].size", .option(.size)), ("Background", .option(.background)), ("model", .model),
        ("prompt", .prompt), ("output_format", .option(.outputFormat)),
    ])
    func aGatewaysParamNamesTheSetting(word: String, setting: Setting) {
        #expect(Setting(gatewayParam: word) == setting)
    }

    @Test(arguments: ["seed", "timeout", "api_key", "provider", "", "messages"])
    func aParamGenImageDoesNotSendNamesNothing(word: String) {
        #expect(Setting(gatewayParam: word) == nil)
    }

    @Test func theGatewaysParamReachesTheErrorAndItsRemedy() {
        func reply(_ param: String, code: String = "invalid_value", status: Int = 400) -> ImageAPIError {
            let body =
                #"{"error":{"message":"no","type":"invalid_request_error","param":"\#(param)","code":"\#(code)"}}"#
            return FailureDescriber.http(HTTPResponse(status: status, headers: [:], body: Data(body.utf8)))
        }
        let size = reply("size")
        #expect(
            size.setting == .option(.size) && size.apiParam == "size" && size.remedy == .checkSetting(.option(.size)))
        #expect(size.hint == "the gateway rejected the value of size; check it, or choose another model with model")
        let unknown = reply("quality", code: "unknown_parameter")
        #expect(unknown.remedy == .dropOrChooseModel(.quality) && unknown.remedy?.kind == "drop_or_choose_model")
        let seed = reply("seed", code: "unknown_parameter")
        #expect(
            seed.setting == nil && seed.apiParam == "seed" && seed.remedy == .advice(Message.transportHint400Parameter))
        // A status that is not the request's fault keeps its own advice; the param stays a fact.
        let busy = reply("size", status: 503)
        #expect(busy.apiParam == "size" && busy.remedy == .advice(Message.transportHint5xx))
        #expect(Remedy.both(.checkInputPath, .advice(.verbatim("x"))).kind == "check_input_path")
    }
}
