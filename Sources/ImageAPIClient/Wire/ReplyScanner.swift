import Foundation

/// Reads a JSON reply as it arrives and sends each image's base64 through a streaming decoder straight into a
/// file (`ImageSpool`), keeping the rest of the reply, which is small, for `ReplyParser` to read as before.
///
/// Image-bearing strings are found by their key and their shape:
/// - the whole value of `b64_json`, `result` and `partial_image_b64` (a `data:…,` prefix stays in the text);
/// - the whole value of `url`, `image_url` and `images` entries that are `data:…;base64,` URIs;
/// - every `data:image/<type>;base64,` run inside any other string (Markdown in a chat message's `content`),
///   ending where `ChatImageExtractor` ends it, at the first byte outside the base64 alphabet.
///
/// In the kept text each decoded value becomes its spool's stub, base64-encoded (for a value that was not
/// base64, `ImageSpool.invalidPlaceholder`, which every decoder refuses as it refused the value), so every
/// parser above reads the same shapes and decodes the stub instead of megabytes. Values under 256 characters
/// stay as they are. JSON escapes are read where they fall, wherever a chunk ends.
///
/// Limits: each image value at most `perImage` characters; at most `maxImages` images kept (the rest are
/// decoded, counted and dropped); the kept text at most `textLimit` bytes; the whole reply at most what
/// those allow together. Past a limit it throws
/// `ResponseTooLarge`. After bytes that cannot be JSON it keeps only the first megabyte (for the error
/// message) and counts the rest against `textLimit`, so a gzip bomb of zeros stops early with memory flat.
final class ReplyScanner {
    /// The scanned reply: the text with stubs, and the spools they stand for.
    struct Scanned {
        let text: Data
        let spools: [ImageSpool]
    }

    /// Keys whose whole string value is an image's base64.
    static let base64Keys: Set<[UInt8]> = Set(["b64_json", "result", "partial_image_b64"].map { Array($0.utf8) })
    /// Keys whose whole string value is a link, an image when it is a data URI.
    static let linkKeys: Set<[UInt8]> = Set(["url", "image_url", "images"].map { Array($0.utf8) })
    /// A value shorter than this stays in the text as it came.
    static let smallValue = 256

    private enum Container {
        case object
        case array
    }

    /// What the characters of the current string are for.
    private enum StringRole {
        case key
        /// A whole value that may be an image; `link` asks for a `;base64,` data URI.
        case whole(link: Bool)
        /// Any other value, searched for data URIs.
        case text
    }

    private enum Phase {
        /// Between tokens.
        case structure
        /// Inside a string.
        case string(StringRole)
        /// Inside `true`, `false`, `null` or a number.
        case literal
        /// After bytes that cannot be JSON.
        case draining
    }

    /// Where a string's current character came from, for escapes split across chunks.
    private enum Escape {
        case none
        case backslash
        case unicode(digits: Int, value: UInt32)
    }

    private let folders: [URL]
    private let temporaryFiles: TemporaryFiles
    private let perImage: Int
    private let maxImages: Int
    private let textLimit: Int

    private var text = Data()
    private var stack: [(container: Container, key: [UInt8])] = []
    private var expectKey = false
    private var lastKey: [UInt8] = []
    private var keyBuffer: [UInt8] = []
    private var phase = Phase.structure
    private var finishedTop = false
    private var escape = Escape.none
    private var escapeRaw: [UInt8] = []
    private var received = 0
    private var imagesSeen = 0
    private(set) var spools: [ImageSpool] = []

    // The current image-bearing string.
    private var pendingRaw: [UInt8] = []
    private var pendingPlain: [UInt8] = []
    private var pendingRawEnds: [Int] = []
    private var sniffing = false
    private var decoder: Base64Stream?
    private var spool: ImageSpool?
    private var valueLength = 0
    private var window: [UInt8] = []
    private var inRun = false

    /// Creates a scanner whose spools start in the first of `folders`.
    init(
        folders: [URL], temporaryFiles: TemporaryFiles, perImage: Int = HTTPRequest.apiReplyLimit,
        maxImages: Int = ReplyParser.maxImagesPerReply, textLimit: Int = HTTPRequest.apiReplyLimit
    ) {
        self.folders = folders
        self.temporaryFiles = temporaryFiles
        self.perImage = perImage
        self.maxImages = maxImages
        self.textLimit = textLimit
    }

