import CProcessSupport
import Foundation
import ImageAPIClient

/// What this process was started with and how its binary was built, read from the C side (CProcessSupport).
enum LaunchInfo {
    /// The arguments after the program's name, as main received them. On Linux they come from the argv that
    /// glibc hands to initialisers, so a bare chroot or sandbox without /proc still sees them (the Swift
    /// runtime's `CommandLine` reads /proc/self/cmdline there, and finds nothing).
    static var argumentBytes: [[UInt8]] {
        func bytes(_ pointer: UnsafeMutablePointer<CChar>?) -> [UInt8] {
            guard let pointer else { return [] }
            return UnsafeBufferPointer(start: pointer, count: strlen(pointer)).map { UInt8(bitPattern: $0) }
        }
        let count = Int(gi_launch_argc())
        guard count > 0, let vector = gi_launch_argv() else {
            // Elsewhere (macOS) the runtime has main's argv itself.
            return (1..<Int(CommandLine.argc)).map { bytes(CommandLine.unsafeArgv[$0]) }
        }
        return (1..<count).map { bytes(vector[$0]) }
    }

    /// `--version`'s line: the version, and the commit and build day when the build recorded them
    /// (`.ci/release.sh` does; a plain `swift build` says it is a development build).
    static var versionLine: String {
        let commit = String(cString: gi_build_commit())
        let date = String(cString: gi_build_date())
        guard !commit.isEmpty else {
            return "gen-image \(GenImageVersion.current) (development build: no commit recorded)"
        }
        return "gen-image \(GenImageVersion.current) (commit \(commit), built \(date.isEmpty ? "?" : date))"
    }
}
