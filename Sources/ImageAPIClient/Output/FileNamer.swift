import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The skill scripts' naming rule, made collision-free.
///
/// `YYYY-MM-DD-HH-MM-SS-<slug>-<random>.<ext>`: the timestamp and slug as the scripts make them (letters and
/// digits of any script survive, so Chinese prompts keep readable names), plus a short random part so that
/// two runs in the same second never pick the same name.
package enum FileNamer {
    /// The longest slug, in characters (the scripts' limit).
    public static let maxSlugLength = 30
    /// The longest slug in UTF-8 bytes, so that an automatic name always fits a file system's 255-byte limit
    /// (30 characters of combining accents or Devanagari can take 300 bytes).
    public static let maxSlugBytes = 90

    /// The slug of a prompt: its first three whitespace-separated words joined by `-`, every character that
    /// is not a letter, digit, `-` or `_` replaced by `-`, runs of `-` collapsed, lower-cased, at most 30
    /// characters and 90 bytes; `image` when nothing is left.
    public static func slug(for prompt: String) -> String {
        let words = prompt.split(whereSeparator: { $0.isWhitespace }).prefix(3)
        var slug = ""
        for character in words.joined(separator: "-") {
            let keep = character.isLetter || character.isNumber || character == "-" || character == "_"
            let next: String = keep ? String(character).lowercased() : "-"
            if next == "-" && slug.hasSuffix("-") { continue }
            slug += next
        }
        slug = String(slug.prefix(maxSlugLength))
        while slug.utf8.count > maxSlugBytes { slug.removeLast() }
        while slug.hasPrefix("-") { slug.removeFirst() }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "image" : slug
    }

    /// `YYYY-MM-DD-HH-MM-SS` in local time, as the scripts stamp files. Without `timeZone`, local time is the
    /// C library's (`localtime_r`: `TZ`, else /etc/localtime), as the scripts' own `datetime.now()` and
    /// `new Date()` read it; that also keeps ICU's time-zone tables (about 2 MB of resident memory) out of a run
    /// that saves an image. A given `timeZone` is applied with a Gregorian calendar.
    public static func timestamp(_ date: Date, timeZone: TimeZone? = nil) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        guard let timeZone else {
            var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
            var parts = tm()
            guard localtime_r(&seconds, &parts) != nil else { return timestamp(date, timeZone: .current) }
            return "\(Int(parts.tm_year) + 1900)-\(two(Int(parts.tm_mon) + 1))-\(two(Int(parts.tm_mday)))-"
                + "\(two(Int(parts.tm_hour)))-\(two(Int(parts.tm_min)))-\(two(Int(parts.tm_sec)))"
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return "\(parts.year ?? 1970)-\(two(parts.month ?? 0))-\(two(parts.day ?? 0))-"
            + "\(two(parts.hour ?? 0))-\(two(parts.minute ?? 0))-\(two(parts.second ?? 0))"
    }

    /// A short random part, lower-case hex.
    public static func randomTag() -> String {
        String(UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(6)).lowercased()
    }

    /// The automatic file name for a prompt.
    public static func automaticName(
        prompt: String,
        format: ImageFormat,
        date: Date = Date(),
        tag: String = FileNamer.randomTag(),
        timeZone: TimeZone? = nil
    ) -> String {
        "\(timestamp(date, timeZone: timeZone))-\(slug(for: prompt))-\(tag).\(format.fileExtension)"
    }
}
