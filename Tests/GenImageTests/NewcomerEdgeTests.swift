import FakeGateway
import Foundation
import ImageAPIClient
import Testing

@testable import gen_image

/// A newcomer's first mistakes, each answered so that following the hint literally does the right thing.
@Suite("Newcomer's rough edges")
struct NewcomerEdgeTests {
    /// Usage errors as the plain command renders them for `--json`: English, settings by flag.
    let english = Wording(language: .en, spelling: .flags)

    func usageError(_ arguments: [String]) -> UsageError? {
        do {
            _ = try ArgumentParser.parse(arguments)
            return nil
        } catch {
            return error
        }
    }

    /// The hint quotes the whole intended prompt, `-p`'s own value included, safely for the shell.
    @Test func strayWordsAfterAValueJoinIt() throws {
        let error = try #require(usageError(["-p", "a", "red", "fox", "in", "the", "snow"]))
        #expect(error.hint(english) == #"quote the whole prompt: -p "a red fox in the snow""#)
        let long = try #require(usageError(["--prompt", "a", "cat", "-f", "x.png"]))
        #expect(long.hint(english) == #"quote the whole prompt: --prompt "a cat""#)
        let quotes = try #require(usageError(["-p", #"say "hi""#, "now"]))
        #expect(quotes.hint(english) == #"quote the whole prompt: -p 'say "hi" now'"#)
        let file = try #require(usageError(["-f", "my", "cat.png", "-p", "x"]))
        #expect(file.hint(english) == #"quote the whole value: -f "my cat.png""#)
    }

    /// A first word that looks like a command is never offered as a prompt.
    @Test func aCommandLikeFirstWordIsNotAPrompt() throws {
        for arguments in [["help"], ["generate", "-p", "x"], ["edit", "-i", "a.png"], ["list"]] {
            let error = try #require(usageError(arguments))
            #expect(error.message(english).contains("is not a gen-image command"), "\(arguments)")
            #expect(
                !(error.hint(english) ?? "").contains("-p \"\(arguments[0])\""),
                "\(arguments): \(error.hint(english) ?? "")")
        }
        #expect(usageError(["help"])?.hint(english)?.contains("gen-image --help") == true)
        #expect(
            usageError(["generate", "-p", "x"])?.hint(english)?.contains("batch, doctor, completions, skill") == true)
        // Several bare words first are a prompt without -p.
        #expect(
            usageError(["a", "red", "fox"])?.hint(english)
                == #"pass the prompt with -p and quote it whole: -p "a red fox""#)
    }

    @Test func otherToolsImageCountsPointToN() throws {
        for spelling in ["--count", "--number", "--num-images"] {
            let error = try #require(usageError([spelling, "3", "-p", "x"]))
            #expect(error.message(english).contains("spelled -n"), "\(spelling): \(error.message(english))")
            #expect(error.hint(english)?.contains("-n 3") == true)
        }
        #expect(try ArgumentParser.parse(["-n", "3", "-p", "x"]).value(.count) == "3")
        #expect(try ArgumentParser.parse(["--n=3", "-p", "x"]).value(.count) == "3")
    }

    /// `-p"一只橘猫"` arrives as `-p一只橘猫`: the attached value, as getopt reads it, for every option with a value.
    @Test func attachedShortValuesAreAccepted() throws {
        #expect(try ArgumentParser.parse(["-p一只橘猫"]).value(.prompt) == "一只橘猫")
        #expect(try ArgumentParser.parse(["-pcat", "-fout.png", "-m", "gpt-image-2"]).value(.filename) == "out.png")
        #expect(try ArgumentParser.parse(["-p=cat"]).value(.prompt) == "cat")
        #expect(try ArgumentParser.parse(["-ia.png", "b.png", "-p", "x"]).list(.inputImage) == ["a.png", "b.png"])
        #expect(usageError(["-hx"]) != nil, "a flag takes no attached value")
    }

    @Test func attachedPromptIsSentAsGiven() throws {
        let scenario = try Scenario()
        let result = try scenario.run(["--json", "-p一只橘猫", "-f", "cat.png"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["prompt_sent"] as? String == "一只橘猫")
        let body = scenario.gateway.requests(to: "/v1/chat/completions").first.map {
            String(decoding: $0.body, as: UTF8.self)
        }
        #expect(body?.contains("一只橘猫") == true)
    }

    /// An empty key is called empty, not "not set", and nothing is sent.
    @Test func anEmptyKeyIsCalledEmpty() throws {
        let scenario = try Scenario()
        let empty = try scenario.run(["-p", "x"], environment: ["APIYI_API_KEY": ""])
        #expect(empty.exitCode == 3)
        #expect(empty.stderr.contains("APIYI_API_KEY is set but empty"), "\(empty.stderr)")
        let flag = try scenario.run(["-p", "x", "-k", ""], environment: ["APIYI_API_KEY": String?.none])
        #expect(flag.exitCode == 3 && flag.stderr.contains("-k/--api-key was given an empty value"), "\(flag.stderr)")
        let unset = try scenario.run(["-p", "x"], environment: ["APIYI_API_KEY": String?.none])
        #expect(unset.exitCode == 3 && unset.stderr.contains("is not set"))
        let batch = try scenario.run(
            ["batch", "-"], environment: ["APIYI_API_KEY": " "], stdin: Data(#"{"prompts": [{"prompt": "x"}]}"#.utf8))
        #expect(batch.exitCode == 3 && batch.stderr.contains("set but empty"), "\(batch.stderr)")
        #expect(scenario.gateway.requests.isEmpty)
    }

    /// A 200 reply that says the balance is used up gets a hint to top up, and where.
    @Test(arguments: [(200, "insufficient_quota"), (403, "insufficient_user_quota"), (429, "insufficient_quota")])
    func aUsedUpBalanceSaysTopUp(status: Int, code: String) throws {
        let scenario = try Scenario()
        scenario.gateway.setHandler { _ in
            FakeResponse.error(status: status, message: "You exceeded your current quota", code: code)
        }
        let result = try scenario.run(["--json", "-p", "x", "-f", "x.png", "--retries", "0"])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("top"), "\(result.stderr)")
        #expect(result.stderr.contains("https://api.apiyi.com"))
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let error = object?["error"] as? [String: Any]
        #expect((error?["hint"] as? String)?.contains("topped up") == true)
        #expect(error?["api_code"] as? String == code)
    }
}
