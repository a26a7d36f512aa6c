import Foundation

/// Every image a chat reply links, so that when it links several different ones the first is saved and the
/// others are named in a note instead of silently dropped.
extension ChatImageExtractor {
    /// One image link, as it may be shown: a URL as given, a data URI only by its type and length.
    struct Link: Equatable {
        /// What a note shows: the URL, or `data:image/png;base64,<N characters>` (never the payload).
        let shown: String
        /// What makes two links the same image: the URL itself, or a data URI's type, length and hash.
        let identity: String

        /// A link given as a whole string (an `image_url` part, a `message.images` entry).
        static func of(_ url: String) -> Link {
            guard DataURI.isDataURI(url) else { return Link(shown: url, identity: url) }
            var copy = url
            return copy.withUTF8 { bytes in
                let comma = bytes.firstIndex(of: UInt8(ascii: ",")) ?? bytes.count
                let head = text(bytes, 0..<min(comma, 80))
                let payload = comma < bytes.count ? (comma + 1)..<bytes.count : bytes.count..<bytes.count
                return dataLink(head: head, bytes, payload)
            }
        }

        static func dataLink(head: String, _ bytes: UnsafeBufferPointer<UInt8>, _ payload: Range<Int>) -> Link {
            // FNV-1a over the payload: the same image pasted twice is one image, without keeping a copy.
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in UnsafeBufferPointer(rebasing: bytes[payload]) {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
            // A stub (the image went to a spool as it arrived) is shown by the length that came, and is the
            // same image as another stub of the same bytes.
            if let spool = ImageSpool.resolve(base64: UnsafeBufferPointer(rebasing: bytes[payload])) {
                return Link(
                    shown: "\(head),<\(spool.encodedLength) characters>",
                    identity: "\(head.lowercased()):\(spool.encodedLength):\(spool.contentIdentity)")
            }
            return Link(
                shown: "\(head),<\(payload.count) characters>",
                identity: "\(head.lowercased()):\(payload.count):\(String(hash, radix: 16))")
        }
    }

    /// The image links in `content` in the order `extract(from:)` prefers them (Markdown images, then bare
    /// image URLs that are not download links, then data URLs), so the first is the one `extract` takes.
    static func links(in content: String) -> [Link] {
        var content = content
        return content.withUTF8 { bytes in
            var markdown: [Link] = []
            var bare: [Link] = []
            var inline: [Link] = []
            var index = 0
            while index < bytes.count {
                if hasPrefix(bytes, at: index, "data:image/") {
                    let end = dataEnd(bytes, from: index)
                    if let end {
                        let semicolon = semicolonIndex(bytes, from: index)
                        let link = Link.dataLink(
                            head: text(bytes, index..<semicolon) + ";base64", bytes,
                            (semicolon + 8)..<end)
                        if isMarkdownImageTarget(bytes, at: index) {
                            markdown.append(link)
                        } else {
                            inline.append(link)
                        }
                        index = end
                        continue
                    }
                } else if hasPrefix(bytes, at: index, "http://") || hasPrefix(bytes, at: index, "https://") {
                    let inMarkdown = isMarkdownImageTarget(bytes, at: index)
                    var end = index
                    while end < bytes.count, !isURLTerminator(bytes[end], inMarkdown: inMarkdown) { end += 1 }
                    let url = trimTrailingPunctuation(text(bytes, index..<end))
                    if inMarkdown, !url.isEmpty {
                        markdown.append(Link(shown: url, identity: url))
                    } else if looksLikeImageFile(url), !isDownloadLink(bytes, urlStart: index) {
                        bare.append(Link(shown: url, identity: url))
                    }
                    index = max(end, index + 1)
                    continue
                }
                index += 1
            }
            return markdown + bare + inline
        }
    }

    /// The links after the first, without repeats of any link before them (the same image is often linked
    /// twice: shown, and again as a download link).
    static func others(in links: [Link]) -> [Link] {
        var seen: Set<String> = []
        var distinct: [Link] = []
        for link in links where seen.insert(link.identity).inserted { distinct.append(link) }
        return Array(distinct.dropFirst())
    }

    /// Where `data:image/<type>;base64,<payload>` starting at `from` ends, or nil when it is not one.
    private static func dataEnd(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        let semicolon = semicolonIndex(bytes, from: from)
        guard hasPrefix(bytes, at: semicolon, ";base64,") else { return nil }
        var end = semicolon + 8
        while end < bytes.count, Base64.isAlphabetByte(bytes[end]) { end += 1 }
        return end > semicolon + 8 ? end : nil
    }

    private static func semicolonIndex(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var semicolon = from + 11
        while semicolon < bytes.count, semicolon - from < 64, bytes[semicolon] != UInt8(ascii: ";"),
            !isURLTerminator(bytes[semicolon], inMarkdown: true)
        {
            semicolon += 1
        }
        return semicolon
    }

    /// True when the link starting at `start` is the target of `![alt](…)` (spaces and `<` allowed).
    private static func isMarkdownImageTarget(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var position = start - 1
        if position >= 0, bytes[position] == UInt8(ascii: "<") { position -= 1 }
        while position >= 0, bytes[position] == 0x20 { position -= 1 }
        guard position >= 1, bytes[position] == UInt8(ascii: "("), bytes[position - 1] == UInt8(ascii: "]")
        else { return false }
        var open = position - 2
        while open >= 0, position - open < 2048, bytes[open] != UInt8(ascii: "[") { open -= 1 }
        return open >= 1 && bytes[open] == UInt8(ascii: "[") && bytes[open - 1] == UInt8(ascii: "!")
    }
}
