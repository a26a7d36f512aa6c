import Foundation
import Testing

@testable import gen_image

/// A batch's gallery keeps its cards on disk (issue 19, point 11: memory does not grow with finished items):
/// what is stored reads back, a newer card replaces the older, and the file leaves nothing behind.
@Suite("Gallery card spool")
struct GalleryCardSpoolTests {
    @Test func cardsReadBackAndANewerCardWins() {
        let spool = GalleryCardSpool()
        #expect(spool.card(for: 1) == nil)
        #expect(!spool.hasCard(for: 1))
        spool.store("<figure>waiting 1</figure>", for: 1)
        spool.store("<figure>waiting 2 · 文字</figure>", for: 2)
        spool.store("<figure>done 1 — ok</figure>", for: 1)
        #expect(spool.card(for: 1) == "<figure>done 1 — ok</figure>")
        #expect(spool.card(for: 2) == "<figure>waiting 2 · 文字</figure>")
        #expect(spool.hasCard(for: 2))
        for index in 3..<2_003 { spool.store(String(repeating: "x", count: index % 700), for: index) }
        #expect(spool.card(for: 1_500) == String(repeating: "x", count: 1_500 % 700))
    }

    @Test func theFileIsGoneFromTheFolderAsSoonAsItIsMade() throws {
        let before = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())
            .filter { $0.hasPrefix("gen-image-cards-") }
        let spool = GalleryCardSpool()
        spool.store("<figure>1</figure>", for: 1)
        let after = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())
            .filter { $0.hasPrefix("gen-image-cards-") }
        #expect(Set(after).subtracting(before).isEmpty, "\(after)")
        #expect(spool.card(for: 1) == "<figure>1</figure>")
    }
}
