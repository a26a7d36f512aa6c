#if os(Linux)
    import CCurlShim
    import Foundation

    extension HTTPTransport {
        /// The Linux transport: libcurl's easy interface, loaded at run time, driven by one thread that sleeps
        /// in `curl_multi_poll` while it waits (URLSession on Linux keeps a core busy; see the README).
        ///
        /// Redirects are returned, not followed; proxies come from the environment exactly as libcurl reads
        /// them; `SSL_CERT_FILE` / `SSL_CERT_DIR` add a company CA; gzip and friends are decoded and the byte
        /// limit applies to decoded bytes. Cancelling the calling task stops the transfer at once. When
        /// libcurl cannot be loaded, every request fails with an error naming the package to install.
        public static func libcurl() -> HTTPTransport {
            HTTPTransport(
                send: { request in try await CurlTransport.send(request) },
                stream: { request in try await CurlTransport.stream(request) })
        }
    }

    enum CurlTransport {
        static func engine() throws -> CurlEngine {
            if let engine = CurlEngine.shared { return engine }
            throw ImageAPIError(
                .networkError, Message.transportLibcurlMissing(reason: Libcurl.load() ?? ""),
                hint: Message.transportLibcurlMissingHint)
        }

        static func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            let engine = try engine()
            let collector = WholeReply()
            let transfer = try CurlTransfer(request, sink: collector)
            return try await withTaskCancellationHandler {
                try await withCheckedThrowingContinuation { continuation in
                    collector.wait(continuation)
                    engine.start(transfer)
                }
            } onCancel: {
                engine.cancel(transfer)
            }
        }

        static func stream(_ request: HTTPRequest) async throws -> HTTPStreamResponse {
            let engine = try engine()
            let pump = StreamPump()
            let transfer = try CurlTransfer(request, sink: pump)
            // Weak: the transfer holds the pump as its sink, so a strong capture would keep both (the easy
            // handle and its header list, key included) alive for the life of the process.
            pump.resume = { [weak transfer] in if let transfer { engine.resume(transfer) } }
            // Whoever reads the body holds the reader; when it stops reading (or is cancelled) the transfer stops.
            let reader = StreamReaderHandle(pump: pump, stop: { engine.cancel(transfer) })
            let body = AsyncThrowingStream<Data, any Error> { try await reader.next() }
            let head = try await withTaskCancellationHandler {
                try await withCheckedThrowingContinuation { continuation in
                    pump.waitForHead(continuation)
                    engine.start(transfer)
                }
            } onCancel: {
                engine.cancel(transfer)
            }
            return HTTPStreamResponse(status: head.status, headers: head.headers, body: body)
        }
    }

    /// Gathers a whole reply and resumes whoever waits when the transfer ends.
    private final class WholeReply: CurlTransfer.Sink, Sendable {
        private struct Gathered: Sendable {
            var status = 0
            var headers: [String: String] = [:]
            var data = Data()
        }

        private let gathered = Locked(Gathered())
        private let outcome = Handoff<HTTPResponse>()

        func wait(_ continuation: CheckedContinuation<HTTPResponse, any Error>) {
            outcome.wait(continuation)
        }

        func head(status: Int, headers: [String: String]) {
            gathered.withLock {
                $0.status = status
                $0.headers = headers
            }
        }

        func body(_ chunk: Data) -> Bool {
            gathered.withLock { $0.data.append(chunk) }
            return true
        }

        func end(_ failure: (any Error)?, peer: String?) {
            let result: Result<HTTPResponse, any Error> = gathered.withLock { gathered in
                defer { gathered.data = Data() }
                if let failure { return .failure(failure) }
                guard gathered.status > 0 else { return .failure(URLError(.badServerResponse)) }
                var response = HTTPResponse(status: gathered.status, headers: gathered.headers, body: gathered.data)
                response.peer = peer
                return .success(response)
            }
            outcome.settle(result)
        }
    }

    /// Hands the head to whoever waits for it, and the body to the reader, pausing the transfer while more than
    /// `highWater` bytes wait to be read and letting it go on below `lowWater`, so a reader slower than the
    /// network holds half a megabyte, not the whole stream.
    private final class StreamPump: CurlTransfer.Sink, @unchecked Sendable {
        struct Head: Sendable {
            let status: Int
            let headers: [String: String]
        }

        // A reply's images are decoded to disk as they arrive (`ReplyScanner`), so whatever waits here is the
        // whole of what the reply costs in memory: half a megabyte, not four.
        static let highWater = 512 << 10
        static let lowWater = 128 << 10

        /// The body between the engine thread and the reader.
        private struct Flow: Sendable {
            var chunks: [Data] = []
            var buffered = 0
            var paused = false
            var ended: (any Error)??
            var reader: CheckedContinuation<Data?, any Error>?
        }

        /// Set once before the transfer starts: asks the engine to unpause it.
        var resume: @Sendable () -> Void = {}
        private let head = Handoff<Head>()
        private let flow = Locked(Flow())

        func waitForHead(_ continuation: CheckedContinuation<Head, any Error>) {
            head.wait(continuation)
        }

        func head(status: Int, headers: [String: String]) {
            head.settle(
                status > 0 ? .success(Head(status: status, headers: headers)) : .failure(URLError(.badServerResponse)))
        }

        func body(_ chunk: Data) -> Bool {
            enum Outcome {
                case handed(CheckedContinuation<Data?, any Error>)
                case kept
                case refused
            }
            let outcome: Outcome = flow.withLock { flow in
                if let waiting = flow.reader {
                    flow.reader = nil
                    return .handed(waiting)
                }
                guard flow.buffered < Self.highWater else {
                    flow.paused = true
                    return .refused
                }
                flow.chunks.append(chunk)
                flow.buffered += chunk.count
                return .kept
            }
            switch outcome {
            case .handed(let waiting):
                waiting.resume(returning: chunk)
                return true
            case .kept:
                return true
            case .refused:
                return false
            }
        }

        func end(_ failure: (any Error)?, peer: String?) {
            head.settle(.failure(failure ?? URLError(.badServerResponse)))
            let handed: CheckedContinuation<Data?, any Error>? = flow.withLock { flow in
                flow.ended = .some(failure)
                defer { flow.reader = nil }
                return flow.chunks.isEmpty ? flow.reader : nil
            }
            if let failure {
                handed?.resume(throwing: failure)
            } else {
                handed?.resume(returning: nil)
            }
        }

        /// The next chunk, nil at the end; throws the transfer's failure once the chunks before it are read.
        func next() async throws -> Data? {
            try await withCheckedThrowingContinuation { continuation in
                enum Step {
                    case chunk(Data, resume: Bool)
                    case finished((any Error)?)
                    case wait
                }
                let step: Step = flow.withLock { flow in
                    if !flow.chunks.isEmpty {
                        let chunk = flow.chunks.removeFirst()
                        flow.buffered -= chunk.count
                        let wake = flow.paused && flow.buffered < Self.lowWater
                        if wake { flow.paused = false }
                        return .chunk(chunk, resume: wake)
                    }
                    if let ended = flow.ended { return .finished(ended) }
                    if flow.paused {
                        flow.paused = false
                        flow.reader = continuation
                        return .chunk(Data(), resume: true)
                    }
                    flow.reader = continuation
                    return .wait
                }
                switch step {
                case .chunk(let chunk, let wake):
                    if wake { resume() }
                    if !chunk.isEmpty { continuation.resume(returning: chunk) }
                case .finished(let failure?):
                    continuation.resume(throwing: failure)
                case .finished(nil):
                    continuation.resume(returning: nil)
                case .wait:
                    break
                }
            }
        }
    }

    /// The body's reader: cancelling the reading task, or dropping the body unread, stops the transfer.
    private final class StreamReaderHandle: Sendable {
        private let pump: StreamPump
        private let stop: @Sendable () -> Void

        init(pump: StreamPump, stop: @escaping @Sendable () -> Void) {
            self.pump = pump
            self.stop = stop
        }

        deinit { stop() }

        func next() async throws -> Data? {
            try await withTaskCancellationHandler {
                try await pump.next()
            } onCancel: {
                stop()
            }
        }
    }
#endif
