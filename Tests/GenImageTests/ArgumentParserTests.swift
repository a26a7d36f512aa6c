import Testing

@testable import gen_image

@Suite("Argument parsing")
struct ArgumentParserTests {
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
            ("--base_url", "--base-url"), ("--qualty", "--quality"),
        ]
        for (typed, meant) in cases {
            do {
                _ = try parse([typed, "x"])
                Issue.record("\(typed) was accepted")
            } catch {
                #expect(error.message == "unknown option '\(typed)'; did you mean '\(meant)'?")
            }
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
