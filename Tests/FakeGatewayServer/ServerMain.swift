import FakeGateway
import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs the fake gateway as a standalone process for manual tries and benchmarks: prints its base URL as the
/// only stdout line, logs one line per request to stderr, and serves until SIGINT or SIGTERM.
enum ServerMain {
    static func run(arguments: [String]) -> Int32 {
        let options: ServerOptions
        do {
            options = try ServerOptions.parse(arguments)
        } catch let error as ServerOptions.UsageError {
            writeError(error.message.isEmpty ? ServerOptions.usage : "\(error.message)\n\(ServerOptions.usage)")
            return error.message.isEmpty ? 0 : 2
        } catch {
            writeError("\(error)")
            return 2
        }

        // Block the signals before any server thread exists (threads inherit the mask), then wait for them
        // synchronously with sigwait: no async signal handler, no shared state.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &signals, nil)

        let gateway: FakeGateway
        do {
            gateway = try FakeGateway(port: options.port)
        } catch {
            writeError("fake-gateway: cannot listen on 127.0.0.1:\(options.port): \(error)")
            return 1
        }
        let (width, height) = (options.imageWidth, options.imageHeight)
        switch options.imageFormat {
        case "jpeg": gateway.defaultImage = TestImages.jpeg(width: width, height: height)
        case "webp": gateway.defaultImage = TestImages.webp(width: width, height: height)
        case "png-c2pa": gateway.defaultImage = ContentCredentials.png(TestImages.png(width: width, height: height))
        default: gateway.defaultImage = TestImages.png(width: width, height: height)
        }
        gateway.defaultDelay = options.delay
        gateway.throttle = options.throttle
        gateway.setHandler { [weak gateway] request in
            guard let gateway else {
                return .error(status: 503, message: "fake gateway is shutting down", type: "server_error")
            }
            let response = gateway.defaultResponse(to: request)
            writeError("\(request.method) \(request.path) \(response.status)")
            return response
        }

        FileHandle.standardOutput.write(Data("\(gateway.baseURL)\n".utf8))

        var received: Int32 = 0
        sigwait(&signals, &received)
        gateway.shutdown()
        return 0
    }

    /// One line to stderr, unbuffered, so logs interleave correctly with a parent process reading them.
    static func writeError(_ line: String) {
        FileHandle.standardError.write(Data("\(line)\n".utf8))
    }
}
