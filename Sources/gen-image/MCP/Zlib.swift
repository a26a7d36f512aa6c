import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// zlib's one-shot `uncompress` and `compress2`, loaded at run time with `dlopen` (as libcurl is), so building
/// needs no zlib headers; every Linux with libcurl and every Mac has the library. Nil when it cannot be loaded,
/// and then there is simply no preview.
enum Zlib {
    private typealias Uncompress =
        @convention(c) (UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<UInt>?, UnsafePointer<UInt8>?, UInt)
        -> Int32
    private typealias Compress2 =
        @convention(c) (UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<UInt>?, UnsafePointer<UInt8>?, UInt, Int32)
        -> Int32
    private typealias CompressBound = @convention(c) (UInt) -> UInt

    private struct Functions: @unchecked Sendable {
        let uncompress: Uncompress
        let compress2: Compress2
        let compressBound: CompressBound
    }

    private static let functions: Functions? = {
        for name in ["libz.so.1", "libz.so", "libz.1.dylib", "libz.dylib"] {
            guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else { continue }
            guard let uncompress = dlsym(handle, "uncompress"), let compress2 = dlsym(handle, "compress2"),
                let bound = dlsym(handle, "compressBound")
            else { continue }
            return Functions(
                uncompress: unsafeBitCast(uncompress, to: Uncompress.self),
                compress2: unsafeBitCast(compress2, to: Compress2.self),
                compressBound: unsafeBitCast(bound, to: CompressBound.self))
        }
        return nil
    }()

    /// The zlib stream `data` inflated, when it holds exactly `expected` bytes (more is refused, never held).
    static func inflate(_ data: [UInt8], expected: Int) -> [UInt8]? {
        guard let functions, expected > 0 else { return nil }
        var output = [UInt8](repeating: 0, count: expected)
        var length = UInt(expected)
        let status = output.withUnsafeMutableBufferPointer { output in
            data.withUnsafeBufferPointer { input in
                functions.uncompress(output.baseAddress, &length, input.baseAddress, UInt(input.count))
            }
        }
        return status == 0 && length == UInt(expected) ? output : nil
    }

    /// `data` as a zlib stream, compressed as well as zlib can.
    static func deflate(_ data: [UInt8]) -> [UInt8]? {
        guard let functions else { return nil }
        var length = functions.compressBound(UInt(data.count))
        var output = [UInt8](repeating: 0, count: Int(length))
        let status = output.withUnsafeMutableBufferPointer { output in
            data.withUnsafeBufferPointer { input in
                functions.compress2(output.baseAddress, &length, input.baseAddress, UInt(input.count), 9)
            }
        }
        guard status == 0 else { return nil }
        return Array(output.prefix(Int(length)))
    }
}
