import Dispatch
import Foundation
import ImageAPIClient

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns Ctrl-C (SIGINT), SIGTERM and SIGHUP into task cancellation while a request is in flight.
///
/// Killing the process outright would leave a temporary request body behind and say nothing; cancelling the
/// work lets the library stop the transfer and remove its files, and lets the command say what was cancelled
/// before exiting 130. Until `arm` is called the signals keep their default action, so a run stuck before
/// any work (reading a prompt from stdin, say) still dies at once. A second signal exits at once.
final class Interrupts: @unchecked Sendable {
    /// The dispatch sources, kept alive while armed; written only by `arm`, once, before any signal is handled.
    private var sources: [any DispatchSourceSignal] = []
    private let received = Locked<Int32?>(nil)

    /// The signal that cancelled the work, if one did.
    var signal: Int32? { received.value }

    /// `SIGINT (Ctrl-C)` or `SIGTERM`, for messages in `wording`'s language.
    func signalName(_ wording: Wording) -> String {
        switch signal {
        case SIGINT: "Ctrl-C (SIGINT)"
        case SIGTERM: "SIGTERM"
        case SIGHUP: "SIGHUP"
        case let other?: wording.text(.cliSignalNumber(number: String(other)))
        case nil: wording.text(.cliSignalUnknown)
        }
    }

    /// From now on, the first SIGINT, SIGTERM or SIGHUP calls `cancel`; a second one exits with 130. Returns once the
    /// sources are registered: between ignoring a signal and libdispatch watching it, it would be lost.
    func arm(cancel: @escaping @Sendable () -> Void) {
        let queue = DispatchQueue(label: "gen-image.signals")
        let registered = DispatchGroup()
        defer { _ = registered.wait(timeout: .now() + 1) }
        // SIGHUP (the terminal closed) is handled as SIGTERM, so its temporary files are removed too.
        for number in [SIGINT, SIGTERM, SIGHUP] {
            ignoreDefaultAction(of: number)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { [weak self] in
                guard let self else { return }
                let first = self.received.withLock { received in
                    guard received == nil else { return false }
                    received = number
                    return true
                }
                if first { cancel() } else { _exit(130) }
            }
            registered.enter()
            source.setRegistrationHandler { registered.leave() }
            source.resume()
            sources.append(source)
        }
    }
}

/// Ignores the signal's default action so that only the dispatch source sees it (a free function, because
/// inside `Interrupts` the name `signal` is the property).
private func ignoreDefaultAction(of number: Int32) {
    _ = signal(number, SIG_IGN)
}
