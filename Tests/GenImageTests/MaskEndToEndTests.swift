import FakeGateway
import Foundation
import Testing

/// `--mask` through the real binary: a good mask goes up as the `mask` part; every bad one is refused with
/// exit 2 before anything is sent.
@Suite("Masks, end to end")
struct MaskEndToEndTests {
    @Test func aMaskIsUploadedAsItsOwnPart() throws {
        let scenario = try Scenario()
        let input = TestImages.png(width: 64, height: 48)
        let mask = TestImages.pngWithAlpha(width: 64, height: 48)
        try scenario.write(input, to: "in.png")
        try scenario.write(mask, to: "inputs/mask.png")
        let result = try scenario.run([
            "-m", "gpt-image-2", "-p", "A flamingo in the pool", "-i", "in.png", "--mask", "inputs/mask.png",
            "-f", "lounge.png",
        ])
        scenario.expectSaved(result)
        let parts = try #require(scenario.gateway.requests(to: "/v1/images/edits").first).multipartParts
        #expect(parts.map(\.name) == ["model", "prompt", "image[]", "mask"])
        let maskPart = try #require(parts.last)
        #expect(maskPart.filename == "mask.png" && maskPart.contentType == "image/png")
        #expect(maskPart.data == mask)
        #expect(parts[2].data == input)
    }

    @Test func aMaskAppliesToTheFirstOfSeveralInputs() throws {
        let scenario = try Scenario()
        _ = try scenario.writeThreeInputs()
        try scenario.write(TestImages.pngWithAlpha(width: 64, height: 64), to: "inputs/mask.png")
        let result = try scenario.run([
            "-p", "x", "-i", "a.png", "b.jpg", "c.webp", "--mask", "inputs/mask.png", "-f", "out.png",
        ])
        scenario.expectSaved(result)
        #expect(result.stderr.contains("using gpt-image-2 because --mask was given"))
        let parts = try #require(scenario.gateway.requests(to: "/v1/images/edits").first).multipartParts
        #expect(parts.filter { $0.name == "image[]" }.count == 3 && parts.last?.name == "mask")
    }

    struct BadMask: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let mask: Data?
        var arguments: [String] = ["-m", "gpt-image-2", "-i", "in.png"]
        let mentions: [String]
    }

    static let badMasks: [BadMask] = [
        BadMask(
            testDescription: "not a PNG", mask: TestImages.jpeg(width: 64, height: 48),
            mentions: ["the mask must be a PNG image", " is JPEG"]),
        BadMask(
            testDescription: "no alpha channel", mask: TestImages.png(width: 64, height: 48),
            mentions: ["the mask has no alpha channel"]),
        BadMask(
            testDescription: "another size", mask: TestImages.pngWithAlpha(width: 48, height: 64),
            mentions: ["the mask is 48x64 but the image to edit (in.png) is 64x48", "resize the mask to 64x48"]),
        BadMask(
            testDescription: "4 MB or more",
            mask: TestImages.pngWithAlpha(width: 64, height: 48) + Data(count: 4_000_000),
            mentions: ["the mask is too large", "it must be under 4 MB"]),
        BadMask(
            testDescription: "no input image", mask: TestImages.pngWithAlpha(width: 64, height: 48),
            arguments: ["-m", "gpt-image-2"], mentions: ["--mask needs the image to edit", "pass the image with -i"]),
        BadMask(
            testDescription: "a model without masks", mask: TestImages.pngWithAlpha(width: 64, height: 48),
            arguments: ["-m", "gpt-image-2-vip", "-i", "in.png"], mentions: ["gpt-image-2-vip does not accept --mask"]),
        BadMask(
            testDescription: "the Responses endpoint", mask: TestImages.pngWithAlpha(width: 64, height: 48),
            arguments: ["--endpoint", "responses", "-i", "in.png"], mentions: ["gpt-5.5 does not accept --mask"]),
        BadMask(testDescription: "missing", mask: nil, mentions: ["mask not found: inputs/mask.png"]),
    ]

    @Test("a bad mask is refused before sending", arguments: badMasks)
    func badMask(_ bad: BadMask) throws {
        let scenario = try Scenario()
        try scenario.write(TestImages.png(width: 64, height: 48), to: "in.png")
        if let mask = bad.mask {
            try scenario.write(mask, to: "inputs/mask.png")
        }
        let result = try scenario.run(["-p", "x"] + bad.arguments + ["--mask", "inputs/mask.png"])
        scenario.expectFailure(result, exitCode: 2, mentions: bad.mentions)
        #expect(scenario.gateway.requests.isEmpty, "nothing may be sent")
    }
}

