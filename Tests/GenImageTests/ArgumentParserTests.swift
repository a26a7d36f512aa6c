import Foundation
import Testing

@testable import ImageAPIClient
@testable import gen_image

@Suite("Argument parsing")
struct ArgumentParserTests {
    /// Usage errors as the plain command renders them for `--json`: English, settings by flag.
    let english = Wording(language: .en, spelling: .flags)

    func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
        try ArgumentParser.parse(arguments)
    }

    @Test func shortLongAndEqualsFormsAreTheSame() throws {
        let forms = [["-p", "cat"], ["--prompt", "cat"], ["--prompt=cat"], ["-p=cat"]]
        for form in forms {
            #expect(try parse(form).value(.prompt) == "cat")
        }
        #expect(try parse(["--prompt=a=b"]).value(.prompt) == "a=b")
    }

    @Test func inputImagesAreGreedyAndAccumulate() throws {
        let parsed = try parse(["-i", "ref1.png", "ref2.png", "-p", "x", "--input-image", "ref3.png", "-f", "o.png"])
        #expect(parsed.list(.inputImage) == ["ref1.png", "ref2.png", "ref3.png"])
        #expect(parsed.value(.filename) == "o.png")
    }

    @Test func valuesMayStartWithADashUnlessTheyAreOptions() throws {
        #expect(try parse(["-p", "-5 °C at dawn"]).value(.prompt) == "-5 °C at dawn")
        #expect(try parse(["-p", "-"]).value(.prompt) == "-")
        #expect(throws: UsageError.self) { try parse(["-p", "-f", "x.png"]) }
        #expect(throws: UsageError.self) { try parse(["-p", "--quiet"]) }
    }

    @Test func unknownOptionsSuggestTheClosest() {
        let cases = [
            ("--promt", "--prompt"), ("--fileneme", "--filename"), ("--input-images", "--input-image"),
            ("--base_url", "--base-url"), ("--qualty", "--quality"), ("--file", "--filename"),
        ]
        for (typed, meant) in cases {
            do {
                _ = try parse([typed, "x"])
                Issue.record("\(typed) was accepted")
            } catch {
                #expect(error.message(english) == "unknown option '\(typed)'; did you mean '\(meant)'?")
            }
        }
    }

    @Test func anUnquotedPromptIsNamedWhole() {
        do {
            _ = try parse(["a", "cute", "cat", "-f", "x.png"])
            Issue.record("stray words were accepted")
        } catch {
            #expect(error.message(english) == "unexpected arguments 'a cute cat'")
            #expect(error.hint(english)?.contains("-p \"a cute cat\"") == true)
        }
    }

    @Test func flagsTakeNoValue() {
        #expect(throws: UsageError.self) { try parse(["--quiet=yes"]) }
    }

    @Test func doubleDashEndsOptionsAndStrayArgumentsAreErrors() {
        #expect(throws: UsageError.self) { try parse(["-p", "x", "--", "more"]) }
        #expect(throws: UsageError.self) { try parse(["hello"]) }
        #expect((try? parse(["-p", "x", "--"]))?.value(.prompt) == "x")
    }

    @Test func everyOptionInTheTableParses() throws {
        for spec in OptionTable.all {
            let arguments: [String]
            switch spec.arity {
            case .flag: arguments = ["--" + spec.long]
            case .single, .multiple: arguments = ["--" + spec.long, "v"]
            }
            #expect(try parse(arguments).has(spec.key), "\(spec.long)")
            if let short = spec.short {
                #expect(try parse(["-\(short)"] + arguments.dropFirst()).has(spec.key), "-\(short)")
            }
        }
    }

    @Test func shortNamesAreUnique() {
        let shorts = OptionTable.all.compactMap(\.short)
        #expect(Set(shorts).count == shorts.count)
        let longs = OptionTable.all.map(\.long)
        #expect(Set(longs).count == longs.count)
    }
}

@Suite("Flags and environment")
struct InvocationTests {
    func invocation(_ arguments: [String], _ environment: [String: String]) throws -> Invocation {
        try Invocation(
            try ArgumentParser.parse(arguments), environment: environment,
            currentDirectory: URL(fileURLWithPath: "/work"), readStdin: { Data("from stdin\n\n".utf8) })
    }

