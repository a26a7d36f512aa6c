import Foundation

/// gen-image's version, shared by the library's User-Agent and the command's `--version`.
public enum GenImageVersion {
    /// The version string.
    public static let current = "0.1.0"
}
