import Foundation
import Testing

@testable import ImageAPIClient

/// The copy-free byte search used on whole replies and request bodies.
@Suite("Byte search")
struct ByteSearchTests {
    @Test func findsTheFirstOccurrenceAtAnyPlace() {
        let data = Data("xx\"b64_json\": \"data:image/png;base64,AAAA\", \"b64_json\"".utf8)
        #expect(ByteSearch.firstOffset(of: Array("\"b64_json\"".utf8), in: data) == 2)
        #expect(ByteSearch.firstOffset(of: Array("AAAA".utf8), in: data) == 37)
        #expect(ByteSearch.firstOffset(of: Array("AAAAA".utf8), in: data) == nil)
        #expect(ByteSearch.firstOffset(of: Array("xx".utf8), in: data) == 0)
        #expect(ByteSearch.firstOffset(of: Array("\"".utf8), in: Data()) == nil)
        #expect(ByteSearch.firstOffset(of: [], in: data) == nil)
    }

    @Test func rangesAreInTheSliceOwnIndices() {
        let data = Data("--b\r\nhead\r\n\r\nbody\r\n--b\r\n--b--".utf8)
        let slice = data[5..<data.endIndex]
        let split = ByteSearch.firstRange(of: Array("\r\n\r\n".utf8), in: slice)
        #expect(split == 9..<13)
        let second = ByteSearch.firstRange(of: Array("--b".utf8), in: data, from: 1)
        #expect(second == 19..<22)
        #expect(ByteSearch.firstRange(of: Array("--b".utf8), in: data, from: data.endIndex) == nil)
    }

    @Test func agreesWithANaiveSearchOnRandomBytes() {
        var generator = SplitMix(state: 0x5EED)
        for _ in 0..<500 {
            let data = Data((0..<Int.random(in: 0...64, using: &generator)).map { _ in UInt8.random(in: 0...3) })
            let needle = (0..<Int.random(in: 1...4, using: &generator)).map { _ in UInt8.random(in: 0...3) }
            let naive =
                data.count < needle.count
                ? nil : (0...(data.count - needle.count)).first { Array(data[$0..<($0 + needle.count)]) == needle }
            #expect(ByteSearch.firstOffset(of: needle, in: data) == naive, "\(Array(data)) \(needle)")
        }
    }
}

/// A fixed-seed generator (SplitMix64), so a failure reproduces.
private struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
