import Foundation

/// How a secret is shown when it must be mentioned at all: `sk-…9f3a`.
package enum Redaction {
    /// The first three and last four characters for keys long enough to keep most of them hidden, else `…`.
    package static func mask(_ secret: String) -> String {
        guard secret.count >= 16 else { return "…" }
        return String(secret.prefix(3)) + "…" + String(secret.suffix(4))
    }
}
