/// Finds every run of 8 or more consecutive characters of a key in a text, however a gateway wrapped them.
///
/// A gateway that echoes a key does not always echo it whole: it may split it across lines or with spaces,
/// JSON-escape it (`sk\u002d…`, `\/`), percent-encode it, break it with an HTML tag (`<wbr>`), an entity
/// (`&#45;`) or an invisible character, or show only pieces of it. The text is read as a stream of the
/// characters it stands for (escapes decoded, nested ones too: `\\u002d`, `%252D`, `&amp;#45;`; tags,
/// whitespace and invisible characters skipped), and every 8 of those that appear in a row in the key mark the
/// stretch of the original text they came from. Overlapping and touching stretches are joined, with whatever
/// was skipped between them, so a split key becomes one masked stretch.
///
/// The leading `sk-`/`sk-proj-` style prefix is not secret: a stretch made only of it is left alone.
/// One pass over the bytes; text that holds no escape, tag, entity or whitespace costs a table look-up and a
/// hash probe per byte, so a 45 MB base64 reply is scanned without copying it.
struct KeyFragmentFinder {
    /// The key's 8-byte windows (bytes packed big-endian) that hold a byte of its secret part.
    private let windows: Set<UInt64>
    /// The windows made only of its public prefix (`sk-proj-`): they extend a run, never start one.
    private let prefixWindows: Set<UInt64>
    /// A quick filter on a window's last two bytes, so most bytes of an unrelated text skip the hash probe.
    fileprivate let lastPairs: PairTable

    static let length = 8

    /// Nil when the key is shorter than 8 bytes: then only whole copies are masked.
    init?(key: String) {
        let bytes = Array(key.utf8)
        guard bytes.count >= Self.length else { return nil }
        let prefix = Self.publicPrefixLength(bytes)
        var windows = Set<UInt64>()
        var prefixWindows = Set<UInt64>()
        let pairs = PairTable()
        for start in 0...(bytes.count - Self.length) {
            var value: UInt64 = 0
            for byte in bytes[start..<start + Self.length] { value = value << 8 | UInt64(byte) }
            if start + Self.length > prefix { windows.insert(value) } else { prefixWindows.insert(value) }
            pairs.bits[Int(value & 0xFFFF)] = true
        }
        guard !windows.isEmpty else { return nil }
        self.windows = windows
        self.prefixWindows = prefixWindows.subtracting(windows)
        self.lastPairs = pairs
    }

    /// The length of a leading run of short lower-case words each ended by `-` or `_` (`sk-`, `sk-proj-`).
    static func publicPrefixLength(_ bytes: [UInt8]) -> Int {
        var end = 0
        var index = 0
        while index < bytes.count {
            var letters = 0
            while index < bytes.count, (0x61...0x7A).contains(bytes[index]) {
                letters += 1
                index += 1
            }
            guard (1...8).contains(letters), index < bytes.count, bytes[index] == 0x2D || bytes[index] == 0x5F
            else { break }
            index += 1
            end = index
        }
        return end
    }

    /// The byte ranges of `text` to mask, in order, not overlapping; empty when no fragment is there.
    func ranges(in text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var scanner = Scanner(text: text, finder: self)
        scanner.run()
        return scanner.found
    }

    /// Whether a run ending in `window` is a piece of the key: `.secret` when it holds a byte of the secret
    /// part, `.prefix` when it is made only of the public prefix.
    fileprivate func match(_ window: UInt64) -> Match? {
        if windows.contains(window) { return .secret }
        return prefixWindows.contains(window) ? .prefix : nil
    }

    fileprivate enum Match {
        case secret, prefix
    }
}

/// 65,536 flags, one per last two bytes of a key window, read without bounds checks in the scan's hot loop.
private final class PairTable: Sendable {
    nonisolated(unsafe) let bits: UnsafeMutablePointer<Bool>

    init() {
        bits = .allocate(capacity: 65_536)
        bits.initialize(repeating: false, count: 65_536)
    }

    deinit {
        bits.deallocate()
    }
}

/// One pass over a text: decodes, skips and compares as `KeyFragmentFinder` describes.
private struct Scanner {
    let text: UnsafeBufferPointer<UInt8>
    let finder: KeyFragmentFinder
    var found: [Range<Int>] = []

    /// The last 8 emitted bytes, packed; how many were emitted; where each of the last 8 began in the text.
    private var window: UInt64 = 0
    private var emitted = 0
    /// A ring of 8: where each of the last 8 emitted bytes began in the text.
    private let starts = UnsafeMutablePointer<Int>.allocate(capacity: KeyFragmentFinder.length)
    /// The chain of touching windows being read: where it starts and ends in the text, the emitted index of its
    /// last byte, and whether any of it is secret (a chain of prefix windows alone is left alone).
    private var chain: (start: Int, end: Int, last: Int, secret: Bool)?

    init(text: UnsafeBufferPointer<UInt8>, finder: KeyFragmentFinder) {
        self.text = text
        self.finder = finder
    }

