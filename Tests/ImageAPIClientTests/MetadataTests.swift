import FakeGateway
import Foundation
import Testing

@testable import ImageAPIClient

/// The provenance written into PNG, JPEG and WebP files by a stream copy, read back by gen-image's own
/// reader; files with Content Credentials, oversized records or a broken structure stay as they were.
/// (exiftool and Pillow read the same files in the end-to-end tests.)
@Suite("Image metadata")
final class MetadataTests {
    let folder: URL
    let files = TemporaryFiles()

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("metadata-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    static let prompt = "一只橘猫 & <a \"cat\">\r\nline two\twith a tab"

    static func record(inputs: [ProvenanceRecord.Input] = []) -> ProvenanceRecord {
        ProvenanceRecord(
            prompt: prompt, model: "gpt-image-2", mode: inputs.isEmpty ? "generate" : "edit", provider: "apiyi",
            endpoint: "images", sizeAsked: "1536x1024", quality: "high", formatAsked: "png", width: 64, height: 48,
            format: "png", requestID: "req-42", created: "2026-12-07T01:00:00Z", costUSD: 0.0123,
            settings: [("size", "1536x1024"), ("quality", "high")], inputs: inputs)
    }

    func save(_ data: Data, _ name: String) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    func embed(_ data: Data, _ name: String, format: ImageFormat, record: ProvenanceRecord = record())
        throws -> (URL, MetadataEmbedder.Outcome)
    {
        let url = try save(data, name)
        let outcome = MetadataEmbedder.apply(record, mode: .embed, to: url, format: format, temporaryFiles: files)
        return (url, outcome)
    }

    @Test(arguments: [ImageFormat.png, .jpeg, .webp])
    func aRecordRoundTripsExactly(format: ImageFormat) throws {
        let image: Data =
            switch format {
            case .png: TestImages.png(width: 64, height: 48)
            case .jpeg: TestImages.jpeg(width: 64, height: 48)
            case .webp: TestImages.webp(width: 64, height: 48)
            }
        let input = ProvenanceRecord.Input(role: "image", name: "a.png", path: "/x/a.png", sha256: "ab12")
        let (url, outcome) = try embed(
            image, "i.\(format.fileExtension)", format: format, record: Self.record(inputs: [input]))
        #expect(outcome == .embedded)
        let metadata = try ImageMetadata.read(url)
        #expect(metadata.facts.format == format)
        #expect(metadata.facts.width == 64 && metadata.facts.height == 48)
        let record = try #require(metadata.record)
        #expect(record.prompt == Self.prompt, "the prompt survives exactly, \\r\\n and all")
        #expect(record.model == "gpt-image-2" && record.requestID == "req-42" && record.quality == "high")
        #expect(record.settings.map(\.name) == ["size", "quality"])
        #expect(record.inputs == [input])
        #expect(metadata.recordSource == "file")
        #expect(metadata.description == Self.prompt)
        #expect(metadata.digitalSourceType?.hasSuffix("/compositeWithTrainedAlgorithmicMedia") == true)
        #expect(metadata.parameters == Self.record(inputs: [input]).parametersText)
        #expect(metadata.parameters?.hasPrefix(Self.prompt + "\nModel: gpt-image-2, Size: 64x48, ") == true)
        #expect(!metadata.hasContentCredentials)
        // The picture itself is untouched: stripping the blocks gives the original bytes back.
        #expect(ImageInspector.inspect(try Data(contentsOf: url))?.width == 64)
    }

    @Test func aPromptWithCharactersXMLCannotCarryStillRoundTrips() throws {
        var record = Self.record()
        record.prompt = "bell \u{07} and escape \u{1B}[0m kept"
        let (url, outcome) = try embed(TestImages.png(width: 8, height: 8), "bell.png", format: .png, record: record)
        #expect(outcome == .embedded)
        let metadata = try ImageMetadata.read(url)
        #expect(metadata.record?.prompt == record.prompt)
        #expect(metadata.description == "bell  and escape [0m kept", "XMP's own text leaves them out")
    }

    @Test func shapesAreNamedAsAspectTakesThem() {
        #expect(DeliveryCheck.shape(1536, 1024) == "3:2")
        #expect(DeliveryCheck.shape(1024, 1024) == "1:1")
        #expect(DeliveryCheck.shape(1672, 941) == "16:9", "an odd size gets the nearest small ratio")
        #expect(DeliveryCheck.shape(3840, 2160) == "16:9")
        #expect(DeliveryCheck.shape(1000, 3) == "1000:3", "exact when no small ratio is near")
    }

    @Test func pngTextIsLatin1TEXtOrUTF8ITXt() {
        let latin = PNGMetadata.textChunk("parameters", "café at noon")
        #expect(String(decoding: latin[4..<8], as: UTF8.self) == "tEXt")
        #expect(
            Array(latin[8..<(8 + 11 + 12)]) == Array("parameters".utf8) + [0] + [0x63, 0x61, 0x66, 0xE9]
                + Array(" at noon".utf8))
        let chinese = PNGMetadata.textChunk("parameters", "橘猫")
        #expect(String(decoding: chinese[4..<8], as: UTF8.self) == "iTXt")
    }

