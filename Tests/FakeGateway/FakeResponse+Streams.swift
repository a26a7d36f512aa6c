import Foundation

/// Streamed replies: `text/event-stream` with `Transfer-Encoding: chunked`, as gateways send server-sent
/// events, with the chunk framing written into the body so the existing body modes still apply (`.trickle`
/// splits the socket writes anywhere, `.truncated` cuts the connection short).
extension FakeResponse {
    /// An event stream. The SSE bytes are cut into HTTP chunks of the sizes in `chunkSizes`, used in turn,
    /// so chunk edges fall at arbitrary places inside events; `terminated: false` leaves out the final
    /// zero-length chunk, so the client sees the transfer break off.
    public static func eventStream(
        _ body: SSEBody, chunkSizes: [Int] = [4096], terminated: Bool = true, status: Int = 200
    ) -> FakeResponse {
        FakeResponse(
            status: status,
            headers: [
                ("Content-Type", "text/event-stream; charset=utf-8"), ("Cache-Control", "no-cache"),
                ("Transfer-Encoding", "chunked"),
            ],
            body: ChunkedEncoding.encode(body.bytes, chunkSizes: chunkSizes, terminated: terminated))
    }

    /// The same stream written a few bytes at a time with short pauses, so the client's reads split events
    /// (and chunk headers) at arbitrary byte boundaries.
    public static func splitEventStream(_ body: SSEBody, bytesPerWrite: Int = 97, pause: Double = 0.0005)
        -> FakeResponse
    {
        var response = eventStream(body, chunkSizes: [13, 1, 250, 2, 77, 4096])
        response.bodyMode = .trickle(bytesPerChunk: bytesPerWrite, interval: pause)
        return response
    }
}

/// HTTP/1.1 chunked transfer coding (RFC 9112 §7.1), written out by hand.
enum ChunkedEncoding {
    static func encode(_ data: Data, chunkSizes: [Int], terminated: Bool) -> Data {
        var out = Data()
        var offset = data.startIndex
        var turn = 0
        while offset < data.endIndex {
            let size = max(1, chunkSizes.isEmpty ? 4096 : chunkSizes[turn % chunkSizes.count])
            turn += 1
            let end = min(data.endIndex, offset + size)
            out.append(Data((String(end - offset, radix: 16) + "\r\n").utf8))
            out.append(data[offset..<end])
            out.append(Data("\r\n".utf8))
            offset = end
        }
        if terminated { out.append(Data("0\r\n\r\n".utf8)) }
        return out
    }
}
