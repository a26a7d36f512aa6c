import Foundation
import Testing

@testable import ImageAPIClient

/// Reading batch files: both skills' templates, JSON Lines, and every kind of mistake placed by item, line
/// and field.
@Suite("Batch file reading")
struct BatchFileParserTests {
    func parse(_ text: String) -> (file: BatchFile, problems: [BatchProblem]) {
        BatchFileParser.parse(Data(text.utf8))
    }

    @Test func theGptImage2AllTemplate() throws {
        let (file, problems) = parse(
            """
            {
              "description": "批量任务描述（可选）",
              "global": {
                "response_format": "url",
                "size_hint": "横版 16:9"
              },
              "prompts": [
                {
                  "prompt": "提示词1描述（包含尺寸）",
                  "filename": "output1.png",
                  "response_format": "url"
                },
                {
                  "prompt": "提示词2描述（包含尺寸）",
                  "filename": "output2.png",
                  "response_format": "b64_json",
                  "input_images": ["ref1.png", "ref2.png"]
                }
              ]
            }
            """)
        #expect(problems.isEmpty, "\(problems)")
        #expect(file.layout == .template)
        #expect(file.description == "批量任务描述（可选）")
        #expect(file.global == BatchSettings(options: [.responseFormat: "url"], sizeHint: "横版 16:9"))
        #expect(file.items.map(\.index) == [1, 2])
        #expect(file.items.map(\.line) == [8, 13])
        #expect(file.items[1].prompt == "提示词2描述（包含尺寸）")
        #expect(file.items[1].filename == "output2.png")
        #expect(file.items[1].inputImages == ["ref1.png", "ref2.png"])
        #expect(file.items[1].settings == BatchSettings(options: [.responseFormat: "b64_json"]))
    }

    @Test func theGptImage2Template() throws {
        let (file, problems) = parse(
            """
            {"description": "批量任务描述（可选）",
             "global": {"quality": "high", "size": "1024x1024", "output_format": "png"},
             "prompts": [
               {"prompt": "提示词1描述", "filename": "output1.png", "size": "1024x1024", "quality": "high",
                "output_format": "png"},
               {"prompt": "提示词2描述", "filename": "output2.png", "size": "2048x2048", "quality": "high"}
             ]}
            """)
        #expect(problems.isEmpty, "\(problems)")
        #expect(file.global == BatchSettings(options: [.size: "1024x1024", .quality: "high", .outputFormat: "png"]))
        #expect(file.items[1].settings == BatchSettings(options: [.size: "2048x2048", .quality: "high"]))
        let merged = file.global.overridden(by: file.items[1].settings)
        #expect(merged == BatchSettings(options: [.size: "2048x2048", .quality: "high", .outputFormat: "png"]))
    }

