import Foundation
import ImageAPIClient

/// One card of a gallery page: an image made (or a request that failed) and how.
struct GalleryCard: Sendable, Equatable {
    /// `ok`, `failed`, `cancelled`, `skipped`, `not_run` or `waiting` (a batch still running).
    var status: String
    /// The image's absolute path, when there is one.
    var imagePath: String?
    /// The prompt, as given.
    var prompt: String
    /// The model.
    var model: String
    /// The size asked (`1536x1024`, `auto`, an aspect), when one was.
    var sizeAsked: String?
    /// The size delivered, `1536x1024`, when known.
    var sizeDelivered: String?
    /// Seconds the request took.
    var seconds: Double?
    /// Its cost in US dollars, when known; `costIsEstimate` marks a guess.
    var cost: Double?
    var costIsEstimate = false
    /// A failure's stable code and message.
    var errorCode: String?
    var errorMessage: String?
    /// The command line that makes it (again), ready to copy.
    var command: String
    /// A label before the prompt (`#3` for a batch item).
    var label: String?
}

/// The summary at the top of a page.
struct GalleryHeader: Sendable {
    var title: String
    /// `(label, count)` pairs, e.g. `("ok", 3)`.
    var counts: [(String, Int)]
    var cost: Double?
    var costIsPartial = false
    /// When it started, ISO 8601, and how long it took.
    var started: String?
    var elapsed: Double?
    /// When the page was written.
    var updated: String
    /// True while a batch is still running: the page then reloads itself every few seconds.
    var inProgress = false
}

/// A self-contained HTML page of cards: inline CSS, images by relative path, no script, nothing fetched from
/// the network, every text escaped. Opened from disk in any browser; rewritten as a batch goes on.
enum GalleryPage {
    /// The marker that says a page is gen-image's own, so only such a page is ever replaced.
    static let marker = #"<meta name="generator" content="gen-image">"#

    /// The page, for a file in `folder` (image paths are made relative to it).
    static func html(header: GalleryHeader, cards: [GalleryCard], folder: URL) -> String {
        html(header: header, renderedCards: cards.map { card($0, folder: folder) })
    }

    /// The page around cards already rendered by `card(_:folder:)`: a batch renders each card once, when its
    /// item ends, and only joins them on each rewrite.
    static func html(header: GalleryHeader, renderedCards: [String]) -> String {
        head(header) + renderedCards.joined() + foot
    }

    /// What closes every page, after the cards.
    static let foot = "</main>\n</body>\n</html>\n"

