import Foundation
import Testing

@testable import ImageAPIClient

/// The concurrency limit: slots, halving on 429 once per burst, recovery by successes, cancellation.
@Suite("Adaptive limiter")
struct AdaptiveLimiterTests {
    /// Waits (by yielding, never by a timed sleep) until `condition` holds.
    static func eventually(_ condition: () -> Bool) async {
        for _ in 0..<100_000 where !condition() {
            await Task.yield()
        }
    }

    @Test func slotsAreHeldUpToTheLimitAndHandedOnInOrder() async throws {
        let limiter = AdaptiveLimiter(maximum: 2)
        let first = try await limiter.acquire()
        let second = try await limiter.acquire()
        #expect(limiter.held == 2)
        let third = Task { try await limiter.acquire() }
        await Self.eventually { limiter.waiting == 1 }
        #expect(limiter.waiting == 1 && limiter.held == 2)
        limiter.release(first, succeeded: true)
        _ = try await third.value
        #expect(limiter.held == 2 && limiter.waiting == 0)
        limiter.release(second, succeeded: true)
        #expect(limiter.held == 1)
    }

    @Test func a429HalvesTheLimitOncePerBurstAndSuccessesRaiseItBack() async throws {
        let limiter = AdaptiveLimiter(maximum: 8)
        var tickets: [AdaptiveLimiter.Ticket] = []
        for _ in 0..<8 { tickets.append(try await limiter.acquire()) }
        #expect(limiter.noteRateLimited(tickets[0]) == 4)
        // The other requests of the same burst fail too; they must not push the limit down to 1.
        #expect(limiter.noteRateLimited(tickets[1]) == nil)
        #expect(limiter.noteRateLimited(tickets[2]) == nil)
        #expect(limiter.limit == 4)
        // Successes of requests started before the 429 do not count toward recovery.
        for ticket in tickets { limiter.release(ticket, succeeded: true) }
        #expect(limiter.limit == 4 && limiter.held == 0)

        // Four successes under the lowered limit raise it by one, then five more by another.
        var newer: [AdaptiveLimiter.Ticket] = []
        for _ in 0..<4 { newer.append(try await limiter.acquire()) }
        let blocked = Task { try await limiter.acquire() }
        await Self.eventually { limiter.waiting == 1 }
        #expect(limiter.waiting == 1, "a fifth request waits while the limit is 4")
        for ticket in newer.prefix(3) { limiter.release(ticket, succeeded: true) }
        #expect(limiter.limit == 4)
        #expect(limiter.release(newer[3], succeeded: true) == 5)
        #expect(limiter.limit == 5)
        let fifth = try await blocked.value
        limiter.release(fifth, succeeded: true)

        // A 429 from a request started under the lowered limit lowers it again.
        let again = try await limiter.acquire()
        #expect(limiter.noteRateLimited(again) == 3)
        limiter.release(again, succeeded: false)
    }

    @Test func theLimitSettlesBelowTheLevelThatWasThrottled() async throws {
        let limiter = AdaptiveLimiter(maximum: 8)
        let burst = try await limiter.acquire()
        #expect(limiter.noteRateLimited(burst) == 4)
        limiter.release(burst, succeeded: false)
        let second = try await limiter.acquire()
        #expect(limiter.noteRateLimited(second) == 2, "answered 429 at 4 too")
        limiter.release(second, succeeded: false)
        func succeed(_ count: Int) async throws {
            for _ in 0..<count { limiter.release(try await limiter.acquire(), succeeded: true) }
        }
        try await succeed(2)
        #expect(limiter.limit == 3, "below any throttled level, the ordinary step")
        // 4 was throttled: reaching it again takes four times as many successes (12, not 3).
        try await succeed(11)
        #expect(limiter.limit == 3)
        try await succeed(1)
        #expect(limiter.limit == 4)
        // The probe fails: back to 2, and the next probe of 4 waits twice as long (8 × 3 = 24 successes at 3).
        let probe = try await limiter.acquire()
        #expect(limiter.noteRateLimited(probe) == 2)
        limiter.release(probe, succeeded: false)
        try await succeed(2)
        #expect(limiter.limit == 3)
        try await succeed(23)
        #expect(limiter.limit == 3)
        try await succeed(1)
        #expect(limiter.limit == 4)
    }

    @Test func theLimitNeverDropsBelowOne() async throws {
        let limiter = AdaptiveLimiter(maximum: 2)
        let first = try await limiter.acquire()
        #expect(limiter.noteRateLimited(first) == 1)
        limiter.release(first, succeeded: false)
        let second = try await limiter.acquire()
        #expect(limiter.noteRateLimited(second) == nil)
        #expect(limiter.limit == 1)
        limiter.release(second, succeeded: false)
    }

    @Test func cancellingAWaiterThrowsAndHoldsNoSlot() async throws {
        let limiter = AdaptiveLimiter(maximum: 1)
        let held = try await limiter.acquire()
        let waiter = Task { try await limiter.acquire() }
        await Self.eventually { limiter.waiting == 1 }
        waiter.cancel()
        await #expect(throws: CancellationError.self) { try await waiter.value }
        #expect(limiter.waiting == 0 && limiter.held == 1)
        limiter.release(held, succeeded: true)
        #expect(limiter.held == 0)

        let cancelledFirst = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await limiter.acquire()
        }
        await #expect(throws: CancellationError.self) { try await cancelledFirst.value }
        #expect(limiter.held == 0)
    }
}
