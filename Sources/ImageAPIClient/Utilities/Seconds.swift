import Foundation

/// Seconds as a person reads them (`300 s`, `0.5 s`), as `Task.sleep` takes them, and from a `Duration`.
package enum Seconds {
    static func text(_ seconds: Double) -> String {
        number(seconds) + " s"
    }

    /// The same in Chinese: `300 秒`, `0.5 秒`.
    static func chinese(_ seconds: Double) -> String {
        number(seconds) + " 秒"
    }

    /// `300`, `0.5`: whole seconds without a fraction, others to a tenth.
    static func number(_ seconds: Double) -> String {
        guard seconds.isFinite, abs(seconds) < 1e15 else { return "\(seconds)" }
        return seconds == seconds.rounded() ? "\(Int(seconds))" : "\((seconds * 10).rounded() / 10)"
    }

    /// Seconds as the nanoseconds `Task.sleep` takes, never trapping: negative or NaN is 0, and anything
    /// longer than about 30 years (or infinite) is clamped, since `UInt64(_:)` traps on a value it cannot hold.
    public static func nanoseconds(_ seconds: Double) -> UInt64 {
        guard seconds > 0 else { return 0 }
        guard seconds < 1e9 else { return 1_000_000_000 * 1_000_000_000 }
        return UInt64(seconds * 1_000_000_000)
    }

    /// A measured `Duration` (the difference of two clock instants) in seconds.
    public static func of(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
