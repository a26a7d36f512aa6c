import Foundation
import Testing

@testable import ImageAPIClient

/// The parser must give the same events however the network splits the bytes: at every byte boundary,
/// inside CR LF pairs, inside multi-byte characters, one byte at a time.
@Suite("Server-sent event parser")
struct SSEParserTests {
    /// Every feature of the format in one stream: a byte-order mark, comments (keepalives), named and
    /// unnamed events, multi-line data, `data:` without a space, ignored `id:` and `retry:` fields, an event
    /// with empty data, a name without data (dropped), CR LF and lone CR line endings, non-ASCII text.
    static let stream = Data(
        ("\u{FEFF}: keepalive\n\n"
            + "event: image_generation.partial_image\n"
            + "data: {\"type\":\"image_generation.partial_image\",\"b64_json\":\"iVBORw0KGgo=\","
            + "\"partial_image_index\":0}\n\n"
            + "id: 7\r\nretry: 1000\r\ndata:first line\r\ndata: second line\r\n\r\n"
            + ": keepalive\r\rdata: 猫と犬 🐱\r\r"
            + "event: lonely\n\n"
            + "event: empty\ndata\n\n"
            + "data: {\"type\":\"image_generation.completed\",\"usage\":{\"total_tokens\":3}}\n\n").utf8)

    static let expected: [SSEEvent] = [
        SSEEvent(
            name: "image_generation.partial_image",
            data: Data(
                "{\"type\":\"image_generation.partial_image\",\"b64_json\":\"iVBORw0KGgo=\",\"partial_image_index\":0}"
                    .utf8)),
        SSEEvent(name: nil, data: Data("first line\nsecond line".utf8)),
        SSEEvent(name: nil, data: Data("猫と犬 🐱".utf8)),
        SSEEvent(name: "empty", data: Data()),
        SSEEvent(
            name: nil, data: Data("{\"type\":\"image_generation.completed\",\"usage\":{\"total_tokens\":3}}".utf8)),
    ]

    /// Feeds `pieces` in order and returns the events and whether the parser ended inside an event.
    func parse(_ pieces: [Data], maxEventBytes: Int = 64_000_000) throws -> (events: [SSEEvent], inside: Bool) {
        var parser = SSEParser(maxEventBytes: maxEventBytes)
        var events: [SSEEvent] = []
        for piece in pieces {
            try parser.feed(piece) { events.append($0) }
        }
        return (events, parser.isInsideEvent)
    }

    @Test func wholeStreamAtOnce() throws {
        let (events, inside) = try parse([Self.stream])
        #expect(events == Self.expected)
        #expect(!inside)
    }

    @Test func everySplitPointGivesTheSameEvents() throws {
        let bytes = Self.stream
        for split in 0...bytes.count {
            let (events, inside) = try parse([bytes.prefix(split), bytes.dropFirst(split)])
            #expect(events == Self.expected, "split at byte \(split)")
            #expect(!inside, "split at byte \(split)")
        }
    }

    @Test func everyPairOfSplitPointsGivesTheSameEvents() throws {
        let bytes = [UInt8](Self.stream)
        for first in stride(from: 0, through: bytes.count, by: 1) {
            for second in first...bytes.count {
                let pieces = [
                    Data(bytes[0..<first]), Data(bytes[first..<second]), Data(bytes[second..<bytes.count]),
                ]
                let (events, _) = try parse(pieces)
                if events != Self.expected {
                    Issue.record("splits at \(first) and \(second) gave \(events)")
                    return
                }
            }
        }
    }

    @Test func oneByteAtATime() throws {
        let (events, inside) = try parse(Self.stream.map { Data([$0]) })
        #expect(events == Self.expected)
        #expect(!inside)
    }

    @Test func eachEventSplitAtEveryByteInItsOwnStream() throws {
        // Every expected event on its own, re-serialised, split at every boundary with empty reads around.
        for event in Self.expected {
            var text = event.name.map { "event: \($0)\n" } ?? ""
            for line in String(decoding: event.data, as: UTF8.self).split(
                separator: "\n", omittingEmptySubsequences: false)
            {
                text += "data: \(line)\n"
            }
            let bytes = Data((text + "\n").utf8)
            for split in 0...bytes.count {
                let (events, inside) = try parse([Data(), bytes.prefix(split), Data(), bytes.dropFirst(split)])
                #expect(events == [event], "event \(event.name ?? "-") split at \(split)")
                #expect(!inside)
            }
        }
    }

    @Test func aStreamCutOffMidEventIsInsideAnEvent() throws {
        let bytes = Self.stream
        // Cut just before the final blank line: the last event never completes.
        let (events, inside) = try parse([bytes.dropLast(1)])
        #expect(events == Array(Self.expected.dropLast()))
        #expect(inside)
        // Cut inside a data line.
        let (_, insideLine) = try parse([bytes.prefix(60)])
        #expect(insideLine)
    }

    @Test func keepalivesAloneAreNotInsideAnEvent() throws {
        let (events, inside) = try parse([Data(": keepalive\n\n: ping\n".utf8)])
        #expect(events.isEmpty)
        #expect(!inside)
    }

    @Test func anOversizedEventIsRefused() throws {
        let big = Data(("data: " + String(repeating: "A", count: 5_000) + "\n\n").utf8)
        #expect(throws: SSEEventTooLarge(limit: 1_000)) {
            _ = try parse([big], maxEventBytes: 1_000)
        }
        #expect(throws: SSEEventTooLarge(limit: 1_000)) {
            _ = try parse(big.map { Data([$0]) }, maxEventBytes: 1_000)
        }
    }
}
