import Foundation

/// PNG: `parameters` as `tEXt` (Latin-1) or `iTXt` (UTF-8), and XMP as `iTXt` `XML:com.adobe.xmp`, placed
/// after `IHDR` and before the image data. C2PA is carried in `caBX`.
enum PNGMetadata: MetadataFormat {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    /// Text chunks gen-image writes, and so replaces when the file already has them.
    static let ownKeywords: Set<String> = ["parameters", "XML:com.adobe.xmp"]

    static func scan(_ cursor: FileCursor) -> FoundMetadata {
        var found = FoundMetadata()
        guard cursor.bytes(at: 0, count: 8) == signature else { return found }
        var offset = 8
        var first = true
        var count = 0
        while count < 100_000, let header = cursor.bytes(at: offset, count: 8),
            let length = ByteFields.bigEndian(header, at: 0, width: 4)
        {
            count += 1
            let type = ByteFields.fourCC(header, at: 4)
            if first, type != "IHDR" { return found }
            first = false
            guard offset + 12 + length <= cursor.length else { return found }
            switch type {
            case "caBX":
                found.hasC2PA = true
            case "tEXt", "iTXt", "zTXt":
                guard length <= metadataReadLimit, let data = cursor.bytes(at: offset + 8, count: length) else { break }
                read(type, data, into: &found)
            case "IEND":
                found.isWellFormed = true
                return found
            default:
                break
            }
            offset += 12 + length
        }
        return found
    }

    private static func read(_ type: String, _ data: [UInt8], into found: inout FoundMetadata) {
        guard let nul = data.firstIndex(of: 0) else { return }
        let keyword = String(decoding: data[..<nul], as: UTF8.self)
        switch type {
        case "tEXt":
            let text = String(String.UnicodeScalarView(data[(nul + 1)...].map { Unicode.Scalar($0) }))
            found.texts.append((keyword, text))
        case "iTXt":
            guard nul + 2 < data.count else { return }
            if data[nul + 1] != 0 {
                found.compressedKeywords.append(keyword)
                return
            }
            var index = nul + 3
            for _ in 0..<2 {  // the language tag, then the translated keyword
                guard let end = data[index...].firstIndex(of: 0) else { return }
                index = end + 1
            }
            let text = String(decoding: data[index...], as: UTF8.self)
            if keyword == "XML:com.adobe.xmp" { found.xmp = text } else { found.texts.append((keyword, text)) }
        default:
            found.compressedKeywords.append(keyword)
        }
    }

    static func embed(_ record: ProvenanceRecord, from cursor: FileCursor, to output: FileHandle) throws {
        guard cursor.bytes(at: 0, count: 8) == signature, let header = cursor.bytes(at: 8, count: 8),
            ByteFields.fourCC(header, at: 4) == "IHDR", let ihdrLength = ByteFields.bigEndian(header, at: 0, width: 4)
        else { throw CocoaError(.fileReadCorruptFile) }
        var offset = 8 + 12 + ihdrLength
        try cursor.copy(from: 0, count: offset, to: output)
        try output.write(contentsOf: Data(textChunk("parameters", record.parametersText)))
        try output.write(contentsOf: Data(internationalChunk("XML:com.adobe.xmp", XMPPacket.packet(for: record))))
        while let header = cursor.bytes(at: offset, count: 8),
            let length = ByteFields.bigEndian(header, at: 0, width: 4)
        {
            let type = ByteFields.fourCC(header, at: 4)
            var keep = true
            if ["tEXt", "iTXt", "zTXt"].contains(type),
                let head = cursor.bytes(at: offset + 8, count: min(length, 80)),
                let nul = head.firstIndex(of: 0)
            {
                keep = !ownKeywords.contains(String(decoding: head[..<nul], as: UTF8.self))
            }
            if keep { try cursor.copy(from: offset, count: 12 + length, to: output) }
            offset += 12 + length
            if type == "IEND" {
                // Whatever follows the end is not the image's, but it is the file's: kept as it came.
                try cursor.copy(from: offset, count: cursor.length - offset, to: output)
                return
            }
        }
        throw CocoaError(.fileReadCorruptFile)
    }

    /// `tEXt` when the text is Latin-1 (as Pillow writes it), else `iTXt`, so a Chinese prompt survives.
    static func textChunk(_ keyword: String, _ text: String) -> [UInt8] {
        let latin1 = text.unicodeScalars.allSatisfy { $0.value <= 0xFF && $0.value != 0 }
        guard latin1 else { return internationalChunk(keyword, Array(text.utf8)) }
        return chunk("tEXt", Array(keyword.utf8) + [0] + text.unicodeScalars.map { UInt8($0.value) })
    }

    /// An uncompressed `iTXt` chunk: keyword, NUL, flag 0, method 0, empty language, NUL, empty translated
    /// keyword, NUL, UTF-8 text.
    static func internationalChunk(_ keyword: String, _ utf8: [UInt8]) -> [UInt8] {
        chunk("iTXt", Array(keyword.utf8) + [0, 0, 0, 0, 0] + utf8)
    }

    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        return ByteFields.bigEndian(data.count, width: 4) + body
            + ByteFields.bigEndian(Int(CRC32.checksum(body)), width: 4)
    }
}
