import Testing

@testable import ImageAPIClient

/// What a deadline passing means at each phase of one attempt: before the answer another try may be sent; after
/// it the image may be billed, and a download keeps its link for the user.
@Suite("Attempt phase")
struct AttemptPhaseTests {
    @Test func aDeadlineBeforeTheAnswerAllowsAnotherTry() {
        let phase = AttemptPhase()
        #expect(phase.state == .waitingForAnswer)
        #expect(phase.deadlinePassed() == .init(downloading: nil, answered: false))
    }

    @Test func aDeadlineAfterTheAnswerDoesNot() {
        var phase = AttemptPhase()
        phase.answered()
        #expect(phase.state == .answered)
        #expect(phase.deadlinePassed() == .init(downloading: nil, answered: true))
    }

    @Test func aDeadlineDuringADownloadKeepsTheLink() {
        var phase = AttemptPhase()
        phase.answered()
        phase.downloading("https://cdn.example/a.png")
        #expect(phase.deadlinePassed() == .init(downloading: "https://cdn.example/a.png", answered: true))
        // A second answer changes nothing; a later link replaces the first.
        phase.answered()
        #expect(phase.state == .downloading(url: "https://cdn.example/a.png"))
        phase.downloading("https://cdn.example/b.png")
        #expect(phase.deadlinePassed().downloading == "https://cdn.example/b.png")
    }

    @Test func theTrackerSharesOnePhase() {
        let tracker = PhaseTracker()
        #expect(tracker.deadlinePassed() == .init(downloading: nil, answered: false))
        tracker.answered()
        tracker.downloading("https://cdn.example/c.png")
        #expect(tracker.deadlinePassed() == .init(downloading: "https://cdn.example/c.png", answered: true))
    }
}
