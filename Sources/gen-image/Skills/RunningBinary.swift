import Foundation

#if canImport(Darwin)
    import Darwin
#endif

/// The file of the running `gen-image`, which `skill install` copies into each skill as `scripts/gen-image`.
enum RunningBinary {
    /// The path to read the running binary from: `/proc/self/exe` on Linux (it stays readable even when the
    /// file was replaced since the start), `_NSGetExecutablePath` on macOS; nil when it cannot be found.
    static func path() -> String? {
        #if os(Linux)
            return FileManager.default.isReadableFile(atPath: "/proc/self/exe") ? "/proc/self/exe" : nil
        #elseif canImport(Darwin)
            var size: UInt32 = 0
            _ = _NSGetExecutablePath(nil, &size)
            var buffer = [CChar](repeating: 0, count: Int(size) + 1)
            guard _NSGetExecutablePath(&buffer, &size) == 0 else { return nil }
            let path = String(cString: buffer)
            return URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        #else
            return nil
        #endif
    }
}
