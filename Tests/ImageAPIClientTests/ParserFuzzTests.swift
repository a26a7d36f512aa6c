import FakeGateway
import Foundation
import Testing

@testable import ImageAPIClient

/// Every parser that reads what a gateway sends gets at least 100,000 generated and mutated inputs from a
/// fixed seed: none may crash or hang (the time limit turns a hang into a failure), and each keeps the
/// properties it promises. `GEN_IMAGE_FUZZ_COUNT=5000000 swift test --filter ParserFuzzTests` runs more.
@Suite("Parsers under random input", .timeLimit(.minutes(2)))
struct ParserFuzzTests {
    /// Inputs per parser: 100,000 unless GEN_IMAGE_FUZZ_COUNT says otherwise.
    static let count: Int = {
        ProcessInfo.processInfo.environment["GEN_IMAGE_FUZZ_COUNT"].flatMap { Int($0) }.map { max($0, 1) } ?? 100_000
    }()

    @Test func chatContentExtraction() {
        let png = TestImages.png(width: 3, height: 2).base64EncodedString()
        var fuzzer = Fuzzer(
            seed: 1,
            corpus: [
                "![image](https://cdn.example.com/a.png)",
                "Here it is: ![生成的图片](data:image/png;base64,\(png)) done",
                "https://r2.example.com/x/y.webp?sig=abc&exp=1 and [download](https://x.test/d)",
                "data:image/jpeg;base64,\(png)",
                "I'm sorry, I can't help with that.",
                "![a](<https://x.test/a b.png>) ![b](http://x.test/b.png \"title\")",
            ],
            tokens: ["![", "](", ")", "[", "data:image/", ";base64,", "https://", "http://", ".png", "\n", " ", "\\"])
        for _ in 0..<Self.count {
            let text = fuzzer.nextString()
            switch ChatImageExtractor.extract(from: text) {
            case .url(let url):
                #expect(url.lowercased().hasPrefix("http"), "\(text.debugDescription) gave \(url)")
            case .inline(let data, _):
                #expect(!data.isEmpty || text.contains("base64,"))
            case .undecodable, nil:
                break
            }
        }
    }

    @Test func jsonErrorBodies() {
        var fuzzer = Fuzzer(
            seed: 2,
            corpus: [
                #"{"error":{"message":"Invalid token","type":"invalid_request_error","param":null,"code":"x"}}"#,
                #"{"status_code":500,"error":{"message":"An error occurred","type":"t","code":null}}"#,
                #"{"error":"quota exceeded","code":429}"#,
                #"{"message":"没有按照预期生成图片","detail":"x"}"#,
                "<html><body><h1>502 Bad Gateway</h1></body></html>",
            ],
            tokens: ["{", "}", "[", "]", "\"", ":", ",", "\"error\"", "\"message\"", "null", "1e309", "\\u0000", "-0"])
        for _ in 0..<Self.count {
            let body = fuzzer.nextData()
            _ = APIErrorBody.parse(body)
            _ = BodySnippet.text(body)
            let response = HTTPResponse(status: 400 + Int(fuzzer.next() % 200), headers: [:], body: body)
            let error = FailureDescriber.http(response)
            #expect(!error.message.isEmpty)
        }
    }

    @Test func dataURLsAndBase64() {
        var fuzzer = Fuzzer(
            seed: 3,
            corpus: [
                "data:image/png;base64," + TestImages.png(width: 2, height: 2).base64EncodedString(),
                TestImages.jpeg(width: 2, height: 2).base64EncodedString(),
                "data:;base64,AAAA", "QUJD\nREVG", "QUJDRA", "-_-_",
            ],
            tokens: ["=", "==", "data:", ",", ";base64", "\r\n", "+", "/", "-", "_", "A"])
        for _ in 0..<Self.count {
            let text = fuzzer.nextString()
            _ = Base64.decode(text)
            var bytes = [UInt8](repeating: 0, count: 1 + Int(fuzzer.next() % 40))
            for index in bytes.indices { bytes[index] = UInt8(truncatingIfNeeded: fuzzer.next()) }
            let original = Data(bytes)
            #expect(Base64.decode(original.base64EncodedString()) == original)
        }
    }

    @Test func wholeReplies() {
        let b64 = TestImages.png(width: 2, height: 2).base64EncodedString()
        var fuzzer = Fuzzer(
            seed: 4,
            corpus: [
                #"{"created":1,"data":[{"b64_json":"\#(b64)"}],"usage":{"total_tokens":3}}"#,
                #"{"data":[{"url":"https://x.test/a.png"}]}"#,
                #"{"choices":[{"message":{"content":"![i](https://x.test/a.png)"}}]}"#,
                #"{"data":[]}"#,
            ],
            tokens: ["{", "}", "\"", "b64_json", "data:image/png;base64,", "\"url\"", ":", "[", "]", ",", "null"])
        for _ in 0..<Self.count {
            _ = try? ReplyParser.parse(HTTPResponse(status: 200, headers: [:], body: fuzzer.nextData()))
        }
    }

