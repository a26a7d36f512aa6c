import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Splits a multipart/form-data body into parts. Uses `memchr`/`memcmp` for the delimiter search so that a
/// 60 MB upload is parsed quickly even in debug builds.
enum MultipartParser {
    /// The boundary parameter of a multipart Content-Type, or nil when the type is not multipart.
    static func boundary(fromContentType contentType: String) -> String? {
        let parsed = HeaderParameters(contentType)
        guard parsed.value.lowercased().hasPrefix("multipart/"),
            let boundary = parsed.parameters["boundary"], !boundary.isEmpty
        else { return nil }
        return boundary
    }

    /// Parts in body order; a malformed tail (missing closing delimiter) still yields the parts before it.
    static func parse(_ body: Data, boundary: String) -> [MultipartPart] {
        let delimiter = Array("--\(boundary)".utf8)
        let separator = Array("\r\n--\(boundary)".utf8)
        return body.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [MultipartPart] in
            let buffer = ByteView(raw)
            var parts: [MultipartPart] = []
            // The first delimiter may sit at the very start or after a preamble line.
            guard
                var cursor = buffer.startsWith(delimiter, at: 0)
                    ? delimiter.count
                    : buffer.find(separator, from: 0).map({ $0 + separator.count })
            else { return [] }
            while true {
                if buffer.startsWith(Array("--".utf8), at: cursor) { break }
                guard let lineEnd = buffer.find(Array("\r\n".utf8), from: cursor) else { break }
                let headerStart = lineEnd + 2
                guard let headerEnd = buffer.find(Array("\r\n\r\n".utf8), from: headerStart - 2) else { break }
                let headerText = buffer.string(from: headerStart, to: max(headerStart, headerEnd))
                let contentStart = headerEnd + 4
                guard let contentEnd = buffer.find(separator, from: contentStart) else { break }
                parts.append(makePart(headers: headerText, data: buffer.data(from: contentStart, to: contentEnd)))
                cursor = contentEnd + separator.count
            }
            return parts
        }
    }

    private static func makePart(headers: String, data: Data) -> MultipartPart {
        var name = ""
        var filename: String?
        var contentType: String?
        for line in headers.components(separatedBy: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let field = line[..<colon].trimmingSpaces().lowercased()
            let value = line[line.index(after: colon)...].trimmingSpaces()
            if field == "content-disposition" {
                let parsed = HeaderParameters(value)
                name = parsed.parameters["name"] ?? ""
                filename = parsed.parameters["filename"]
            } else if field == "content-type" {
                contentType = value
            }
        }
        return MultipartPart(name: name, filename: filename, contentType: contentType, data: data)
    }
}

/// Read-only byte searching over a raw buffer, built on libc so it stays fast without optimisation.
struct ByteView {
    let base: UnsafeRawPointer?
    let count: Int

    init(_ buffer: UnsafeRawBufferPointer) {
        base = buffer.baseAddress
        count = buffer.count
    }

    /// Whether `needle` occurs at exactly `offset`.
    func startsWith(_ needle: [UInt8], at offset: Int) -> Bool {
        guard let base, offset >= 0, offset + needle.count <= count else { return false }
        return needle.withUnsafeBytes { memcmp(base + offset, $0.baseAddress!, needle.count) == 0 }
    }

    /// The offset of the first occurrence of `needle` at or after `offset`.
    func find(_ needle: [UInt8], from offset: Int) -> Int? {
        guard let base, let first = needle.first else { return nil }
        var position = max(0, offset)
        while position + needle.count <= count {
            let remaining = count - position - needle.count + 1
            guard let hit = memchr(base + position, Int32(first), remaining) else { return nil }
            let candidate = base.distance(to: UnsafeRawPointer(hit))
            if startsWith(needle, at: candidate) { return candidate }
            position = candidate + 1
        }
        return nil
    }

    /// A copy of the bytes in `start..<end`.
    func data(from start: Int, to end: Int) -> Data {
        guard let base, end > start else { return Data() }
        return Data(bytes: base + start, count: end - start)
    }

    /// The bytes in `start..<end` decoded as UTF-8 (lossy).
    func string(from start: Int, to end: Int) -> String {
        guard let base, end > start else { return "" }
        let bytes = UnsafeRawBufferPointer(start: base + start, count: end - start)
        return String(decoding: bytes, as: UTF8.self)
    }
}
