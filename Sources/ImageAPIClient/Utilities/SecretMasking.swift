import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Redaction {
    /// The shortest run of a key's characters that is masked where a text was cut: shorter runs are too common
    /// to mean anything (`sk-proj-` is 8), longer ones would leave most of a cut key readable.
    public static let shortestFragment = 8

    /// `text` with every occurrence of `secret` masked, and every run of 8 or more of its characters that
    /// touches a cut masked too.
    ///
    /// Gateway texts are shortened before they are shown (lines, a few KB), and a cut can fall inside an echoed
    /// key, leaving most of it behind where an exact match no longer finds it. A cut is where gen-image puts
    /// `…`, or either end of the text (each message argument is a text of its own, so the end of a cut value is
    /// an end). Front ends use this on every line they print, the library on every error it throws.
    public static func scrub(_ text: String, secret: String) -> String {
        guard secret.count >= 4 else { return text }
        let mask = mask(secret)
        var result = text.contains(secret) ? text.replacingOccurrences(of: secret, with: mask) : text
        let key = Array(secret.unicodeScalars)
        guard key.count >= shortestFragment else { return result }
        var scalars = Array(result.unicodeScalars)
        var boundaries = [0, scalars.count]
        for (index, scalar) in scalars.enumerated() where scalar == "…" {
            boundaries += [index, index + 1]
        }
        var runs: [Range<Int>] = []
        for boundary in boundaries {
            if let run = keyRun(in: scalars, from: boundary, backwards: true, key: key) { runs.append(run) }
            if let run = keyRun(in: scalars, from: boundary, backwards: false, key: key) { runs.append(run) }
        }
        guard !runs.isEmpty else { return result }
        for run in merged(runs).reversed() {
            scalars.replaceSubrange(run, with: Array(mask.unicodeScalars))
        }
        result = String(String.UnicodeScalarView(scalars))
        return result
    }

    /// `data` with every occurrence of `secret`'s UTF-8 bytes replaced by the mask, before anything reads or
    /// cuts it; a reply without the key is returned as it is, uncopied.
    public static func scrub(_ data: Data, secret: String) -> Data {
        let needle = Array(secret.utf8)
        guard needle.count >= 4, data.count >= needle.count else { return data }
        var found: [Data.Index] = []
        var cursor = data.startIndex
        while let hit = ByteSearch.firstRange(of: needle, in: data, from: cursor) {
            found.append(hit.lowerBound)
            cursor = hit.upperBound
        }
        guard !found.isEmpty else { return data }
        let mask = Data(mask(secret).utf8)
        var result = Data()
        result.reserveCapacity(data.count)
        var start = data.startIndex
        for position in found {
            result.append(data[start..<position])
            result.append(mask)
            start = position + needle.count
        }
        result.append(data[start..<data.endIndex])
        return result
    }

    /// The longest run of at least `shortestFragment` scalars next to `boundary` that appears in the key.
    private static func keyRun(
        in scalars: [Unicode.Scalar], from boundary: Int, backwards: Bool, key: [Unicode.Scalar]
    ) -> Range<Int>? {
        let room = backwards ? boundary : scalars.count - boundary
        var length = min(room, key.count)
        while length >= shortestFragment {
            let run = backwards ? (boundary - length)..<boundary : boundary..<(boundary + length)
            if contains(key, Array(scalars[run])) { return run }
            length -= 1
        }
        return nil
    }

    private static func contains(_ key: [Unicode.Scalar], _ part: [Unicode.Scalar]) -> Bool {
        guard part.count <= key.count else { return false }
        for start in 0...(key.count - part.count) where Array(key[start..<start + part.count]) == part {
            return true
        }
        return false
    }

    private static func merged(_ runs: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for run in runs.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, run.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, run.upperBound)
            } else {
                result.append(run)
            }
        }
        return result
    }
}
