import Foundation
import Testing

@testable import ImageAPIClient

/// Every text a person reads is a typed constructor (a misspelt text or a missing value does not compile) whose
/// words come from each language's table; what is left to test is how the texts render.
@Suite("Messages")
struct MessageTests {
    @Test func messagesRenderInEitherLanguageAndValuesStayAsGiven() {
        let message = Message.authMissing(variable: "APIYI_API_KEY")
        #expect(message.text(in: .en) == "no API key: APIYI_API_KEY is not set")
        #expect(message.text(in: .zh) == "没有 API 密钥：未设置 APIYI_API_KEY")
        let error = ImageAPIError.missingKey(for: .apiyi)
        #expect(error.message == "no API key: APIYI_API_KEY is not set")
        #expect(error.message(in: .zh).hasPrefix("没有 API 密钥"))
        #expect(error.code == .authMissing)
    }

    @Test func aMessageGivenAsAValueRendersInTheLanguageOfTheWhole() {
        let joined = Message.commonThen(first: .authMissing(variable: "K"), second: .verbatim("{second}"))
        #expect(joined.text(in: .en) == "no API key: K is not set; {second}")
        #expect(joined.text(in: .zh) == "没有 API 密钥：未设置 K；{second}")
        #expect(Message.either(["a", "b", "c"]).text(in: .zh) == "a 或 b 或 c")
    }

    @Test func secondsStayNumbersUntilTheLanguageIsChosen() {
        let message = Message.transportTimeout(place: "api.example", limit: 300)
        #expect(message.text(in: .en).contains("300 s"), "\(message)")
        #expect(message.text(in: .zh).contains("300 秒"), "\(message.text(in: .zh))")
        #expect(!message.text(in: .zh).contains("300 s"), "\(message.text(in: .zh))")
        #expect(Message.transportTimeout(place: "x", limit: 2.5).text(in: .zh).contains("2.5 秒"))
    }

    @Test func aSettingIsSpelledByTheFrontEndThatRendersIt() {
        let flags = Spelling { setting, short in
            short ? "-" + setting.rawValue.prefix(1) : "--" + setting.rawValue
        }
        let message = Message.plannerOptionUnsupportedDrop(flag: .parameter(.size), modelFlag: .parameter(.model))
        #expect(message.text(in: .en) == "drop size, or choose another model with model")
        #expect(message.text(in: .en, spelling: flags) == "drop --size, or choose another model with --model")
        let outer = Message.commonThen(first: .parameter(.size, short: true), second: .parameter(.quality))
        #expect(outer.text(in: .zh, spelling: flags) == "-s；--quality")
    }

    @Test func redactionReachesValuesAndMessagesInside() {
        let inner = Message.verbatim("key sk-abcdefghijklmnop1234 here")
        let outer = Message.commonThen(first: inner, second: .verbatim("tail"))
        let masked = outer.redacting("sk-abcdefghijklmnop1234").text(in: .en)
        #expect(!masked.contains("abcdefghijklmnop"), "\(masked)")
        #expect(masked.hasSuffix("; tail"))
    }

    @Test func theLocaleDecidesTheLanguage() {
        #expect(Language.fromLocale([:]) == .en)
        #expect(Language.fromLocale(["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(Language.fromLocale(["LANG": "zh_CN.UTF-8", "LC_ALL": "en_US.UTF-8"]) == .en)
        #expect(Language.fromLocale(["LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_TW"]) == .zh)
        #expect(Language.fromLocale(["LC_ALL": "", "LANG": "zh_HK"]) == .zh)
        #expect(Language.fromLocale(["LANG": "C"]) == .en)
    }
}
