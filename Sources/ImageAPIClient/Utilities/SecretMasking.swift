import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Redaction {
    /// The shortest run of a key's characters that is masked where a text was cut: shorter runs are too common
    /// to mean anything (`sk-proj-` is 8), longer ones would leave most of a cut key readable.
    package static let shortestFragment = 8

    /// `text` with the key masked in every shape a gateway may echo it: whole, in pieces, split by whitespace,
    /// tags or entities, JSON-escaped or percent-encoded (see `KeyFragmentFinder`): any 8 or more of its
    /// characters in a row are masked. A run touching a cut (`…`, or either end of the text) is masked too, even
    /// when made only of the key's public prefix, since the rest of the key was there before the cut.
    ///
    /// Front ends use this on every line they print, the library on every error it throws.
    package static func scrub(_ text: String, secret: String) -> String {
        guard secret.count >= 4 else { return text }
        let mask = mask(secret)
        var result = text.contains(secret) ? text.replacingOccurrences(of: secret, with: mask) : text
        if let finder = KeyFragmentFinder(key: secret) {
            var bytes = Array(result.utf8)
            let found = bytes.withUnsafeBufferPointer { finder.ranges(in: $0) }
            if !found.isEmpty {
                for range in found.reversed() { bytes.replaceSubrange(range, with: Array(mask.utf8)) }
                result = String(decoding: bytes, as: UTF8.self)
            }
        }
        return maskingAtCuts(result, secret: secret, mask: mask)
    }

    /// `text` with every run of 8 or more of the key's characters that touches a cut masked.
    private static func maskingAtCuts(_ text: String, secret: String, mask: String) -> String {
        let key = Array(secret.unicodeScalars)
        guard key.count >= shortestFragment else { return text }
        var scalars = Array(text.unicodeScalars)
        var boundaries = [0, scalars.count]
        for (index, scalar) in scalars.enumerated() where scalar == "…" {
            boundaries += [index, index + 1]
        }
        var runs: [Range<Int>] = []
        for boundary in boundaries {
            if let run = keyRun(in: scalars, from: boundary, backwards: true, key: key) { runs.append(run) }
            if let run = keyRun(in: scalars, from: boundary, backwards: false, key: key) { runs.append(run) }
        }
        guard !runs.isEmpty else { return text }
        for run in merged(runs).reversed() {
            scalars.replaceSubrange(run, with: Array(mask.unicodeScalars))
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// `data` with the key masked as `scrub(_:secret:)` masks it in a text, before anything reads or cuts it;
    /// a reply without the key is returned as it is, uncopied.
    package static func scrub(_ data: Data, secret: String) -> Data {
        let needle = Array(secret.utf8)
        guard needle.count >= 4, data.count >= 4 else { return data }
        var found: [Range<Int>] = []
        if let finder = KeyFragmentFinder(key: secret) {
            found = data.withUnsafeBytes { raw in finder.ranges(in: raw.bindMemory(to: UInt8.self)) }
        } else {
            var cursor = data.startIndex
            while let hit = ByteSearch.firstRange(of: needle, in: data, from: cursor) {
                found.append((hit.lowerBound - data.startIndex)..<(hit.upperBound - data.startIndex))
                cursor = hit.upperBound
            }
        }
        guard !found.isEmpty else { return data }
        let mask = Data(mask(secret).utf8)
        var result = Data()
        result.reserveCapacity(data.count)
        var start = data.startIndex
        for range in found {
            result.append(data[start..<(data.startIndex + range.lowerBound)])
            result.append(mask)
            start = data.startIndex + range.upperBound
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