    /// Bytes that stand for themselves and need no look-ahead.
    private static let plain: [Bool] = (0...255).map { byte in
        !(byte >= 0x80 || byte <= 0x20 || byte == 0x7F || byte == 0x5C || byte == 0x25 || byte == 0x26
            || byte == 0x3C)
    }

    mutating func run() {
        defer { starts.deallocate() }
        starts.initialize(repeating: 0, count: KeyFragmentFinder.length)
        guard let base = text.baseAddress else { return }
        let pairs = finder.lastPairs.bits
        var index = 0
        let count = text.count
        let starts = self.starts
        Self.plain.withUnsafeBufferPointer { plain in
            // The hot path keeps the window in locals, written back before anything else reads it.
            var window = self.window
            var emitted = self.emitted
            while index < count {
                let byte = base[index]
                guard plain[Int(byte)] else {
                    (self.window, self.emitted) = (window, emitted)
                    index = slow(at: index)
                    (window, emitted) = (self.window, self.emitted)
                    continue
                }
                // A byte that stands for itself, compared only when the window's last two bytes end some
                // window of the key.
                window = window << 8 | UInt64(byte)
                starts[emitted & 7] = index
                emitted += 1
                index += 1
                if pairs[Int(window & 0xFFFF)], emitted >= KeyFragmentFinder.length {
                    (self.window, self.emitted) = (window, emitted)
                    matched(end: index)
                }
            }
            (self.window, self.emitted) = (window, emitted)
        }
        closeChain()
    }

    private mutating func closeChain() {
        if let chain, chain.secret { found.append(chain.start..<chain.end) }
        chain = nil
    }

    /// A byte that may start an escape, a tag, an entity, whitespace or a multi-byte character.
    private mutating func slow(at index: Int) -> Int {
        let unit = decode(at: index)
        if unit.value == 0x3C, let end = tagEnd(after: unit.next) { return end }
        if unit.value == 0x26, let entity = entity(after: unit.next) {
            emit(scalar: entity.value, raw: false, from: index, to: entity.next)
            return entity.next
        }
        emit(scalar: unit.value, raw: unit.raw, from: index, to: unit.next)
        return unit.next
    }

    /// One character the text stands for at `index`: escapes (`\uXXXX`, `\xXX`, `\/`, `\n`, with any number of
    /// backslashes) and percent-encoding (`%2D`, `%252D`) decoded; a UTF-8 sequence as its scalar. `raw` is set
    /// for a percent-encoded byte at or above 0x80 (a piece of a UTF-8 sequence, compared as a byte).
    private func decode(at index: Int) -> (value: UInt32, next: Int, raw: Bool) {
        let byte = text[index]
        switch byte {
        case 0x5C:
            var cursor = index
            while cursor < text.count, text[cursor] == 0x5C { cursor += 1 }
            guard cursor < text.count else { return (0x5C, index + 1, false) }
            switch text[cursor] {
            case 0x75:
                if let value = hex(from: cursor + 1, digits: 4) { return (value, cursor + 5, false) }
            case 0x78:
                if let value = hex(from: cursor + 1, digits: 2) { return (value, cursor + 3, false) }
            case 0x2F: return (0x2F, cursor + 1, false)
            case 0x6E, 0x72, 0x74: return (0x0A, cursor + 1, false)
            default: break
            }
            return (0x5C, index + 1, false)
        case 0x25:
            var cursor = index + 1
            while hex(from: cursor, digits: 2) == 0x25, hex(from: cursor + 2, digits: 2) != nil { cursor += 2 }
            if let value = hex(from: cursor, digits: 2) { return (value, cursor + 2, value >= 0x80) }
            return (0x25, index + 1, false)
        case 0x00..<0x80:
            return (UInt32(byte), index + 1, false)
        default:
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            guard length > 1, index + length <= text.count else { return (UInt32(byte), index + 1, true) }
            var value = UInt32(byte) & (0xFF >> (length + 1))
            for offset in 1..<length {
                let next = text[index + offset]
                guard next & 0xC0 == 0x80 else { return (UInt32(byte), index + 1, true) }
                value = value << 6 | UInt32(next & 0x3F)
            }
            return (value, index + length, false)
        }
    }