    /// The page up to its first card: the head, the style and the header's facts.
    static func head(_ header: GalleryHeader) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n" + marker + "\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        if header.inProgress { out += "<meta http-equiv=\"refresh\" content=\"5\">\n" }
        out += "<title>\(escape(header.title))</title>\n<style>\n\(style)</style>\n</head>\n<body>\n"
        out += "<header>\n<h1>\(escape(header.title))</h1>\n<p class=\"facts\">"
        var facts = header.counts.map { "<span class=\"count \(escape($0.0))\">\($0.1) \(escape($0.0))</span>" }
        if let cost = header.cost {
            facts.append("<span>\(escape(dollars(cost)))\(header.costIsPartial ? " (partly estimated)" : "")</span>")
        }
        if let started = header.started { facts.append("<span>started \(escape(started))</span>") }
        if let elapsed = header.elapsed { facts.append("<span>\(escape(seconds(elapsed)))</span>") }
        facts.append("<span>\(header.inProgress ? "running · " : "")updated \(escape(header.updated))</span>")
        out += facts.joined(separator: " · ") + "</p>\n</header>\n<main>\n"
        return out
    }

    /// One card's HTML, image paths relative to `folder`.
    static func card(_ card: GalleryCard, folder: URL) -> String {
        var out = "<figure class=\"card \(escape(card.status))\">\n"
        if let path = card.imagePath {
            let source = escape(relativeLink(to: path, from: folder))
            out += "<a href=\"\(source)\"><img src=\"\(source)\" loading=\"lazy\" alt=\"\(escape(card.prompt))\"></a>\n"
        } else {
            out += "<div class=\"noimage\">\(escape(card.status.replacingOccurrences(of: "_", with: " ")))</div>\n"
        }
        out += "<figcaption>\n<p class=\"prompt\">"
        if let label = card.label { out += "<b>\(escape(label))</b> " }
        out += "\(escape(card.prompt))</p>\n<dl>"
        var rows: [(String, String)] = [("model", card.model)]
        if card.sizeAsked != nil || card.sizeDelivered != nil {
            rows.append(("size", "\(card.sizeAsked ?? "default") asked · \(card.sizeDelivered ?? "?") delivered"))
        }
        var run: [String] = []
        if let value = card.seconds { run.append(seconds(value)) }
        if let cost = card.cost { run.append(dollars(cost) + (card.costIsEstimate ? " (estimated)" : "")) }
        if !run.isEmpty { rows.append(("run", run.joined(separator: " · "))) }
        rows.append(("status", card.status))
        for (name, value) in rows { out += "<dt>\(escape(name))</dt><dd>\(escape(value))</dd>" }
        out += "</dl>\n"
        if let code = card.errorCode {
            out += "<p class=\"error\"><code>\(escape(code))</code> \(escape(card.errorMessage ?? ""))</p>\n"
        }
        out += "<code class=\"command\" title=\"click to select\">\(escape(card.command))</code>\n"
        out += "</figcaption>\n</figure>\n"
        return out
    }

    /// Text made safe for HTML, both between tags and inside a quoted attribute.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters (an escape sequence in a prompt) are shown as nothing.
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The image's path relative to the page's folder, percent-encoded as a URL path (`../out/a%20b.png`).
    static func relativeLink(to path: String, from folder: URL) -> String {
        let target = URL(fileURLWithPath: path).standardizedFileURL.pathComponents
        let base = folder.standardizedFileURL.pathComponents
        var common = 0
        while common < min(target.count - 1, base.count), target[common] == base[common] { common += 1 }
        let parts = Array(repeating: "..", count: base.count - common) + target[common...]
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":;?#")
        return parts.map { $0.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0 }.joined(separator: "/")
    }

    static func dollars(_ value: Double) -> String { String(format: "$%.4f", value) }

    static func seconds(_ value: Double) -> String { String(format: "%.1f s", value) }

    static let style = """
        :root { color-scheme: light dark; --bg: #111418; --card: #1c2128; --text: #e6e6e6; --muted: #9aa4b2;
          --ok: #3fb950; --bad: #f85149; --wait: #d29922; }
        * { box-sizing: border-box; }
        body { margin: 0; padding: 24px; background: var(--bg); color: var(--text);
          font: 14px/1.45 -apple-system, "Segoe UI", "Noto Sans", "PingFang SC", sans-serif; }
        header h1 { margin: 0 0 4px; font-size: 20px; }
        .facts { color: var(--muted); margin: 0 0 20px; }
        .count.ok { color: var(--ok); } .count.failed, .count.cancelled { color: var(--bad); }
        .count.waiting, .count.not_run { color: var(--wait); }
        main { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 16px; }
        .card { margin: 0; background: var(--card); border-radius: 10px; overflow: hidden;
          border-top: 4px solid var(--ok); display: flex; flex-direction: column; }
        .card.failed, .card.cancelled { border-top-color: var(--bad); }
        .card.waiting, .card.not_run, .card.skipped { border-top-color: var(--wait); }
        .card img { display: block; width: 100%; aspect-ratio: 1; object-fit: contain; background: #0b0d10; }
        .noimage { aspect-ratio: 1; display: flex; align-items: center; justify-content: center;
          color: var(--muted); font-size: 18px; background: #0b0d10; text-transform: uppercase; }
        figcaption { padding: 10px 12px 12px; }
        .prompt { margin: 0 0 8px; white-space: pre-wrap; word-break: break-word; }
        dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 0 0 8px; color: var(--muted); }
        dt { font-weight: 600; } dd { margin: 0; word-break: break-word; }
        .error { color: var(--bad); margin: 0 0 8px; word-break: break-word; }
        .command { display: block; padding: 6px 8px; background: #0b0d10; border-radius: 6px; color: var(--muted);
          font-size: 12px; white-space: pre-wrap; word-break: break-all; user-select: all; cursor: text; }

        """
}
