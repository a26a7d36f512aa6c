import Foundation

/// A few readable lines from a body that is not JSON (an HTML error page from a proxy, say).
enum BodySnippet {
    static func text(_ data: Data, maxLines: Int = 4, maxLineLength: Int = 160) -> String? {
        guard !data.isEmpty else { return nil }
        // A cut ends in `…`, so that `Redaction.scrub` knows where a key may have been cut in two.
        var text = String(decoding: data.prefix(16_384), as: UTF8.self) + (data.count > 16_384 ? "…" : "")
        if text.contains("<") {
            text = text.replacingOccurrences(
                of: "<(script|style)[^>]*>[\\s\\S]*?</\\1>", with: " ",
                options: [.regularExpression, .caseInsensitive])
            text = text.replacingOccurrences(of: "<[^>]*>", with: "\n", options: .regularExpression)
        }
        let lines = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        guard !lines.isEmpty else { return nil }
        var kept: [String] = []
        for line in lines where !kept.contains(line) {
            kept.append(line.count > maxLineLength ? String(line.prefix(maxLineLength)) + "…" : line)
            if kept.count == maxLines { break }
        }
        return kept.joined(separator: " | ")
    }
}
