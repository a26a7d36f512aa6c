import FakeGateway

/// Command-line options of `fake-gateway`, parsed by hand because the package takes no dependencies.
struct ServerOptions {
    /// Port to bind on 127.0.0.1; 0 lets the OS choose.
    var port = 0
    /// Seconds the default behaviour waits before each reply, to imitate generation latency.
    var delay = 0.0
    /// Size of the PNG the gateway serves for every generated image.
    var imageWidth = 1024
    var imageHeight = 1024
    /// `--image-format png|jpeg|webp|png-c2pa`: what the served image is (`png-c2pa` carries a stand-in C2PA
    /// manifest, as OpenAI's images do).
    var imageFormat = "png"
    /// `--throttle N`: 429 with `Retry-After: 1` above N image requests in flight; `--throttle all`: to every one.
    var throttle: GatewayThrottle?

    static let usage =
        "usage: fake-gateway [--port N] [--delay SECONDS] [--image-size WxH] [--image-format png|jpeg|webp|png-c2pa] "
        + "[--throttle N|all]"

    /// A bad command line, described for stderr.
    struct UsageError: Error {
        let message: String
    }

    /// Parses the arguments after the program name; `--help` is reported as a usage error with no message.
    static func parse(_ arguments: [String]) throws -> ServerOptions {
        var options = ServerOptions()
        var remaining = arguments[...]
        while let flag = remaining.popFirst() {
            if flag == "--help" || flag == "-h" {
                throw UsageError(message: "")
            }
            guard ["--port", "--delay", "--image-size", "--image-format", "--throttle"].contains(flag) else {
                throw UsageError(message: "unknown option \(flag)")
            }
            guard let value = remaining.popFirst() else {
                throw UsageError(message: "missing value for \(flag)")
            }
            switch flag {
            case "--port":
                guard let port = Int(value), (0...65_535).contains(port) else {
                    throw UsageError(message: "--port needs an integer in 0...65535, got \(value)")
                }
                options.port = port
            case "--delay":
                guard let delay = Double(value), delay >= 0, delay.isFinite else {
                    throw UsageError(message: "--delay needs a non-negative number of seconds, got \(value)")
                }
                options.delay = delay
            case "--throttle":
                if value == "all" {
                    options.throttle = .always()
                } else {
                    guard let limit = Int(value), limit >= 1 else {
                        throw UsageError(message: "--throttle needs a positive integer or \"all\", got \(value)")
                    }
                    options.throttle = .aboveInFlight(limit)
                }
            case "--image-format":
                guard ["png", "jpeg", "webp", "png-c2pa"].contains(value) else {
                    throw UsageError(message: "--image-format needs png, jpeg, webp or png-c2pa, got \(value)")
                }
                options.imageFormat = value
            case "--image-size":
                let sides = value.lowercased().split(separator: "x", omittingEmptySubsequences: false)
                guard sides.count == 2, let width = Int(sides[0]), let height = Int(sides[1]),
                    (1...65_535).contains(width), (1...65_535).contains(height)
                else {
                    throw UsageError(message: "--image-size needs WxH with positive integers, got \(value)")
                }
                options.imageWidth = width
                options.imageHeight = height
            default:
                break
            }
        }
        return options
    }
}
