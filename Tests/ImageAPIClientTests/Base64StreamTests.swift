import Foundation
import Testing

@testable import ImageAPIClient

/// `Base64Stream` decodes exactly as `Base64.decode` does, whatever the pieces: the same bytes, and the same
/// refusals (a bad byte, a dangling character, padding in the middle, nothing at all).
@Suite("Decoding base64 piece by piece")
struct Base64StreamTests {
    static func streamed(_ text: [UInt8], cuts: [Int]) -> Data? {
        var stream = Base64Stream()
        var output = Data()
        var start = 0
        for cut in (cuts + [text.count]).sorted() where cut >= start {
            text[start..<cut].withUnsafeBufferPointer { piece in stream.feed(piece) { output.append($0) } }
            start = cut
        }
        return stream.finish { output.append($0) } ? output : nil
    }

    static func whole(_ text: [UInt8]) -> Data? {
        text.withUnsafeBufferPointer { Base64.decode(bytes: $0) }
    }

    @Test func aSeededFuzzAgreesWithTheWholeDecoder() {
        var seed: UInt64 = 0x20_2026
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_".utf8)
        let odd = Array(" \n\r\t=*\"\u{00}".utf8)
        var agreed = 0
        for round in 0..<3_000 {
            let length = next(300)
            var text: [UInt8] = []
            for _ in 0..<length {
                text.append(next(20) == 0 ? odd[next(odd.count)] : alphabet[next(alphabet.count)])
            }
            if round % 3 == 0 {
                // Real base64 of random bytes, sometimes with padding and line breaks.
                let bytes = (0..<next(200)).map { _ in UInt8(next(256)) }
                let options: Data.Base64EncodingOptions = round % 2 == 0 ? [.lineLength64Characters] : []
                text = Array(Data(bytes).base64EncodedString(options: options).utf8)
            }
            let cuts = (0..<next(6)).map { _ in next(max(1, text.count + 1)) }
            let expected = Self.whole(text)
            #expect(
                Self.streamed(text, cuts: cuts) == expected, "round \(round): \(String(decoding: text, as: UTF8.self))")
            if expected != nil { agreed += 1 }
        }
        #expect(agreed > 900, "the fuzz must try real base64 too")
    }

    @Test func everySplitOfAPaddedValue() {
        let text = Array(Data("gen-image streams".utf8).base64EncodedString().utf8)
        let expected = Self.whole(text)
        #expect(expected == Data("gen-image streams".utf8))
        for first in 0...text.count {
            for second in first...text.count {
                #expect(Self.streamed(text, cuts: [first, second]) == expected)
            }
        }
    }

    @Test func largeValuesComeOutInBlocks() {
        let bytes = Data((0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let text = Array(bytes.base64EncodedString().utf8)
        var stream = Base64Stream()
        var blocks = 0
        var output = Data()
        text.withUnsafeBufferPointer { piece in
            stream.feed(piece) {
                blocks += 1
                output.append($0)
            }
        }
        #expect(stream.finish { output.append($0) })
        #expect(output == bytes)
        #expect(blocks >= 4, "a block at a time, not the whole value")
    }
}