    @Test func sizeStrings() {
        var fuzzer = Fuzzer(
            seed: 5,
            corpus: ["2048x1152", "auto", "1024 × 1024", "3840*2160", "1920X1088", "0x0", "99999999x1"],
            tokens: ["x", "×", "*", " ", "0", "1", "16", "-", "+", "٣", "auto", "\t"])
        guard case .flexible(let limits)? = ModelCatalog.spec(named: "gpt-image-2")?.sizeRule else {
            Issue.record("gpt-image-2 should have flexible sizes")
            return
        }
        for _ in 0..<Self.count {
            let text = fuzzer.nextString()
            guard let size = ImageSize(parsing: text) else { continue }
            #expect(ImageSize(parsing: size.description) == size, "round trip of \(text.debugDescription)")
            if case .pixels(let width, let height) = size {
                let valid = limits.nearestValid(width: width, height: height)
                #expect(limits.violation(width: valid.width, height: valid.height) == nil, "\(width)x\(height)")
            }
        }
    }

    @Test func imageHeaderReaders() {
        var fuzzer = Fuzzer(
            seed: 6,
            corpus: [
                TestImages.png(width: 9, height: 7), TestImages.jpeg(width: 9, height: 7),
                TestImages.webp(width: 9, height: 7),
            ],
            tokens: [
                Data([0x89, 0x50, 0x4E, 0x47]), Data("IHDR".utf8), Data([0xFF, 0xD8]), Data([0xFF, 0xC0]),
                Data("RIFF".utf8), Data("WEBPVP8 ".utf8), Data("VP8L".utf8), Data("VP8X".utf8), Data([0]),
            ])
        for _ in 0..<Self.count {
            let data = fuzzer.nextData()
            let facts = ImageInspector.inspect(data)
            #expect(facts?.format == ImageInspector.format(of: data) || facts == nil)
        }
    }

    @Test func retryAfterHeaders() {
        var fuzzer = Fuzzer(
            seed: 7, corpus: ["120", "Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT"],
            tokens: [" ", ",", ":", "GMT", "9", "-"])
        for _ in 0..<(Self.count / 10) {
            if let seconds = RetryAfter.seconds(fuzzer.nextString()) {
                #expect(seconds >= 0)
            }
        }
    }
}

/// A deterministic input generator: SplitMix64, and mutations of a seed corpus (bit flips, inserted tokens
/// and random bytes, deletions, duplications, truncations, splices of two corpus entries).
struct Fuzzer {
    private var state: UInt64
    private let corpus: [[UInt8]]
    private let tokens: [[UInt8]]

    init(seed: UInt64, corpus: [Data], tokens: [Data]) {
        state = seed &* 0x9E37_79B9_7F4A_7C15
        self.corpus = corpus.map { [UInt8]($0) }
        self.tokens = tokens.map { [UInt8]($0) }
    }

    init(seed: UInt64, corpus: [String], tokens: [String]) {
        self.init(seed: seed, corpus: corpus.map { Data($0.utf8) }, tokens: tokens.map { Data($0.utf8) })
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func below(_ bound: Int) -> Int {
        bound <= 1 ? 0 : Int(next() % UInt64(bound))
    }

    mutating func nextData() -> Data {
        Data(nextBytes())
    }

    mutating func nextString() -> String {
        String(decoding: nextBytes(), as: UTF8.self)
    }

    mutating func nextBytes() -> [UInt8] {
        if below(10) == 0 {
            return (0..<below(64)).map { _ in UInt8(truncatingIfNeeded: next()) }
        }
        var bytes = corpus[below(corpus.count)]
        for _ in 0..<(1 + below(4)) {
            switch below(7) {
            case 0 where !bytes.isEmpty:
                bytes[below(bytes.count)] ^= UInt8(1 << below(8))
            case 1:
                bytes.insert(contentsOf: tokens[below(tokens.count)], at: below(bytes.count + 1))
            case 2 where !bytes.isEmpty:
                let start = below(bytes.count)
                bytes.removeSubrange(start..<min(bytes.count, start + 1 + below(16)))
            case 3 where !bytes.isEmpty:
                bytes = Array(bytes.prefix(below(bytes.count)))
            case 4:
                let other = corpus[below(corpus.count)]
                bytes = Array(bytes.prefix(below(bytes.count + 1))) + other.suffix(below(other.count + 1))
            case 5 where !bytes.isEmpty:
                let start = below(bytes.count)
                let piece = bytes[start..<min(bytes.count, start + 1 + below(32))]
                bytes.insert(contentsOf: piece, at: below(bytes.count + 1))
            default:
                bytes.insert(UInt8(truncatingIfNeeded: next()), at: below(bytes.count + 1))
            }
        }
        return bytes
    }
}
