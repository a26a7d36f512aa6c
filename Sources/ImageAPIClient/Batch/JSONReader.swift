import Foundation

/// A JSON value with the line it starts on, and object members in file order.
///
/// Batch files are written by people and agents; "item 3 (line 12): size: …" and "line 7, column 15: expected
/// ',' or '}'" let them fix a file at once, which `JSONSerialization` ("around character 212") does not.
struct JSONNode: Sendable {
    /// The kinds of JSON value.
    enum Kind: Sendable {
        case null
        case bool(Bool)
        /// A number: its value and whether it was written without a fraction or exponent.
        case number(Double, isInteger: Bool)
        case string(String)
        case array([JSONNode])
        /// Members in file order; duplicate keys are reported by the reader, never kept.
        case object([(key: String, value: JSONNode)])
    }

    /// What the value is.
    let kind: Kind
    /// The 1-based line it starts on.
    let line: Int

    /// The member `key` of an object, or nil.
    subscript(key: String) -> JSONNode? {
        if case .object(let members) = kind { return members.first { $0.key == key }?.value }
        return nil
    }

    /// "a string", "a number", … for messages.
    var kindName: String { kindText.text(in: .en) }

    /// `kindName` as a catalog message.
    var kindText: Message {
        switch kind {
        case .null: Message.jsonKindNull
        case .bool: Message.jsonKindBool
        case .number: Message.jsonKindNumber
        case .string: Message.jsonKindString
        case .array: Message.jsonKindArray
        case .object: Message.jsonKindObject
        }
    }

    /// Whether the value is `null`.
    var isNull: Bool {
        if case .null = kind { return true }
        return false
    }
}

/// A syntax error at a place in the text.
struct JSONSyntaxError: Error, Sendable, Equatable {
    let message: Message
    let line: Int
    let column: Int
}

/// A small strict JSON reader (RFC 8259) that remembers where each value starts.
struct JSONReader {
    private let bytes: [UInt8]
    private var offset = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0

    /// Reads exactly one JSON value from `bytes` (surrounding whitespace allowed; a UTF-8 byte-order mark is skipped).
    static func parse(_ bytes: [UInt8], firstLine: Int = 1) throws(JSONSyntaxError) -> JSONNode {
        var reader = JSONReader(bytes: bytes)
        reader.line = firstLine
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            reader.offset = 3
            reader.lineStart = 3
        }
        reader.skipWhitespace()
        let value = try reader.value()
        reader.skipWhitespace()
        if reader.offset < bytes.count {
            throw reader.failure(Message.jsonTrailingText)
        }
        return value
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private func failure(_ message: Message) -> JSONSyntaxError {
        JSONSyntaxError(message: message, line: line, column: column)
    }

    /// The 1-based column of the current position, in characters. Counting reads the line up to here, so it
    /// is done only for a position that is reported (once per parse), never for every value.
    private var column: Int {
        column(from: lineStart, to: offset)
    }

    /// The 1-based column, in characters, of byte `offset` on the line starting at byte `lineStart`.
    private func column(from lineStart: Int, to offset: Int) -> Int {
        String(decoding: bytes[lineStart..<min(offset, bytes.count)], as: UTF8.self).count + 1
    }

    private var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    private mutating func skipWhitespace() {
        while let byte = current {
            switch byte {
            case 0x20, 0x09, 0x0D: offset += 1
            case 0x0A:
                offset += 1
                line += 1
                lineStart = offset
            default: return
            }
        }
    }

    private mutating func value() throws(JSONSyntaxError) -> JSONNode {
        guard let byte = current else { throw failure(Message.jsonUnexpectedEnd) }
        let startLine = line
        switch byte {
        case UInt8(ascii: "{"): return JSONNode(kind: try object(), line: startLine)
        case UInt8(ascii: "["): return JSONNode(kind: try array(), line: startLine)
        case UInt8(ascii: "\""): return JSONNode(kind: .string(try string()), line: startLine)
        case UInt8(ascii: "t"):
            try literal("true")
            return JSONNode(kind: .bool(true), line: startLine)
        case UInt8(ascii: "f"):
            try literal("false")
            return JSONNode(kind: .bool(false), line: startLine)
        case UInt8(ascii: "n"):
            try literal("null")
            return JSONNode(kind: .null, line: startLine)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(kind: try number(), line: startLine)
        case UInt8(ascii: "'"):
            throw failure(Message.jsonSingleQuotes)
        default:
            throw failure(Message.jsonExpectedValue)
        }
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > 64 { throw failure(Message.jsonTooDeep) }
    }

