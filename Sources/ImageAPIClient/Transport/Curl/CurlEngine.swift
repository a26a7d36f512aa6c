#if os(Linux)
    import CCurlShim
    import Foundation

    /// One thread that drives every libcurl transfer of the process through a private multi handle and sleeps
    /// in `curl_multi_poll` while it waits, so a five-minute wait costs no CPU. Other threads hand it work and
    /// cancellations through a locked queue and `curl_multi_wakeup`, so a cancel takes effect at once.
    final class CurlEngine: @unchecked Sendable {
        /// The process's engine; nil when libcurl cannot be loaded.
        static let shared: CurlEngine? = Libcurl.load() == nil ? CurlEngine() : nil

        private let multi: UnsafeMutableRawPointer
        /// Work handed to the engine thread by the others.
        private struct Queues: Sendable {
            var adding: [CurlTransfer] = []
            var cancelling: [CurlTransfer] = []
            var resuming: [CurlTransfer] = []
        }

        private let queues = Locked(Queues())
        /// Touched by the engine thread only.
        private var active: [UnsafeMutableRawPointer: CurlTransfer] = [:]

        private init() {
            multi = gi_multi_init()
            let thread = Thread { [unowned self] in self.run() }
            thread.name = "gen-image libcurl"
            thread.start()
        }

        /// Starts `transfer`; its completion arrives on the engine thread.
        func start(_ transfer: CurlTransfer) {
            queues.withLock { $0.adding.append(transfer) }
            gi_multi_wakeup(multi)
        }

        /// Stops `transfer` at once (it completes with `CancellationError`); nothing when it has not started (it
        /// never will), has ended, or is ending already.
        func cancel(_ transfer: CurlTransfer) {
            guard transfer.requestCancel() else { return }
            queues.withLock { $0.cancelling.append(transfer) }
            gi_multi_wakeup(multi)
        }

        /// Lets a transfer paused by its reader go on (its held chunk is delivered again).
        func resume(_ transfer: CurlTransfer) {
            queues.withLock { $0.resuming.append(transfer) }
            gi_multi_wakeup(multi)
        }

        private func run() {
            while true {
                let (added, cancelled, resumed) = queues.withLock { queues in
                    defer {
                        queues.adding.removeAll()
                        queues.cancelling.removeAll()
                        queues.resuming.removeAll()
                    }
                    return (queues.adding, queues.cancelling, queues.resuming)
                }
                for transfer in added where transfer.engineWillAdd() {
                    guard gi_multi_add(multi, transfer.easy) == 0 else {
                        transfer.completed(code: 2)  // CURLE_FAILED_INIT: it never started
                        continue
                    }
                    active[transfer.easy] = transfer
                }
                for transfer in cancelled {
                    guard active.removeValue(forKey: transfer.easy) != nil else { continue }
                    gi_multi_remove(multi, transfer.easy)
                    transfer.removedByEngine()
                }
                for transfer in resumed where active[transfer.easy] === transfer {
                    gi_easy_unpause(transfer.easy)
                }
                var running: Int32 = 0
                gi_multi_perform(multi, &running)
                var result: Int32 = 0
                while let easy = gi_multi_next_done(multi, &result) {
                    guard let transfer = active.removeValue(forKey: easy) else { continue }
                    gi_multi_remove(multi, easy)
                    transfer.completed(code: result)
                }
                // libcurl shortens the wait to its own next timer; a wakeup ends it early.
                gi_multi_poll(multi, 60_000)
            }
        }
    }
#endif
