import Foundation

/// Reads one HTTP/1.1 request off a socket: request line, headers, then a body framed by Content-Length or
/// `Transfer-Encoding: chunked`, honouring `Expect: 100-continue` the way curl and URLSession use it.
enum RequestParser {
    /// Longest header section accepted, matching common server defaults.
    static let headLimit = 64 * 1024

    /// The next complete request; `sendContinue` is called before the body is read when the client asked to
    /// wait for "100 Continue".
    static func read(from reader: SocketReader, sendContinue: () -> Void) throws -> RecordedRequest {
        let head = String(decoding: try reader.readHead(limit: headLimit), as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ", omittingEmptySubsequences: true)
        guard requestLine.count == 3, requestLine[2].hasPrefix("HTTP/1.") else {
            throw RequestReadError.malformed("bad request line")
        }
        var headers: [(name: String, value: String)] = []
        for line in lines where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { throw RequestReadError.malformed("bad header line") }
            headers.append((line[..<colon].trimmingSpaces(), line[line.index(after: colon)...].trimmingSpaces()))
        }
        let (path, query) = splitTarget(String(requestLine[1]))
        let partial = RecordedRequest(method: String(requestLine[0]), path: path, query: query, headers: headers)

        let chunked = partial.header("Transfer-Encoding")?.lowercased().contains("chunked") ?? false
        var length = 0
        if !chunked, let declared = partial.header("Content-Length") {
            guard let value = Int(declared), value >= 0 else { throw RequestReadError.malformed("bad Content-Length") }
            length = value
        }
        if (chunked || length > 0), partial.header("Expect")?.lowercased() == "100-continue" {
            sendContinue()
        }
        var body: [UInt8] = []
        if chunked {
            body = try readChunked(from: reader)
        } else if length > 0 {
            body.reserveCapacity(length)
            try reader.read(count: length, appendingTo: &body)
        }
        return RecordedRequest(method: partial.method, path: path, query: query, headers: headers, body: Data(body))
    }

    /// Splits an origin-form (or absolute-form) target into path and raw query.
    static func splitTarget(_ target: String) -> (path: String, query: String?) {
        var rest = Substring(target)
        if let scheme = rest.range(of: "://") {
            let afterScheme = rest[scheme.upperBound...]
            rest = afterScheme.firstIndex(of: "/").map { afterScheme[$0...] } ?? "/"
        }
        if let fragment = rest.firstIndex(of: "#") {
            rest = rest[..<fragment]
        }
        guard let mark = rest.firstIndex(of: "?") else { return (String(rest), nil) }
        return (String(rest[..<mark]), String(rest[rest.index(after: mark)...]))
    }

    private static func readChunked(from reader: SocketReader) throws -> [UInt8] {
        var body: [UInt8] = []
        while true {
            let line = String(decoding: try reader.readLine(), as: UTF8.self)
            let sizeText = line.split(separator: ";", maxSplits: 1).first.map { $0.trimmingSpaces() } ?? ""
            guard let size = Int(sizeText, radix: 16), size >= 0 else {
                throw RequestReadError.malformed("bad chunk size")
            }
            if size == 0 {
                while try !reader.readLine().isEmpty {}
                return body
            }
            try reader.read(count: size, appendingTo: &body)
            guard try reader.readLine().isEmpty else { throw RequestReadError.malformed("chunk not followed by CRLF") }
        }
    }
}
