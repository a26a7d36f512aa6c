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
                .networkError, Message("transport.libcurl_missing", ["reason": Libcurl.load() ?? ""]),
                hint: Message("transport.libcurl_missing.hint"))
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
            let (body, chunks) = AsyncThrowingStream<Data, any Error>.makeStream()
            let pump = StreamPump(chunks: chunks)
            let transfer = try CurlTransfer(request, sink: pump)
            chunks.onTermination = { _ in engine.cancel(transfer) }
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
    private final class WholeReply: CurlTransfer.Sink, @unchecked Sendable {
        private let lock = NSLock()
        private var status = 0
        private var headers: [String: String] = [:]
        private var data = Data()
        private var outcome: Result<HTTPResponse, any Error>?
        private var continuation: CheckedContinuation<HTTPResponse, any Error>?

        func wait(_ continuation: CheckedContinuation<HTTPResponse, any Error>) {
            let ready: Result<HTTPResponse, any Error>? = lock.withLock {
                if let outcome { return outcome }
                self.continuation = continuation
                return nil
            }
            if let ready { continuation.resume(with: ready) }
        }

        func head(status: Int, headers: [String: String]) {
            lock.withLock {
                self.status = status
                self.headers = headers
            }
        }

        func body(_ chunk: Data) {
            lock.withLock { data.append(chunk) }
        }

        func end(_ failure: (any Error)?, peer: String?) {
            let result: Result<HTTPResponse, any Error> = lock.withLock {
                if let failure { return .failure(failure) }
                guard status > 0 else { return .failure(URLError(.badServerResponse)) }
                var response = HTTPResponse(status: status, headers: headers, body: data)
                response.peer = peer
                return .success(response)
            }
            let waiting: CheckedContinuation<HTTPResponse, any Error>? = lock.withLock {
                guard outcome == nil else { return nil }
                outcome = result
                data = Data()
                defer { continuation = nil }
                return continuation
            }
            waiting?.resume(with: result)
        }
    }

    /// Hands the head to whoever waits for it and the body chunks to the stream.
    private final class StreamPump: CurlTransfer.Sink, @unchecked Sendable {
        struct Head: Sendable {
            let status: Int
            let headers: [String: String]
        }

        private let lock = NSLock()
        private let chunks: AsyncThrowingStream<Data, any Error>.Continuation
        private var head: Result<Head, any Error>?
        private var waiting: CheckedContinuation<Head, any Error>?

        init(chunks: AsyncThrowingStream<Data, any Error>.Continuation) {
            self.chunks = chunks
        }

        func waitForHead(_ continuation: CheckedContinuation<Head, any Error>) {
            let ready: Result<Head, any Error>? = lock.withLock {
                if let head { return head }
                waiting = continuation
                return nil
            }
            if let ready { continuation.resume(with: ready) }
        }

        func head(status: Int, headers: [String: String]) {
            settle(
                status > 0 ? .success(Head(status: status, headers: headers)) : .failure(URLError(.badServerResponse)))
        }

        func body(_ chunk: Data) {
            chunks.yield(chunk)
        }

        func end(_ failure: (any Error)?, peer: String?) {
            settle(.failure(failure ?? URLError(.badServerResponse)))
            if let failure {
                chunks.finish(throwing: failure)
            } else {
                chunks.finish()
            }
        }

        private func settle(_ result: Result<Head, any Error>) {
            let continuation: CheckedContinuation<Head, any Error>? = lock.withLock {
                guard head == nil else { return nil }
                head = result
                defer { waiting = nil }
                return waiting
            }
            continuation?.resume(with: result)
        }
    }
#endif
