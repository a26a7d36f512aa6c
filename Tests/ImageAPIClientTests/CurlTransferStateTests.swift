import Testing

@testable import ImageAPIClient

/// Every transition of a libcurl transfer's state, without libcurl or a network: the engine's start and
/// removal, heads and body bytes, the limit, and the end reported exactly once whatever order a cancel and the
/// completion arrive in.
@Suite("Curl transfer state")
struct CurlTransferStateTests {
    typealias Machine = CurlTransferState

    /// A machine the engine added, with a 200 head read (not yet handed to the sink).
    func running(limit: Int? = nil) -> Machine {
        var machine = Machine(limit: limit)
        #expect(machine.engineWillAdd() == .add)
        machine.statusLine(200)
        machine.headerField(name: "content-type", value: "text/plain")
        return machine
    }

    let okHead = CurlTransferState.Head(status: 200, headers: ["content-type": "text/plain"])

    @Test func aTransferStartsOnceAndReportsItsEndOnce() {
        var machine = running()
        #expect(machine.engineWillAdd() == .none)
        #expect(machine.headEnded() == .deliver(okHead))
        #expect(machine.bodyArrived(count: 5) == .deliver(headFirst: nil))
        machine.bodyAccepted(count: 5)
        #expect(machine.completed(code: 0) == .completed(headFirst: nil))
        #expect(machine.state == .finished)
        // A duplicate completion, a late cancel and a late removal change nothing.
        #expect(machine.completed(code: 0) == nil)
        #expect(machine.completed(code: 7) == nil)
        #expect(machine.cancelRequested() == .none)
        #expect(machine.removedByEngine() == nil)
        #expect(machine.state == .finished)
    }

    @Test func aCancelBeforeTheStartKeepsItFromStarting() {
        var machine = Machine(limit: nil)
        #expect(machine.cancelRequested() == .none)
        #expect(machine.state == .cancelledBeforeStart)
        #expect(machine.cancelRequested() == .none)
        #expect(machine.engineWillAdd() == .report(.cancelled))
        #expect(machine.state == .finished)
        #expect(machine.engineWillAdd() == .none)
        #expect(machine.completed(code: 0) == nil)
    }

    @Test func aCancelWhileRunningAsksTheEngineOnceAndReportsTheCancel() {
        var machine = running()
        #expect(machine.cancelRequested() == .removeFromEngine)
        #expect(machine.cancelRequested() == .none)
        #expect(machine.removedByEngine() == .cancelled)
        #expect(machine.state == .finished)
        // libcurl's own report after the removal (or a second removal) is a duplicate.
        #expect(machine.completed(code: 0) == nil)
        #expect(machine.removedByEngine() == nil)
    }

    @Test func aReplyCompletedBeforeTheEngineActedOnACancelIsKept() {
        var machine = running()
        #expect(machine.headEnded() == .deliver(okHead))
        #expect(machine.cancelRequested() == .removeFromEngine)
        // Bytes still arrive until the engine takes the transfer off; they are not lost.
        #expect(machine.bodyArrived(count: 3) == .deliver(headFirst: nil))
        machine.bodyAccepted(count: 3)
        #expect(machine.completed(code: 0) == .completed(headFirst: nil))
        // The engine's removal comes too late: the end was reported.
        #expect(machine.removedByEngine() == nil)
    }

    @Test func aFailureAfterACancelIsTheCancel() {
        var machine = running()
        #expect(machine.cancelRequested() == .removeFromEngine)
        #expect(machine.completed(code: 56) == .cancelled)
    }

    @Test func aFailureIsReportedWithItsCode() {
        var machine = running()
        #expect(machine.completed(code: 7) == .failed(code: 7))
        #expect(machine.cancelRequested() == .none)
    }

    @Test func anEngineThatCannotAddTheTransferReportsAFailure() {
        var machine = Machine(limit: nil)
        #expect(machine.engineWillAdd() == .add)
        #expect(machine.completed(code: 2) == .failed(code: 2))
    }

