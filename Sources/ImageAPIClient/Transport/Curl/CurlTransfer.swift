#if os(Linux)
    import CCurlShim
    import Foundation

    /// One request on a libcurl easy handle: sets the options, feeds a file body through the read callback, and
    /// performs what its `CurlTransferState` decides for each event (the head, body bytes, the end, a cancel):
    /// it is the impure shell around that one state value.
    ///
    /// Callbacks and the engine's calls run on the engine thread; `requestCancel` runs on any thread.
    final class CurlTransfer: @unchecked Sendable {
        /// Where the head, the body and the end go: a whole-reply collector or a stream pump.
        protocol Sink: AnyObject, Sendable {
            /// The status and headers arrived (1xx and proxy CONNECT heads are skipped).
            func head(status: Int, headers: [String: String])
            /// Decoded body bytes arrived; false when the reader is too far behind: the transfer pauses with
            /// the chunk still in libcurl's hands (it comes again after `CurlEngine.resume`).
            func body(_ chunk: Data) -> Bool
            /// The transfer ended: nil when it completed, else why not; `peer` is the address connected to.
            func end(_ failure: (any Error)?, peer: String?)
        }

        let easy: UnsafeMutableRawPointer
        /// The transfer's one state, under one lock: a cancel may come from any thread.
        private let machine: Locked<CurlTransferState>
        private let sink: any Sink
        private let url: URL
        private var headerList: UnsafeMutableRawPointer?
        private let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(GI_ERROR_SIZE))
        private var upload: UnsafeMutablePointer<FILE>?

        /// Prepares the transfer; throws when libcurl refuses the request (say, a file body that can't be read).
        init(_ request: HTTPRequest, sink: any Sink) throws {
            guard let easy = gi_easy_init() else { throw URLError(.unknown) }
            self.easy = easy
            self.sink = sink
            self.url = request.url
            self.machine = Locked(CurlTransferState(limit: request.maxResponseBytes))
            errorBuffer.initialize(repeating: 0, count: Int(GI_ERROR_SIZE))
            try configure(request)
        }

        deinit {
            gi_easy_cleanup(easy)
            if let headerList { gi_slist_free_all(headerList) }
            if let upload { fclose(upload) }
            errorBuffer.deallocate()
        }

        private func configure(_ request: HTTPRequest) throws {
            let me = Unmanaged.passUnretained(self).toOpaque()
            gi_setopt_pointer(easy, Int32(GI_OPT_URL), request.url.absoluteString)
            gi_setopt_pointer(easy, Int32(GI_OPT_ERRORBUFFER), errorBuffer)
            gi_setopt_long(easy, Int32(GI_OPT_NOSIGNAL), 1)
            gi_setopt_long(easy, Int32(GI_OPT_FOLLOWLOCATION), 0)
            gi_setopt_long(easy, Int32(GI_OPT_TCP_KEEPALIVE), 1)
            gi_setopt_long(easy, Int32(GI_OPT_HTTP_VERSION), Int(GI_HTTP_VERSION_2TLS))
            gi_setopt_long(easy, Int32(GI_OPT_SUPPRESS_CONNECT_HEADERS), 1)
            // The certificate's names, so a host-name mismatch can name both names (read only on failure).
            if request.url.scheme?.lowercased() == "https" { gi_setopt_long(easy, Int32(GI_OPT_CERTINFO), 1) }
            // Every encoding this libcurl decodes; the write callback sees decoded bytes.
            gi_setopt_pointer(easy, Int32(GI_OPT_ACCEPT_ENCODING), "")
            gi_setopt_pointer(easy, Int32(GI_OPT_USERAGENT), "gen-image/\(GenImageVersion.current)")
            let environment = ProcessInfo.processInfo.environment
            if let file = CurlTrust.caFile(environment) {
                gi_setopt_pointer(easy, Int32(GI_OPT_CAINFO), file)
            }
            if let directory = CurlTrust.caDirectory(environment) {
                gi_setopt_pointer(easy, Int32(GI_OPT_CAPATH), directory)
            }

            var list: UnsafeMutableRawPointer?
            for (name, value) in request.headers {
                list = gi_slist_append(list, "\(name): \(value)")
            }
            // libcurl would otherwise wait up to a second for a "100 Continue" before sending a large body.
            list = gi_slist_append(list, "Expect:")
            headerList = list
            gi_setopt_pointer(easy, Int32(GI_OPT_HTTPHEADER), list)

            switch request.method.uppercased() {
            case "GET": gi_setopt_long(easy, Int32(GI_OPT_HTTPGET), 1)
            case "POST": gi_setopt_long(easy, Int32(GI_OPT_POST), 1)
            case "HEAD": gi_setopt_long(easy, Int32(GI_OPT_NOBODY), 1)
            default:
                // Another method with a body is sent the way a POST is, under its own name.
                if case .none = request.body {} else { gi_setopt_long(easy, Int32(GI_OPT_POST), 1) }
                gi_setopt_pointer(easy, Int32(GI_OPT_CUSTOMREQUEST), request.method)
            }
            switch request.body {
            case .none:
                break
            case .data(let data):
                gi_setopt_offset(easy, Int32(GI_OPT_POSTFIELDSIZE_LARGE), Int64(data.count))
                _ = data.withUnsafeBytes { bytes in
                    // COPYPOSTFIELDS copies the bytes now; an empty body still needs a valid pointer.
                    gi_setopt_pointer(easy, Int32(GI_OPT_COPYPOSTFIELDS), bytes.baseAddress ?? UnsafeRawPointer(me))
                }
            case .file(let file):
                let size = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int ?? 0
                guard let handle = fopen(file.path, "rb") else { throw URLError(.fileDoesNotExist) }
                upload = handle
                gi_setopt_offset(easy, Int32(GI_OPT_POSTFIELDSIZE_LARGE), Int64(size))
                gi_setopt_pointer(easy, Int32(GI_OPT_READDATA), me)
                gi_setopt_callback(easy, Int32(GI_OPT_READFUNCTION)) { buffer, size, count, user in
                    guard let buffer, let user else { return 0 }
                    return Unmanaged<CurlTransfer>.fromOpaque(user).takeUnretainedValue().read(buffer, size * count)
                }
            }

            gi_setopt_pointer(easy, Int32(GI_OPT_HEADERDATA), me)
            gi_setopt_callback(easy, Int32(GI_OPT_HEADERFUNCTION)) { buffer, size, count, user in
                guard let buffer, let user else { return 0 }
                let line = UnsafeRawBufferPointer(start: buffer, count: size * count)
                return Unmanaged<CurlTransfer>.fromOpaque(user).takeUnretainedValue().header(line)
            }
            gi_setopt_pointer(easy, Int32(GI_OPT_WRITEDATA), me)
            gi_setopt_callback(easy, Int32(GI_OPT_WRITEFUNCTION)) { buffer, size, count, user in
                guard let buffer, let user else { return 0 }
                let chunk = UnsafeRawBufferPointer(start: buffer, count: size * count)
                return Unmanaged<CurlTransfer>.fromOpaque(user).takeUnretainedValue().write(chunk)
            }
        }

        private func read(_ buffer: UnsafeMutablePointer<CChar>, _ capacity: Int) -> Int {
            guard let upload else { return 0 }
            let count = fread(buffer, 1, capacity, upload)
            if count == 0 && ferror(upload) != 0 { return Int(GI_READFUNC_ABORT) }
            return count
        }

        /// One header line: a status line starts a new head (after a 100 Continue, say), a blank line ends it.
        private func header(_ line: UnsafeRawBufferPointer) -> Int {
            let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if text.hasPrefix("HTTP/") {
                let parts = text.split(separator: " ", maxSplits: 2)
                let status = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
                machine.withLock { $0.statusLine(status) }
            } else if text.isEmpty {
                switch machine.withLock({ $0.headEnded() }) {
                case .proceed: break
                case .deliver(let head): sink.head(status: head.status, headers: head.headers)
                case .abort: return 0
                }
            } else if let colon = text.firstIndex(of: ":") {
                let name = text[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                machine.withLock { $0.headerField(name: name, value: value) }
            }
            return line.count
        }

        /// Decoded body bytes; returning less than given makes libcurl abort the transfer at once.
        private func write(_ chunk: UnsafeRawBufferPointer) -> Int {
            switch machine.withLock({ $0.bodyArrived(count: chunk.count) }) {
            case .abort:
                return 0
            case .deliver(let headFirst):
                if let headFirst { sink.head(status: headFirst.status, headers: headFirst.headers) }
                guard sink.body(Data(chunk)) else { return Int(GI_WRITEFUNC_PAUSE) }
                machine.withLock { $0.bodyAccepted(count: chunk.count) }
                return chunk.count
            }
        }

        /// The `Subject:` and subject-alternative-name lines of the peer's certificate, as libcurl gathered them.
        private func peerNames() -> String {
            let size = 4_096
            let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: size)
            defer { buffer.deallocate() }
            guard gi_peer_names(easy, buffer, size) == 0 else { return "" }
            return String(cString: buffer)
        }

        // MARK: - Events from the engine

        /// The engine is about to add the transfer: true to add it; false when a cancel came first (its end is
        /// reported now).
        func engineWillAdd() -> Bool {
            switch machine.withLock({ $0.engineWillAdd() }) {
            case .add: return true
            case .report(let end): report(end)
            case .none: break
            }
            return false
        }

        /// A cancel from any thread; true when the engine must take the transfer off its multi handle.
        func requestCancel() -> Bool {
            machine.withLock { $0.cancelRequested() } == .removeFromEngine
        }

        /// The engine took the transfer off its multi handle after a cancel.
        func removedByEngine() {
            if let end = machine.withLock({ $0.removedByEngine() }) { report(end) }
        }

        /// libcurl reported the transfer done with `code`; a second report changes nothing.
        func completed(code: Int32) {
            if let end = machine.withLock({ $0.completed(code: code) }) { report(end) }
        }

        /// Tells the sink how the transfer ended (the machine lets this happen once).
        private func report(_ end: CurlTransferState.End) {
            var peer: String?
            if let ip = gi_primary_ip(easy), ip.pointee != 0 {
                let address = String(cString: ip)
                peer = (address.contains(":") ? "[\(address)]" : address) + ":\(gi_primary_port(easy))"
            }
            switch end {
            case .completed(let headFirst):
                if let headFirst { sink.head(status: headFirst.status, headers: headFirst.headers) }
                sink.end(nil, peer: peer)
            case .cancelled:
                sink.end(CancellationError(), peer: peer)
            case .tooLarge(let limit):
                sink.end(ResponseTooLarge(limit: limit), peer: peer)
            case .failed(let code):
                let detail =
                    errorBuffer.pointee != 0 ? String(cString: errorBuffer) : String(cString: gi_easy_strerror(code))
                let failure = CurlFailure.error(
                    code: Int(code), detail: detail, connectStatus: gi_connect_code(easy), url: url,
                    peerNames: { self.peerNames() })
                sink.end(failure, peer: peer)
            }
        }
    }
#endif