    private mutating func object() throws(JSONSyntaxError) -> JSONNode.Kind {
        try enter()
        defer { depth -= 1 }
        offset += 1
        var members: [(key: String, value: JSONNode)] = []
        var seen: Set<String> = []
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            offset += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else {
                if current == UInt8(ascii: "}") { throw failure(Message.jsonTrailingCommaObject) }
                throw failure(Message.jsonExpectedName)
            }
            // The column is counted only when it is reported: counting it for every key re-read the line from
            // its start each time, quadratic on a minified (single-line) file.
            let keyLine = line
            let keyStart = (lineStart: lineStart, offset: offset)
            let key = try string()
            if !seen.insert(key).inserted {
                throw JSONSyntaxError(
                    message: Message.jsonDuplicate(name: key), line: keyLine,
                    column: column(from: keyStart.lineStart, to: keyStart.offset))
            }
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw failure(Message.jsonExpectedColon) }
            offset += 1
            skipWhitespace()
            members.append((key, try value()))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "}"):
                offset += 1
                return .object(members)
            default: throw failure(Message.jsonExpectedObjectEnd)
            }
        }
    }

    private mutating func array() throws(JSONSyntaxError) -> JSONNode.Kind {
        try enter()
        defer { depth -= 1 }
        offset += 1
        var elements: [JSONNode] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            offset += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            if current == UInt8(ascii: "]") { throw failure(Message.jsonTrailingCommaArray) }
            elements.append(try value())
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "]"):
                offset += 1
                return .array(elements)
            default: throw failure(Message.jsonExpectedArrayEnd)
            }
        }
    }

    private mutating func literal(_ word: String) throws(JSONSyntaxError) {
        let expected = Array(word.utf8)
        guard offset + expected.count <= bytes.count, Array(bytes[offset..<offset + expected.count]) == expected
        else { throw failure(Message.jsonExpectedValue) }
        offset += expected.count
    }

    private mutating func number() throws(JSONSyntaxError) -> JSONNode.Kind {
        let start = offset
        var isInteger = true
        func digits() -> Int {
            let begin = offset
            while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { offset += 1 }
            return offset - begin
        }
        if current == UInt8(ascii: "-") { offset += 1 }
        let leadingZero = current == UInt8(ascii: "0")
        let whole = digits()
        guard whole > 0, !(leadingZero && whole > 1) else { throw failure(Message.jsonNumberInvalid) }
        if current == UInt8(ascii: ".") {
            isInteger = false
            offset += 1
            guard digits() > 0 else { throw failure(Message.jsonNumberFraction) }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            isInteger = false
            offset += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { offset += 1 }
            guard digits() > 0 else { throw failure(Message.jsonNumberExponent) }
        }
        let text = String(decoding: bytes[start..<offset], as: UTF8.self)
        guard let value = Double(text) else { throw failure(Message.jsonNumberInvalid) }
        return .number(value, isInteger: isInteger)
    }

    private mutating func string() throws(JSONSyntaxError) -> String {
        offset += 1
        var scalars: [UInt8] = []
        while true {
            guard let byte = current else { throw failure(Message.jsonStringUnclosed) }
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                guard let text = String(bytes: scalars, encoding: .utf8) else {
                    throw failure(Message.jsonStringUtf8)
                }
                return text
            case UInt8(ascii: "\\"):
                offset += 1
                guard let escape = current else { throw failure(Message.jsonStringUnclosed) }
                offset += 1
                switch escape {
                case UInt8(ascii: "\""): scalars.append(0x22)
                case UInt8(ascii: "\\"): scalars.append(0x5C)
                case UInt8(ascii: "/"): scalars.append(0x2F)
                case UInt8(ascii: "b"): scalars.append(0x08)
                case UInt8(ascii: "f"): scalars.append(0x0C)
                case UInt8(ascii: "n"): scalars.append(0x0A)
                case UInt8(ascii: "r"): scalars.append(0x0D)
                case UInt8(ascii: "t"): scalars.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code) {
                        guard current == UInt8(ascii: "\\"), offset + 1 < bytes.count,
                            bytes[offset + 1] == UInt8(ascii: "u")
                        else { throw failure(Message.jsonStringSurrogate) }
                        offset += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else {
                            throw failure(Message.jsonStringSurrogate)
                        }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw failure(Message.jsonStringBadUnicode) }
                    scalars.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    throw failure(Message.jsonStringBadEscape)
                }
            case 0x0A:
                throw failure(Message.jsonStringLineBreak)
            case 0x00..<0x20:
                throw failure(Message.jsonStringControl)
            default:
                scalars.append(byte)
                offset += 1
            }
        }
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard offset + 4 <= bytes.count,
            let value = UInt32(String(decoding: bytes[offset..<offset + 4], as: UTF8.self), radix: 16)
        else { throw failure(Message.jsonStringShortUnicode) }
        offset += 4
        return value
    }
}
