import Foundation
import Testing

@testable import ImageAPIClient

/// Issue 26, point 2: a setting is a typed value, one per name, and every name the texts use is one of them.
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

    /// The texts still name settings by string (`\(setting: "size")`) until they move to tables; each such
    /// name, in the library and the command alike, must be a `Setting`, or it would be shown unspelled.
    @Test func everySettingATextNamesIsASetting() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        let pattern = try NSRegularExpression(pattern: #"\\\(setting: "([a-z_]+)""#)
        var found = 0
        for case let url as URL in files where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let name = try #require(Range(match.range(at: 1), in: text).map { String(text[$0]) })
                #expect(Setting(rawValue: name) != nil, "\(url.lastPathComponent): \(name)")
                found += 1
            }
        }
        #expect(found > 100, "the scan found the texts' settings")
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
