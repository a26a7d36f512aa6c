import Foundation

/// A fingerprint of what decides an item's image, recorded in the results file so that a resumed batch can
/// tell an image made for this very request from one made before the item was edited.
///
/// It covers the model, the prompt exactly as sent (size hint included), every option that changes the image
/// (size, quality, output format and compression, background, moderation, action, instructions) and the input
/// images and mask **by content** (SHA-256 of their bytes, so a replaced `ref.png` counts as an edit). It
/// leaves out what only changes how the image travels: endpoint, `response_format`, streaming, partial
/// images, the timeout. The text is `sha256:` and 16 hex digits of a SHA-256 over a canonical listing.
public enum RequestFingerprint {
    /// The fingerprint of `planned`.
    public static func of(_ planned: PlannedJob) -> String {
        let options = planned.options
        var lines = [
            "gen-image request v1", "model=\(planned.model)", "prompt=\(planned.prompt.utf8.count):\(planned.prompt)",
        ]
        let fields: [(String, String?)] = [
            ("size", options.size), ("quality", options.quality), ("output_format", options.outputFormat),
            ("output_compression", options.outputCompression.map(String.init)), ("background", options.background),
            ("moderation", options.moderation), ("action", options.action),
            ("instructions", planned.job.instructions.map { "\($0.utf8.count):\($0)" }),
        ]
        for (name, value) in fields {
            if let value { lines.append("\(name)=\(value)") }
        }
        for input in planned.inputs {
            lines.append("input=" + (SHA256.hex(ofFile: input.url) ?? "unreadable:\(input.url.path)"))
        }
        if let mask = planned.job.mask {
            let url = URL(fileURLWithPath: mask)
            lines.append("mask=" + (SHA256.hex(ofFile: url) ?? "unreadable:\(url.path)"))
        }
        return "sha256:" + SHA256.hex(lines.joined(separator: "\n")).prefix(16)
    }
}
