import Dispatch
import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A blocking HTTP/1.1 server on 127.0.0.1: one accept thread plus one thread per connection, one request per
/// connection. Built on raw sockets (not URLSession's peer or NIO) so tests control every byte and every close.
final class HTTPServer: @unchecked Sendable {
    /// Produces the reply for a fully read request.
    typealias Responder = @Sendable (RecordedRequest) -> FakeResponse

    private struct State {
        var stopped = false
        var connections: Set<Int32> = []
        var inFlight = 0
        var maxInFlight = 0
    }

    /// The bound port (the OS-chosen one when 0 was requested).
    let port: Int
    private let listener: Int32
    private let responder: Responder
    private let state = Locked(State())
    private let acceptFinished = DispatchSemaphore(value: 0)
    private let connectionThreads = DispatchGroup()

    /// Binds and starts serving. `makeResponder` receives the bound port, so replies can contain absolute URLs.
    init(port: Int, makeResponder: (Int) -> Responder) throws {
        let bound = try Socket.listen(port: port)
        listener = bound.fd
        self.port = bound.port
        responder = makeResponder(bound.port)
        startThread { [self] in acceptLoop() }
    }

    /// Whether `shutdown()` has begun; long waits poll this so they end promptly.
    var isStopped: Bool {
        state.withLock { $0.stopped }
    }

    /// The most requests that were between "fully read" and "response sent" at the same moment.
    var maxConcurrentRequests: Int {
        state.withLock { $0.maxInFlight }
    }

    /// Sleeps `seconds` in short slices; returns false as soon as the server stops.
    func pause(_ seconds: Double) -> Bool {
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, seconds) * 1e9)
        while true {
            if isStopped { return false }
            let now = DispatchTime.now().uptimeNanoseconds
            if now >= deadline { return true }
            usleep(useconds_t(min(10_000, (deadline - now) / 1000)))
        }
    }

    /// Stops accepting, wakes and closes every open connection, and waits (bounded) for their threads.
    /// Idempotent and safe to call from any thread.
    func shutdown() {
        let first = state.withLock { state -> Bool in
            guard !state.stopped else { return false }
            state.stopped = true
            // Inside the lock: the accept thread closes the listener only under this lock after seeing
            // `stopped`, and connection threads close their sockets under it, so no number is reused here.
            Socket.shutdownBoth(listener)
            for fd in state.connections {
                Socket.shutdownBoth(fd)
            }
            return true
        }
        if first {
            acceptFinished.wait()
        }
        _ = connectionThreads.wait(timeout: .now() + 2)
    }

    private func acceptLoop() {
        while !isStopped {
            guard Socket.waitReadable(listener, milliseconds: 100) else { continue }
            guard let fd = Socket.accept(listener) else {
                usleep(1_000)  // e.g. EMFILE or a shut-down listener: don't spin
                continue
            }
            let registered = state.withLock { state -> Bool in
                guard !state.stopped else { return false }
                state.connections.insert(fd)
                return true
            }
            guard registered else {
                Socket.close(fd)
                break
            }
            connectionThreads.enter()
            startThread { [self] in
                handleConnection(fd)
                state.withLock { state in
                    state.connections.remove(fd)
                    Socket.close(fd)
                }
                connectionThreads.leave()
            }
        }
        state.withLock { _ in Socket.close(listener) }
        acceptFinished.signal()
    }

    private func handleConnection(_ fd: Int32) {
        let reader = SocketReader(fd: fd)
        let request: RecordedRequest
        do {
            request = try RequestParser.read(from: reader) {
                _ = Socket.sendAll(fd, Array("HTTP/1.1 100 Continue\r\n\r\n".utf8))
            }
        } catch RequestReadError.malformed(let reason) {
            _ = Socket.sendAll(fd, ResponseWriter.badRequest(reason))
            finishGracefully(fd)
            return
        } catch {
            return
        }

        beginRequest()
        let response = responder(request)
        guard pause(response.delay) else {
            endRequest()
            return
        }
        // A whole reply leaves the count before it is written: once it is written, the client may send its next
        // request before this thread runs again, and the count would briefly show one request too many.
        var counted = true
        if case .whole = response.bodyMode {
            endRequest()
            counted = false
        }
        let closeStyle = ResponseWriter.send(response, to: fd, pause: pause)
        switch closeStyle {
        case .graceful:
            if counted { endRequest() }
            finishGracefully(fd)
        case .reset:
            endRequest()
            Socket.setResetOnClose(fd)
        case .hold:
            holdUntilPeerLeaves(fd)
            endRequest()
        }
    }

    private func beginRequest() {
        state.withLock { state in
            state.inFlight += 1
            state.maxInFlight = max(state.maxInFlight, state.inFlight)
        }
    }

    private func endRequest() {
        state.withLock { $0.inFlight -= 1 }
    }

    /// Sends FIN, then reads until the client closes (bounded), so unread client bytes never turn our close
    /// into an RST that could destroy the response before the client reads it.
    private func finishGracefully(_ fd: Int32) {
        Socket.shutdownWrite(fd)
        let deadline = DispatchTime.now().uptimeNanoseconds + 2_000_000_000
        var sink = [UInt8](repeating: 0, count: 16 * 1024)
        while !isStopped && DispatchTime.now().uptimeNanoseconds < deadline {
            guard Socket.waitReadable(fd, milliseconds: 50) else { continue }
            let received = sink.withUnsafeMutableBytes { Socket.receive(fd, into: $0) }
            if received <= 0 { return }
        }
    }

    /// `.neverRespond`: keep the connection open and silent until the peer closes it or the server stops.
    private func holdUntilPeerLeaves(_ fd: Int32) {
        var sink = [UInt8](repeating: 0, count: 16 * 1024)
        while !isStopped {
            guard Socket.waitReadable(fd, milliseconds: 50) else { continue }
            let received = sink.withUnsafeMutableBytes { Socket.receive(fd, into: $0) }
            if received <= 0 { return }
        }
    }

    private func startThread(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.stackSize = 1 << 20
        thread.start()
    }
}
