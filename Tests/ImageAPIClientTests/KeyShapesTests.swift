import FakeGateway
import Foundation
import Testing

@testable import ImageAPIClient

/// Issue #19, point 1: the key never shows in any shape. Every shape the fake gateway can echo, and thousands of
/// random ones (the key split at random points, each piece encoded at random, at a random offset in random
/// text), must leave no 8 characters of the key's secret part once the tests' own reader (`KeyLeak`) undoes
/// every wrapping.
@Suite("Key masking in every shape")
struct KeyShapesTests {
    static let key = "sk-proj-Q7vLx9Rb-T2mN4pWz8KcY3hJd_6FgA1sE5uVo0"

    @Test("each echoed shape is masked, in a text and in the bytes", arguments: KeyEcho.allCases)
    func echoedShape(_ shape: KeyEcho) {
        let text = "Incorrect API key provided: " + shape.render(Self.key) + ". See the console."
        #expect(KeyLeak.found(in: text, key: Self.key) != nil, "the shape must hold the key: \(text)")
        let masked = Redaction.scrub(text, secret: Self.key)
        #expect(KeyLeak.found(in: masked, key: Self.key) == nil, "\(shape): \(masked)")
        #expect(masked.hasPrefix("Incorrect API key provided: "), "\(masked)")
        #expect(masked.hasSuffix(". See the console."), "\(masked)")
        let bytes = Redaction.scrub(Data(text.utf8), secret: Self.key)
        #expect(KeyLeak.found(in: String(decoding: bytes, as: UTF8.self), key: Self.key) == nil)
    }

    @Test func fragmentsThatTouchNoCutAreMasked() {
        let text = "first Q7vLx9Rb-T2mN4pWz8KcY3h then middle Jd_6FgA1sE5u and done"
        let masked = Redaction.scrub(text, secret: Self.key)
        #expect(KeyLeak.found(in: masked, key: Self.key) == nil, "\(masked)")
        #expect(masked.hasPrefix("first ") && masked.hasSuffix(" and done"), "\(masked)")
    }

    @Test func thePublicPrefixAloneAndUnrelatedTextAreLeftAlone() {
        let text = "keys look like sk-proj-abcdefgh; <b>bold</b> &amp; 50%25 off \\u0041"
        #expect(Redaction.scrub(text, secret: Self.key) == text)
        #expect(KeyFragmentFinder.publicPrefixLength(Array("sk-proj-Q7v".utf8)) == 8)
        #expect(KeyFragmentFinder.publicPrefixLength(Array("Q7vLx9Rb".utf8)) == 0)
    }

    /// SplitMix64 with a fixed seed: every run tries the same shapes.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }

    static let keyCharacters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    static let separators = [
        "\n", " ", "\r\n", "  \t", "<wbr>", "<b>", "</span><span>", "&shy;", "&nbsp;", "\u{200B}", "\u{00AD}", "\\n",
        "%20", "%0A", "\u{2060}", "\\r\\n",
    ]
    static let fillers = [
        "error", " ", "\n", "<p>", "</p>", "&amp;", "%", "\\", "\\u00", "…", "{\"message\":\"", "\"}", "x", "42",
        "<!-- c -->", "&#x", "ключ", "密钥",
    ]

    static func encode(_ character: Character, _ random: inout SplitMix) -> String {
        let value = character.asciiValue ?? 0x3F
        switch Int.random(in: 0..<12, using: &random) {
        case 0: return String(format: "\\u%04x", value)
        case 1: return String(format: "\\\\u%04X", value)
        case 2: return String(format: "%%%02X", value)
        case 3: return String(format: "%%25%02x", value)
        case 4: return "&#\(value);"
        case 5: return "&#x\(String(value, radix: 16));"
        case 6: return "&amp;#\(value);"
        case 7: return character == "/" ? "\\/" : String(character)
        default: return String(character)
        }
    }

    /// A random key in a random shape at a random offset; returns the key and the text.
    static func randomCase(_ random: inout SplitMix) -> (key: String, text: String) {
        let length = Int.random(in: 20...60, using: &random)
        let key = "sk-" + String((0..<length).map { _ in keyCharacters.randomElement(using: &random)! })
        var pieces: [String] = []
        var cuts = Set<Int>()
        for _ in 0..<Int.random(in: 0...4, using: &random) {
            cuts.insert(Int.random(in: 1..<key.count, using: &random))
        }
        var current = ""
        for (index, character) in key.enumerated() {
            if cuts.contains(index) {
                pieces.append(current)
                current = ""
            }
            current += Bool.random(using: &random) ? encode(character, &random) : String(character)
        }
        pieces.append(current)
        let shaped = pieces.map { $0 }.joined(separator: separators.randomElement(using: &random)!)
        func filler() -> String {
            (0..<Int.random(in: 0...12, using: &random)).map { _ in fillers.randomElement(using: &random)! }.joined()
        }
        return (key, filler() + shaped + filler())
    }

    @Test func randomSplitsAndEncodingsAtRandomOffsetsNeverShow() {
        var random = SplitMix(state: 0x6B65_792D_7368_6170)
        var checked = 0
        for _ in 0..<3_000 {
            let (key, text) = Self.randomCase(&random)
            guard KeyLeak.found(in: text, key: key) != nil else { continue }
            checked += 1
            let masked = Redaction.scrub(text, secret: key)
            #expect(KeyLeak.found(in: masked, key: key) == nil, "key \(key)\ntext \(text)\nmasked \(masked)")
            let bytes = String(decoding: Redaction.scrub(Data(text.utf8), secret: key), as: UTF8.self)
            #expect(KeyLeak.found(in: bytes, key: key) == nil, "key \(key)\ntext \(text)\nmasked \(bytes)")
        }
        // Most cases must hold a readable key, or the fuzzer proves nothing.
        #expect(checked > 2_500, "\(checked)")
    }

