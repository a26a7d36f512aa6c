import Foundation

/// How the connection ends after a response, chosen by the body mode.
enum CloseStyle {
    /// FIN after the bytes, then drain until the client hangs up.
    case graceful
    /// RST (SO_LINGER 0) right away.
    case reset
    /// Keep the socket open, silent, until the client leaves or the server stops.
    case hold
}

/// Puts a `FakeResponse` on the wire according to its body mode.
enum ResponseWriter {
    /// Sends the response and says how to close; `pause` sleeps between trickled chunks and returns false when
    /// the server is stopping.
    static func send(_ response: FakeResponse, to fd: Int32, pause: (Double) -> Bool) -> CloseStyle {
        let body = [UInt8](response.body)
        switch response.bodyMode {
        case .whole:
            _ = Socket.sendAll(fd, head(for: response) + body)
            return .graceful
        case .truncated(let sendBytes):
            _ = Socket.sendAll(fd, head(for: response) + body.prefix(clamp(sendBytes, body.count)))
            return .graceful
        case .resetAfter(let bytes):
            _ = Socket.sendAll(fd, head(for: response) + body.prefix(clamp(bytes, body.count)))
            return .reset
        case .trickle(let bytesPerChunk, let interval):
            guard Socket.sendAll(fd, head(for: response)) else { return .graceful }
            let step = max(1, bytesPerChunk)
            var offset = 0
            while offset < body.count {
                let end = min(body.count, offset + step)
                guard Socket.sendAll(fd, Array(body[offset..<end])) else { break }
                offset = end
                if offset < body.count, !pause(interval) { break }
            }
            return .graceful
        case .neverRespond:
            return .hold
        case .padded(let totalBytes):
            guard Socket.sendAll(fd, head(for: response) + body.prefix(totalBytes)) else { return .reset }
            let zeros = [UInt8](repeating: 0, count: 1 << 20)
            var remaining = totalBytes - min(body.count, totalBytes)
            while remaining > 0 {
                let count = min(remaining, zeros.count)
                guard Socket.sendAll(fd, Array(zeros[0..<count])) else { return .reset }
                remaining -= count
            }
            return .graceful
        }
    }

    /// Status line and header block. `Connection: close` and `Content-Length` (full body size) are added unless
    /// the script set them, or set `Transfer-Encoding`, itself.
    static func head(for response: FakeResponse) -> [UInt8] {
        var text = "HTTP/1.1 \(response.status) \(reasonPhrase(response.status))\r\n"
        for (name, value) in response.headers {
            text += "\(name): \(value)\r\n"
        }
        if response.announcesLength && response.header("Content-Length") == nil
            && response.header("Transfer-Encoding") == nil
        {
            if case .padded(let totalBytes) = response.bodyMode {
                text += "Content-Length: \(totalBytes)\r\n"
            } else {
                text += "Content-Length: \(response.body.count)\r\n"
            }
        }
        if response.header("Connection") == nil {
            text += "Connection: close\r\n"
        }
        text += "\r\n"
        return Array(text.utf8)
    }

    /// A plain 400 for requests that cannot be framed; they are not recorded.
    static func badRequest(_ reason: String) -> [UInt8] {
        let body = Data(#"{"error":{"message":"Bad request: \#(reason)","type":"invalid_request_error"}}"#.utf8)
        let response = FakeResponse(status: 400, headers: [("Content-Type", "application/json")], body: body)
        return head(for: response) + [UInt8](body)
    }

    private static func clamp(_ value: Int, _ upper: Int) -> Int {
        min(max(0, value), upper)
    }

    /// Reason phrases for the statuses tests use; anything else gets a generic phrase.
    static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 100: return "Continue"
        case 200: return "OK"
        case 201: return "Created"
        case 202: return "Accepted"
        case 204: return "No Content"
        case 301: return "Moved Permanently"
        case 302: return "Found"
        case 304: return "Not Modified"
        case 307: return "Temporary Redirect"
        case 308: return "Permanent Redirect"
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 408: return "Request Timeout"
        case 409: return "Conflict"
        case 413: return "Payload Too Large"
        case 415: return "Unsupported Media Type"
        case 422: return "Unprocessable Entity"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        case 504: return "Gateway Timeout"
        default: return status < 400 ? "OK" : "Error"
        }
    }
}