    @Test func everyFieldIsRead() {
        let (file, problems) = parse(
            """
            {"global": {"model": "gpt-image-2", "size": "auto", "quality": "low", "output_format": "webp",
                        "output_compression": 70, "response_format": "url", "size_hint": "竖版 9:16"},
             "prompts": [{"prompt": "p", "filename": "f.png", "input_images": ["a.png"], "model": "m",
                          "size": "1024x1024", "quality": "high", "output_format": "jpeg",
                          "output_compression": "85", "response_format": "b64_json"}]}
            """)
        #expect(problems.isEmpty, "\(problems)")
        #expect(
            file.global
                == BatchSettings(
                    model: "gpt-image-2",
                    options: [
                        .size: "auto", .quality: "low", .outputFormat: "webp", .outputCompression: "70",
                        .responseFormat: "url",
                    ], sizeHint: "竖版 9:16"))
        #expect(
            file.items[0].settings
                == BatchSettings(
                    model: "m",
                    options: [
                        .size: "1024x1024", .quality: "high", .outputFormat: "jpeg", .outputCompression: "85",
                        .responseFormat: "b64_json",
                    ]))
    }

    @Test func jsonLinesWithAGlobalFirstLine() {
        let (file, problems) = parse(
            """
            {"global": {"size_hint": "横版 16:9"}, "description": "two"}

            {"prompt": "日落", "filename": "a.png"}
            {"prompt": "日出", "model": "gpt-image-2-vip", "size": "2048x1152"}
            """)
        #expect(problems.isEmpty, "\(problems)")
        #expect(file.layout == .jsonLines)
        #expect(file.description == "two")
        #expect(file.global.sizeHint == "横版 16:9")
        #expect(file.items.map(\.prompt) == ["日落", "日出"])
        #expect(file.items.map(\.index) == [1, 2])
        #expect(file.items.map(\.line) == [3, 4])
    }

    @Test func aSingleLineIsJsonLinesWithOneItem() {
        let (file, problems) = parse(#"{"prompt": "a cat", "filename": "cat.png"}"#)
        #expect(problems.isEmpty)
        #expect(file.layout == .jsonLines)
        #expect(file.items.count == 1)
    }

    @Test func syntaxErrorsSayLineAndColumn() {
        let template = parse("{\"prompts\": [\n  {\"prompt\": \"a\"},\n  {\"prompt\": \"b\",}\n]}")
        #expect(template.problems.count == 1)
        #expect(template.problems[0].line == 3)
        #expect(template.problems[0].error.message == "column 18: a trailing comma is not allowed before '}'")
        #expect(template.problems[0].error.code == .invalidArgument)

        let lines = parse("{\"prompt\": \"a\"}\n{\"prompt\": \"b\" \"filename\": \"b.png\"}\n{\"prompt\": 'c'}")
        #expect(lines.problems.map(\.line) == [2, 3])
        #expect(lines.problems.map(\.index) == [2, 3])
        #expect(lines.problems[0].error.message == "column 16: expected ',' or '}'")
        #expect(lines.problems[1].error.message.contains("double quotes"))
        #expect(lines.file.items.map(\.prompt) == ["a"])
    }

    @Test func shapeProblemsAreAllReportedWithIndexAndField() {
        let (file, problems) = parse(
            """
            {"global": {"qualty": "high", "filename": "x.png"},
             "prompts": [
               {"prompt": "ok"},
               {"filename": "no-prompt.png"},
               {"prompt": "   "},
               {"prompt": "p", "input_images": "one.png"},
               {"prompt": "p", "output_compression": 80.5, "size": 1024},
               {"prompt": "p", "size_hint": "横版"},
               "just a string"
             ],
             "extra": 1}
            """)
        #expect(file.items.map(\.index) == [1])
        let placed = problems.map {
            "\($0.index.map(String.init) ?? "-") \($0.line.map(String.init) ?? "-") \($0.field ?? "-")"
        }
        #expect(
            placed == [
                "- 11 extra", "- 1 global.qualty", "- 1 global.filename", "2 4 prompt", "3 5 prompt",
                "4 6 input_images", "5 7 size", "5 7 output_compression", "6 8 size_hint", "7 9 -",
            ])
        #expect(problems.allSatisfy { $0.error.code == .invalidArgument })
        #expect(problems[1].error.hint?.contains("quality") == true)
        #expect(problems[2].error.hint?.contains("belongs to each item") == true)
        #expect(problems[3].error.message == "the item has no prompt")
        #expect(problems[4].error.message == "the prompt is empty")
        #expect(problems[5].error.hint == #"write "input_images": ["ref1.png", "ref2.png"]"#)
        #expect(problems[8].error.hint?.contains("\"global\" only") == true)
        #expect(problems[3].description == "item 2 (line 4), prompt: the item has no prompt")
    }

    @Test func missingOrEmptyPromptsAndOtherRoots() {
        #expect(parse(#"{"global": {}}"#).problems.map(\.field) == ["prompts"])
        #expect(parse(#"{"prompts": []}"#).problems.first?.error.message == "\"prompts\" is empty")
        #expect(parse(#"{"prompts": {"prompt": "a"}}"#).problems.first?.error.message.contains("array") == true)
        #expect(parse("[1, 2]").problems.first?.error.message == "the batch file holds an array, not an object")
        #expect(parse("  \n ").problems.first?.error.message == "the batch file is empty")
        #expect(
            parse(#"{"prompts": [{"prompt": "a", "prompt": "b"}]}"#).problems.first?.error.message
                == #"column 30: the member "prompt" appears twice in this object"#)
    }

    @Test func aByteOrderMarkAndNullsAreAccepted() {
        let (file, problems) = parse(
            "\u{FEFF}" + #"{"description": null, "global": null, "prompts": [{"prompt": "a", "filename": null}]}"#)
        #expect(problems.isEmpty, "\(problems)")
        #expect(file.items.first?.filename == nil)
    }

    @Test func aGlobalLineAfterItemsIsAnError() {
        let (_, problems) = parse("{\"prompt\": \"a\"}\n{\"global\": {\"size\": \"auto\"}}")
        #expect(problems.map(\.line) == [2])
        #expect(problems.first?.field == "global")
    }

    @Test func stringsDecodeEscapesAndUnicode() throws {
        let (file, problems) = parse(#"{"prompt": "a\"b\\c\nd\u00e9\ud83d\ude00/\/"}"#)
        #expect(problems.isEmpty, "\(problems)")
        #expect(file.items.first?.prompt == "a\"b\\c\nd\u{E9}😀//")
    }
}
