import Foundation

/// Where an image goes when it arrived (and was billed) but could not be saved where it was asked to go: the
/// disk filled up, or the folder was removed or made read-only while the gateway worked.
///
/// `$XDG_DATA_HOME/gen-image/recovered` (default `~/.local/share/gen-image/recovered`), or, when that cannot be
/// written either, `gen-image-recovered` in the temporary folder. The error then carries the path
/// (`recoveredPath`), so the image is never lost.
public enum RecoveryFolder {
    /// The folder images are recovered to, first choice.
    public static var primary: URL {
        let environment = ProcessInfo.processInfo.environment
        let data =
            environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : nil }
            ?? environment["HOME"].flatMap { $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : nil }?
            .appendingPathComponent(".local/share")
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share")
        return data.appendingPathComponent("gen-image/recovered")
    }

    /// The fallback when the first choice cannot be written.
    public static var fallback: URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("gen-image-recovered")
    }

    /// Saves `data` under an automatic name in the first folder that takes it; nil when none does.
    static func keep(
        _ data: Data, format: ImageFormat, prompt: String, temporaryFiles: TemporaryFiles,
        stamp: ProvenanceStamp? = nil
    ) -> URL? {
        for folder in [primary, fallback] {
            let writer = ImageWriter(temporaryFiles: temporaryFiles)
            if let outcome = try? writer.write(
                data, format: format, prompt: prompt, target: .automatic(directory: folder), stamp: stamp)
            {
                return outcome.url
            }
        }
        return nil
    }
}
