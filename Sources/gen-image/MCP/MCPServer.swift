import Foundation
import ImageAPIClient

/// The MCP server behind `gen-image mcp`: reads JSON-RPC from stdin one line at a time, answers on stdout (and
/// writes nothing else there), runs tool calls concurrently, and says what happens to a person on stderr.
///
/// A line that is not a message is answered with the JSON-RPC error it deserves and the server reads on; an
/// unknown method gets `-32601`. Each `tools/call` runs in a task of its own, so `notifications/cancelled`
/// cancels it as Ctrl-C cancels a run: the transfer stops, temporary files go, and it is never answered.
final class MCPServer: Sendable {
    /// The longest line read, in bytes; a longer one is dropped unread and answered with an error.
    static let lineLimit = 8 * 1024 * 1024

    private struct State {
        var calls: [String: CallRecord] = [:]
        var inputEnded = false
        var stopping = false
        var waiter: CheckedContinuation<Void, Never>?
        /// Images saved by calls cancelled after they were billed, told with the next answer.
        var unreported: [String] = []
    }

    let settings: MCPSettings
    let terminal: Terminal
    let toolbox: Toolbox
    private let state = Locked(State())

    init(settings: MCPSettings, terminal: Terminal) {
        self.settings = settings
        self.terminal = terminal
        toolbox = Toolbox(settings: settings, slots: CallSlots(limit: settings.concurrency))
    }

