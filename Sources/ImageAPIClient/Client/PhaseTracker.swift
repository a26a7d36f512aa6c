import Foundation

/// How far one attempt got, as one value with pure transitions: what a deadline passing means depends on it
/// (whether the gateway had answered, so another try would bill again, and which image link was downloading).
struct AttemptPhase: Sendable, Equatable {
    enum State: Sendable, Equatable {
        /// The request is on its way, or the gateway is working on it.
        case waitingForAnswer
        /// The gateway answered with a reply that was read.
        case answered
        /// The reply pointed at an image that is downloading from `url`.
        case downloading(url: String)
    }

    /// What the deadline passing means at this phase.
    struct Timeout: Sendable, Equatable {
        /// The image link being downloaded, kept so the user can fetch it by hand.
        let downloading: String?
        /// Whether the gateway had answered: then the image may be billed, and no other try is sent.
        let answered: Bool
    }

    private(set) var state = State.waitingForAnswer

    /// The gateway answered; a later answer (there is none in one attempt) changes nothing.
    mutating func answered() {
        guard case .waitingForAnswer = state else { return }
        state = .answered
    }

    /// The image downloads from `url` (the gateway answered with that link).
    mutating func downloading(_ url: String) {
        state = .downloading(url: url)
    }

    /// The deadline passed now.
    func deadlinePassed() -> Timeout {
        switch state {
        case .waitingForAnswer: Timeout(downloading: nil, answered: false)
        case .answered: Timeout(downloading: nil, answered: true)
        case .downloading(let url): Timeout(downloading: url, answered: true)
        }
    }
}

/// The phase of one attempt, shared between the attempt and the deadline that may end it: one state, one lock.
final class PhaseTracker: Sendable {
    private let phase = Locked(AttemptPhase())

    func answered() { phase.update { $0.answered() } }
    func downloading(_ url: String) { phase.update { $0.downloading(url) } }
    /// The deadline passed: what that means at the phase reached.
    func deadlinePassed() -> AttemptPhase.Timeout { phase.withLock { $0.deadlinePassed() } }
}
