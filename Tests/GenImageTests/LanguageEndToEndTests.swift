import FakeGateway
import Foundation
import Testing

/// Messages follow `--lang`, else LC_ALL / LC_MESSAGES / LANG; JSON keys and error codes never change.
@Suite("Languages, end to end")
struct LanguageEndToEndTests {
    @Test func chineseFromTheLocaleEnglishFromTheFlag() throws {
        let scenario = try Scenario()
        let chinese = try scenario.run(["-p", "x"], environment: ["APIYI_API_KEY": nil, "LANG": "zh_CN.UTF-8"])
        #expect(chinese.exitCode == 3)
        #expect(
            chinese.stderr.contains("gen-image: 错误 [auth_missing]：没有 API 密钥：未设置 APIYI_API_KEY"), "\(chinese.stderr)")
        #expect(chinese.stderr.contains("在 https://api.apiyi.com 获取密钥"))

        let english = try scenario.run(
            ["-p", "x", "--lang", "en"], environment: ["APIYI_API_KEY": nil, "LC_ALL": "zh_CN.UTF-8"])
        #expect(english.stderr.contains("gen-image: error [auth_missing]: no API key: APIYI_API_KEY is not set"))

        let flag = try scenario.run(["-p", "x", "--lang=zh"], environment: ["APIYI_API_KEY": nil])
        #expect(flag.stderr.contains("错误"))
    }

    @Test func jsonKeysAndCodesStayTheSame() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["-p", "x", "--json", "--lang", "zh"], environment: ["APIYI_API_KEY": nil])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let error = try #require(object?["error"] as? [String: Any])
        #expect(error["code"] as? String == "auth_missing")
        #expect(object?["ok"] as? Bool == false)
    }

    @Test func anUnknownLanguageIsAUsageError() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["-p", "x", "--lang", "fr"])
        scenario.expectFailure(result, exitCode: 2, mentions: ["invalid value 'fr' for --lang", "en or zh"])
    }
}