    @Test func baseURLComesFromTheFlagThenTheEnvironmentThenAPIYI() throws {
        #expect(try invocation(["-p", "x"], [:]).baseURL.absoluteString == "https://api.apiyi.com/v1")
        let fromEnvironment = try invocation(["-p", "x"], ["GEN_IMAGE_BASE_URL": "https://www.vibeapi.cn/v1"])
        #expect(fromEnvironment.baseURL.absoluteString == "https://www.vibeapi.cn/v1")
        let fromFlag = try invocation(
            ["-p", "x", "--base-url", "https://b.apiyi.com/v1"], ["GEN_IMAGE_BASE_URL": "https://www.vibeapi.cn/v1"])
        #expect(fromFlag.baseURL.absoluteString == "https://b.apiyi.com/v1")
    }

    @Test func keyComesFromTheFlagThenTheEnvironment() throws {
        #expect(try invocation(["-p", "x"], ["APIYI_API_KEY": "sk-env"]).apiKey == "sk-env")
        #expect(try invocation(["-p", "x", "-k", "sk-flag"], ["APIYI_API_KEY": "sk-env"]).apiKey == "sk-flag")
        #expect(try invocation(["-p", "x"], [:]).apiKey == nil)
    }

    @Test func modelChoice() throws {
        #expect(try invocation(["-p", "x"], [:]).job.model == .automatic(preferred: nil))
        #expect(
            try invocation(["-p", "x"], ["GEN_IMAGE_MODEL": "gpt-image-2"]).job.model
                == .automatic(preferred: "gpt-image-2"))
        #expect(
            try invocation(["-p", "x", "-m", "gpt-image-2-vip"], ["GEN_IMAGE_MODEL": "gpt-image-2"]).job.model
                == .explicit("gpt-image-2-vip"))
    }

    @Test func providersSetBaseKeyVariableAndModel() throws {
        let openai = try invocation(
            ["-p", "x", "--provider", "openai"], ["OPENAI_API_KEY": "sk-o", "APIYI_API_KEY": "a"])
        #expect(openai.baseURL.absoluteString == "https://api.openai.com/v1")
        #expect(openai.apiKey == "sk-o")
        // The provider's row names its default model; the planner reads it there.
        #expect(openai.job.model == .automatic(preferred: nil))
        #expect(try JobPlanner.plan(openai.job, provider: .openai).spec.name == "gpt-image-2")
        #expect(try JobPlanner.plan(openai.job, provider: .apiyi).spec.name == "gpt-image-2-all")
        let vibe = try invocation(["-p", "x"], ["GEN_IMAGE_PROVIDER": "VibeAPI", "VIBEAPI_API_KEY": "sk-v"])
        #expect(vibe.baseURL.absoluteString == "https://www.vibeapi.cn/v1")
        #expect(vibe.apiKey == "sk-v")
        let flagWins = try invocation(
            ["-p", "x", "--provider", "apiyi", "-k", "sk-k", "--base-url", "https://b.apiyi.com/v1"],
            ["GEN_IMAGE_PROVIDER": "openai", "OPENAI_API_KEY": "sk-o"])
        #expect(flagWins.provider == .apiyi)
        #expect(flagWins.apiKey == "sk-k")
        #expect(flagWins.baseURL.absoluteString == "https://b.apiyi.com/v1")
        #expect(flagWins.job.model == .automatic(preferred: nil))
        let modelWins = try invocation(["-p", "x", "--provider", "openai"], ["GEN_IMAGE_MODEL": "gpt-image-2-vip"])
        #expect(modelWins.job.model == .automatic(preferred: "gpt-image-2-vip"))
        #expect(throws: UsageError.self) { try invocation(["-p", "x", "--provider", "midjourney"], [:]) }
    }

    @Test func stdinPromptLosesOnlyItsTrailingNewlines() throws {
        #expect(try invocation(["-p", "-"], [:]).job.prompt == "from stdin")
    }

    @Test func filenameIsResolvedAgainstTheWorkingFolder() throws {
        #expect(
            try invocation(["-p", "x", "-f", "out/cat.png"], [:]).job.output
                == .file(URL(fileURLWithPath: "/work/out/cat.png")))
        guard case .automatic(let folder) = try invocation(["-p", "x", "-f", "out/"], [:]).job.output else {
            Issue.record("a trailing slash should mean a folder")
            return
        }
        #expect(folder.path == "/work/out")
    }
}
