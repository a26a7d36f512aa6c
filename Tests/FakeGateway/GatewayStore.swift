import Foundation

/// A file the gateway serves on GET, registered by `serve(_:at:contentType:)` or by the default behaviour.
struct ServedFile: Sendable {
    let data: Data
    let contentType: String
}

/// A scripted response waiting in the FIFO queue; `path` nil matches any request.
struct ScriptedResponse: Sendable {
    let path: String?
    let response: FakeResponse
}

/// All mutable gateway state behind one lock. It is separate from `FakeGateway` so the server threads can hold
/// it without keeping the gateway object alive, which lets `deinit` shut the server down.
final class GatewayStore: @unchecked Sendable {
    /// The lock-protected fields.
    struct State {
        var requests: [RecordedRequest] = []
        var queue: [ScriptedResponse] = []
        var handler: (@Sendable (RecordedRequest) -> FakeResponse)?
        var files: [String: ServedFile] = [:]
        var defaultImage: Data
        var defaultDelay: Double = 0
        var throttle: GatewayThrottle?
        var busyUntil: [Date] = []
        var throttleCounts = ThrottleCounts()
    }

    /// The state; access only through `withLock`.
    let state: Locked<State>

    init(defaultImage: Data) {
        state = Locked(State(defaultImage: defaultImage))
    }

    /// Records `request`, returns its 1-based arrival number, and takes the first queued script matching its
    /// path together with the current handler, all in one critical section so concurrent requests each get
    /// a distinct script.
    func admit(_ request: RecordedRequest) -> (
        number: Int, scripted: FakeResponse?,
        handler: (@Sendable (RecordedRequest) -> FakeResponse)?
    ) {
        state.withLock { state in
            state.requests.append(request)
            var scripted: FakeResponse?
            if let index = state.queue.firstIndex(where: { $0.path == nil || $0.path == request.path }) {
                scripted = state.queue.remove(at: index).response
            }
            return (state.requests.count, scripted, state.handler)
        }
    }

    /// Registers bytes to serve at `path` (query-less).
    func serve(_ data: Data, at path: String, contentType: String) {
        state.withLock { $0.files[path] = ServedFile(data: data, contentType: contentType) }
    }

    /// The file registered at `path`, if any.
    func file(at path: String) -> ServedFile? {
        state.withLock { $0.files[path] }
    }
}
