import Foundation
import ImageAPIClient

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The rendered cards of a running batch's page, kept in a temporary file instead of memory, so a batch of
/// 100,000 items holds two numbers per item, not a page of HTML.
///
/// The file is unlinked as soon as it is made: nothing is left behind however the run ends (even `kill -9`).
/// A card written again (waiting, then finished) is appended and the newer one is read; the old bytes stay
/// until the run ends. Where no file can be made, the cards stay in memory, as before.
final class GalleryCardSpool: @unchecked Sendable {
    private struct State {
        var spans: [Int: (offset: Int64, length: Int)] = [:]
        var inMemory: [Int: String] = [:]
        var end: Int64 = 0
    }
    private let descriptor: Int32
    private let state = Locked(State())

    init() {
        var template = Array((NSTemporaryDirectory() + "/gen-image-cards-XXXXXX").utf8CString)
        descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        if descriptor >= 0 { template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) } }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Keeps `html` as the card of item `index`, in place of any earlier one.
    func store(_ html: String, for index: Int) {
        state.withLock { state in
            guard descriptor >= 0 else {
                state.inMemory[index] = html
                return
            }
            let bytes = Array(html.utf8)
            let written = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, off_t(state.end)) }
            guard written == bytes.count else {
                state.inMemory[index] = html
                state.spans[index] = nil
                return
            }
            state.spans[index] = (state.end, bytes.count)
            state.inMemory[index] = nil
            state.end += Int64(bytes.count)
        }
    }

    /// Whether item `index` has a card.
    func hasCard(for index: Int) -> Bool {
        state.withLock { $0.spans[index] != nil || $0.inMemory[index] != nil }
    }

    /// The card of item `index`, read back; nil when it has none.
    func card(for index: Int) -> String? {
        let (span, kept) = state.withLock { ($0.spans[index], $0.inMemory[index]) }
        if let kept { return kept }
        guard let span else { return nil }
        var bytes = [UInt8](repeating: 0, count: span.length)
        let read = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, span.length, off_t(span.offset)) }
        guard read == span.length else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
