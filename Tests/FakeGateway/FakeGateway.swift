import Foundation

/// An in-process imitation of the APIYI image gateway on a real 127.0.0.1 socket. Tests point the client at
/// `baseURL`, script replies per request, and afterwards inspect every request exactly as it arrived.
/// Serves until `shutdown()` or deinit. Handlers that capture the gateway strongly keep it alive; `shutdown()`
/// drops the handler and queue to break such cycles.
public final class FakeGateway: @unchecked Sendable {
    /// The port the server listens on, so URLs can be built for any path.
    public let port: Int
    private let store: GatewayStore
    private let behaviour: GatewayBehaviour
    private let server: HTTPServer

    /// Starts listening on 127.0.0.1 with an OS-chosen port, so parallel tests never collide.
    public convenience init() throws {
        try self.init(port: 0)
    }

    /// Starts listening on 127.0.0.1 at `port` (0 lets the OS choose), for the standalone `fake-gateway`
    /// executable where a fixed port is handy.
    public init(port: Int) throws {
        let store = GatewayStore(defaultImage: TestImages.png(width: 64, height: 48))
        let server = try HTTPServer(port: port) { boundPort in
            let behaviour = GatewayBehaviour(store: store, origin: "http://127.0.0.1:\(boundPort)")
            return { request in Self.respond(to: request, store: store, behaviour: behaviour) }
        }
        self.store = store
        self.server = server
        self.port = server.port
        self.behaviour = GatewayBehaviour(store: store, origin: "http://127.0.0.1:\(server.port)")
    }

    deinit {
        shutdown()
    }

    /// "http://127.0.0.1:<port>/v1", the base URL a client is configured with.
    public var baseURL: String {
        url("/v1")
    }

    /// "http://127.0.0.1:<port>" + path (path starts with "/"), for building expected URLs in assertions.
    public func url(_ path: String) -> String {
        "http://127.0.0.1:\(port)\(path)"
    }

    /// Snapshot of every request received so far, in arrival order (thread-safe). A request appears once it
    /// has been read completely, before its response is sent.
    public var requests: [RecordedRequest] {
        store.state.withLock { $0.requests }
    }

    /// Requests whose path (without query) equals `path`, in arrival order.
    public func requests(to path: String) -> [RecordedRequest] {
        requests.filter { $0.path == path }
    }

    /// Scripts the next request whose path equals `path` (or any path when nil): FIFO queue; when the queue is
    /// empty the default gateway behaviour (or the handler) answers. Each script answers exactly one request.
    public func enqueue(_ response: FakeResponse, for path: String? = nil) {
        store.state.withLock { $0.queue.append(ScriptedResponse(path: path, response: response)) }
    }

    /// Replaces the default behaviour entirely (queue still wins), including downloads of served files; call
    /// `defaultResponse(to:)` from the handler for requests it does not care about. Passing nil restores the
    /// default.
    public func setHandler(_ handler: (@Sendable (RecordedRequest) -> FakeResponse)?) {
        store.state.withLock { $0.handler = handler }
    }

    /// What the default gateway behaviour answers to `request` (including `defaultDelay`), so handlers can
    /// wrap or fall back to it. Does not record the request.
    public func defaultResponse(to request: RecordedRequest) -> FakeResponse {
        Self.defaultResponse(to: request, store: store, behaviour: behaviour)
    }

    /// The image served by default (for URLs and b64 replies). Default: TestImages.png(width: 64, height: 48).
    public var defaultImage: Data {
        get { store.state.withLock { $0.defaultImage } }
        set { store.state.withLock { $0.defaultImage = newValue } }
    }

    /// Seconds the default behaviour waits before answering (scripts and handlers set their own `delay`);
    /// lets the `fake-gateway` executable and benchmarks imitate generation latency. Default 0.
    public var defaultDelay: Double {
        get { store.state.withLock { $0.defaultDelay } }
        set { store.state.withLock { $0.defaultDelay = newValue } }
    }

    /// Rate-limits image requests (POSTs) with 429 and `Retry-After`, above some number in flight or always;
    /// nil (the default) serves everything. Scripts, handlers and the default behaviour are all throttled.
    public var throttle: GatewayThrottle? {
        get { store.state.withLock { $0.throttle } }
        set { store.state.withLock { $0.throttle = newValue } }
    }

    /// Image requests received, and how many the throttle refused, since the start or `resetCounts()`.
    public var throttleCounts: ThrottleCounts {
        store.state.withLock { $0.throttleCounts }
    }

    /// Zeroes `throttleCounts`, between runs of a benchmark.
    public func resetCounts() {
        store.state.withLock { $0.throttleCounts = ThrottleCounts() }
    }

    /// Registers bytes to serve at GET <path>, e.g. "/files/big.png"; returns the absolute URL string to put in
    /// a scripted reply.
    @discardableResult
    public func serve(_ data: Data, at path: String, contentType: String = "image/png") -> String {
        store.serve(data, at: path, contentType: contentType)
        return url(path)
    }

    /// Highest number of requests being handled at the same moment (read completely, response not yet sent),
    /// for checking a client's concurrency limit.
    public var maxConcurrentRequests: Int {
        server.maxConcurrentRequests
    }

    /// Stops accepting, closes open connections (cutting delays and held connections short) and drops the
    /// handler and queued scripts; idempotent. Returns once the server threads have finished (bounded wait).
    public func shutdown() {
        server.shutdown()
        store.state.withLock { state in
            state.handler = nil
            state.queue.removeAll()
        }
    }

    /// Records and answers a request as if it had arrived on this gateway's socket (for `actAsProxy`).
    func respondAsIfDirect(to request: RecordedRequest) -> FakeResponse {
        Self.respond(to: request, store: store, behaviour: behaviour)
    }

    /// Records the request and picks its reply: queued script, else handler, else default behaviour. Adds the
    /// `x-request-id: req-<n>` header unless the reply already carries one.
    private static func respond(
        to request: RecordedRequest, store: GatewayStore,
        behaviour: GatewayBehaviour
    ) -> FakeResponse {
        let admission = store.admit(request)
        var response: FakeResponse
        if let scripted = admission.scripted {
            response = scripted
        } else if let handler = admission.handler {
            response = handler(request)
        } else {
            response = defaultResponse(to: request, store: store, behaviour: behaviour)
        }
        response = store.throttle(request, reply: response)
        if response.header("x-request-id") == nil {
            response.headers.append(("x-request-id", "req-\(admission.number)"))
        }
        return response
    }

    private static func defaultResponse(
        to request: RecordedRequest, store: GatewayStore,
        behaviour: GatewayBehaviour
    ) -> FakeResponse {
        var response = behaviour.respond(to: request)
        let delay = store.state.withLock { $0.defaultDelay }
        if delay > 0 {
            response.delay = max(response.delay, delay)
        }
        return response
    }
}
