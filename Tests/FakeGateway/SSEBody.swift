import Foundation

/// The text of a server-sent event stream, built event by event, so tests script streams the way a gateway
/// writes them: named events with JSON data, comment keepalives, odd line endings, raw bytes.
public struct SSEBody: Sendable {
    /// The bytes so far.
    public private(set) var bytes = Data()
    /// The line ending used by the helpers (`"\n"`, `"\r\n"` or `"\r"`); all three are legal SSE.
    public var lineEnding: String

    /// Starts an empty stream.
    public init(lineEnding: String = "\n") {
        self.lineEnding = lineEnding
    }

    /// `event: <name>` (when given), then `data: <json>`, then a blank line. Keys are sorted and slashes left
    /// unescaped, as the gateway writes them.
    public mutating func event(_ name: String?, json object: [String: Any]) {
        let json = String(decoding: JSONBody.encode(object), as: UTF8.self)
        event(name, data: json)
    }

    /// An event whose data is `data` verbatim; a multi-line `data` becomes several `data:` lines.
    public mutating func event(_ name: String?, data: String) {
        var text = ""
        if let name { text += "event: \(name)\(lineEnding)" }
        for line in data.split(separator: "\n", omittingEmptySubsequences: false) {
            text += "data: \(line)\(lineEnding)"
        }
        text += lineEnding
        raw(text)
    }

    /// A comment line, the usual keepalive (`: keepalive`).
    public mutating func comment(_ text: String = "keepalive") {
        raw(": \(text)\(lineEnding)\(lineEnding)")
    }

    /// Bytes exactly as given (a cut-off event, a byte-order mark, junk).
    public mutating func raw(_ text: String) {
        bytes.append(Data(text.utf8))
    }

    /// The stream with its last `count` bytes removed, to imitate a stream cut off mid-event.
    public func dropping(last count: Int) -> SSEBody {
        var copy = self
        copy.bytes = bytes.dropLast(count)
        return copy
    }
}
