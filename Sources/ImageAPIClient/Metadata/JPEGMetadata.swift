import Foundation

/// JPEG: an APP1 EXIF segment (`Software`, `UserComment`) and an APP1 XMP segment after SOI (and after a
/// leading JFIF APP0). C2PA is carried in APP11 segments holding JUMBF boxes.
enum JPEGMetadata: MetadataFormat {
    static let exifPrefix = Array("Exif".utf8) + [0, 0]
    static let xmpPrefix = Array("http://ns.adobe.com/xap/1.0/".utf8) + [0]
    /// The largest segment payload (the length field counts itself).
    static let maxPayload = 65_533

    /// One marker segment before the scan.
    private struct Segment {
        let marker: UInt8
        let offset: Int
        let length: Int  // the length field's value: payload + 2
        var total: Int { 2 + length }
    }

    /// The segments up to the first SOS, and the SOS offset; nil when the file is not JPEG as expected.
    private static func segments(_ cursor: FileCursor) -> (list: [Segment], scan: Int)? {
        guard cursor.bytes(at: 0, count: 2) == [0xFF, 0xD8] else { return nil }
        var list: [Segment] = []
        var offset = 2
        while list.count < 10_000, let head = cursor.bytes(at: offset, count: 2), head[0] == 0xFF {
            let marker = head[1]
            if marker == 0xFF {
                offset += 1
                continue
            }
            if (0xD0...0xD7).contains(marker) || marker == 0x01 {
                offset += 2
                continue
            }
            if marker == 0xDA { return (list, offset) }
            if marker == 0xD9 { return nil }
            guard let size = cursor.bytes(at: offset + 2, count: 2),
                let length = ByteFields.bigEndian(size, at: 0, width: 2),
                length >= 2, offset + 2 + length <= cursor.length
            else { return nil }
            list.append(Segment(marker: marker, offset: offset, length: length))
            offset += 2 + length
        }
        return nil
    }

    private static func payload(_ cursor: FileCursor, _ segment: Segment, limit: Int = maxPayload) -> [UInt8]? {
        cursor.bytes(at: segment.offset + 4, count: min(segment.length - 2, limit))
    }

    private static func isOwn(_ cursor: FileCursor, _ segment: Segment) -> Bool {
        guard segment.marker == 0xE1, let head = payload(cursor, segment, limit: xmpPrefix.count) else { return false }
        return head.starts(with: exifPrefix) || head.starts(with: xmpPrefix)
    }

    static func scan(_ cursor: FileCursor) -> FoundMetadata {
        var found = FoundMetadata()
        guard let (list, _) = segments(cursor) else { return found }
        found.isWellFormed = true
        for segment in list {
            switch segment.marker {
            case 0xE1:
                guard let data = payload(cursor, segment) else { continue }
                if data.starts(with: exifPrefix), found.userComment == nil {
                    found.userComment = ExifBlock.userComment(in: Array(data.dropFirst(exifPrefix.count)))
                } else if data.starts(with: xmpPrefix), found.xmp == nil {
                    found.xmp = String(decoding: data.dropFirst(xmpPrefix.count), as: UTF8.self)
                }
            case 0xEB:
                guard let data = payload(cursor, segment) else { continue }
                if ByteFields.contains(data, Array("jumb".utf8)) || ByteFields.contains(data, Array("c2pa".utf8)) {
                    found.hasC2PA = true
                }
            default:
                break
            }
        }
        return found
    }

    static func embed(_ record: ProvenanceRecord, from cursor: FileCursor, to output: FileHandle) throws {
        guard let (list, scan) = segments(cursor) else { throw CocoaError(.fileReadCorruptFile) }
        let exif = exifPrefix + ExifBlock.tiff(software: record.generator, userComment: record.parametersText)
        let xmp = xmpPrefix + XMPPacket.packet(for: record)
        guard exif.count <= maxPayload, xmp.count <= maxPayload else { throw MetadataTooLarge() }
        try output.write(contentsOf: Data([0xFF, 0xD8]))
        var rest = list[...]
        if let first = rest.first, first.marker == 0xE0 {
            try cursor.copy(from: first.offset, count: first.total, to: output)
            rest = rest.dropFirst()
        }
        try output.write(contentsOf: Data(segment(0xE1, exif)))
        try output.write(contentsOf: Data(segment(0xE1, xmp)))
        for segment in rest where !isOwn(cursor, segment) {
            try cursor.copy(from: segment.offset, count: segment.total, to: output)
        }
        try cursor.copy(from: scan, count: cursor.length - scan, to: output)
    }

    private static func segment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] {
        [0xFF, marker] + ByteFields.bigEndian(payload.count + 2, width: 2) + payload
    }
}
