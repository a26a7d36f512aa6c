import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One image of a reply, decoded from the socket straight into a private temporary file (0600), so a 12 MB
/// image never sits in memory, nor ten of them.
///
/// The file starts in the output folder (so saving is a hard link, no copy) and moves down `folders` when a
/// write fails: a disk that fills up mid-reply (`ENOSPC`) costs a copy of what was written, never the image,
/// which was billed. When no folder takes it the image is `lost`, and saving says so plainly.
///
/// The reply's other text is parsed as before; where the image's base64 stood, it carries a `stub`: the
/// first bytes of the image (enough for `ImageInspector` to read format and size from the header) followed
/// by a tag only this process can write, by which `ImageWriter` finds the file.
final class ImageSpool: @unchecked Sendable {
    /// How many leading bytes the stub carries: headers (PNG's IHDR, JPEG's frame after EXIF) sit here.
    static let headLimit = 64 * 1024

    /// The file, nil once lost.
    private(set) var url: URL?
    /// Bytes decoded so far.
    private(set) var byteCount = 0
    /// Whether no folder could take the bytes.
    private(set) var lost = false
    /// How many characters of base64 the image came as (set by whoever decoded it).
    var encodedLength = 0
    /// The first `headLimit` bytes.
    private(set) var head = Data()
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    private var descriptor: Int32 = -1
    private var folders: [URL]
    private let temporaryFiles: TemporaryFiles

    /// Whether the bytes are hashed as they pass (for `contentIdentity`), which only images pasted into text
    /// need; a megabyte of hashing saved per megabyte of `b64_json`.
    private let hashing: Bool

    /// Starts a spool in the first of `folders` that takes a new file.
    init(folders: [URL], temporaryFiles: TemporaryFiles, hashing: Bool = false) {
        self.folders = folders
        self.temporaryFiles = temporaryFiles
        self.hashing = hashing
        temporaryFiles.keepAlive(self)
        if !moveOn(copying: 0) { markLost() }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        let id = self.id
        ImageSpool.registry.update { $0[id] = nil }
    }