    /// Reads the next piece of the body.
    /// - Throws: `ResponseTooLarge` past a limit.
    func feed(_ chunk: Data) throws {
        received += chunk.count
        // However the reply is laid out, it can hold no more than its limits allow in all: past that it is
        // refused rather than read on (images beyond `maxImages` are decoded and dropped, so they count too).
        if received > (maxImages + 1) * perImage + textLimit { throw ResponseTooLarge(limit: perImage) }
        try chunk.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            try scan(raw.bindMemory(to: UInt8.self))
        }
    }

    /// Ends the body: closes any image still open and returns the text and the spools.
    func finish() -> Scanned {
        if decoder != nil { endImage() }
        if case .string = phase, sniffing { flushPending() }
        return Scanned(text: text, spools: spools)
    }

    // MARK: - Structure

    private func scan(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        var index = 0
        while index < bytes.count {
            switch phase {
            case .draining:
                let room = max(0, 1_000_000 - text.count)
                if room > 0 {
                    text.append(UnsafeBufferPointer(rebasing: bytes[index..<min(bytes.count, index + room)]))
                }
                if received > textLimit { throw ResponseTooLarge(limit: textLimit) }
                return
            case .string(let role):
                index = try scanString(bytes, from: index, role: role)
            case .literal:
                let byte = bytes[index]
                if Self.isLiteralByte(byte) {
                    text.append(byte)
                    index += 1
                } else {
                    phase = .structure
                    valueEnded()
                }
            case .structure:
                let byte = bytes[index]
                index += 1
                if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                    text.append(byte)
                    continue
                }
                if finishedTop {
                    drain(from: byte)
                    continue
                }
                switch byte {
                case UInt8(ascii: "{"):
                    stack.append((.object, lastKeyForChild()))
                    expectKey = true
                case UInt8(ascii: "["):
                    stack.append((.array, lastKeyForChild()))
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    let wanted: Container = byte == UInt8(ascii: "}") ? .object : .array
                    guard let top = stack.last, top.container == wanted else {
                        drain(from: byte)
                        continue
                    }
                    stack.removeLast()
                    text.append(byte)
                    valueEnded()
                    continue
                case UInt8(ascii: ":"):
                    expectKey = false
                case UInt8(ascii: ","):
                    expectKey = stack.last?.container == .object
                case UInt8(ascii: "\""):
                    text.append(byte)
                    startString()
                    continue
                default:
                    guard Self.isLiteralByte(byte) else {
                        drain(from: byte)
                        continue
                    }
                    phase = .literal
                }
                text.append(byte)
            }
            if text.count > textLimit { throw ResponseTooLarge(limit: textLimit) }
        }
        if case .draining = phase, received > textLimit { throw ResponseTooLarge(limit: textLimit) }
    }

    private static func isLiteralByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            true
        default: false
        }
    }

    /// The key a container opened now is found under (an object's member, or the array's own key).
    private func lastKeyForChild() -> [UInt8] {
        guard let top = stack.last else { return [] }
        return top.container == .object ? lastKey : top.key
    }

    private func valueEnded() {
        if stack.isEmpty { finishedTop = true }
    }

    /// Bytes that cannot be JSON: keep the start for the error message, count the rest.
    private func drain(from byte: UInt8) {
        if decoder != nil { endImage() }
        phase = .draining
        text.append(byte)
    }

    private func startString() {
        let role: StringRole
        if let top = stack.last, top.container == .object, expectKey {
            role = .key
            keyBuffer.removeAll(keepingCapacity: true)
        } else {
            let key = stack.last.map { $0.container == .object ? lastKey : $0.key } ?? []
            if Self.base64Keys.contains(key) {
                role = .whole(link: false)
            } else if Self.linkKeys.contains(key) {
                role = .whole(link: true)
            } else {
                role = .text
            }
        }
        phase = .string(role)
        escape = .none
        valueLength = 0
        pendingRaw.removeAll(keepingCapacity: true)
        pendingPlain.removeAll(keepingCapacity: true)
        pendingRawEnds.removeAll(keepingCapacity: true)
        window.removeAll(keepingCapacity: true)
        inRun = false
        if case .whole = role { sniffing = true } else { sniffing = false }
    }

    private func endString(role: StringRole) {
        switch role {
        case .key:
            lastKey = keyBuffer.count <= 32 ? keyBuffer : []
        case .whole:
            if decoder != nil {
                endImage()
            } else if sniffing {
                flushPending()
            }
        case .text:
            if decoder != nil {
                endImage()
            } else if inRun {
                flushPending()
            }
        }
        inRun = false
        sniffing = false
        text.append(UInt8(ascii: "\""))
        phase = .structure
        valueEnded()
    }

    // MARK: - Strings

    /// Scans string bytes from `start`; returns where it stopped (past the closing quote, or the chunk's end).
    private func scanString(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, role: StringRole) throws -> Int {
        var index = start
        while index < bytes.count {
            // The fast path: a run of plain bytes into an open image.
            if decoder != nil, case .none = escape {
                var end = index
                let linkRun: Bool
                if case .text = role { linkRun = true } else { linkRun = false }
                while end < bytes.count {
                    let byte = bytes[end]
                    if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
                    if linkRun, !Base64.isAlphabetByte(byte) { break }
                    end += 1
                }
                if end > index {
                    try feedImage(UnsafeBufferPointer(rebasing: bytes[index..<end]))
                    index = end
                    continue
                }
            }
            let byte = bytes[index]
            index += 1
            switch escape {
            case .none:
                if byte == UInt8(ascii: "\"") {
                    endString(role: role)
                    return index
                }
                if byte == UInt8(ascii: "\\") {
                    escape = .backslash
                    escapeRaw = [byte]
                    continue
                }
                if byte < 0x20 {
                    // A control character cannot stand in a JSON string.
                    drain(from: byte)
                    return index
                }
                try character(byte, raw: CollectionOfOne(byte), role: role)
            case .backslash:
                escapeRaw.append(byte)
                let plain: UInt8
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): plain = byte
                case UInt8(ascii: "b"): plain = 0x08
                case UInt8(ascii: "f"): plain = 0x0C
                case UInt8(ascii: "n"): plain = 0x0A
                case UInt8(ascii: "r"): plain = 0x0D
                case UInt8(ascii: "t"): plain = 0x09
                case UInt8(ascii: "u"):
                    escape = .unicode(digits: 0, value: 0)
                    continue
                default:
                    escape = .none
                    drain(from: byte)
                    return index
                }
                escape = .none
                try character(plain, raw: escapeRaw, role: role)
            case .unicode(let digits, let value):
                escapeRaw.append(byte)
                guard let digit = Self.hexValue(byte) else {
                    escape = .none
                    drain(from: byte)
                    return index
                }
                let next = value << 4 | UInt32(digit)
                if digits < 3 {
                    escape = .unicode(digits: digits + 1, value: next)
                    continue
                }
                escape = .none
                // Only ASCII matters to base64 and to finding data URIs; anything else stands for itself.
                try character(next < 0x80 ? UInt8(next) : 0x80, raw: escapeRaw, role: role)
            }
        }
        return index
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// One character of a string: `plain` is what it means, `raw` how it came.
    private func character<Raw: Collection>(_ plain: UInt8, raw: Raw, role: StringRole) throws
    where Raw.Element == UInt8 {
        switch role {
        case .key:
            if keyBuffer.count <= 32 { keyBuffer.append(plain) }
            text.append(contentsOf: raw)
        case .whole(let link):
            if decoder != nil {
                try feedImage(plain)
            } else if sniffing {
                pendingRaw.append(contentsOf: raw)
                pendingPlain.append(plain)
                pendingRawEnds.append(pendingRaw.count)
                if pendingPlain.count >= Self.smallValue { try decideWhole(link: link) }
            } else {
                text.append(contentsOf: raw)
            }
        case .text:
            if decoder != nil {
                if Base64.isAlphabetByte(plain) {
                    try feedImage(plain)
                    return
                }
                endImage()
            } else if inRun {
                if Base64.isAlphabetByte(plain) {
                    pendingRaw.append(contentsOf: raw)
                    pendingPlain.append(plain)
                    if pendingPlain.count >= Self.smallValue {
                        try startImage(with: pendingPlain, prefixRaw: [], hashing: true)
                    }
                    return
                }
                flushPending()
                inRun = false
            }
            text.append(contentsOf: raw)
            noteInText(plain)
        }
    }

    /// A whole value has reached `smallValue` characters: decode it as an image, or keep it as text.
    private func decideWhole(link: Bool) throws {
        sniffing = false
        let prefix: Int
        if link {
            guard let start = Self.base64URIStart(pendingPlain) else {
                flushPending()
                return
            }
            prefix = start
        } else {
            prefix = pendingPlain.withUnsafeBufferPointer { Base64.payloadStart($0) }
        }
        let rawPrefix = prefix == 0 ? 0 : pendingRawEnds[prefix - 1]
        try startImage(
            with: Array(pendingPlain[prefix...]), prefixRaw: Array(pendingRaw[..<rawPrefix]), hashing: link)
    }

    /// Where the payload of a `data:…;base64,` URI starts (within its first 128 bytes), as `DataURI.decode`
    /// reads it; nil when `value` is no such URI.
    static func base64URIStart(_ value: [UInt8]) -> Int? {
        guard value.count >= 5, value.prefix(5).map({ $0 | 0x20 }) == Array("data:".utf8),
            let comma = value.prefix(128).firstIndex(of: UInt8(ascii: ","))
        else { return nil }
        let meta = String(decoding: value[..<comma], as: UTF8.self).lowercased()
        return meta.hasSuffix(";base64") ? comma + 1 : nil
    }

    /// Puts back what was held while deciding.
    private func flushPending() {
        text.append(contentsOf: pendingRaw)
        pendingRaw.removeAll(keepingCapacity: true)
        pendingPlain.removeAll(keepingCapacity: true)
        pendingRawEnds.removeAll(keepingCapacity: true)
        sniffing = false
    }

    /// Tracks the last characters of text, to see `data:image/<type>;base64,` end.
    private func noteInText(_ plain: UInt8) {
        window.append(plain)
        if window.count > 96 { window.removeFirst(window.count - 80) }
        guard plain == UInt8(ascii: ","), Self.endsWithDataURIPrefix(window) else { return }
        inRun = true
        pendingRaw.removeAll(keepingCapacity: true)
        pendingPlain.removeAll(keepingCapacity: true)
        window.removeAll(keepingCapacity: true)
    }

    /// Whether `window` ends with `data:image/<type>;base64,` as `ChatImageExtractor` finds it.
    static func endsWithDataURIPrefix(_ window: [UInt8]) -> Bool {
        let marker = Array(";base64,".utf8)
        guard window.count >= marker.count + 11 else { return false }
        let semicolon = window.count - marker.count
        guard zip(window[semicolon...], marker).allSatisfy({ lower($0) == $1 }) else { return false }
        let start = Array("data:image/".utf8)
        var candidate = semicolon - 11
        while candidate >= 0, semicolon - candidate < 64 {
            if zip(window[candidate..<(candidate + 11)], start).allSatisfy({ lower($0) == $1 }) {
                let type = window[(candidate + 11)..<semicolon]
                return !type.contains(where: {
                    $0 == UInt8(ascii: ";") || ChatImageExtractor.isURLTerminator($0, inMarkdown: true)
                })
            }
            candidate -= 1
        }
        return false
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }

    // MARK: - Images

    /// Opens a spool for an image; `hashing` for links and text, where one image may appear twice.
    private func startImage(with plain: [UInt8], prefixRaw: [UInt8], hashing: Bool) throws {
        text.append(contentsOf: prefixRaw)
        pendingRaw.removeAll(keepingCapacity: true)
        pendingPlain.removeAll(keepingCapacity: true)
        pendingRawEnds.removeAll(keepingCapacity: true)
        imagesSeen += 1
        let kept = imagesSeen <= maxImages
        let spool = ImageSpool(folders: kept ? folders : [], temporaryFiles: temporaryFiles, hashing: hashing)
        self.spool = spool
        decoder = Base64Stream()
        valueLength = 0
        try plain.withUnsafeBufferPointer { try feedImage($0) }
    }

    private func feedImage(_ plain: UInt8) throws {
        try withUnsafeBytes(of: plain) { try feedImage($0.bindMemory(to: UInt8.self)) }
    }

    private func feedImage(_ plain: UnsafeBufferPointer<UInt8>) throws {
        valueLength += plain.count
        if valueLength > perImage { throw ResponseTooLarge(limit: perImage) }
        guard let spool else { return }
        decoder?.feed(plain) { spool.write($0) }
    }

    /// Closes the open image and writes its stub (or `=`, for a value that was not base64) into the text.
    private func endImage() {
        guard var decoder, let spool else { return }
        let decoded = decoder.finish { spool.write($0) }
        self.decoder = nil
        self.spool = nil
        inRun = false
        spool.finish()
        guard decoded else {
            spool.discard()
            text.append(ImageSpool.invalidPlaceholder(length: valueLength))
            return
        }
        spool.encodedLength = valueLength
        spools.append(spool)
        text.append(spool.stub.base64EncodedData())
    }
}