    @Test func pngChunksGoRightAfterIHDRAndOldOnesAreReplaced() throws {
        let (url, _) = try embed(TestImages.png(width: 8, height: 8), "twice.png", format: .png)
        // A second stamp replaces the first rather than adding another pair.
        var second = Self.record()
        second.prompt = "second"
        #expect(MetadataEmbedder.apply(second, mode: .embed, to: url, format: .png, temporaryFiles: files) == .embedded)
        let types = Self.pngChunkTypes(try Data(contentsOf: url))
        #expect(types.prefix(3) == ["IHDR", "tEXt", "iTXt"])
        #expect(types.filter { $0 == "tEXt" || $0 == "iTXt" }.count == 2)
        #expect(types.firstIndex(of: "IDAT")! > 2 && types.last == "IEND")
        #expect(try ImageMetadata.read(url).record?.prompt == "second")
    }

    @Test func webpBecomesExtendedWithPaddedChunksAndTheRightRIFFSize() throws {
        // A simple lossless file (no VP8X): the canvas comes from the VP8L header.
        let extended = [UInt8](TestImages.webp(width: 30, height: 40))
        let vp8xTotal = 8 + 10
        var simple = Array(extended[0..<12]) + Array(extended[(12 + vp8xTotal)...])
        let riff = simple.count - 8
        simple.replaceSubrange(4..<8, with: (0..<4).map { UInt8(truncatingIfNeeded: riff >> ($0 * 8)) })
        for prompt in ["odd", "even!"] {
            var record = Self.record()
            record.prompt = prompt
            let (url, outcome) = try embed(Data(simple), "s-\(prompt).webp", format: .webp, record: record)
            #expect(outcome == .embedded)
            let bytes = [UInt8](try Data(contentsOf: url))
            let size = bytes[4..<8].reversed().reduce(0) { $0 << 8 | Int($1) }
            #expect(size == bytes.count - 8, "RIFF size")
            var offset = 12
            var types: [String] = []
            while offset + 8 <= bytes.count {
                types.append(String(decoding: bytes[offset..<offset + 4], as: UTF8.self))
                let length = bytes[offset + 4..<offset + 8].reversed().reduce(0) { $0 << 8 | Int($1) }
                offset += 8 + length + (length & 1)
            }
            #expect(offset == bytes.count, "chunks are padded and end with the file")
            #expect(types == ["VP8X", "VP8L", "EXIF", "XMP "])
            #expect(bytes[20] & 0x0C == 0x0C, "EXIF and XMP flags")
            let facts = ImageInspector.inspect(Data(bytes))
            #expect(facts?.width == 30 && facts?.height == 40, "canvas from the VP8L header")
            #expect(try ImageMetadata.read(url).record?.prompt == prompt)
        }
    }

    @Test(arguments: [ImageFormat.png, .jpeg, .webp])
    func contentCredentialsLeaveTheFileUntouched(format: ImageFormat) throws {
        let image: Data =
            switch format {
            case .png: ContentCredentials.png(TestImages.png(width: 16, height: 16))
            case .jpeg: ContentCredentials.jpeg(TestImages.jpeg(width: 16, height: 16))
            case .webp: ContentCredentials.webp(TestImages.webp(width: 16, height: 16))
            }
        let (url, outcome) = try embed(image, "signed.\(format.fileExtension)", format: format)
        #expect(outcome == .sidecar(.contentCredentials))
        #expect(try Data(contentsOf: url) == image)
        #expect(try ImageMetadata.read(url).hasContentCredentials)
    }

    @Test func aRecordTooLargeForJPEGGoesToASidecarAndTheFileStaysAsItWas() throws {
        var record = Self.record()
        record.prompt = String(repeating: "长", count: 40_000)
        let image = TestImages.jpeg(width: 16, height: 16)
        let (url, outcome) = try embed(image, "long.jpg", format: .jpeg, record: record)
        #expect(outcome == .sidecar(.tooLarge))
        #expect(try Data(contentsOf: url) == image)
        // PNG has no such limit.
        let (png, pngOutcome) = try embed(TestImages.png(width: 8, height: 8), "long.png", format: .png, record: record)
        #expect(pngOutcome == .embedded)
        #expect(try ImageMetadata.read(png).record?.prompt == record.prompt)
    }