    @Test func aLargeReplyWithoutTheKeyIsReturnedUncopied() {
        let body = Data(repeating: 0x41, count: 2_000_000)
        #expect(Redaction.scrub(body, secret: Self.key) == body)
    }
}

/// Issue #19, point 6: control characters in text from outside become U+FFFD; nothing reaches a terminal that
/// could act on it.
@Suite("Text from outside is shown, never obeyed")
struct OutsideTextTests {
    @Test func escapeSequencesBecomeOneReplacement() {
        #expect(OutsideText.shown("a\u{1B}[2Jb") == "a\u{FFFD}b")
        #expect(OutsideText.shown("a\u{1B}]52;c;ZWNobw==\u{07}b") == "a\u{FFFD}b")
        #expect(OutsideText.shown("a\u{1B}]0;title\u{1B}\\b") == "a\u{FFFD}b")
        #expect(OutsideText.shown("a\u{9B}31mb") == "a\u{FFFD}b")
        #expect(OutsideText.shown("a\u{1B}7b") == "a\u{FFFD}b")
    }

    @Test func lineBreaksAndBidiControls() {
        #expect(OutsideText.shown("done\r\ngen-image: done") == "done gen-image: done")
        #expect(OutsideText.shown("x\rgen-image: done") == "x gen-image: done")
        #expect(OutsideText.shown("a\u{202E}gnp.exe") == "a\u{FFFD}gnp.exe")
        #expect(OutsideText.shown("a\u{2066}b\u{2069}") == "a\u{FFFD}b\u{FFFD}")
        #expect(OutsideText.shown("tab\tkept") == "tab\tkept")
        #expect(OutsideText.shown("one\r\ntwo\u{7}", keepingLineBreaks: true) == "one\ntwo\u{FFFD}")
        #expect(OutsideText.shown("中文 ok") == "中文 ok")
    }

    @Test func aMessageValueCannotCarryControls() {
        let message = Message.verbatim("said \u{1B}[2J and \u{202E}x")
        #expect(message.text(in: .en) == "said \u{FFFD} and \u{FFFD}x")
        let error = ImageAPIError(.httpError, .verbatim("x"), requestID: "req\u{1B}]0;t\u{07}", apiCode: "a\nb")
        #expect(error.requestID == "req\u{FFFD}")
        #expect(error.apiCode == "a b")
    }
}

/// Issue #19, points 9 and 12: what a key may hold, and a certificate for another host.
@Suite("Keys in headers, and certificates for other hosts")
struct KeyAndCertificateTests {
    @Test func aKeyWithALineBreakOrControlIsRefused() {
        #expect(KeyCheck.problem(in: "sk-abc") == nil)
        #expect(KeyCheck.problem(in: "  sk-abc ") == nil)
        #expect(KeyCheck.problem(in: "sk-abc\r")?.position == 7)
        #expect(KeyCheck.problem(in: "sk-abc\r")?.character == Message.keyCarriageReturn)
        #expect(KeyCheck.problem(in: "sk\nX-Evil: 1")?.character == Message.keyLineFeed)
        #expect(KeyCheck.problem(in: "sk\u{7}")?.position == 3)
        #expect(KeyCheck.problem(in: "sk-é") != nil)
        #expect(throws: ImageAPIError.self) { try KeyCheck.validate("sk-abc\r\nX-Injected: 1") }
    }

    @Test func aPlainHttpLoopbackBaseURLThroughAProxyElsewhereIsRefused() throws {
        let url = URL(string: "http://127.0.0.1:8080/v1")!
        let proxied = ["http_proxy": "http://user:pw@10.1.2.3:3128"]
        #expect(throws: ImageAPIError.self) {
            try BaseURLCheck.validate(url, allowInsecureHTTP: false, environment: proxied)
        }
        do {
            try BaseURLCheck.validate(url, allowInsecureHTTP: false, environment: proxied)
        } catch {
            #expect(error.message.contains("10.1.2.3"))
            #expect(!error.message.contains("pw"))
        }
        try BaseURLCheck.validate(
            url, allowInsecureHTTP: false, environment: proxied.merging(["no_proxy": "127.0.0.1"]) { $1 })
        try BaseURLCheck.validate(url, allowInsecureHTTP: false, environment: ["http_proxy": "127.0.0.1:3128"])
        try BaseURLCheck.validate(
            URL(string: "https://api.example.com/v1")!, allowInsecureHTTP: false, environment: proxied)
    }

    @Test func aHostNameMismatchNamesBothNames() throws {
        let certificate = "Subject:CN = 127.0.0.1\nX509v3 Subject Alternative Name:IP Address:127.0.0.1, DNS:gw.test\n"
        let detail = "SSL: no alternative certificate subject name matches target host name 'localhost'"
        let mismatch = try #require(TLSNameMismatch(detail: detail, certificate: certificate))
        #expect(mismatch.certificateNames == ["127.0.0.1", "gw.test"])
        let error = mismatch.error(host: "localhost", place: "localhost:8443")
        #expect(
            error.message == "the certificate of localhost:8443 is for 127.0.0.1, gw.test, not for localhost: "
                + "a host-name mismatch")
        #expect(!(error.hint ?? "").contains("SSL_CERT_FILE"))
        let common = TLSNameMismatch(
            detail: "SSL: certificate subject name 'a.test' does not match target host name 'b.test'")
        #expect(common?.certificateNames == ["a.test"])
        #expect(TLSNameMismatch(detail: "SSL certificate problem: unable to get local issuer certificate") == nil)
    }
}
