import Foundation
import Testing

@testable import ImageAPIClient

/// The batch's answer to 429: requeue within a budget, stop when everything is refused, pause with jitter.
@Suite("Rate-limit pacer")
struct RateLimitPacerTests {
    @Test func aBudgetBoundsTheRequeuesOfTheWholeBatch() {
        let pacer = RateLimitPacer(budget: 3, stormLength: 100, scale: 0, random: { 0 })
        let verdicts = (1...5).map { _ in pacer.noteRateLimited(retryAfter: 1, limit: 4) }
        #expect(verdicts == [.requeue, .requeue, .requeue, .budgetSpent, .budgetSpent])
        #expect(pacer.requeues == 3)
    }

    @Test func aRunOf429sAtOneInFlightStopsTheBatchAndASuccessResetsIt() {
        let pacer = RateLimitPacer(budget: 100, stormLength: 3, scale: 0, random: { 0 })
        // 429s while several are allowed in flight are pressure, not refusal.
        for _ in 1...10 { #expect(pacer.noteRateLimited(retryAfter: 1, limit: 2) == .requeue) }
        #expect(pacer.noteRateLimited(retryAfter: 1, limit: 1) == .requeue)
        #expect(pacer.noteRateLimited(retryAfter: 1, limit: 1) == .requeue)
        pacer.noteSuccess()
        #expect(pacer.noteRateLimited(retryAfter: 1, limit: 1) == .requeue)
        #expect(pacer.noteRateLimited(retryAfter: 1, limit: 1) == .requeue)
        #expect(pacer.noteRateLimited(retryAfter: 1, limit: 1) == .refusesEverything)
    }

    @Test func waitsLastRetryAfterPlusThisCallersJitter() async throws {
        // Scale 0.1: Retry-After 1 is 100 ms; random 1 adds the whole jitter span, half the wait (50 ms).
        let pacer = RateLimitPacer(budget: 10, stormLength: 10, scale: 0.1, random: { 0.999 })
        let clock = ContinuousClock()
        let unpaused = try await clock.measure { try await pacer.waitTurn() }
        #expect(unpaused < .milliseconds(20), "no pause, no wait")
        _ = pacer.noteRateLimited(retryAfter: 1, limit: 2)
        let paused = try await clock.measure { try await pacer.waitTurn() }
        #expect(paused >= .milliseconds(140), "the pause plus the jitter: \(paused)")
    }
}