    @Test func aBrokenFileIsKeptAsItCameAndNoneWritesNothing() throws {
        let truncated = TestImages.png(width: 32, height: 32).prefix(200)
        let (url, outcome) = try embed(Data(truncated), "cut.png", format: .png)
        #expect(outcome == .sidecar(.unreadable))
        #expect(try Data(contentsOf: url) == Data(truncated))
        let image = TestImages.png(width: 8, height: 8)
        let plain = try save(image, "plain.png")
        #expect(
            MetadataEmbedder.apply(Self.record(), mode: .none, to: plain, format: .png, temporaryFiles: files)
                == .nothing)
        #expect(
            MetadataEmbedder.apply(Self.record(), mode: .sidecar, to: plain, format: .png, temporaryFiles: files)
                == .sidecar(.asked))
        #expect(try Data(contentsOf: plain) == image)
        #expect(try ImageMetadata.read(plain).isEmpty)
        #expect(
            (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.contains { $0.hasSuffix(".tmp") }
                == false)
    }

    @Test func theSidecarCarriesTheSameRecord() throws {
        let image = try save(TestImages.png(width: 8, height: 8), "side.png")
        let data = Sidecar.contents(Self.record(), image: image, contentCredentials: true)
        #expect(Sidecar.write(data, for: image, temporaryFiles: files))
        #expect(!Sidecar.write(data, for: image, temporaryFiles: files), "an existing sidecar is never replaced")
        let metadata = try ImageMetadata.read(image)
        #expect(metadata.recordSource == "sidecar")
        #expect(metadata.record == Self.record())
        #expect(metadata.sidecar?.lastPathComponent == "side.png.json")
        // The image replaced by another of the same name: the sidecar no longer describes it.
        try TestImages.png(width: 9, height: 9).write(to: image)
        let stale = try ImageMetadata.read(image)
        #expect(stale.record == nil && stale.sidecar == nil)
    }

    @Test func unreadableFilesThrowUsageCodes() throws {
        #expect(throws: ImageAPIError.self) { try ImageMetadata.read(self.folder.appendingPathComponent("none.png")) }
        let text = try save(Data("hello".utf8), "text.png")
        do {
            _ = try ImageMetadata.read(text)
            Issue.record("no error")
        } catch {
            #expect(error.code == .inputNotImage)
        }
    }

    @Test func exifUserCommentIsUnicodeBigEndian() {
        let tiff = ExifBlock.tiff(software: "gen-image 0.1.0", userComment: "橘猫\nModel: x")
        #expect(tiff.starts(with: Array("MM".utf8) + [0, 0x2A]))
        #expect(ByteFields.contains(tiff, Array("UNICODE".utf8) + [0, 0x6A, 0x58]), "UTF-16BE of 橘 (U+6A58)")
        #expect(ExifBlock.userComment(in: tiff) == "橘猫\nModel: x")
    }

    /// Damaged files (cut anywhere, bytes flipped) never crash the reader or the writer, and a file the
    /// writer does not rewrite is left exactly as it was.
    @Test(arguments: [ImageFormat.png, .jpeg, .webp])
    func damagedFilesNeverCrashOrChange(format: ImageFormat) throws {
        let clean: Data =
            switch format {
            case .png: TestImages.png(width: 16, height: 8)
            case .jpeg: TestImages.jpeg(width: 16, height: 8)
            case .webp: TestImages.webp(width: 16, height: 8)
            }
        let (stamped, _) = try embed(clean, "stamped.\(format.fileExtension)", format: format)
        let original = [UInt8](try Data(contentsOf: stamped))
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(max(1, bound)))
        }
        for round in 0..<200 {
            var bytes = original
            if round % 2 == 0 {
                bytes = Array(bytes.prefix(next(bytes.count)))
            } else {
                for _ in 0..<(1 + next(8)) { bytes[next(bytes.count)] = UInt8(truncatingIfNeeded: next(256)) }
            }
            let url = try save(Data(bytes), "fuzz-\(round).\(format.fileExtension)")
            _ = try? ImageMetadata.read(url)
            let outcome = MetadataEmbedder.apply(
                Self.record(), mode: .embed, to: url, format: format, temporaryFiles: files)
            if outcome != .embedded { #expect(try Data(contentsOf: url) == Data(bytes), "round \(round)") }
        }
    }

    static func pngChunkTypes(_ data: Data) -> [String] {
        let bytes = [UInt8](data)
        var offset = 8
        var types: [String] = []
        while offset + 12 <= bytes.count {
            let length = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            types.append(String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self))
            offset += 12 + length
        }
        return types
    }
}
