import Foundation

// gen-image-bench: measures gen-image against the fake gateway and prints the figures beside their goals.
// Run it from a release build: `swift build -c release && .build/release/gen-image-bench`.

// A spawned process's peak memory on Linux starts at its parent's high-water mark, so every measured command
// is started by a fresh, small copy of this binary (`--measure-child`) rather than by the benchmark itself,
// whose memory holds the fake gateway's recorded requests.
if CommandLine.arguments.count >= 4, CommandLine.arguments[1] == "--measure-child" {
    ProcessMeter.childMain(Array(CommandLine.arguments.dropFirst(2)))
}
let options = BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
let bench = try Bench(options: options)
bench.run()