    private func hex(from index: Int, digits: Int) -> UInt32? {
        guard index >= 0, index + digits <= text.count else { return nil }
        var value: UInt32 = 0
        for offset in 0..<digits {
            guard let digit = Self.hexDigit(text[index + offset]) else { return nil }
            value = value << 4 | digit
        }
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x41...0x46: UInt32(byte - 0x41 + 10)
        case 0x61...0x66: UInt32(byte - 0x61 + 10)
        default: nil
        }
    }

    /// The end of an HTML tag whose `<` came just before `index` (`<wbr>`, `</b>`, `<!-- -->`), or nil.
    private func tagEnd(after index: Int) -> Int? {
        guard index < text.count else { return nil }
        let first = decode(at: index).value
        guard (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first) || first == 0x2F || first == 0x21
        else { return nil }
        var cursor = index
        for _ in 0..<256 {
            guard cursor < text.count else { return nil }
            let unit = decode(at: cursor)
            if unit.value == 0x3E { return unit.next }
            if unit.value == 0x3C { return nil }
            cursor = unit.next
        }
        return nil
    }

    /// An HTML entity whose `&` came just before `index` (`&#45;`, `&#x2d;`, `&#45` before a non-digit,
    /// `&lowbar;`, and `&amp;#45;`, an entity escaped again).
    private func entity(after index: Int) -> (value: UInt32, next: Int)? {
        var cursor = index
        while let after = expect(Array("amp;".utf8), at: cursor), after < text.count { cursor = after }
        guard cursor < text.count else { return nil }
        let first = decode(at: cursor)
        if first.value == 0x23 {
            cursor = first.next
            var radix: UInt32 = 10
            if cursor < text.count, decode(at: cursor).value | 0x20 == 0x78 {
                radix = 16
                cursor = decode(at: cursor).next
            }
            var value: UInt32 = 0
            var digits = 0
            while cursor < text.count, digits < (radix == 16 ? 6 : 7) {
                let unit = decode(at: cursor)
                guard unit.value < 0x80, let digit = Self.hexDigit(UInt8(unit.value)), digit < radix else { break }
                value = value * radix + digit
                digits += 1
                cursor = unit.next
            }
            guard digits > 0, value <= 0x10FFFF else { return nil }
            if cursor < text.count, decode(at: cursor).value == 0x3B { cursor = decode(at: cursor).next }
            return (value, cursor)
        }
        var name: [UInt8] = []
        while cursor < text.count, name.count <= 10 {
            let unit = decode(at: cursor)
            guard (0x41...0x5A).contains(unit.value) || (0x61...0x7A).contains(unit.value) else { break }
            name.append(UInt8(unit.value))
            cursor = unit.next
        }
        guard cursor < text.count, decode(at: cursor).value == 0x3B,
            let value = Self.named[String(decoding: name, as: UTF8.self)]
        else { return nil }
        return (value, decode(at: cursor).next)
    }

    /// The index after `expected` (decoded units, compared exactly) starting at `index`, or nil.
    private func expect(_ expected: [UInt8], at index: Int) -> Int? {
        var cursor = index
        for byte in expected {
            guard cursor < text.count else { return nil }
            let unit = decode(at: cursor)
            guard unit.value == UInt32(byte) else { return nil }
            cursor = unit.next
        }
        return cursor
    }

    /// The named entities that stand for a character a key may hold, or for nothing visible.
    private static let named: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0, "shy": 0xAD,
        "zwj": 0x200D, "zwnj": 0x200C, "lrm": 0x200E, "rlm": 0x200F, "lowbar": 0x5F, "UnderBar": 0x5F,
        "period": 0x2E, "sol": 0x2F, "plus": 0x2B, "equals": 0x3D, "colon": 0x3A, "hyphen": 0x2010,
        "dash": 0x2010, "minus": 0x2212, "NewLine": 0x0A, "Tab": 0x09,
    ]

    /// Characters a gateway may put inside a key without changing what it reads as: whitespace, and
    /// invisible or formatting characters.
    private static func isInvisible(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0xAD, 0x34F, 0x180E, 0x2000...0x200F, 0x2028...0x202F, 0x205F...0x2064,
            0x2066...0x2069, 0x3000, 0xFEFF:
            true
        default: false
        }
    }

    private mutating func emit(scalar: UInt32, raw: Bool, from start: Int, to end: Int) {
        if raw || scalar < 0x80 {
            if !raw, Self.isInvisible(scalar) { return }
            emit(UInt8(truncatingIfNeeded: scalar), from: start, to: end)
            return
        }
        guard !Self.isInvisible(scalar), let value = Unicode.Scalar(scalar) else {
            if Unicode.Scalar(scalar) == nil { emit(0xFF, from: start, to: end) }
            return
        }
        for byte in String(Character(value)).utf8 { emit(byte, from: start, to: end) }
    }

    private mutating func emit(_ byte: UInt8, from start: Int, to end: Int) {
        window = window << 8 | UInt64(byte)
        starts[emitted & 7] = start
        emitted += 1
        if finder.lastPairs.bits[Int(window & 0xFFFF)], emitted >= KeyFragmentFinder.length { matched(end: end) }
    }

    /// The window just emitted, ending at `end` in the text, if it is a piece of the key.
    private mutating func matched(end: Int) {
        guard let match = finder.match(window) else { return }
        let first = emitted - KeyFragmentFinder.length
        if var current = chain, first <= current.last + 1 {
            current.end = end
            current.last = emitted - 1
            current.secret = current.secret || match == .secret
            chain = current
        } else {
            closeChain()
            chain = (starts[first & 7], end, emitted - 1, match == .secret)
        }
    }
}
