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

    /// The Swift toolchain's shared libraries the running binary has loaded (`libswiftCore.so`,
    /// `libFoundation.so`, …): a build without `--static-swift-stdlib` needs them, so a copy of it runs only where
    /// the toolchain is installed. Empty on macOS, where the Swift runtime is part of the system.
    static func toolchainLibraries() -> [String] {
        #if os(Linux)
            // Read to the end with read(2): /proc files report a size of 0, which whole-file readers trust.
            let descriptor = open("/proc/self/maps", O_RDONLY)
            guard descriptor >= 0 else { return [] }
            defer { close(descriptor) }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while bytes.count < 16 << 20 {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count <= 0 { break }
                bytes += buffer[..<count]
            }
            return toolchainLibraries(inMaps: String(decoding: bytes, as: UTF8.self))
        #else
            return []
        #endif
    }

    /// The names of the toolchain's libraries among the files a `/proc/<pid>/maps` text shows mapped.
    static func toolchainLibraries(inMaps maps: String) -> [String] {
        let prefixes = [
            "libswift", "libFoundation", "lib_Foundation", "libdispatch", "libBlocksRuntime", "libXCTest",
        ]
        var found: [String] = []
        for line in maps.split(separator: "\n") {
            guard let slash = line.firstIndex(of: "/") else { continue }
            let name = line[slash...].split(separator: "/").last.map(String.init) ?? ""
            if prefixes.contains(where: name.hasPrefix), name.contains(".so"), !found.contains(name) {
                found.append(name)
            }
        }
        return found
    }
}
