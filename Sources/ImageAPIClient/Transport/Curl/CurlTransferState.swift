/// One libcurl transfer's life as one value, in the manner of async-http-client's `RequestBag.StateMachine`:
/// the engine, the header and write callbacks and any thread asking for a cancel each report an event, and get
/// back what the transfer (the impure shell) must do. Nothing here touches libcurl, so every transition is
/// tested on its own.
///
/// Late cancels, a second report of the end, bytes after a cancel and a reply past its limit are states and
/// events, not flags: a cancel after the end does nothing, the end is reported exactly once, and a reply that
/// libcurl completed before the engine acted on a cancel is still handed over (it may hold a billed image).
/// A deadline reaches a transfer as a cancel: the client enforces it by cancelling the task that waits.
struct CurlTransferState: Sendable {
    /// The status and headers handed to the sink.
    struct Head: Sendable, Equatable {
        let status: Int
        let headers: [String: String]
    }

    /// What has arrived of the reply so far.
    struct Reply: Sendable, Equatable {
        /// The status of the head being read (a 1xx head is replaced by the next one).
        var status = 0
        var headers: [String: String] = [:]
        /// Whether the sink has the head (it gets it once, before the first body bytes).
        var headDelivered = false
        /// Decoded body bytes the sink took, counted against the limit.
        var received = 0

        var head: Head { Head(status: status, headers: headers) }
    }

    enum State: Sendable, Equatable {
        /// Made and handed to the engine, not yet on its multi handle.
        case created
        /// Cancelled before the engine added it: it must never start.
        case cancelledBeforeStart
        /// On the multi handle; the reply arrives.
        case transferring(Reply)
        /// A cancel was asked for while it ran; the engine takes it off the multi handle on its next turn, and
        /// until then the reply may still arrive (and complete).
        case cancelling(Reply)
        /// The reply passed its byte limit; libcurl is aborting the transfer.
        case tooLarge
        /// The end was reported; nothing more happens.
        case finished
    }

    /// How a transfer ended, as the sink hears it.
    enum End: Sendable, Equatable {
        /// The reply arrived whole; `headFirst` is the head when the sink has not had it yet (an empty body).
        case completed(headFirst: Head?)
        /// libcurl failed with this code (the shell reads libcurl's words for it).
        case failed(code: Int32)
        /// Cancelled (by the caller, a deadline, or a reader that stopped reading).
        case cancelled
        /// The reply passed `limit` decoded bytes.
        case tooLarge(limit: Int)
    }

    /// What to do with a transfer the engine is about to add.
    enum StartAction: Sendable, Equatable {
        /// Add it to the multi handle.
        case add
        /// Don't: report this end instead (a cancel came first).
        case report(End)
        /// Nothing: it was started already.
        case none
    }

    /// What a cancel asks of the engine.
    enum CancelAction: Sendable, Equatable {
        /// Take the transfer off the multi handle at once (then report `removedByEngine`).
        case removeFromEngine
        /// Nothing: it has not started (the engine will not start it) or it has already ended or is ending.
        case none
    }

    /// What to do at the blank line that ends a head.
    enum HeadAction: Sendable, Equatable {
        /// Go on reading (an interim 1xx head, or the sink has the head already).
        case proceed
        /// Hand this head to the sink, then go on.
        case deliver(Head)
        /// Abort the transfer (its announced length passes the limit, or it ended).
        case abort
    }

    /// What to do with decoded body bytes.
    enum BodyAction: Sendable, Equatable {
        /// Hand them to the sink (after `headFirst`, when the sink has no head yet); report `bodyAccepted`
        /// when it takes them.
        case deliver(headFirst: Head?)
        /// Abort the transfer (the limit is passed, or it ended).
        case abort
    }

    /// The state now.
    private(set) var state: State = .created
    /// The most decoded bytes the reply may have, nil for no limit.
    let limit: Int?

    init(limit: Int?) {
        self.limit = limit
    }

    // MARK: - The engine

    /// The engine is about to add the transfer to its multi handle.
    mutating func engineWillAdd() -> StartAction {
        switch state {
        case .created:
            state = .transferring(Reply())
            return .add
        case .cancelledBeforeStart:
            state = .finished
            return .report(.cancelled)
        case .transferring, .cancelling, .tooLarge, .finished:
            return .none
        }
    }

