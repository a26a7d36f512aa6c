import Foundation

/// A fingerprint of what decides an item's image, recorded in the results file so that a resumed batch can
/// tell an image made for this very request from one made before the item was edited.
///
/// It covers the model, the prompt exactly as sent (size hint included), every option that changes the image
/// (every parameter whose `ImageOption.changesImage` is true: size, quality, output format and compression,
/// background, moderation, action, instructions) and the input
/// images and mask **by content** (SHA-256 of their bytes, so a replaced `ref.png` counts as an edit). It
/// leaves out what only changes how the image travels: endpoint, `response_format`, streaming, partial
/// images, the timeout. The text is `sha256:` and 16 hex digits of a SHA-256 over a canonical listing.
enum RequestFingerprint {
    /// The fingerprint of `planned`.
    static func of(_ planned: PlannedJob) -> String {
        var lines = [
            "gen-image request v1", "model=\(planned.model)", "prompt=\(planned.prompt.utf8.count):\(planned.prompt)",
        ]
        // Parameters in `ImageOption` order; free text carries its length, files go by content after the inputs.
        for (option, value) in planned.parameters where option.changesImage {
            switch value {
            case .file: continue
            case .text(let text) where !option.isBodyField:
                lines.append("\(option.rawValue)=\(text.utf8.count):\(text)")
            default: lines.append("\(option.rawValue)=\(value.wireText)")
            }
        }
        for input in planned.inputs {
            lines.append("input=" + (SHA256.hex(ofFile: input.url) ?? "unreadable:\(input.url.path)"))
        }
        for (option, value) in planned.parameters where option.changesImage {
            if let file = value.file {
                lines.append("\(option.rawValue)=" + (SHA256.hex(ofFile: file.url) ?? "unreadable:\(file.url.path)"))
            }
        }
        return "sha256:" + SHA256.hex(lines.joined(separator: "\n")).prefix(16)
    }
}
