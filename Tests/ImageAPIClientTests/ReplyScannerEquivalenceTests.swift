import FakeGateway
import Foundation
import Testing

@testable import ImageAPIClient

/// Issue #20, point 3: a reply read as it arrives, its images decoded into spool files, gives byte for byte
/// what reading the whole buffer gives: the same images, the same notes, the same errors, for every reply
/// shape the fake gateway speaks, cut at every byte, with whitespace, `\/` and `\u` escapes and data-URI
/// prefixes inside the base64.
@Suite("Replies read as they arrive equal replies read whole")
struct ReplyScannerEquivalenceTests {
    // Each well over the 256 characters of base64 under which a value stays in the text.
    // Small, so that cutting every reply at every byte stays quick. JPEG and WebP test images are tiny:
    // bytes after them keep format and size sniffable.
    static let first = TestImages.png(width: 10, height: 7)
    static let second = TestImages.jpeg(width: 40, height: 32) + TestImages.notAnImage(count: 80)
    static let third = TestImages.webp(width: 48, height: 40) + TestImages.notAnImage(count: 220)

    /// One reply shape, as JSON text.
    struct Shape: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let body: String
    }

    static func b64(_ image: Data) -> String { image.base64EncodedString() }
    static func escapedSlashes(_ text: String) -> String { text.replacingOccurrences(of: "/", with: "\\/") }
    static func wrapped(_ image: Data, _ lineBreak: String) -> String {
        image.base64EncodedString(options: .lineLength64Characters).replacingOccurrences(of: "\r\n", with: lineBreak)
    }
    static let usage = #""usage":{"input_tokens":30,"output_tokens":196,"total_tokens":226}"#

    static let shapes: [Shape] = [
        Shape(testDescription: "b64_json", body: #"{"created":1,"data":[{"b64_json":"\#(b64(first))"}],\#(usage)}"#),
        Shape(
            testDescription: "b64_json with a data: prefix",
            body: #"{"data":[{"b64_json":"data:image\/png;base64,\#(b64(first))"}],\#(usage)}"#),
        Shape(
            testDescription: "b64_json with \\/ escapes",
            body: #"{"data":[{"b64_json":"\#(escapedSlashes(b64(first)))"}]}"#),
        Shape(
            testDescription: "b64_json wrapped with \\n and \\r\\n escapes and spaces",
            body: #"{"data":[{"b64_json":"\#(wrapped(first, "\\r\\n"))"},{"b64_json":"\#(wrapped(second, "\\n "))"}]}"#
        ),
        Shape(
            testDescription: "b64_json with \\u escapes",
            body: #"{"data":[{"b64_json":"\#(b64(first).replacingOccurrences(of: "A", with: "\\u0041"))"}]}"#),
        Shape(
            testDescription: "a data URI in url (VibeAPI)",
            body: #"{"data":[{"url":"data:image/jpeg;base64,\#(escapedSlashes(b64(second)))"}]}"#),
        Shape(
            testDescription: "a data URI claiming another type",
            body: #"{"data":[{"url":"data:image/png;base64,\#(b64(second))"}]}"#),
        Shape(
            testDescription: "three images of three kinds",
            body: #"""
                {"data":[{"b64_json":"\#(b64(first))"},{"url":"data:image/jpeg;base64,\#(b64(second))"},\#
                {"b64_json":"data:image/webp;base64,\#(b64(third))","revised_prompt":"x"}],\#(usage)}
                """#),
        Shape(
            testDescription: "Markdown in a chat message's content",
            body: #"""
                {"id":"c","choices":[{"index":0,"message":{"role":"assistant","content":\#
                "生成完成\n\n![image](data:image\/png;base64,\#(escapedSlashes(b64(first))))\n\n"}}],\#
                "usage":{"total_tokens":842}}
                """#),
        Shape(
            testDescription: "two Markdown images in a chat message",
            body: #"""
                {"choices":[{"message":{"content":"![a](data:image/png;base64,\#(b64(first))) and \#
                ![b](data:image/jpeg;base64,\#(b64(second))) and again ![a](data:image/png;base64,\#(b64(first)))"}}]}
                """#),
        Shape(
            testDescription: "message.images",
            body: #"""
                {"choices":[{"message":{"content":"","images":[{"type":"image_url","image_url":\#
                {"url":"data:image/webp;base64,\#(b64(third))"}},"data:image/png;base64,\#(b64(first))"]}}]}
                """#),
        Shape(
            testDescription: "content parts with an image_url",
            body: #"""
                {"choices":[{"message":{"content":[{"type":"text","text":"here"},{"type":"image_url",\#
                "image_url":{"url":"data:image/jpeg;base64,\#(b64(second))"}}]}}]}
                """#),
        Shape(
            testDescription: "an image, garbage, an image",
            body: #"""
                {"data":[{"b64_json":"\#(b64(first))"},{"b64_json":"\#(String(repeating: "not base64! ", count: 40))"},\#
                {"b64_json":"\#(b64(third))"}]}
                """#),
        Shape(
            testDescription: "base64 that is no image",
            body: #"{"data":[{"b64_json":"\#(b64(TestImages.notAnImage(count: 900)))"}]}"#),
        Shape(
            testDescription: "a data URI with a bad character inside",
            body:
                #"{"data":[{"url":"data:image/png;base64,\#(b64(first).prefix(400))*\#(b64(first).dropFirst(400))"}]}"#),
    ]

    /// Bytes as a short line: their length and a hash, and what stood in for them.
    static func describe(_ data: Data?) -> String {
        guard let data else { return "-" }
        var problem = ""
        var bytes = data
        if let spool = ImageSpool.resolve(data) {
            if let url = spool.url, let file = try? Data(contentsOf: url) {
                bytes = file
            } else {
                problem = spool.lost ? " (a lost spool)" : " (a spool without its file)"
            }
        }
        let hash = bytes.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
        let image = ImageInspector.format(of: bytes).map { "\($0)" } ?? "no image"
        return "\(bytes.count) bytes, \(image), hash \(String(hash, radix: 16))\(problem)"
    }

    /// What a reply reads as: every image's bytes, the notes and the error, as text to compare.
    static func read(_ body: Data) -> [String] {
        let response = HTTPResponse(status: 200, headers: ["x-request-id": "r"], body: body)
        do {
            let reply = try ReplyParser.parse(response)
            var lines = reply.notes.map { "note \($0.code): \($0.message)" }
            lines.append("images \(reply.imageCount)")
            let payloads = [reply.payload] + ReplyParser.additionalImages(in: body).payloads
            for payload in payloads {
                switch payload {
                case .inline(let data):
                    lines.append("image \(describe(data))")
                case .remote(let url):
                    lines.append("link \(url)")
                }
            }
            return lines
        } catch {
            return ["error \(error.code.rawValue): \(error.text.text(in: .en)) \(error.hint ?? "")"]
        }
    }

    /// Scans `body` cut into `pieces`.
    static func scanned(_ body: Data, cutAt cuts: [Int], files: TemporaryFiles, folder: URL) throws -> Data {
        let scanner = ReplyScanner(folders: [folder], temporaryFiles: files)
        var start = 0
        for cut in cuts + [body.count] where cut >= start {
            try scanner.feed(body.subdata(in: start..<cut))
            start = cut
        }
        return scanner.finish().text
    }

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scanner-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func theTestImagesAreLargeEnoughToBeSpooled() {
        for image in [Self.first, Self.second, Self.third] {
            #expect(image.base64EncodedString().count > ReplyScanner.smallValue)
        }
    }

    @Test("cut at every byte, the reply reads as it does whole", arguments: shapes)
    func everyCut(_ shape: Shape) throws {
        let body = Data(shape.body.utf8)
        let whole = Self.read(body)
        #expect(!whole.isEmpty)
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for cut in 0...body.count {
            let files = TemporaryFiles()
            let text = try Self.scanned(body, cutAt: [cut], files: files, folder: folder)
            let streamed = Self.read(text)
            #expect(streamed == whole, "cut at \(cut) of \(body.count)")
            files.removeAll()
            if streamed != whole { break }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("cut into pieces of every size from 1 to 64 bytes", arguments: shapes)
    func everyPieceSize(_ shape: Shape) throws {
        let body = Data(shape.body.utf8)
        let whole = Self.read(body)
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for size in 1...64 {
            let files = TemporaryFiles()
            let cuts = Array(stride(from: size, to: body.count, by: size))
            let streamed = Self.read(try Self.scanned(body, cutAt: cuts, files: files, folder: folder))
            #expect(streamed == whole, "pieces of \(size) bytes")
            files.removeAll()
        }
    }

    @Test func theImagesReallyGoToFilesPrivately() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = TemporaryFiles()
        defer { files.removeAll() }
        let scanner = ReplyScanner(folders: [folder], temporaryFiles: files)
        try scanner.feed(Data(Self.shapes[7].body.utf8))
        let scanned = scanner.finish()
        try #require(scanned.spools.count == 3)
        for spool in scanned.spools {
            let url = try #require(spool.url)
            #expect(url.deletingLastPathComponent().path == folder.path)
            let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
        #expect(try Data(contentsOf: #require(scanned.spools[1].url)) == Self.second)
    }

    @Test func aValueOverThePerImageCapStops() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = TemporaryFiles()
        defer { files.removeAll() }
        let scanner = ReplyScanner(folders: [folder], temporaryFiles: files, perImage: 10_000)
        try scanner.feed(Data(#"{"data":[{"b64_json":""#.utf8))
        #expect(throws: ResponseTooLarge.self) {
            for _ in 0..<20 { try scanner.feed(Data(repeating: UInt8(ascii: "A"), count: 1_000)) }
        }
    }

    @Test func imagesBeyondTheCountAreDroppedAndTheWholeIsBounded() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = TemporaryFiles()
        defer { files.removeAll() }
        let scanner = ReplyScanner(
            folders: [folder], temporaryFiles: files, perImage: 2_000, maxImages: 2, textLimit: 2_000)
        let item = Data(#"{"b64_json":"\#(Self.first.base64EncodedString())"},"#.utf8)
        try scanner.feed(Data(#"{"data":["#.utf8))
        for _ in 0..<3 { try scanner.feed(item) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 2, "two kept, one dropped")
        #expect(throws: ResponseTooLarge.self) {
            for _ in 0..<20 { try scanner.feed(item) }
        }
    }

    @Test func bytesThatCannotBeJSONAreCountedNotKept() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = TemporaryFiles()
        defer { files.removeAll() }
        let scanner = ReplyScanner(folders: [folder], temporaryFiles: files, textLimit: 5_000_000)
        #expect(throws: ResponseTooLarge.self) {
            for _ in 0..<10 { try scanner.feed(Data(count: 1_000_000)) }
        }
        #expect(scanner.finish().text.count <= 1_000_000)
    }

    // MARK: - Event streams

    /// One event stream, as bytes.
    struct Stream: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let body: Data
        let responses: Bool
    }

    static let streams: [Stream] = [
        Stream(
            testDescription: "Images API: partial images (b64_json) and the final image",
            body: StreamShapes.images(partials: [first, third], final: second).bytes, responses: false),
        Stream(
            testDescription: "Images API with CR LF line ends and keepalives",
            body: StreamShapes.images(partials: [first], final: third, keepalives: true, lineEnding: "\r\n").bytes,
            responses: false),
        Stream(
            testDescription: "Responses API: partial_image_b64 and result, two images",
            body: StreamShapes.responses(images: [
                .init(id: "ig_1", partials: [first], result: second, revisedPrompt: "a fox"),
                .init(id: "ig_2", partials: [third], result: first),
            ]).bytes, responses: true),
        Stream(
            testDescription: "Responses API: the image only as its last partial image",
            body: StreamShapes.responses(images: [.init(id: "ig_1", partials: [third, second], result: nil)]).bytes,
            responses: true),
    ]

    /// What a stream reads as: each update, images by their bytes.
    static func read(_ body: Data, cutAt cuts: [Int], responses: Bool, spooling: SSEParser.Spooling?) -> [String] {
        var parser = SSEParser(spooling: spooling)
        var lines: [String] = []
        var known: Set<String> = []
        func bytes(_ data: Data?) -> String { describe(data) }
        do {
            var start = 0
            for cut in cuts + [body.count] where cut >= start {
                try parser.feed(body.subdata(in: start..<cut)) { event in
                    let updates =
                        responses
                        ? try ResponsesStreamDecoder.decode(event, knownImages: known)
                        : try ImagesStreamDecoder.decode(event, decodePartials: true)
                    for update in updates {
                        switch update {
                        case .partial(let key, let index, let data):
                            lines.append("partial \(key) \(index ?? -1) \(bytes(data))")
                        case .final(let key, let data, let revised):
                            known.insert(key)
                            lines.append("final \(key) \(revised ?? "-") \(bytes(data))")
                        case .completed(let usage, let fallback):
                            lines.append("completed \(Self.sorted(usage)) \(fallback.map { bytes($0.data) })")
                        default:
                            lines.append("\(update)")
                        }
                    }
                }
                start = cut
            }
        } catch {
            lines.append("error \(error)")
        }
        return lines
    }

    /// A JSON value as text with sorted keys, to compare.
    static func sorted(_ value: JSONValue?) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return value.flatMap { try? encoder.encode($0) }.map { String(decoding: $0, as: UTF8.self) } ?? "-"
    }

    @Test("an event stream cut at every byte reads as it does unspooled", arguments: streams)
    func everyStreamCut(_ stream: Stream) throws {
        let whole = Self.read(stream.body, cutAt: [], responses: stream.responses, spooling: nil)
        #expect(whole.contains { $0.hasPrefix("final") || $0.hasPrefix("partial") })
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let step = max(1, stream.body.count / 300)
        for cut in stride(from: 0, through: stream.body.count, by: step) {
            let files = TemporaryFiles()
            let spooled = Self.read(
                stream.body, cutAt: [cut], responses: stream.responses,
                spooling: SSEParser.Spooling(folders: [folder], temporaryFiles: files))
            #expect(spooled == whole, "cut at \(cut) of \(stream.body.count)")
            files.removeAll()
            if spooled != whole { break }
        }
        let files = TemporaryFiles()
        defer { files.removeAll() }
        let pieces = Array(stride(from: 7, to: stream.body.count, by: 7))
        let spooling = SSEParser.Spooling(folders: [folder], temporaryFiles: files)
        #expect(Self.read(stream.body, cutAt: pieces, responses: stream.responses, spooling: spooling) == whole)
    }
}