    /// A cancel, from any thread, at any moment (twice, or after the end, included).
    mutating func cancelRequested() -> CancelAction {
        switch state {
        case .created:
            state = .cancelledBeforeStart
            return .none
        case .transferring(let reply):
            state = .cancelling(reply)
            return .removeFromEngine
        case .cancelledBeforeStart, .cancelling, .tooLarge, .finished:
            return .none
        }
    }

    /// The engine took the transfer off its multi handle because of a cancel; nil when the end was reported
    /// already.
    mutating func removedByEngine() -> End? {
        switch state {
        case .cancelling, .transferring:
            state = .finished
            return .cancelled
        case .tooLarge:
            state = .finished
            return limit.map { .tooLarge(limit: $0) } ?? .cancelled
        case .created, .cancelledBeforeStart:
            state = .finished
            return .cancelled
        case .finished:
            return nil
        }
    }

    /// libcurl reported the transfer done with `code` (0 for success); nil when the end was reported already.
    mutating func completed(code: Int32) -> End? {
        switch state {
        case .transferring(let reply):
            state = .finished
            return code == 0 ? .completed(headFirst: reply.headDelivered ? nil : reply.head) : .failed(code: code)
        case .cancelling(let reply):
            state = .finished
            // A reply libcurl finished before the engine acted on the cancel is kept: it may hold a billed image.
            return code == 0 ? .completed(headFirst: reply.headDelivered ? nil : reply.head) : .cancelled
        case .tooLarge:
            state = .finished
            return limit.map { .tooLarge(limit: $0) } ?? .failed(code: code)
        case .created, .cancelledBeforeStart:
            state = .finished
            return .failed(code: code)
        case .finished:
            return nil
        }
    }

    // MARK: - The reply

    /// A status line began a head (a 1xx head is followed by another one).
    mutating func statusLine(_ status: Int) {
        update { reply in
            reply.status = status
            reply.headers = [:]
        }
    }

    /// A header field of the head being read; a repeated name joins its values with ", ".
    mutating func headerField(name: String, value: String) {
        update { reply in
            if let earlier = reply.headers[name] {
                reply.headers[name] = earlier + ", " + value
            } else {
                reply.headers[name] = value
            }
        }
    }

    /// The blank line that ends a head.
    mutating func headEnded() -> HeadAction {
        guard let reply = reply else { return .abort }
        guard reply.status >= 200 else { return .proceed }
        if let limit, reply.headers["content-encoding"] == nil,
            let length = reply.headers["content-length"].flatMap(Int.init), length > limit
        {
            state = .tooLarge
            return .abort
        }
        guard !reply.headDelivered else { return .proceed }
        update { $0.headDelivered = true }
        return .deliver(reply.head)
    }

    /// `count` decoded body bytes arrived.
    mutating func bodyArrived(count: Int) -> BodyAction {
        guard let reply = reply else { return .abort }
        if let limit, reply.received + count > limit {
            state = .tooLarge
            return .abort
        }
        guard !reply.headDelivered else { return .deliver(headFirst: nil) }
        update { $0.headDelivered = true }
        return .deliver(headFirst: reply.head)
    }

    /// The sink took `count` bytes (a sink too far behind refuses them; they come again after a resume).
    mutating func bodyAccepted(count: Int) {
        update { $0.received += count }
    }

    /// The reply of a running transfer, cancelled or not.
    private var reply: Reply? {
        switch state {
        case .transferring(let reply), .cancelling(let reply): reply
        case .created, .cancelledBeforeStart, .tooLarge, .finished: nil
        }
    }

    /// Changes the reply in place, keeping whether a cancel is pending.
    private mutating func update(_ change: (inout Reply) -> Void) {
        switch state {
        case .transferring(var reply):
            change(&reply)
            state = .transferring(reply)
        case .cancelling(var reply):
            change(&reply)
            state = .cancelling(reply)
        case .created, .cancelledBeforeStart, .tooLarge, .finished:
            break
        }
    }
}
