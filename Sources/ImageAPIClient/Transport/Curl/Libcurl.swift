#if os(Linux)
    import CCurlShim
    import Foundation

    /// libcurl, loaded at run time with `dlopen` rather than linked, so building needs no curl headers and a
    /// machine without libcurl still runs every command that needs no network.
    public enum Libcurl {
        /// Loads libcurl once and initialises it; nil on success, else the loader's reason.
        ///
        /// Call it early on the main thread (older libcurl initialises globally in a way that is not
        /// thread-safe); later calls return the first outcome. `GEN_IMAGE_LIBCURL` names another library file
        /// (tests use it to play a machine without libcurl).
        public static func load() -> String? { outcome }

        private static let outcome: String? = {
            let path = ProcessInfo.processInfo.environment["GEN_IMAGE_LIBCURL"].flatMap { $0.isEmpty ? nil : $0 }
            var error = [CChar](repeating: 0, count: 512)
            let status = error.withUnsafeMutableBufferPointer { buffer in
                gi_curl_load(path, buffer.baseAddress, buffer.count)
            }
            guard status != 0 else { return nil }
            return String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }()
    }
#endif