    /// Serves until stdin ends (then finishes the calls in flight) or `stop()` (which cancels them).
    func run() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let stopped = state.withLock { state -> Bool in
                state.waiter = continuation
                return state.stopping
            }
            // A signal that came before the server ran ends it at once.
            if stopped { return finishIfIdle() }
            StdinReader.start(
                limit: Self.lineLimit, receive: { [self] piece in receive(piece) },
                ended: { [self] in inputEnded() })
        }
    }

    /// Cancels every call in flight (SIGINT, SIGTERM, SIGHUP) and ends `run()` once they have stopped.
    func stop() {
        let calls = state.withLock { state -> [CallRecord] in
            state.stopping = true
            return Array(state.calls.values)
        }
        for call in calls { call.cancel() }
        finishIfIdle()
    }

    /// Whether `stop()` ended the run.
    var wasStopped: Bool { state.value.stopping }

    // MARK: - Reading

    func receive(_ piece: LineFramer.Piece) {
        switch piece {
        case .tooLong(let count):
            note(.mcpLogLineTooLong(bytes: String(count), limit: String(Self.lineLimit)))
            write(
                JSONRPC.error(
                    id: .null, code: JSONRPC.ErrorCode.invalidRequest,
                    message: "Invalid Request: a line of \(count) bytes is over the limit of \(Self.lineLimit) bytes"))
        case .line(let data):
            handle(JSONRPC.parse(data))
        }
    }

    private func handle(_ incoming: JSONRPC.Incoming) {
        switch incoming {
        case .invalid(let id, let code, let message):
            note(.mcpLogBadLine(message: message))
            write(JSONRPC.error(id: id, code: code, message: message))
        case .response:
            break
        case .notification(let method, let params):
            if method == "notifications/cancelled", let id = params?["requestId"] {
                let call = state.withLock { $0.calls[JSONRPC.line(id)] }
                call?.cancel()
            }
        case .request(let id, let method, let params):
            request(id: id, method: method, params: params)
        }
    }

    private func request(id: JSONValue, method: String, params: JSONValue?) {
        let era: ProtocolRevisions.Era
        switch ProtocolRevisions.era(of: params) {
        case .success(let found): era = found
        case .failure(let error):
            write(JSONRPC.error(id: id, code: error.code, message: error.message, data: error.data))
            return
        }
        let instructions = settings.wording.text(.mcpInstructions)
        switch method {
        case "initialize":
            guard case .string(let requested)? = params?["protocolVersion"] else {
                return invalidParams(id, "initialize needs \"protocolVersion\" (a string)")
            }
            let answer = ProtocolRevisions.answer(toRequested: requested)
            note(.mcpLogInitialized(version: answer))
            respond(id, ProtocolRevisions.initializeResult(requested: requested, instructions: instructions), era)
        case "ping":
            respond(id, .object([:]), era)
        case "server/discover":
            let modern = ProtocolRevisions.Era.modern(version: ProtocolRevisions.modern[0])
            respond(id, ProtocolRevisions.discoverResult(instructions: instructions), era == .handshake ? modern : era)
        case "tools/list":
            var result: [String: JSONValue] = ["tools": .array(toolbox.definitions())]
            if case .modern = era {
                result["ttlMs"] = .number(Double(ProtocolRevisions.listLifetimeMilliseconds))
                result["cacheScope"] = .string("private")
            }
            respond(id, .object(result), era)
        case "tools/call":
            call(id: id, params: params, era: era)
        default:
            write(
                JSONRPC.error(
                    id: id, code: JSONRPC.ErrorCode.methodNotFound, message: "Method not found: \(method)",
                    data: .object(["method": .string(method)])))
        }
    }

    private func call(id: JSONValue, params: JSONValue?, era: ProtocolRevisions.Era) {
        guard case .string(let name)? = params?["name"] else {
            return invalidParams(id, "tools/call needs \"name\" (a string)")
        }
        guard Toolbox.names.contains(name) else {
            return invalidParams(id, "Unknown tool: \(name); the tools are \(Toolbox.names.joined(separator: ", "))")
        }
        let record = CallRecord(id: id, era: era)
        let key = JSONRPC.line(id)
        let accepted = state.withLock { state -> Bool in
            guard state.calls[key] == nil, !state.stopping else { return false }
            state.calls[key] = record
            return true
        }
        guard accepted else {
            write(
                JSONRPC.error(
                    id: id, code: JSONRPC.ErrorCode.invalidRequest,
                    message: "Invalid Request: a call with this id is still running"))
            return
        }
        let token: JSONValue? =
            switch params?["_meta"]?["progressToken"] {
            case .string(let text)?: .string(text)
            case .number(let number)?: .number(number)
            default: nil
            }
        let progress = CallProgress(
            token: token, record: record, wording: settings.wording, interval: settings.progressInterval,
            write: { [self] in write($0) })
        let toolbox = toolbox
        let arguments = params?["arguments"]
        let task = Task { [self] in
            let outcome = await toolbox.call(name, arguments: arguments, progress: progress)
            progress.stop()
            finish(record, key: key, outcome: outcome)
        }
        record.attach(task)
    }

    private func finish(_ record: CallRecord, key: String, outcome: ToolOutcome) {
        let earlier = state.withLock { state -> [String] in
            defer { state.unreported = [] }
            return state.unreported
        }
        let told = outcome.adding(earlierSaves: earlier, wording: settings.wording)
        let answered = record.answer {
            write(JSONRPC.result(id: record.id, ProtocolRevisions.result(told.result, era: record.era)))
        }
        state.withLock { state in
            if !answered {
                state.unreported = earlier + outcome.savedPaths
            }
            state.calls[key] = nil
        }
        if !answered {
            for path in outcome.savedPaths { note(.mcpLogCancelledButSaved(id: JSONRPC.line(record.id), path: path)) }
        }
        finishIfIdle()
    }

    private func inputEnded() {
        state.withLock { $0.inputEnded = true }
        finishIfIdle()
    }

    private func finishIfIdle() {
        let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard state.inputEnded || state.stopping, state.calls.isEmpty else { return nil }
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume()
    }

    // MARK: - Writing

    private func respond(_ id: JSONValue, _ result: JSONValue, _ era: ProtocolRevisions.Era) {
        write(JSONRPC.result(id: id, ProtocolRevisions.result(result, era: era)))
    }

    private func invalidParams(_ id: JSONValue, _ message: String) {
        write(JSONRPC.error(id: id, code: JSONRPC.ErrorCode.invalidParams, message: "Invalid params: \(message)"))
    }

    /// One message on stdout, whole, as one line (keys masked as on every line the terminal writes).
    private func write(_ message: JSONValue) {
        terminal.result(JSONRPC.line(message))
    }

    /// A line for a person on stderr.
    private func note(_ message: Message) {
        terminal.info(settings.wording.text(message))
    }
}
