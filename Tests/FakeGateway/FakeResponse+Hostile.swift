import Foundation

/// Replies from a hostile or broken gateway, for the client's memory and size limits.
extension FakeResponse {
    /// A 200 whose body is `GzipBomb`: about 1 MB on the wire, 1 GiB once inflated.
    public static func gzipBomb(contentType: String = "application/json") -> FakeResponse {
        FakeResponse(
            status: 200, headers: [("Content-Type", contentType), ("Content-Encoding", "gzip")],
            body: GzipBomb.body())
    }

    /// A JSON reply of `totalBytes` (an unterminated `b64_json` padded with zeros), generated while it is
    /// sent, so a 1 GB reply costs the gateway no memory; `announced: false` leaves out `Content-Length`.
    public static func hugeJSON(totalBytes: Int, status: Int = 200, announced: Bool = true) -> FakeResponse {
        var reply = FakeResponse(
            status: status, headers: [("Content-Type", "application/json")],
            body: Data(#"{"data":[{"b64_json":""#.utf8), bodyMode: .padded(totalBytes: totalBytes))
        reply.announcesLength = announced
        return reply
    }
}
