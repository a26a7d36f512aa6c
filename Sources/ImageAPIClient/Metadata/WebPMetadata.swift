import Foundation

/// WebP (RFC 9649): metadata needs the extended format, a `VP8X` chunk first with the EXIF (0x08) and XMP
/// (0x04) flags and the canvas size; `EXIF` and `XMP ` chunks follow the image data. Odd sizes are padded and
/// the RIFF size is fixed. C2PA is carried in a `C2PA` chunk.
enum WebPMetadata: MetadataFormat {
    private struct Chunk {
        let type: String
        let offset: Int
        let size: Int
        var total: Int { 8 + size + (size & 1) }
    }

    private struct Layout {
        var chunks: [Chunk] = []
        var flags: UInt8 = 0
        var width = 0
        var height = 0
    }

    private static func layout(_ cursor: FileCursor) -> Layout? {
        guard let head = cursor.bytes(at: 0, count: 12), ByteFields.fourCC(head, at: 0) == "RIFF",
            ByteFields.fourCC(head, at: 8) == "WEBP", let riffSize = ByteFields.littleEndian(head, at: 4, width: 4)
        else { return nil }
        let end = min(cursor.length, 8 + riffSize)
        var layout = Layout()
        var offset = 12
        while offset + 8 <= end, layout.chunks.count < 100_000 {
            guard let header = cursor.bytes(at: offset, count: 8),
                let size = ByteFields.littleEndian(header, at: 4, width: 4),
                offset + 8 + size <= end
            else { return nil }
            let chunk = Chunk(type: ByteFields.fourCC(header, at: 0), offset: offset, size: size)
            layout.chunks.append(chunk)
            offset += chunk.total
        }
        // A file of more chunks than any encoder writes is not walked (and so not rewritten) at all.
        guard layout.chunks.count < 100_000 else { return nil }
        guard let first = layout.chunks.first, let data = cursor.bytes(at: first.offset + 8, count: min(first.size, 30))
        else { return nil }
        switch first.type {
        case "VP8X":
            guard data.count >= 10, let width = ByteFields.littleEndian(data, at: 4, width: 3),
                let height = ByteFields.littleEndian(data, at: 7, width: 3)
            else { return nil }
            layout.flags = data[0]
            (layout.width, layout.height) = (width + 1, height + 1)
        case "VP8L":
            guard data.count >= 5, data[0] == 0x2F, let bits = ByteFields.littleEndian(data, at: 1, width: 4) else {
                return nil
            }
            (layout.width, layout.height) = ((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
            if bits >> 28 & 1 == 1 { layout.flags |= 0x10 }
        case "VP8 ":
            guard data.count >= 10, data[3] == 0x9D, data[4] == 0x01, data[5] == 0x2A,
                let width = ByteFields.littleEndian(data, at: 6, width: 2),
                let height = ByteFields.littleEndian(data, at: 8, width: 2)
            else { return nil }
            (layout.width, layout.height) = (width & 0x3FFF, height & 0x3FFF)
        default:
            return nil
        }
        if layout.chunks.contains(where: { $0.type == "ALPH" }) { layout.flags |= 0x10 }
        return layout.width > 0 && layout.height > 0 ? layout : nil
    }

    static func scan(_ cursor: FileCursor) -> FoundMetadata {
        var found = FoundMetadata()
        guard let layout = layout(cursor) else { return found }
        found.isWellFormed = true
        for chunk in layout.chunks {
            switch chunk.type {
            case "C2PA":
                found.hasC2PA = true
            case "XMP ":
                guard found.xmp == nil, chunk.size <= metadataReadLimit,
                    let data = cursor.bytes(at: chunk.offset + 8, count: chunk.size)
                else { continue }
                found.xmp = String(decoding: data, as: UTF8.self)
            case "EXIF":
                guard found.userComment == nil, chunk.size <= metadataReadLimit,
                    var data = cursor.bytes(at: chunk.offset + 8, count: chunk.size)
                else { continue }
                if data.starts(with: JPEGMetadata.exifPrefix) { data.removeFirst(JPEGMetadata.exifPrefix.count) }
                found.userComment = ExifBlock.userComment(in: data)
            default:
                break
            }
        }
        return found
    }

    static func embed(_ record: ProvenanceRecord, from cursor: FileCursor, to output: FileHandle) throws {
        guard let layout = layout(cursor) else { throw CocoaError(.fileReadCorruptFile) }
        var vp8x = [UInt8](repeating: 0, count: 10)
        if let first = layout.chunks.first, first.type == "VP8X",
            let existing = cursor.bytes(at: first.offset + 8, count: 10)
        {
            vp8x = existing
        }
        vp8x[0] = (vp8x[0] | layout.flags | 0x08 | 0x04)
        vp8x.replaceSubrange(4..<7, with: ByteFields.littleEndian(layout.width - 1, width: 3))
        vp8x.replaceSubrange(7..<10, with: ByteFields.littleEndian(layout.height - 1, width: 3))
        var written = 4  // "WEBP"
        try output.write(contentsOf: Data(Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WEBP".utf8)))
        let header = chunk("VP8X", vp8x)
        try output.write(contentsOf: Data(header))
        written += header.count
        for chunk in layout.chunks where !["VP8X", "EXIF", "XMP "].contains(chunk.type) {
            try cursor.copy(from: chunk.offset, count: min(chunk.total, cursor.length - chunk.offset), to: output)
            if chunk.size & 1 == 1, chunk.offset + chunk.total > cursor.length {
                try output.write(contentsOf: Data([0]))  // a missing pad byte at the very end
            }
            written += chunk.total
        }
        let exif = chunk("EXIF", ExifBlock.tiff(software: record.generator, userComment: record.parametersText))
        let xmp = chunk("XMP ", XMPPacket.packet(for: record))
        try output.write(contentsOf: Data(exif + xmp))
        written += exif.count + xmp.count
        try output.seek(toOffset: 4)
        try output.write(contentsOf: Data(ByteFields.littleEndian(written, width: 4)))
    }

    /// A chunk: four-character code, little-endian size, data, and a pad byte when the size is odd.
    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        Array(type.utf8) + ByteFields.littleEndian(data.count, width: 4) + data + (data.count & 1 == 1 ? [0] : [])
    }
}
