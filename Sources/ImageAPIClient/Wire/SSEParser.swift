import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An incremental parser for `text/event-stream` (the WHATWG rules): bytes go in as they arrive, split
/// anywhere, and whole events come out.
///
/// Network reads split events at arbitrary places, even inside a CR LF pair or a multi-byte character, so the
/// parser keeps only the unfinished line and the current event's data; a finished event is handed over and
/// forgotten, which keeps memory at about one event however long the stream runs (partial images can be
/// megabytes of base64 each). Comment lines (`: keepalive`) are skipped; `id:` and `retry:` are ignored
/// because nothing here reconnects.
struct SSEParser {
    /// Where events' images go as they arrive: each event's data runs through a `ReplyScanner`, so a 4K
    /// image (or partial image) is decoded into a spool file and the event carries its stub.
    struct Spooling {
        let folders: [URL]
        let temporaryFiles: TemporaryFiles
    }

    /// The largest event accepted, in bytes of data (of each image, when spooling, and of the rest).
    let maxEventBytes: Int
    private let spooling: Spooling?
    private var scanner: ReplyScanner?
    private var line: [UInt8] = []
    private var data = Data()
    private var name: String?
    private var hasFields = false
    private var afterCarriageReturn = false
    private var atStreamStart = true
    /// Inside the value of a `data:` line, whose bytes go straight into `data` rather than through `line`, so
    /// a multi-megabyte line is held once, not twice.
    private var inDataValue = false

    /// Creates a parser; 64 MB per event is far above a 4K image's base64.
    init(maxEventBytes: Int = 64_000_000, spooling: Spooling? = nil) {
        self.maxEventBytes = maxEventBytes
        self.spooling = spooling
    }

    /// Adds bytes to the current event's data: through the scanner when spooling.
    private mutating func appendData<Bytes: Collection>(_ bytes: Bytes) throws where Bytes.Element == UInt8 {
        guard let spooling else {
            data.append(contentsOf: bytes)
            return
        }
        if scanner == nil {
            scanner = ReplyScanner(
                folders: spooling.folders, temporaryFiles: spooling.temporaryFiles, perImage: maxEventBytes,
                textLimit: maxEventBytes)
        }
        do {
            try scanner?.feed(Data(bytes))
        } catch {
            throw SSEEventTooLarge(limit: maxEventBytes)
        }
    }

    /// True when the bytes so far end inside an event: an unfinished line, or fields without the blank line
    /// that dispatches them. At the end of a stream this means it was cut off mid-event.
    var isInsideEvent: Bool { !line.isEmpty || hasFields || inDataValue }

    /// Feeds the next bytes and hands every event they complete to `emit`, in order.
    mutating func feed(_ chunk: Data, emit: (SSEEvent) throws -> Void) throws {
        try chunk.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            var index = 0
            if afterCarriageReturn, !bytes.isEmpty {
                afterCarriageReturn = false
                if bytes[0] == 0x0A {
                    start = 1
                    index = 1
                }
            }
            while index < bytes.count {
                // memchr finds line ends at memory speed even in debug builds; a partial image is megabytes.
                guard let end = Self.lineEnd(in: bytes, from: index) else {
                    index = bytes.count
                    break
                }
                index = end
                let byte = bytes[index]
                try take(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                try endLine(emit: emit)
                index += 1
                if byte == 0x0D {
                    if index < bytes.count {
                        if bytes[index] == 0x0A { index += 1 }
                    } else {
                        afterCarriageReturn = true
                    }
                }
                start = index
            }
            try take(UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
        }
    }

    /// Adds a piece of the current line: to the event's data once the line is known to be a `data:` line
    /// (and its optional space is behind), else to the line buffer.
    private mutating func take(_ piece: UnsafeBufferPointer<UInt8>) throws {
        guard !piece.isEmpty else { return }
        if inDataValue {
            try appendData(piece)
        } else {
            line.append(contentsOf: piece)
            if line.count >= 6, line.starts(with: Self.dataPrefix) {
                try appendData(line[(line[5] == UInt8(ascii: " ") ? 6 : 5)...])
                line.removeAll()
                inDataValue = true
                atStreamStart = false
            }
        }
        if line.count > maxEventBytes || data.count > maxEventBytes { throw SSEEventTooLarge(limit: maxEventBytes) }
    }

    private static let dataPrefix = Array("data:".utf8)

    /// The offset of the first CR or LF at or after `start`, or nil when there is none.
    private static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, start < bytes.count else { return nil }
        let count = bytes.count - start
        let origin = UnsafeRawPointer(base)
        let feed = memchr(base + start, 0x0A, count).map { UnsafeRawPointer($0) - origin }
        let limit = (feed ?? bytes.count) - start
        let carriage = limit > 0 ? memchr(base + start, 0x0D, limit).map { UnsafeRawPointer($0) - origin } : nil
        return carriage ?? feed
    }

    /// Interprets one complete line.
    private mutating func endLine(emit: (SSEEvent) throws -> Void) throws {
        if inDataValue {
            inDataValue = false
            hasFields = true
            try appendData(CollectionOfOne(0x0A))
            return
        }
        defer { line.removeAll(keepingCapacity: line.count < 65_536) }
        if atStreamStart {
            atStreamStart = false
            if line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
        }
        if line.isEmpty {
            try dispatch(emit: emit)
            return
        }
        if line[0] == UInt8(ascii: ":") { return }
        let colon = line.firstIndex(of: UInt8(ascii: ":")) ?? line.count
        var valueStart = min(colon + 1, line.count)
        if valueStart < line.count, line[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
        let field = String(decoding: line[0..<colon], as: UTF8.self)
        switch field {
        case "data":
            hasFields = true
            try appendData(line[valueStart...])
            try appendData(CollectionOfOne(0x0A))
            if data.count > maxEventBytes { throw SSEEventTooLarge(limit: maxEventBytes) }
        case "event":
            hasFields = true
            name = String(decoding: line[valueStart...], as: UTF8.self)
        default:
            // `id`, `retry` and unknown fields change nothing a one-shot reader needs.
            hasFields = true
        }
    }

    /// Hands over the event collected so far; an event without data is dropped, as the standard says.
    private mutating func dispatch(emit: (SSEEvent) throws -> Void) throws {
        hasFields = false
        if let scanner {
            self.scanner = nil
            data = scanner.finish().text
        }
        guard !data.isEmpty else {
            name = nil
            return
        }
        var payload = data
        data = Data()
        if payload.last == 0x0A { payload.removeLast() }
        let event = SSEEvent(name: name, data: payload)
        name = nil
        try emit(event)
    }
}