    /// Appends decoded bytes.
    func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.isEmpty else { return }
        if head.count < Self.headLimit {
            head.append(UnsafeBufferPointer(rebasing: bytes.prefix(Self.headLimit - head.count)))
        }
        if hashing {
            var hash = self.hash
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            self.hash = hash
        }
        var offset = 0
        while offset < bytes.count, !lost {
            let count = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count > 0 {
                offset += count
                byteCount += count
            } else if count < 0 && errno == EINTR {
                continue
            } else if !moveOn(copying: byteCount) {
                markLost()
            }
        }
        if lost { byteCount += bytes.count - offset }
    }

    /// Closes the file; the spool is complete.
    func finish() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        let entry = Weak(self)
        ImageSpool.registry.update { $0[id] = entry }
    }

    /// Gives up the file (an image that was not base64 after all).
    func discard() {
        finish()
        if let url { try? FileManager.default.removeItem(at: url) }
        url = nil
        lost = true
    }

    /// Puts the image at `destination` (a fresh temporary name): a hard link the first time when both are on one
    /// file system, else a copy; false when it cannot (lost, or the destination's disk is full).
    func materialise(at destination: URL) -> Bool {
        guard !lost, let url else { return false }
        // Linked only while the spool has no other name: a second file of the same image is its own copy, so
        // changing one (metadata written in place) never changes the other.
        var info = stat()
        if stat(url.path, &info) == 0, info.st_nlink == 1, link(url.path, destination.path) == 0 { return true }
        let fd = open(destination.path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        let copied = Self.copy(from: url, count: byteCount, to: fd)
        return close(fd) == 0 && copied
    }

    /// Opens a new file in the next folder and copies the first `written` bytes of the current one into it.
    private func moveOn(copying written: Int) -> Bool {
        let previous = url
        let previousDescriptor = descriptor
        defer {
            if previousDescriptor >= 0 { close(previousDescriptor) }
            if let previous { try? FileManager.default.removeItem(at: previous) }
        }
        descriptor = -1
        url = nil
        while !folders.isEmpty {
            let folder = folders.removeFirst()
            guard RecoveryFolder.ready(folder) else { continue }
            let candidate = temporaryFiles.make(in: folder)
            let fd = open(candidate.path, O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0o600)
            guard fd >= 0 else { continue }
            if let previous, written > 0, !Self.copy(from: previous, count: written, to: fd) {
                close(fd)
                try? FileManager.default.removeItem(at: candidate)
                continue
            }
            descriptor = fd
            url = candidate
            return true
        }
        return false
    }

    private func markLost() {
        lost = true
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        if let url { try? FileManager.default.removeItem(at: url) }
        url = nil
    }

    /// Copies the first `count` bytes of `source` to `fd`; false on any failure (the new disk is full too).
    static func copy(from source: URL, count: Int, to fd: Int32) -> Bool {
        let input = open(source.path, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { return false }
        defer { close(input) }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var copied = 0
        return buffer.withUnsafeMutableBytes { raw in
            while copied < count {
                let read = systemRead(input, raw.baseAddress!, min(raw.count, count - copied))
                if read < 0 && errno == EINTR { continue }
                guard read > 0 else { return false }
                var offset = 0
                while offset < read {
                    let wrote = systemWrite(fd, raw.baseAddress! + offset, read - offset)
                    if wrote < 0 && errno == EINTR { continue }
                    guard wrote > 0 else { return false }
                    offset += wrote
                }
                copied += read
            }
            return true
        }
    }

    // MARK: - Stubs

    /// This spool's number in the process: what its stub's tag names. Never the content, so two jobs that
    /// receive the same image never find each other's file.
    private let id = ImageSpool.nextID.withLock { value -> UInt64 in
        value += 1
        return value
    }
    private static let nextID = Locked<UInt64>(0)

    /// What identifies the image's bytes (length and hash, or this spool when not hashing), so one image
    /// pasted twice counts once.
    var contentIdentity: String { hashing ? "\(byteCount):\(String(hash, radix: 16))" : "spool \(id)" }

    private struct Weak: @unchecked Sendable {
        weak var spool: ImageSpool?
        init(_ spool: ImageSpool) { self.spool = spool }
    }

    private static let registry = Locked<[UInt64: Weak]>([:])

    /// A per-process secret ending every stub, so no reply can pass bytes of its own off as a stub.
    private static let secret: [UInt8] = (0..<16).map { _ in UInt8.random(in: 0...255) }
    private static let tagLength = 16 + 8

    /// The stand-in bytes for this image: its head, then the tag.
    var stub: Data {
        var data = head
        data.append(contentsOf: Self.secret)
        withUnsafeBytes(of: id.littleEndian) { data.append(contentsOf: $0) }
        return data
    }

    /// The spool `data` stands in for, or nil when `data` is an image's own bytes.
    static func resolve(_ data: Data) -> ImageSpool? {
        guard data.count >= tagLength else { return nil }
        let tag = [UInt8](data.suffix(tagLength))
        guard tag.prefix(16).elementsEqual(secret) else { return nil }
        let id = tag.suffix(8).withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
        return registry.withLock { $0[id]?.spool }
    }

    /// The spool a run of base64 text stands in for: a stub, base64-encoded, as a reply's text carries it.
    static func resolve(base64 text: UnsafeBufferPointer<UInt8>) -> ImageSpool? {
        guard text.count >= tagLength * 4 / 3, text.count <= (headLimit + tagLength) * 4 / 3 + 4,
            let data = Base64.decode(bytes: text)
        else { return nil }
        return resolve(data)
    }

    /// What stands where a value that was not base64 stood: `=` (so every decoder refuses it, as it refused
    /// the value) and then the secret and the value's length, so messages still say how long it was.
    static func invalidPlaceholder(length: Int) -> Data {
        var tag = Data(secret)
        withUnsafeBytes(of: UInt64(length).littleEndian) { tag.append(contentsOf: $0) }
        return Data("=".utf8) + tag.base64EncodedData()
    }

    /// The length of the value an `invalidPlaceholder` stands for; nil for any other text.
    static func invalidLength(_ text: Substring) -> Int? {
        guard text.first == "=", text.utf8.count == 33, let tag = Data(base64Encoded: String(text.dropFirst())),
            tag.count == 24, tag.prefix(16).elementsEqual(secret)
        else { return nil }
        return Int(tag.suffix(8).withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) })
    }

    /// The image's length in bytes, whether `data` is the image or its stub.
    static func byteCount(of data: Data) -> Int {
        resolve(data)?.byteCount ?? data.count
    }

    /// Whether `data` is a stub whose image could not be kept anywhere.
    static func isLost(_ data: Data) -> Bool {
        resolve(data)?.lost ?? false
    }
}

// Glibc's `read` and `write`, named apart from the methods above.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.write(fd, buffer, count)
    #else
        Darwin.write(fd, buffer, count)
    #endif
}

private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.read(fd, buffer, count)
    #else
        Darwin.read(fd, buffer, count)
    #endif
}
