#if canImport(Glibc)
    import Glibc
#endif

/// Process-wide allocator settings, which belong to the executable rather than the library.
enum MemoryTuning {
    /// Makes glibc serve every allocation of 1 MB or more with its own mapping, handed back to the system when
    /// freed. By default glibc raises that threshold after the first large free, so later multi-megabyte
    /// buffers (each event of a stream carries an image's base64; URLSession's threads allocate the chunks)
    /// come from heaps that stay resident. Measured with `gen-image-bench`: three 4K partial images added
    /// 10–20 MB to the peak without this, about 1 MB with it.
    ///
    /// It also keeps every thread on one heap (`M_ARENA_MAX` 1). glibc gives each thread that allocates its own
    /// arena, up to eight per core, each with its own partly used pages; gen-image's threads (the transfer
    /// engine, the concurrency pool, dispatch's workers) wait on the network and allocate little, so sharing
    /// one heap costs no measurable time. Measured on a 4K reply: about 0.5 MB less at the peak (36.5 → 36.0 MB
    /// on the dynamic build, 30.0 → 29.6 MB on the static one). `mallopt` is looked up at run time because
    /// Swift's Glibc module does not import `<malloc.h>`.
    static func apply() {
        #if canImport(Glibc)
            typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
            guard let symbol = dlsym(nil, "mallopt") else { return }
            let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
            let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD in <malloc.h>
            let arenaMax: Int32 = -8  // M_ARENA_MAX in <malloc.h>
            _ = mallopt(mmapThreshold, 1 << 20)
            _ = mallopt(arenaMax, 1)
        #endif
    }
}