    @Test func anEmptyBodyHandsTheHeadOverWithTheEnd() {
        var machine = Machine(limit: nil)
        #expect(machine.engineWillAdd() == .add)
        machine.statusLine(204)
        #expect(machine.completed(code: 0) == .completed(headFirst: .init(status: 204, headers: [:])))
    }

    @Test func anInterimHeadIsSkippedAndTheNextOneReplacesIt() {
        var machine = Machine(limit: nil)
        #expect(machine.engineWillAdd() == .add)
        machine.statusLine(100)
        machine.headerField(name: "x-interim", value: "1")
        #expect(machine.headEnded() == .proceed)
        machine.statusLine(201)
        machine.headerField(name: "set-thing", value: "a")
        machine.headerField(name: "set-thing", value: "b")
        #expect(machine.headEnded() == .deliver(.init(status: 201, headers: ["set-thing": "a, b"])))
        // A second blank line (trailers) hands nothing over again.
        #expect(machine.headEnded() == .proceed)
    }

    @Test func bodyBytesBeforeAnyHeadHandTheHeadFirst() {
        var machine = running()
        #expect(machine.bodyArrived(count: 1) == .deliver(headFirst: okHead))
        #expect(machine.bodyArrived(count: 1) == .deliver(headFirst: nil))
    }

    @Test func anAnnouncedLengthPastTheLimitAbortsAtTheHead() {
        var machine = running(limit: 10)
        machine.headerField(name: "content-length", value: "11")
        #expect(machine.headEnded() == .abort)
        #expect(machine.state == .tooLarge)
        #expect(machine.cancelRequested() == .none)
        #expect(machine.completed(code: 23) == .tooLarge(limit: 10))
        #expect(machine.completed(code: 23) == nil)
    }

    @Test func anEncodedLengthIsNotCheckedAtTheHead() {
        var machine = running(limit: 10)
        machine.headerField(name: "content-length", value: "11")
        machine.headerField(name: "content-encoding", value: "gzip")
        let headers = ["content-type": "text/plain", "content-length": "11", "content-encoding": "gzip"]
        #expect(machine.headEnded() == .deliver(.init(status: 200, headers: headers)))
    }

    @Test func decodedBytesPastTheLimitAbort() {
        var machine = running(limit: 10)
        #expect(machine.bodyArrived(count: 6) == .deliver(headFirst: okHead))
        machine.bodyAccepted(count: 6)
        // Refused by a reader that is behind: not counted, so the same bytes come again.
        #expect(machine.bodyArrived(count: 4) == .deliver(headFirst: nil))
        #expect(machine.bodyArrived(count: 4) == .deliver(headFirst: nil))
        machine.bodyAccepted(count: 4)
        #expect(machine.bodyArrived(count: 1) == .abort)
        #expect(machine.bodyArrived(count: 1) == .abort)
        #expect(machine.state == .tooLarge)
        #expect(machine.completed(code: 23) == .tooLarge(limit: 10))
    }

    @Test func aReplyPastTheLimitWhileACancelIsPendingIsTooLarge() {
        var machine = running(limit: 2)
        #expect(machine.cancelRequested() == .removeFromEngine)
        #expect(machine.bodyArrived(count: 3) == .abort)
        #expect(machine.removedByEngine() == .tooLarge(limit: 2))
        #expect(machine.completed(code: 23) == nil)
    }

    @Test func bytesAndHeadsAfterTheEndAbort() {
        var machine = running()
        #expect(machine.completed(code: 0) == .completed(headFirst: okHead))
        #expect(machine.bodyArrived(count: 1) == .abort)
        #expect(machine.headEnded() == .abort)
        machine.statusLine(500)
        machine.headerField(name: "late", value: "x")
        #expect(machine.state == .finished)
    }

    @Test func aHeadWhileACancelIsPendingIsStillHandedOver() {
        var machine = running()
        #expect(machine.cancelRequested() == .removeFromEngine)
        #expect(machine.headEnded() == .deliver(okHead))
        #expect(machine.state == .cancelling(.init(status: 200, headers: okHead.headers, headDelivered: true)))
    }
}