/// Every bad combination of the new flags: exit 2, nothing sent, nothing written.
@Suite("Streaming, Responses, moderation and background flags: usage errors, end to end")
struct StreamFlagErrorsEndToEndTests {
    static let cases: [FailureEndToEndTests.UsageCase] = [
        .init(
            arguments: ["-p", "x", "-m", "gpt-image-2", "--stream", "--partial-images", "4"],
            mentions: ["invalid --partial-images 4", "0 to 3"]),
        .init(
            arguments: ["-p", "x", "-m", "gpt-image-2", "--stream", "--partial-images", "-1"],
            mentions: ["invalid --partial-images -1"]),
        .init(
            arguments: ["-p", "x", "--partial-images", "two"], mentions: ["invalid value 'two' for --partial-images"]),
        .init(
            arguments: ["-p", "x", "-m", "gpt-image-2", "--partial-images", "2"],
            mentions: ["--partial-images needs --stream"]),
        .init(
            arguments: ["-p", "x", "-m", "gpt-image-2", "--keep-partials"], mentions: ["--keep-partials needs --stream"]
        ),
        .init(
            arguments: ["-p", "x", "-m", "gpt-image-2", "--stream", "--keep-partials"],
            mentions: ["--keep-partials needs --partial-images 1 to 3"]),
        .init(
            arguments: ["-p", "x", "-m", "gpt-image-2-vip", "--stream"],
            mentions: ["gpt-image-2-vip does not accept --stream", "gpt-image-2"]),
        .init(
            arguments: ["-p", "x", "-m", "gpt-image-2-all", "--stream"],
            mentions: ["gpt-image-2-all does not accept --stream"]),
        .init(
            arguments: ["-p", "x", "-m", "gpt-image-2", "--moderation", "high"],
            mentions: ["invalid moderation level 'high'", "auto, low"]),
        .init(
            arguments: ["-p", "x", "-m", "gpt-image-2-all", "--moderation", "low"],
            mentions: ["gpt-image-2-all does not accept --moderation"]),
        .init(
            arguments: ["-p", "x", "-m", "gpt-image-2", "--background", "clear"],
            mentions: ["invalid background 'clear'"]),
        .init(
            arguments: ["-p", "x", "--background", "transparent", "-o", "jpeg"],
            mentions: ["a transparent background needs PNG or WebP output, not JPEG", "-o png or -o webp"]),
        .init(
            arguments: ["-p", "x", "-m", "gpt-image-2-vip", "--background", "opaque"],
            mentions: ["gpt-image-2-vip does not accept --background"]),
        .init(
            arguments: ["-p", "x", "-m", "gpt-image-2", "--action", "edit"],
            mentions: ["gpt-image-2 does not accept --action", "--endpoint responses"]),
        .init(
            arguments: ["-p", "x", "-m", "gpt-image-2", "--instructions", "be brief"],
            mentions: ["gpt-image-2 does not accept --instructions"]),
        .init(
            arguments: ["-p", "x", "--endpoint", "responses", "--action", "edit"],
            mentions: ["--action edit needs an image to edit"]),
        .init(
            arguments: ["-p", "x", "--endpoint", "responses", "--action", "paint"], mentions: ["invalid action 'paint'"]
        ),
        .init(
            arguments: ["-p", "x", "--endpoint", "responses", "--instructions", " "],
            mentions: ["--instructions is empty", "give --instructions some text, or drop it"]),
        .init(
            arguments: ["-p", "x", "--endpoint", "responses", "-r", "b64_json"],
            mentions: ["gpt-5.5 does not accept -r/--response-format"]),
        .init(
            arguments: ["-p", "x", "--endpoint", "responses", "-s", "1920x1080"],
            mentions: ["not valid for gpt-5.5", "try -s 1920x1088"]),
        .init(
            arguments: ["-p", "x", "--endpoint", "responses", "--partial-images", "5"],
            mentions: ["invalid --partial-images 5"]),
        .init(
            arguments: ["-p", "x", "-m", "gpt-image-2", "--endpoint", "responses"],
            mentions: ["-m names the text model that drives the image tool", "drop -m to use gpt-5.5"]),
        .init(
            arguments: ["-p", "x", "-m", "gpt-5.5", "--endpoint", "images"],
            mentions: ["gpt-5.5 is a text model", "--endpoint responses"]),
        .init(
            arguments: ["-p", "x", "--endpoint", "stream"],
            mentions: ["invalid value 'stream' for --endpoint", "chat, images or responses"]),
    ]

    @Test("usage errors: exit 2, nothing sent, nothing written", arguments: cases)
    func usageErrors(testCase: FailureEndToEndTests.UsageCase) throws {
        let scenario = try Scenario()
        let result = try scenario.run(testCase.arguments)
        scenario.expectFailure(result, exitCode: 2, mentions: testCase.mentions)
        #expect(scenario.gateway.requests.isEmpty, "nothing may be sent")
    }
}
