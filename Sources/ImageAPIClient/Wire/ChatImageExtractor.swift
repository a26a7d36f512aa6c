import Foundation

/// Finds the image in a chat reply's text.
///
/// gpt-image-2-all answers in Markdown: `![image](https://…/x.png)`, rarely a data URL, sometimes progress
/// lines and a separate "download" link. The order is fixed: a Markdown image first, then a bare http(s) URL
/// of an image file (its query string kept, since signed CDN links need it), then a
/// `data:image/<any>;base64,` URL. Links to "download" pages are never taken. It scans bytes once, so a
/// 10 MB data URL costs no copies and no regex backtracking.
enum ChatImageExtractor {
    /// An image found in text.
    enum Found: Sendable, Equatable {
        /// A link to fetch.
        case url(String)
        /// Decoded bytes from a data URL, with the MIME type it declared.
        case inline(Data, declaredType: String)
        /// A data URL whose base64 could not be decoded.
        case undecodable(declaredType: String)
    }

    /// Extensions of image files a bare URL may end in.
    static let imageExtensions: Set<String> = ["png", "jpg", "jpeg", "webp", "gif"]

    /// The image in `content`, or nil when there is none.
    static func extract(from content: String) -> Found? {
        var content = content
        return content.withUTF8 { bytes in
            markdownImage(bytes) ?? bareImageURL(bytes) ?? dataURL(bytes, from: 0)
        }
    }

    static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    static func hasPrefix(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ prefix: String,
        caseInsensitive: Bool = true
    ) -> Bool {
        var position = index
        for expected in prefix.utf8 {
            guard position < bytes.count else { return false }
            var actual = bytes[position]
            if caseInsensitive, actual >= 65, actual <= 90 { actual += 32 }
            if actual != expected { return false }
            position += 1
        }
        return true
    }

    /// `![alt](target)`: the first one whose target is an http(s) or data:image URL.
    private static func markdownImage(_ bytes: UnsafeBufferPointer<UInt8>) -> Found? {
        var index = 0
        while index + 1 < bytes.count {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: "!"), bytes[index + 1] == UInt8(ascii: "[") else { continue }
            var close = index + 2
            while close < bytes.count, close - index < 2048, bytes[close] != UInt8(ascii: "]") { close += 1 }
            guard close + 1 < bytes.count, bytes[close] == UInt8(ascii: "]"), bytes[close + 1] == UInt8(ascii: "(")
            else { continue }
            var start = close + 2
            while start < bytes.count, bytes[start] == 0x20 { start += 1 }
            if start < bytes.count, bytes[start] == UInt8(ascii: "<") { start += 1 }
            if hasPrefix(bytes, at: start, "data:image/") {
                if let found = dataURL(bytes, from: start, anchored: true) { return found }
                continue
            }
            guard hasPrefix(bytes, at: start, "http://") || hasPrefix(bytes, at: start, "https://") else { continue }
            var end = start
            while end < bytes.count, !isURLTerminator(bytes[end], inMarkdown: true) { end += 1 }
            let url = trimTrailingPunctuation(text(bytes, start..<end))
            if !url.isEmpty { return .url(url) }
        }
        return nil
    }

    /// A bare `http(s)://…/name.png?query` that is not the target of a "download" link.
    private static func bareImageURL(_ bytes: UnsafeBufferPointer<UInt8>) -> Found? {
        var index = 0
        while index < bytes.count {
            guard hasPrefix(bytes, at: index, "http://") || hasPrefix(bytes, at: index, "https://") else {
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, !isURLTerminator(bytes[end], inMarkdown: false) { end += 1 }
            let url = trimTrailingPunctuation(text(bytes, index..<end))
            defer { index = max(end, index + 1) }
            guard looksLikeImageFile(url), !isDownloadLink(bytes, urlStart: index) else { continue }
            return .url(url)
        }
        return nil
    }

    /// `data:image/<type>;base64,<payload>`; `anchored` means it must start exactly at `from`.
    static func dataURL(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, anchored: Bool = false) -> Found? {
        var index = from
        while index < bytes.count {
            guard hasPrefix(bytes, at: index, "data:image/") else {
                if anchored { return nil }
                index += 1
                continue
            }
            var semicolon = index + 11
            while semicolon < bytes.count, semicolon - index < 64, bytes[semicolon] != UInt8(ascii: ";"),
                !isURLTerminator(bytes[semicolon], inMarkdown: true)
            {
                semicolon += 1
            }
            guard hasPrefix(bytes, at: semicolon, ";base64,") else {
                if anchored { return nil }
                index = semicolon
                continue
            }
            let declared = text(bytes, (index + 5)..<semicolon)
            let start = semicolon + 8
            var end = start
            while end < bytes.count, Base64.isAlphabetByte(bytes[end]) { end += 1 }
            guard end > start else {
                if anchored { return nil }
                index = end
                continue
            }
            if let data = Base64.decode(bytes: UnsafeBufferPointer(rebasing: bytes[start..<end])) {
                return .inline(data, declaredType: declared)
            }
            return .undecodable(declaredType: declared)
        }
        return nil
    }

    static func isURLTerminator(_ byte: UInt8, inMarkdown: Bool) -> Bool {
        if byte <= 0x20 || byte >= 0x80 { return true }
        switch byte {
        case UInt8(ascii: ")"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "<"), UInt8(ascii: ">"),
            UInt8(ascii: "`"):
            return true
        case UInt8(ascii: "]"), UInt8(ascii: "["): return !inMarkdown
        default: return false
        }
    }

    static func trimTrailingPunctuation(_ url: String) -> String {
        var url = url
        while let last = url.last, ".,;:!?".contains(last) { url.removeLast() }
        return url
    }

    /// True when the URL's path (not its query) ends in an image extension and is not a download route.
    static func looksLikeImageFile(_ url: String) -> Bool {
        let withoutFragment = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let path = withoutFragment.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let lowered = path.lowercased()
        if lowered.contains("/download/") { return false }
        guard let dot = lowered.lastIndex(of: "."), !lowered[dot...].contains("/") else { return false }
        return imageExtensions.contains(String(lowered[lowered.index(after: dot)...]))
    }

    /// True when the URL starting at `urlStart` is the target of `[…下载…](` or `[…download…](`.
    static func isDownloadLink(_ bytes: UnsafeBufferPointer<UInt8>, urlStart: Int) -> Bool {
        guard urlStart >= 2, bytes[urlStart - 1] == UInt8(ascii: "("), bytes[urlStart - 2] == UInt8(ascii: "]")
        else { return false }
        var open = urlStart - 3
        while open >= 0, urlStart - open < 512, bytes[open] != UInt8(ascii: "[") { open -= 1 }
        guard open >= 0, bytes[open] == UInt8(ascii: "[") else { return false }
        if open > 0, bytes[open - 1] == UInt8(ascii: "!") { return false }
        let label = text(bytes, (open + 1)..<(urlStart - 2)).lowercased()
        return label.contains("下载") || label.contains("download")
    }
}
