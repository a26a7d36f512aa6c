import Testing

@testable import ImageAPIClient

/// Every transition of a URLSession task's state, without URLSession or a network, for both platforms' rules:
/// a stop before the start, while running, after the end and twice; the end after a stop, and twice.
@Suite("URLSession task state")
struct URLSessionTaskStateTests {
    /// FoundationNetworking's rule (never cancel a resumed task) and Darwin's.
    static let platforms = [false, true]

    @Test(arguments: platforms)
    func aTaskRunsDeliversAndEndsOnce(cancelsRunningTasks: Bool) {
        var machine = URLSessionTaskState(cancelsRunningTasks: cancelsRunningTasks)
        #expect(machine.state == .created)
        #expect(machine.resumeRequested() == .resumeTask)
        #expect(machine.resumeRequested() == .none)
        #expect(machine.callbackArrived() == .deliver)
        #expect(machine.completed() == .report)
        #expect(machine.state == .finished)
        // A second completion, a late stop and a late callback: nothing.
        #expect(machine.completed() == .none)
        #expect(machine.stopRequested() == .none)
        #expect(machine.callbackArrived() == .drop)
        #expect(machine.resumeRequested() == .none)
        #expect(machine.state == .finished)
    }

    @Test(arguments: platforms)
    func aStopBeforeTheStartCancelsTheTaskAndItNeverRuns(cancelsRunningTasks: Bool) {
        var machine = URLSessionTaskState(cancelsRunningTasks: cancelsRunningTasks)
        // Never resumed: nothing can be completing, so even FoundationNetworking may cancel it.
        #expect(machine.stopRequested() == .answerNow(cancelTask: true))
        #expect(machine.state == .abandoned)
        #expect(machine.resumeRequested() == .none)
        #expect(machine.stopRequested() == .none)
        // The cancelled task's own end was answered already.
        #expect(machine.completed() == .none)
        #expect(machine.state == .finished)
    }

    @Test(arguments: platforms)
    func aStopWhileRunningAnswersNowAndDropsTheRest(cancelsRunningTasks: Bool) {
        var machine = URLSessionTaskState(cancelsRunningTasks: cancelsRunningTasks)
        _ = machine.resumeRequested()
        #expect(machine.stopRequested() == .answerNow(cancelTask: cancelsRunningTasks))
        #expect(machine.state == .abandoned)
        #expect(machine.stopRequested() == .none)
        #expect(machine.callbackArrived() == .drop)
        // The task ends by itself later (or through its cancel on Darwin); the receiver heard of it already.
        #expect(machine.completed() == .none)
        #expect(machine.completed() == .none)
        #expect(machine.state == .finished)
    }

    @Test(arguments: platforms)
    func aCompletionRacingAStopIsReportedOnceWhicheverComesFirst(cancelsRunningTasks: Bool) {
        var completedFirst = URLSessionTaskState(cancelsRunningTasks: cancelsRunningTasks)
        _ = completedFirst.resumeRequested()
        #expect(completedFirst.completed() == .report)
        #expect(completedFirst.stopRequested() == .none)

        var stoppedFirst = URLSessionTaskState(cancelsRunningTasks: cancelsRunningTasks)
        _ = stoppedFirst.resumeRequested()
        #expect(stoppedFirst.stopRequested() == .answerNow(cancelTask: cancelsRunningTasks))
        #expect(stoppedFirst.completed() == .none)
    }
}
