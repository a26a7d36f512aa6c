import Foundation
import ImageAPIClient
import Testing

@testable import gen_image

/// Issue #10, point 5: no command line can crash gen-image. Random command lines (a fixed seed, a bounded
/// count) built from every option with absurd values go through the parser, the invocation checks and the
/// planner in process; each must end in a value or a usage error, never a trap. The e2e test below runs the
/// numbers that once crashed the binary.
@Suite("Option parser fuzz")
struct OptionFuzzTests {
    /// SplitMix64: a small PRNG with a fixed seed, so every run tries the same command lines.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }

    static let values = [
        "99999999999", "2e10", "1e300", "-1e300", "1e-300", "nan", "inf", "-inf", "0", "-0", "-1", "0x10", "1_000",
        "18446744073709551616", "9223372036854775807", "-9223372036854775808", "3840x2160", "99999x99999",
        "0x0", "1x", "x1", "16:9", "0:0", "99999999999:1", "1:0", "", " ", "=", "-", "--", "a=b", "１２", "💥",
        String(repeating: "9", count: 400), String(repeating: "é", count: 300), "auto", "high", "png", "b64_json",
        "gpt-image-2", "gpt-image-2-all", "apiyi", "openai", "zh", "en", "1.5", ".5", "5.", "+3", "1e", "e1",
    ]

    static func commandLine(_ random: inout SplitMix) -> [String] {
        let table = OptionTable.all
        var arguments: [String] = []
        for _ in 0..<Int.random(in: 1...8, using: &random) {
            let spec = table.randomElement(using: &random)!
            let name: String =
                if let short = spec.short, Bool.random(using: &random) { "-\(short)" } else { "--\(spec.long)" }
            let value = values.randomElement(using: &random)!
            switch (spec.arity, Int.random(in: 0..<10, using: &random)) {
            case (.flag, _): arguments.append(name)
            case (_, 0): arguments.append(name + "=" + value)
            case (_, 1): arguments.append(name)
            default: arguments += [name, value]
            }
        }
        if Bool.random(using: &random) { arguments.shuffle(using: &random) }
        return arguments
    }

    @Test func randomCommandLinesNeverTrap() throws {
        var random = SplitMix(state: 0x6765_6E2D_696D_6167)
        let folder = URL(fileURLWithPath: NSTemporaryDirectory())
        var outcomes: [String: Int] = [:]
        for _ in 0..<4_000 {
            let arguments = Self.commandLine(&random)
            let outcome: String
            do {
                let parsed = try ArgumentParser.parse(arguments)
                let invocation = try Invocation(
                    parsed, environment: ["APIYI_API_KEY": "sk-fuzz"], currentDirectory: folder, readStdin: { Data() })
                let client = invocation.connection.makeClient()
                do {
                    let planned = try client.plan(invocation.job)
                    _ = try client.preview(planned)
                    // What the run would show next: the announcement's timeout, once a trap for huge values.
                    _ = Wording(language: .zh, spelling: .flags).seconds(planned.timeout)
                    #expect(planned.timeout > 0 && planned.timeout <= ConnectionOptions.maxTimeout, "\(arguments)")
                    outcome = "planned"
                } catch {
                    #expect(error.code.isUsageError, "\(arguments): \(error)")
                    outcome = "refused by the planner"
                }
            } catch {
                outcome = "usage error"
            }
            outcomes[outcome, default: 0] += 1
        }
        // The fuzzer must reach every stage, or it proves nothing about the later ones.
        #expect(outcomes.count == 3, "\(outcomes)")
    }

    /// Issue #19, point 5: the environment is fuzzed as the options are. Random values for every number read
    /// from the environment (and the other variables), with or without random options, end in a value within
    /// its bound or a usage error, never a trap; the values are then used as the run uses them.
    static let environmentValues =
        values + ["0.1", "3600", "3600.0001", "0.0999", "100", "100.5", "1e2", " 5 ", "0.001", "1e-5", "0"]

    @Test func randomEnvironmentsNeverTrap() throws {
        var random = SplitMix(state: 0x656E_7669_726F_6E6D)
        let folder = URL(fileURLWithPath: NSTemporaryDirectory())
        var outcomes: [String: Int] = [:]
        for _ in 0..<4_000 {
            var environment = ["APIYI_API_KEY": "sk-fuzz"]
            for bound in EnvironmentBound.all where Int.random(in: 0..<3, using: &random) > 0 {
                environment[bound.name] = Self.environmentValues.randomElement(using: &random)!
            }
            for name in ["GEN_IMAGE_PROVIDER", "GEN_IMAGE_MODEL", "GEN_IMAGE_BASE_URL"]
            where Int.random(in: 0..<5, using: &random) == 0 {
                environment[name] = Self.values.randomElement(using: &random)!
            }
            let arguments = ["-p", "x"] + (Bool.random(using: &random) ? Self.commandLine(&random) : [])
            do {
                let parsed = try ArgumentParser.parse(arguments)
                let invocation = try Invocation(
                    parsed, environment: environment, currentDirectory: folder, readStdin: { Data() })
                let connection = invocation.connection
                if let interval = connection.progressInterval {
                    #expect(EnvironmentBound.progressInterval.range.contains(interval), "\(environment)")
                    _ = UInt64(interval * 1_000_000_000)
                }
                #expect(EnvironmentBound.retryDelayScale.range.contains(connection.retryDelayScale))
                // The longest wait a retry can ask for, scaled as the run scales it: once a trap for `inf`.
                _ = UInt64(120 * connection.retryDelayScale * 1_000_000_000)
                outcomes[
                    environment.keys.contains { $0.hasPrefix("GEN_IMAGE_P") || $0.hasPrefix("GEN_IMAGE_R") }
                        ? "accepted with numbers" : "accepted", default: 0] += 1
            } catch {
                outcomes["usage error", default: 0] += 1
            }
        }
        #expect(outcomes["usage error", default: 0] > 100, "\(outcomes)")
        #expect(outcomes["accepted with numbers", default: 0] > 100, "\(outcomes)")
    }
}
