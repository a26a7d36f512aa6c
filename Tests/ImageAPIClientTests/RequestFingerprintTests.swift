import Foundation
import Testing

import FakeGateway
@testable import ImageAPIClient

/// SHA-256 against known digests, and what a request fingerprint does and does not cover.
@Suite("Request fingerprint")
struct RequestFingerprintTests {
    @Test func sha256MatchesKnownDigests() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // Lengths that cross the padding boundary (55, 56, 64) and several blocks, checked with sha256sum.
        #expect(
            SHA256.hex(String(repeating: "a", count: 1000))
                == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        #expect(
            SHA256.hex(String(repeating: "q", count: 119))
                == "c8bc8a6e9626586bb888ad131d44ed2bd37fc608e902904ade3c566c4208e6ca")
    }

    @Test func aFileIsHashedInPiecesToTheSameDigest() throws {
        let folder = try TemporaryFolder()
        let file = folder.url.appendingPathComponent("big.bin")
        // Three 1 MB reads and a last byte: blocks split across reads, checked with sha256sum.
        try Data(repeating: UInt8(ascii: "a"), count: 3_000_001).write(to: file)
        #expect(SHA256.hex(ofFile: file) == "71b1401c2645810a611615bae0fce7b308f0ed904a54af8ec8be0fe435581611")
        #expect(SHA256.hex(ofFile: folder.url.appendingPathComponent("missing")) == nil)
    }

    func fingerprint(_ job: ImageJob) throws -> String {
        RequestFingerprint.of(try JobPlanner.plan(job))
    }

    @Test func coversWhatDecidesTheImageAndNothingElse() throws {
        let base = ImageJob(prompt: "a red fox in the snow, oil painting", model: .explicit("gpt-image-2"))
        let original = try fingerprint(base)
        #expect(original.hasPrefix("sha256:") && original.count == 23)
        #expect(try fingerprint(base) == original, "the same request, the same fingerprint")

        var edited = base
        edited.prompt = "a red fox in the rain, oil painting"
        #expect(try fingerprint(edited) != original, "a word changed after the third")
        var sized = base
        sized.options[.size] = "1024x1536"
        #expect(try fingerprint(sized) != original)
        var quality = base
        quality.options[.quality] = "high"
        #expect(try fingerprint(quality) != original)
        var model = base
        model.model = .explicit("gpt-image-2-vip")
        #expect(try fingerprint(model) != original)

        var transport = base
        transport.endpoint = .images
        transport.timeout = 999
        #expect(try fingerprint(transport) == original, "how the image travels is not part of the request")
    }

    @Test func inputImagesCountByContentNotByName() throws {
        let folder = try TemporaryFolder()
        let input = folder.url.appendingPathComponent("ref.png")
        try TestImages.png(width: 8, height: 8).write(to: input)
        let job = ImageJob(prompt: "make it blue", inputImages: [input.path], model: .explicit("gpt-image-2"))
        let before = try fingerprint(job)
        try TestImages.png(width: 9, height: 8).write(to: input)
        #expect(try fingerprint(job) != before, "the same name with other bytes is another request")
    }
}
