import Foundation
import Testing

@testable import ImageAPIClient

/// What a model said instead of drawing: a refusal is `refused` with its words, anything else
/// `no_image_in_reply`; the words are shown on one line without control characters.
@Suite("Model words")
struct ModelWordsTests {
    @Test(arguments: [
        "I can't create that image because it includes a trademarked logo.",
        "I’m unable to generate images of real people.",
        "Sorry, this request violates our content policy.",
        "我无法生成这张图片。",
        "抱歉，我不能为你生成包含商标的图片。",
        "该请求违反了使用政策，无法生成。",
    ])
    func refusalsAreRecognised(text: String) {
        #expect(ModelWords.isRefusal(text))
        let error = ModelWords.error(for: text, httpStatus: 200, requestID: "r", streamed: false)
        #expect(error.code == .refused)
        #expect(error.message.contains(ModelWords.cleaned(text)))
        #expect(error.hintText == Message.replyRefusedHint)
    }

    @Test(arguments: [
        "Here is a description: a calm lake at dawn, mist over the water.",
        "Which colour should the cat be?",
        "画面是一片无法形容的美丽湖泊，清晨薄雾。",
        "Sorry, I only write poems.",
    ])
    func descriptionsAndQuestionsAreNotRefusals(text: String) {
        #expect(!ModelWords.isRefusal(text))
        #expect(ModelWords.error(for: text, httpStatus: 200, requestID: nil, streamed: false).code == .noImageInReply)
    }

    @Test func wordsLoseControlCharactersAndAreCapped() {
        #expect(ModelWords.cleaned("a\u{1B}[31mb\r\n\tc\u{7}\u{200E}  d ") == "a[31mb c d")
        let long = "I cannot do that. " + String(repeating: "x", count: 1_000)
        let error = ModelWords.error(for: long, httpStatus: nil, requestID: nil, streamed: true)
        #expect(error.message.count < ModelWords.refusalLimit + 120, "\(error.message.count)")
    }

    @Test func thePrefixHintGoesWhenThePromptAlreadyAsks() {
        let describing = ModelWords.error(for: "A lake at dawn.", httpStatus: 200, requestID: nil, streamed: false)
        #expect(describing.hintText == Message.replyTextInsteadHint)
        #expect(ModelWords.fitted(describing, prompt: "a lake").hintText == Message.replyTextInsteadHint)
        #expect(ModelWords.fitted(describing, prompt: "生成图片：a lake").hintText == Message.replyDescribedHint)
        #expect(
            ModelWords.fitted(describing, prompt: "Generate an image: a lake").hintText == Message.replyDescribedHint)
        let refusal = ModelWords.error(for: "I can't.", httpStatus: 200, requestID: nil, streamed: false)
        #expect(ModelWords.fitted(refusal, prompt: "生成图片：x") == refusal)
    }
}
