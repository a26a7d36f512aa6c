import Foundation
import Testing

@testable import ImageAPIClient

@Suite("Sniffing formats and pixel sizes")
struct ImageInspectorTests {
    static func png(width: UInt32, height: UInt32) -> Data {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
        bytes += Array("IHDR".utf8)
        bytes += withUnsafeBytes(of: width.bigEndian, Array.init)
        bytes += withUnsafeBytes(of: height.bigEndian, Array.init)
        bytes += [8, 2, 0, 0, 0]
        return Data(bytes)
    }

    static func jpeg(width: UInt16, height: UInt16) -> Data {
        var bytes: [UInt8] =
            [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]
        bytes += [0xFF, 0xDB, 0x00, 0x04, 0x00, 0x00]  // a tiny DQT segment to skip
        bytes += [0xFF, 0xC0, 0x00, 0x11, 0x08]
        bytes += withUnsafeBytes(of: height.bigEndian, Array.init)
        bytes += withUnsafeBytes(of: width.bigEndian, Array.init)
        bytes += [3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xFF, 0xD9]
        return Data(bytes)
    }

    static func webpVP8X(width: Int, height: Int) -> Data {
        var bytes = Array("RIFF".utf8) + [30, 0, 0, 0] + Array("WEBPVP8X".utf8) + [10, 0, 0, 0, 0, 0, 0, 0]
        for value in [width - 1, height - 1] {
            bytes += [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF), UInt8((value >> 16) & 0xFF)]
        }
        return Data(bytes)
    }

    @Test func readsPNG() {
        #expect(
            ImageInspector.inspect(Self.png(width: 1672, height: 941)) == .init(format: .png, width: 1672, height: 941))
    }

    @Test func readsJPEGPastOtherSegments() {
        #expect(
            ImageInspector.inspect(Self.jpeg(width: 3840, height: 2160))
                == .init(format: .jpeg, width: 3840, height: 2160))
    }

    @Test func readsWebP() {
        #expect(
            ImageInspector.inspect(Self.webpVP8X(width: 2048, height: 1152))
                == .init(format: .webp, width: 2048, height: 1152))
    }

    @Test func truncatedHeadersStillGiveTheFormat() {
        #expect(
            ImageInspector.inspect(Self.png(width: 1, height: 1).prefix(10))
                == .init(format: .png, width: nil, height: nil))
        #expect(ImageInspector.inspect(Data([0xFF, 0xD8, 0xFF])) == .init(format: .jpeg, width: nil, height: nil))
    }

    @Test("not images", arguments: [Data(), Data("GIF89a".utf8), Data("<html>".utf8), Data([0x89, 0x50])])
    func notImages(data: Data) {
        #expect(ImageInspector.inspect(data) == nil)
    }

    @Test func worksOnSlicedData() {
        let padded = Data([0, 0]) + Self.png(width: 64, height: 48)
        #expect(ImageInspector.inspect(padded.dropFirst(2)) == .init(format: .png, width: 64, height: 48))
    }
}

@Suite("Base64")
struct Base64Tests {
    let bytes = Data((0..<255).map { UInt8($0) })

    @Test func plainAndPrefixed() {
        let text = bytes.base64EncodedString()
        #expect(Base64.decode(text) == bytes)
        #expect(Base64.decode("data:image/png;base64," + text) == bytes)
        #expect(Base64.decode("data:image/jpeg;base64," + text) == bytes)
    }

    @Test func toleratesLineBreaksMissingPaddingAndURLSafeAlphabet() {
        let text = bytes.base64EncodedString(options: .lineLength76Characters)
        #expect(Base64.decode(text) == bytes)
        #expect(Base64.decode(String(bytes.base64EncodedString().trimmingCharacters(in: ["="]))) == bytes)
        let urlSafe = bytes.base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
        #expect(Base64.decode(urlSafe) == bytes)
    }

    @Test("invalid input is nil", arguments: ["", "A", "====", "ab!c", "QUJD=QUJD", "QQ===", "data:image/png;base64,"])
    func invalid(text: String) {
        #expect(Base64.decode(text) == nil)
    }
}
