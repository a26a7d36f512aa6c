import Foundation

/// The EXIF (TIFF) block gen-image writes into JPEG and WebP: IFD0 with `Software`, and an Exif IFD with
/// `UserComment` holding the AUTOMATIC1111 `parameters` text in the `UNICODE` form (the 8-byte code, then
/// UTF-16 in the block's byte order; big-endian here, as piexif writes it and A1111's readers expect).
enum ExifBlock {
    /// The TIFF bytes (no `Exif\0\0` prefix).
    static func tiff(software: String, userComment: String) -> [UInt8] {
        var softwareBytes = Array(software.utf8.filter { $0 >= 0x20 && $0 < 0x7F }) + [0]
        if softwareBytes.count % 2 == 1 { softwareBytes.append(0) }
        var comment = Array("UNICODE".utf8) + [0]
        for unit in userComment.utf16 { comment += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }

        let ifd0Offset = 8
        let ifd0Size = 2 + 2 * 12 + 4
        let softwareOffset = ifd0Offset + ifd0Size
        let exifOffset = softwareOffset + softwareBytes.count
        let exifSize = 2 + 12 + 4
        let commentOffset = exifOffset + exifSize

        var out: [UInt8] = Array("MM".utf8) + [0x00, 0x2A] + ByteFields.bigEndian(ifd0Offset, width: 4)
        out += ByteFields.bigEndian(2, width: 2)
        out += entry(tag: 0x0131, type: 2, count: softwareBytes.count, value: softwareOffset)
        out += entry(tag: 0x8769, type: 4, count: 1, value: exifOffset)
        out += ByteFields.bigEndian(0, width: 4)
        out += softwareBytes
        out += ByteFields.bigEndian(1, width: 2)
        out += entry(tag: 0x9286, type: 7, count: comment.count, value: commentOffset)
        out += ByteFields.bigEndian(0, width: 4)
        out += comment
        return out
    }

    private static func entry(tag: Int, type: Int, count: Int, value: Int) -> [UInt8] {
        ByteFields.bigEndian(tag, width: 2) + ByteFields.bigEndian(type, width: 2)
            + ByteFields.bigEndian(count, width: 4)
            + ByteFields.bigEndian(value, width: 4)
    }

    /// `UserComment` read from TIFF bytes of either byte order, or nil.
    static func userComment(in tiff: [UInt8]) -> String? {
        guard tiff.count >= 8 else { return nil }
        let big: Bool
        switch (tiff[0], tiff[1]) {
        case (0x4D, 0x4D): big = true
        case (0x49, 0x49): big = false
        default: return nil
        }
        func number(_ offset: Int, _ width: Int) -> Int? {
            big
                ? ByteFields.bigEndian(tiff, at: offset, width: width)
                : ByteFields.littleEndian(tiff, at: offset, width: width)
        }
        func find(_ tag: Int, inIFDAt offset: Int) -> (type: Int, count: Int, valueOffset: Int)? {
            guard let entries = number(offset, 2), entries < 1000 else { return nil }
            for index in 0..<entries {
                let at = offset + 2 + index * 12
                guard let found = number(at, 2), let type = number(at + 2, 2), let count = number(at + 4, 4)
                else { return nil }
                if found == tag { return (type, count, at + 8) }
            }
            return nil
        }
        guard let ifd0 = number(4, 4), let pointer = find(0x8769, inIFDAt: ifd0),
            let exifIFD = number(pointer.valueOffset, 4), let comment = find(0x9286, inIFDAt: exifIFD)
        else { return nil }
        let start = comment.count <= 4 ? comment.valueOffset : number(comment.valueOffset, 4) ?? -1
        guard comment.count >= 8, start >= 0, start + comment.count <= tiff.count else { return nil }
        let code = tiff[start..<start + 8]
        let body = Array(tiff[(start + 8)..<(start + comment.count)])
        if code.elementsEqual(Array("UNICODE".utf8) + [0]) {
            var units: [UInt16] = []
            var index = 0
            while index + 1 < body.count {
                let (first, second) = (UInt16(body[index]), UInt16(body[index + 1]))
                units.append(big ? first << 8 | second : second << 8 | first)
                index += 2
            }
            while units.last == 0 { units.removeLast() }
            return String(decoding: units, as: UTF16.self)
        }
        var text = body
        while text.last == 0 { text.removeLast() }
        return String(decoding: text, as: UTF8.self)
    }
}
