import Foundation

/// Command-line options of the benchmark.
struct BenchOptions {
    /// How many measured runs of each command (the median time and the largest peak memory are reported).
    var runs = 5
    /// The gen-image binary to measure; default: the one built next to this benchmark.
    var binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("gen-image")

    /// The seed skill's `generate_image.py` (gpt-image-2), to time beside gen-image in case 11; default: the
    /// stand-in written from its description (Tests/Benchmarks/SeedStandIn), since the seed does not hold it.
    var seedScript: URL?
    /// Case 11 times no Python script at all (`--no-seed-script`).
    var skipSeedScript = false

    /// Run only this case (`fetch`, `upload`, `batch`, `stream`, `pressure`, `parse`, `wait`, `cancel`,
    /// `hostile`, `prompt`, `reply` or `memory`); nil runs them all.
    var only: String?
    /// The cases `--only` may name.
    static let cases = [
        "fetch", "upload", "batch", "stream", "pressure", "parse", "wait", "cancel", "hostile", "prompt", "reply",
        "memory",
    ]

    /// Where `.ci/release.sh`'s static build lands, found from this source file's place in the clone.
    static let shippedBinary = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../.build/static/release/gen-image").standardizedFileURL

    /// The stand-in for the seed's `generate_image.py`, beside this file.
    static let seedStandIn = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("SeedStandIn/generate_image.py")

    static func parse(_ arguments: [String]) -> BenchOptions {
        var options = BenchOptions()
        var index = 0
        while index < arguments.count {
            switch arguments[index] {
            case "--runs" where index + 1 < arguments.count:
                options.runs = max(1, Int(arguments[index + 1]) ?? options.runs)
                index += 1
            case "--binary" where index + 1 < arguments.count:
                options.binary = URL(fileURLWithPath: arguments[index + 1])
                index += 1
            case "--seed-script" where index + 1 < arguments.count:
                options.seedScript = URL(fileURLWithPath: arguments[index + 1])
                index += 1
            case "--no-seed-script":
                options.skipSeedScript = true
            case "--shipped":
                // The static build `.ci/release.sh` ships (Swift's runtime and Foundation linked in).
                options.binary = shippedBinary
            case "--only" where index + 1 < arguments.count && cases.contains(arguments[index + 1]):
                options.only = arguments[index + 1]
                index += 1
            case "-h", "--help":
                print(
                    "usage: gen-image-bench [--runs N] [--binary PATH | --shipped] "
                        + "[--seed-script generate_image.py | --no-seed-script] [--only "
                        + "fetch|upload|batch|stream|pressure|parse|wait|cancel|hostile|prompt|reply|memory]\n"
                        + "  --shipped: measure .build/static/release/gen-image, the static build users install; "
                        + "make it with\n  swift build -c release --static-swift-stdlib --product gen-image "
                        + "--scratch-path .build/static")
                exit(0)
            default:
                FileHandle.standardError.write(Data("gen-image-bench: unknown argument \(arguments[index])\n".utf8))
                exit(2)
            }
            index += 1
        }
        return options
    }
}
